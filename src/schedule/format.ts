/** Vietnamese labels for dates and times, computed outside the elements so they stay free of date logic. */
import { DateTime } from 'luxon';
import { inZone, type Instant } from './time';

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];

/** "Thứ Sáu, 27/11/2026" */
export function dayLabel(instant: Instant, zone: string): string {
  const time = inZone(instant, zone);
  return `${WEEKDAYS[time.weekday - 1]}, ${time.toFormat('dd/MM/yyyy')}`;
}

/** "10:05" */
export function clockLabel(instant: Instant, zone: string): string {
  return inZone(instant, zone).toFormat('HH:mm');
}

/** "14/10/2020", or "14–16/10/2020", "25/01 – 01/02/2021" for a span. */
export function dateSpanLabel(start: string, end?: string): string {
  const from = DateTime.fromISO(start, { zone: 'utc' });
  if (end === undefined || end === start) return from.toFormat('dd/MM/yyyy');
  const to = DateTime.fromISO(end, { zone: 'utc' });
  if (from.year !== to.year) return `${from.toFormat('dd/MM/yyyy')} – ${to.toFormat('dd/MM/yyyy')}`;
  if (from.month !== to.month) return `${from.toFormat('dd/MM')} – ${to.toFormat('dd/MM/yyyy')}`;
  return `${from.toFormat('dd')}–${to.toFormat('dd/MM/yyyy')}`;
}

/** "01/01–31/03/2020": the same span without spaces, for narrow places. */
export function compactSpanLabel(start: string, end: string): string {
  return dateSpanLabel(start, end).replace(' – ', '–');
}

/** "17/10–01/02": a span without years, for narrow places. */
export function dayMonthSpanLabel(start: string, end: string): string {
  const dayMonth = (date: string) => DateTime.fromISO(date, { zone: 'utc' }).toFormat('dd/MM');
  return `${dayMonth(start)}–${dayMonth(end)}`;
}

/**
 * The one marker for a date the plan does not give (taken from public records), and the line that
 * explains it on every slide that shows the marker.
 */
export const INFERRED_MARK = '*';
export const INFERRED_NOTE = '* Ngày theo thông tin công khai.';

/** "tháng 6/2020" for an approximate date known only to the month (after "Dự kiến", lowercase as in running text). */
export function monthLabel(start: string): string {
  const from = DateTime.fromISO(start, { zone: 'utc' });
  return `tháng ${from.month}/${from.year}`;
}

/** "08:15 ngày 26/11/2026": when the content on a screen dates from. */
export function updatedAtLabel(instant: Instant, zone: string): string {
  return inZone(instant, zone).toFormat("HH:mm 'ngày' dd/MM/yyyy");
}

/** "26/11/2026 08:15:02": a moment in the status overlay, to the second. */
export function momentLabel(instant: Instant, zone: string): string {
  return inZone(instant, zone).toFormat('dd/MM/yyyy HH:mm:ss');
}

const UNITS = {
  en: { s: 's', min: 'min', h: 'h', d: 'd' },
  vi: { s: 'giây', min: 'phút', h: 'giờ', d: 'ngày' },
} as const;

/**
 * "42 s", "1 min 30 s", "3 h 05 min", "4 d 2 h": a duration for people; in Vietnamese ("vi") with
 * Vietnamese units: "42 giây", "3 phút 24 giây", "3 giờ 05 phút", "4 ngày 2 giờ".
 */
export function durationLabel(ms: number, lang: 'en' | 'vi' = 'en'): string {
  const unit = UNITS[lang];
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} ${unit.s}`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 ? `${minutes} ${unit.min}` : `${minutes} ${unit.min} ${seconds % 60} ${unit.s}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} ${unit.h} ${String(minutes % 60).padStart(2, '0')} ${unit.min}`;
  return `${Math.floor(hours / 24)} ${unit.d} ${hours % 24} ${unit.h}`;
}
