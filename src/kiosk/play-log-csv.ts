/** Proof of play as CSV (RFC 4180), for whoever must show what was on screen and when. Pure. */

export interface PlayRecord {
  /** The player's clock when the slide appeared, ISO with offset, bundle's zone. */
  shownAt: string;
  /** The device's own clock, UTC ISO: what actually happened, even under `?at=`. */
  deviceAt: string;
  screen: string;
  slide: string;
  kind: string;
  contentVersion: string;
  appVersion: string;
  /** How long the schedule gave the slide, in seconds. */
  plannedSeconds: number;
}

export const PLAY_LOG_COLUMNS: readonly (keyof PlayRecord)[] = ['shownAt', 'deviceAt', 'screen', 'slide', 'kind', 'contentVersion', 'appVersion', 'plannedSeconds'];

function field(value: string | number): string {
  const text = String(value);
  // A leading =, +, - or @ would be a formula in a spreadsheet: slide ids come from staff-edited content.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function playLogCsv(records: readonly PlayRecord[]): string {
  const lines = [PLAY_LOG_COLUMNS.join(','), ...records.map((record) => PLAY_LOG_COLUMNS.map((column) => field(record[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
