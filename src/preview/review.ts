/**
 * What publishing a draft would change, in the staff's terms: items added, removed and changed, by
 * their ids (a slogan removed is that slogan removed, not every later slogan "changed"), each with
 * the words before and after; and the days on which a screen would play something else, from the
 * player's own schedule engine (buildPlaylist through day-playlist.ts). Pure: values in, data out.
 */
import type { Bundle } from '../content/schema';
import { formatPath, type JsonPath } from '../content/problems';
import { addDays } from './timeline-model';
import { changeDays, dayPlan } from './day-playlist';

/** The parts of a bundle staff know by name; anything else is shown by its key. */
export const REVIEW_SECTIONS = [
  'slogans',
  'milestones',
  'phases',
  'announcements',
  'events',
  'themes',
  'purposes',
  'screens',
  'settings',
  'organization',
  'plan',
] as const;

export interface ReviewChange {
  kind: 'added' | 'removed' | 'changed';
  /** The bundle's top-level key: `slogans`, `screens`, `settings`, … */
  section: string;
  /** The item of a list, by its id, and a few words of it (a slogan's text, a milestone's caption). */
  itemId?: string;
  item?: string;
  /** Inside the item (or the section), in the checker's words: `text`, `messages[1]`, `durations.slogan`. Absent: the whole item. */
  field?: string;
  before?: string;
  after?: string;
}

/** A run of days on which at least one screen plays something else; the screens by id. */
export interface DayRange {
  from: string;
  to: string;
  screens: string[];
  /** The run goes on before `from` (it starts with the first day either bundle schedules anything). */
  earlier: boolean;
  /** The run goes on after `to` (it ends with the last such day: nothing changes after it). */
  later: boolean;
}

/** Keys that change on every publish, or that a screen never shows. */
const IGNORED = new Set(['version', '$schema']);

const isGroup = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function cut(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A few words that name an item for people. */
export function itemLabel(item: Record<string, unknown>): string {
  if (typeof item.number === 'number' && typeof item.title === 'string') return cut(`${item.number}. ${item.title}`);
  if (typeof item.figure === 'string' && typeof item.caption === 'string')
    return cut(`${item.figure}${typeof item.unit === 'string' ? ` ${item.unit}` : ''} — ${item.caption}`);
  for (const key of ['text', 'title', 'name', 'caption'] as const) if (typeof item[key] === 'string') return cut(item[key]);
  return typeof item.id === 'string' ? item.id : '';
}

/** Every leaf that differs, by its path from where the walk began. */
function leaves(before: unknown, after: unknown, path: JsonPath, found: { path: JsonPath; before: unknown; after: unknown }[]): void {
  if (Object.is(before, after)) return;
  const lists = Array.isArray(before) && Array.isArray(after);
  if (!lists && !(isGroup(before) && isGroup(after))) {
    found.push({ path, before, after });
    return;
  }
  const keys: (string | number)[] = lists
    ? Array.from({ length: Math.max((before as unknown[]).length, (after as unknown[]).length) }, (_, index) => index)
    : [...new Set([...Object.keys(before as object), ...Object.keys(after as object)])];
  for (const key of keys) {
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    leaves(a, b, [...path, key], found);
  }
}

const withId = (value: unknown): value is Record<string, unknown> & { id: string } => isGroup(value) && typeof value.id === 'string';

/** What differs between the live bundle's value and the draft's, section by section, item by item. */
export function reviewChanges(live: unknown, draft: unknown): ReviewChange[] {
  const before = isGroup(live) ? live : {};
  const after = isGroup(draft) ? draft : {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !IGNORED.has(key));
  const rank = (key: string) => {
    const index = (REVIEW_SECTIONS as readonly string[]).indexOf(key);
    return index < 0 ? REVIEW_SECTIONS.length : index;
  };
  keys.sort((a, b) => rank(a) - rank(b));
  const found: ReviewChange[] = [];
  for (const section of keys) {
    const a = before[section];
    const b = after[section];
    if (Array.isArray(a) && Array.isArray(b) && a.every(withId) && b.every(withId)) {
      const old = new Map(a.map((item) => [item.id, item]));
      const now = new Map(b.map((item) => [item.id, item]));
      for (const item of a) if (!now.has(item.id)) found.push({ kind: 'removed', section, itemId: item.id, item: itemLabel(item) });
      for (const item of b) {
        const was = old.get(item.id);
        if (!was) {
          found.push({ kind: 'added', section, itemId: item.id, item: itemLabel(item) });
          continue;
        }
        const differ: { path: JsonPath; before: unknown; after: unknown }[] = [];
        leaves(was, item, [], differ);
        for (const leaf of differ) {
          found.push({
            kind: leaf.before === undefined ? 'added' : leaf.after === undefined ? 'removed' : 'changed',
            section,
            itemId: item.id,
            item: itemLabel(was),
            field: formatPath(leaf.path).replace(/^\$\.?/, ''),
            ...(leaf.before === undefined ? {} : { before: shown(leaf.before)! }),
            ...(leaf.after === undefined ? {} : { after: shown(leaf.after)! }),
          });
        }
      }
      continue;
    }
    const differ: { path: JsonPath; before: unknown; after: unknown }[] = [];
    leaves(a, b, [], differ);
    for (const leaf of differ) {
      const field = formatPath(leaf.path).replace(/^\$\.?/, '');
      found.push({
        kind: leaf.before === undefined ? 'added' : leaf.after === undefined ? 'removed' : 'changed',
        section,
        ...(field ? { field } : {}),
        ...(leaf.before === undefined ? {} : { before: shown(leaf.before)! }),
        ...(leaf.after === undefined ? {} : { after: shown(leaf.after)! }),
      });
    }
  }
  return found;
}

/** The times of day compared: morning, midday, evening (announcements may start or end within a day). */
const TIMES = ['08:00', '12:00', '17:00'];

/**
 * The days from the first to the last day either bundle schedules anything, on which a screen of
 * either bundle would play other slides (or the same slides with other words or durations) with the
 * draft than with the live bundle, as runs of days. Between two days on which either bundle's
 * playlists can change (changeDays) both hold still, so one day stands for its stretch.
 */
export function daysThatDiffer(live: Bundle, draft: Bundle): DayRange[] {
  const days = [...new Set([...changeDays(live), ...changeDays(draft)])].sort();
  if (days.length === 0) return [];
  const screens = [...new Set([...live.screens.map((screen) => screen.id), ...draft.screens.map((screen) => screen.id)])];
  const has = (bundle: Bundle, id: string) => bundle.screens.some((screen) => screen.id === id);
  const signature = (bundle: Bundle, date: string, screen: string) =>
    TIMES.map((time) => JSON.stringify(dayPlan(bundle, date, time, screen).playlist.slides)).join('\n');
  const ranges: DayRange[] = [];
  let open: DayRange | undefined;
  days.forEach((date, index) => {
    const end = index + 1 < days.length ? addDays(days[index + 1]!, -1) : date;
    const differing = screens.filter((id) => !has(live, id) || !has(draft, id) || signature(live, date, id) !== signature(draft, date, id));
    if (differing.length === 0) {
      open = undefined;
    } else if (open && open.screens.join() === differing.join()) {
      open.to = end;
    } else {
      open = { from: date, to: end, screens: differing, earlier: index === 0, later: false };
      ranges.push(open);
    }
  });
  const last = ranges[ranges.length - 1];
  if (last && last.to === days[days.length - 1]) last.later = true;
  return ranges;
}
