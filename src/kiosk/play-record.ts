/**
 * Proof of play: one record per slide shown, and the records as CSV (RFC 4180), for whoever must
 * show what was on screen and when. Pure: the instant and the slide in, the record out.
 */
import { DateTime } from 'luxon';
import type { Instant } from '../schedule/time';

export interface PlayRecord {
  /** When the slide appeared, ISO with the offset of the bundle's zone: the time to read. */
  shownAt: string;
  /** The same instant in UTC: the time to sort and merge the logs of several screens by. */
  deviceAt: string;
  screen: string;
  slide: string;
  kind: string;
  contentVersion: string;
  appVersion: string;
  /** How long the schedule gave the slide, in seconds. */
  plannedSeconds: number;
}

export const PLAY_LOG_COLUMNS: readonly (keyof PlayRecord)[] = [
  'shownAt',
  'deviceAt',
  'screen',
  'slide',
  'kind',
  'contentVersion',
  'appVersion',
  'plannedSeconds',
];

/** What the record says of a slide on screen; undefined for the screen going off. */
export interface ShownSlide {
  id: string;
  kind: string;
  durationMs: number;
}

export function playRecord(
  at: Instant,
  zone: string,
  screen: string,
  slide: ShownSlide | undefined,
  contentVersion: string,
  appVersion: string,
): PlayRecord {
  return {
    shownAt: DateTime.fromMillis(at, { zone }).toISO()!,
    deviceAt: new Date(at).toISOString(),
    screen,
    slide: slide?.id ?? 'screen-off',
    kind: slide?.kind ?? 'off',
    contentVersion,
    appVersion,
    plannedSeconds: slide ? Math.round(slide.durationMs / 100) / 10 : 0,
  };
}

/** "proof-of-play-lobby-20261127-1405.csv", the time in the bundle's zone. */
export function playLogFileName(screen: string, at: Instant, zone: string): string {
  return `proof-of-play-${screen}-${DateTime.fromMillis(at, { zone }).toFormat('yyyyMMdd-HHmm')}.csv`;
}

/** One CSV field, quoted when it must be, and never a spreadsheet formula. */
export function csvField(value: string | number): string {
  const text = String(value);
  // A leading =, +, - or @ would be a formula in a spreadsheet: slide ids come from staff-edited content.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function playLogCsv(records: readonly PlayRecord[]): string {
  const lines = [
    PLAY_LOG_COLUMNS.join(','),
    ...records.map((record) => PLAY_LOG_COLUMNS.map((column) => csvField(record[column])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
