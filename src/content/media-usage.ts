/**
 * What the media caches hold, for the status overlay: loaded with the overlay's code, never with
 * the player's (app/status-tools.ts).
 */
import { MEDIA_CACHES } from './media';

export interface MediaUsage {
  files: number;
  bytes: number;
}

/**
 * What the media caches hold: files and bytes, by the stored answers' Content-Length (a file
 * without one is read for its size). Undefined where there is no Cache Storage.
 */
export async function mediaCacheUsage(): Promise<MediaUsage | undefined> {
  if (typeof caches === 'undefined') return undefined;
  let files = 0;
  let bytes = 0;
  for (const name of Object.values(MEDIA_CACHES)) {
    if (!(await caches.has(name))) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      if (!response) continue;
      files++;
      const length = Number(response.headers.get('Content-Length') ?? NaN);
      bytes += Number.isFinite(length) && length >= 0 ? length : (await response.blob()).size;
    }
  }
  return { files, bytes };
}
