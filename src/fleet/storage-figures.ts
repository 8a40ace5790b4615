/**
 * A screen's storage as the Screens tab words it: what its origin uses of its quota, and what its
 * media caches (pictures and clips) hold, from its last report. Pure.
 */
import type { FleetStatus } from './status-document';

/** "4,4 MB", "12 MB", "10,7 GB" (Vietnamese decimal comma; a point in English). */
export function sizeLabel(bytes: number, lang: 'vi' | 'en'): string {
  const giga = bytes >= 1e9;
  const value = bytes / (giga ? 1e9 : 1e6);
  const digits = value < 10 ? 1 : 0;
  const number = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return `${number} ${giga ? 'GB' : 'MB'}`;
}

export interface StorageFigures {
  used: string;
  quota: string;
  /** Absent while the screen has not measured its media caches (or reports from before they were). */
  media?: { files: number; size: string } | undefined;
}

/** Undefined when the report says nothing of its storage. */
export function storageFigures(status: Pick<FleetStatus, 'storage' | 'media'>, lang: 'vi' | 'en'): StorageFigures | undefined {
  const { storage, media } = status;
  if (!storage && !media) return undefined;
  const size = (bytes: number | undefined) => (bytes === undefined ? '?' : sizeLabel(bytes, lang));
  return {
    used: size(storage?.usage),
    quota: size(storage?.quota),
    media: media && { files: media.files, size: sizeLabel(media.bytes, lang) },
  };
}
