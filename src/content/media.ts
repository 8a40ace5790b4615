/**
 * What the screens accept as media, and how long a clip may hold the screen. Pure: no DOM.
 *
 * Formats: Debian's Chromium (the screens' browser, `chromium` 156 on Debian 12; Raspberry Pi OS
 * ships the same Debian package with its own patches) answers "probably" to
 * `canPlayType('video/webm; codecs="vp9"')` and `canPlayType('video/mp4; codecs="avc1.42E01E"')`
 * (measured in this repository's test browser); H.265/HEVC it does not play. So: WebM (VP9, VP8) and
 * MP4 (H.264). A clip in another codec inside those containers is caught on the screen, where
 * it is skipped and reported (the checker cannot look inside the file).
 */

/** A link to a WebM or MP4 file, by its path's extension (a query or fragment after it is ignored). */
export const VIDEO_PATH = /\.(webm|mp4)(?:[?#]|$)/i;

/** True for a link to a clip in a format the screens play. */
export function isVideo(url: string): boolean {
  return VIDEO_PATH.test(url);
}

/** The longest a clip holds the screen when the screen profile does not say (`durations.video`). */
export const VIDEO_MAX_DEFAULT_SECONDS = 120;

export const VIDEO_FORMAT_RULE = {
  en: 'A video is a .webm or .mp4 file on this server, e.g. "content/media/loi-chao.webm".',
  vi: 'Video phải là tệp .webm hoặc .mp4 trên máy chủ này, ví dụ "content/media/loi-chao.webm".',
};

/**
 * A clip the screens can take: on this server (a relative link: the page's Content-Security-Policy
 * lets media come from its own server only, and a clip from elsewhere could not be cut into ranges
 * offline) and in one of the formats above. The link's safety itself is checked by the schema.
 */
export function isVideoSource(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && isVideo(url);
}


/**
 * The Cache Storage caches media live in, shared by the service worker's routes (src/build/pwa-options.ts)
 * and the player's prefetch (media-cache.ts), which fills them itself: on a first visit the worker does
 * not control the page yet, and the clip must be kept all the same.
 */
export const MEDIA_CACHES = { video: 'signage-video', picture: 'signage-media' } as const;

/** The cache a media URL belongs in. */
export function mediaCacheFor(url: string): (typeof MEDIA_CACHES)[keyof typeof MEDIA_CACHES] {
  return isVideo(url) ? MEDIA_CACHES.video : MEDIA_CACHES.picture;
}
