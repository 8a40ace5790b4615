/**
 * Everything the status overlay needs, loaded only when someone opens it: a screen that is never
 * inspected never parses it. The service worker precaches this chunk like the rest, so the
 * overlay opens offline too.
 */
import '../elements/status-overlay';
import { statusRows as rows, type StatusInput } from '../kiosk/status';
// Imported when first measured, as fleet-wiring.ts does: a module both chunks imported statically would
// be split into a chunk of its own, and the player's first-slide code would grow by its preload list.
import type { MediaUsage } from '../content/media-usage';

let media: MediaUsage | undefined;
let measuring: Promise<void> | undefined;

/**
 * The overlay's rows, with what the media caches hold as last measured: measured again at each
 * call, one measure at a time (the overlay asks every second while it is open, and never while closed).
 */
export function statusRows(input: StatusInput): ReturnType<typeof rows> {
  measuring ??= import('../content/media-usage')
    .then((module) => module.mediaCacheUsage())
    .then((usage) => void (media = usage))
    .catch(() => undefined)
    .finally(() => (measuring = undefined));
  return rows({ ...input, content: { ...input.content, media } });
}
