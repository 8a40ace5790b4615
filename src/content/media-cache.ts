/**
 * The media caches (Cache Storage, shared with the service worker's routes), filled before a
 * bundle goes on screen (measured for the status overlay in media-usage.ts). Browser APIs only (fetch, caches);
 * without Cache Storage (a page not served over HTTPS or from localhost) media are fetched and not kept.
 */
import type { Bundle } from './schema';
import { FETCH_TIMEOUT_MS } from './load';
import { mediaCacheFor } from './media';
import { boundedDelay } from '../browser/bounded-delay';

/**
 * Every media URL a bundle references, for prefetching into the media cache. Relative URLs are
 * relative to the player's page (e.g. "content/media/logo.png"), as the slides resolve them.
 */
export function mediaUrls(bundle: Bundle): string[] {
  const urls = new Set<string>();
  if (bundle.organization.logo) urls.add(bundle.organization.logo);
  for (const item of [...bundle.milestones, ...bundle.announcements]) if (item.image) urls.add(item.image);
  for (const video of bundle.videos) for (const url of [video.poster, video.src]) if (url) urls.add(url);
  return [...urls];
}

/**
 * Fetches every media file into the media caches before the bundle goes on screen (media.ts
 * MEDIA_CACHES, the caches the service worker answers from: pictures whole or opaque, clips whole,
 * later cut into byte ranges). A file already cached costs no request. 'retry' when the network
 * failed (try again later); a 404 is final and does not hold the bundle back: the slide shows
 * without the picture, and a missing clip is skipped.
 */
export async function prefetchMedia(urls: readonly string[], base: string, fetchImpl: typeof fetch = fetch, timeoutMs = FETCH_TIMEOUT_MS): Promise<'ok' | 'retry'> {
  const storage = typeof caches === 'undefined' ? undefined : caches;
  const results = await Promise.all(
    urls.map(async (url) => {
      // A server that accepts and never answers (or stops sending) must not stall the content
      // checks: `timeoutMs` without a byte aborts, however long a clip takes to arrive whole.
      const controller = new AbortController();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const alive = () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(), boundedDelay(timeoutMs));
      };
      alive();
      try {
        const target = new URL(url, base);
        const cache = await storage?.open(mediaCacheFor(target.pathname));
        if (await cache?.match(target.href)) return 'ok';
        const sameOrigin = target.origin === new URL(base).origin;
        const response = await fetchImpl(target.href, { credentials: 'same-origin', mode: sameOrigin ? 'cors' : 'no-cors', signal: controller.signal });
        // Opaque (status 0) answers, pictures from other servers (clips are from this one only), cannot
        // be read: taken as fetched, and kept. Stored whole while the other branch of the body is read
        // here, to notice a server that stops sending.
        const stored = cache && (response.status === 200 || response.status === 0) ? cache.put(target.href, response.clone()) : undefined;
        const reader = response.body?.getReader();
        if (reader) for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) alive();
        await stored;
        return response.status >= 500 ? 'retry' : 'ok';
      } catch {
        return 'retry';
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return results.includes('retry') ? 'retry' : 'ok';
}
