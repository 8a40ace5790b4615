/**
 * Proof of play on the server: each screen's day files (`/fleet/NAME/plays-YYYY-MM-DD.csv`, the
 * overlay export's columns), which days a screen sends, and the staff page's report: for a date
 * range and a set of devices, how many times and how many seconds each item was on screen, per
 * device and in total. Pure.
 */
import { PLAY_LOG_COLUMNS, csvField, playLogCsv, type PlayRecord } from '../kiosk/play-record';
import type { Bundle } from '../content/schema';

export const DAY_FILE = /^plays-(\d{4}-\d{2}-\d{2})\.csv$/;
export const dayFileName = (day: string) => `plays-${day}.csv`;

/** The day of a record in the bundle's zone: `shownAt` carries that zone's offset, so its date is that day. */
export const recordDay = (record: Pick<PlayRecord, 'shownAt'>) => record.shownAt.slice(0, 10);

/** Records grouped by day, oldest day first. */
export function playsByDay(records: readonly PlayRecord[]): Map<string, PlayRecord[]> {
  const days = new Map<string, PlayRecord[]>();
  for (const record of records) {
    const day = recordDay(record);
    const list = days.get(day);
    if (list) list.push(record);
    else days.set(day, [record]);
  }
  return new Map([...days.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The days to send now: each day whose record count differs from what the server last took, the
 * current day only once `minIntervalMs` have passed since it was last sent (whole files, so a
 * retry or a repeat is harmless).
 */
export function daysToSend(
  byDay: ReadonlyMap<string, readonly PlayRecord[]>,
  sent: ReadonlyMap<string, { count: number; at: number }>,
  today: string,
  now: number,
  minIntervalMs: number,
): string[] {
  return [...byDay.entries()]
    .filter(([day, records]) => {
      const last = sent.get(day);
      if (last?.count === records.length) return false;
      return day !== today || last === undefined || now - last.at >= minIntervalMs;
    })
    .map(([day]) => day);
}

/** A day's file: a byte-order mark (spreadsheets then read the Vietnamese as UTF-8) and the overlay's CSV. */
export const dayFile = (records: readonly PlayRecord[]) => `\uFEFF${playLogCsv(records)}`;

/** RFC 4180 fields, as playLogCsv writes them (quotes doubled, commas and line breaks inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = text.charCodeAt(0) === 0xfeff ? 1 : 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The records of a day file; rows that do not fit the columns are left out. */
export function readDayFile(text: string): PlayRecord[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const at = PLAY_LOG_COLUMNS.map((column) => header.indexOf(column));
  if (at.some((index) => index < 0)) return [];
  return rows.flatMap((row) => {
    const value = (column: number) => row[at[column]!] ?? '';
    const planned = Number(value(7));
    if (row.length < header.length || !Number.isFinite(planned)) return [];
    return [
      {
        shownAt: value(0),
        deviceAt: value(1),
        screen: value(2),
        slide: value(3),
        kind: value(4),
        contentVersion: value(5),
        appVersion: value(6),
        plannedSeconds: planned,
      },
    ];
  });
}

/** What people count: the slide without its page number (`phase:p2:3` is phase p2's messages). */
export const itemOf = (slide: string) => slide.replace(/:\d+$/, '');

export interface PlayTally {
  item: string;
  kind: string;
  /** A device name, or '' for the total over the devices asked for. */
  device: string;
  plays: number;
  seconds: number;
}

/**
 * Each item's plays and seconds per device and in total, for records whose day is within
 * [from, to]. A slide's seconds are the time until the next record of its device (the next slide
 * or the screen going off), at most what the schedule gave it: a page closed mid-slide counts only
 * until the screen's next sign of life.
 */
export function tallyPlays(byDevice: ReadonlyMap<string, readonly PlayRecord[]>, from: string, to: string): PlayTally[] {
  const tallies = new Map<string, PlayTally>();
  const add = (item: string, kind: string, device: string, seconds: number) => {
    const key = `${item}\u0000${device}`;
    const tally = tallies.get(key) ?? { item, kind, device, plays: 0, seconds: 0 };
    tally.plays += 1;
    tally.seconds += seconds;
    tallies.set(key, tally);
  };
  for (const [device, unsorted] of byDevice) {
    const records = [...unsorted].sort((a, b) => a.deviceAt.localeCompare(b.deviceAt));
    records.forEach((record, index) => {
      const day = recordDay(record);
      if (record.kind === 'off' || day < from || day > to) return;
      const next = records[index + 1];
      const gap = next ? (Date.parse(next.deviceAt) - Date.parse(record.deviceAt)) / 1000 : Infinity;
      const seconds = Math.max(0, Math.min(record.plannedSeconds, Number.isFinite(gap) ? gap : record.plannedSeconds));
      const item = itemOf(record.slide);
      add(item, record.kind, device, seconds);
      add(item, record.kind, '', seconds);
    });
  }
  return [...tallies.values()]
    .map((tally) => ({ ...tally, seconds: Math.round(tally.seconds * 10) / 10 }))
    .sort((a, b) => a.item.localeCompare(b.item) || (a.device === '' ? -1 : b.device === '' ? 1 : a.device.localeCompare(b.device)));
}

/** The report as CSV (total rows say "*" for the device), each item with its text when `label` knows it. */
export function tallyCsv(tallies: readonly PlayTally[], label: (item: string) => string = () => ''): string {
  const rows = tallies.map((t) => [t.item, label(t.item), t.kind, t.device || '*', t.plays, t.seconds].map(csvField).join(','));
  const lines = ['item,text,kind,device,plays,seconds', ...rows];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** What an item is, in words, from a bundle (the live one): the slogan's text, the phase's title…; '' when the bundle has no such item. */
export function itemLabel(bundle: Bundle, item: string): string {
  const [kind, id] = item.split(':', 2);
  const cut = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);
  switch (kind) {
    case 'slogan':
      return cut(bundle.slogans.find((slogan) => slogan.id === id)?.text ?? '');
    case 'phase': {
      const phase = bundle.phases.find((candidate) => candidate.id === id);
      return phase ? cut(`Đợt ${phase.number}: ${phase.title}`) : '';
    }
    case 'milestone': {
      const milestone = bundle.milestones.find((candidate) => candidate.id === id);
      return milestone ? cut(`${milestone.figure}${milestone.unit ? ` ${milestone.unit}` : ''} — ${milestone.caption}`) : '';
    }
    case 'theme':
      return cut(bundle.themes.find((theme) => theme.id === id)?.text ?? '');
    case 'countdown':
      return cut(bundle.events.find((event) => event.id === id)?.title ?? '');
    case 'announcement': {
      const announcement = bundle.announcements.find((candidate) => candidate.id === id);
      return announcement ? cut(announcement.title ? `${announcement.title}: ${announcement.text}` : announcement.text) : '';
    }
    default:
      return '';
  }
}
