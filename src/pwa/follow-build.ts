/**
 * Following a new build that another tab made take over. Small and free of workbox-window: the
 * composition root uses it before the update checks have loaded (they load after the first slide).
 */

const RELOAD_GUARD_KEY = 'signage:sw-reload-at';
/** A second update-reload sooner than this after the last one is taken as a loop and skipped. */
const RELOAD_GUARD_MS = 60_000;

/** The service worker controlling the page now (null: none, or no service workers here). */
export function currentController(): ServiceWorker | null {
  return (globalThis.navigator as Navigator | undefined)?.serviceWorker?.controller ?? null;
}

/**
 * True when the page was loaded under one worker and another controls it now: a new build took
 * over while this page ran the old one. (The browser hands out one ServiceWorker object a worker.)
 */
export function controllerChangedSince(atLoad: ServiceWorker | null): boolean {
  return atLoad !== null && currentController() !== atLoad;
}

/**
 * Reloads into the build now in charge, unless the page did so less than a minute ago (a loop).
 * True when the page is reloading.
 */
export function reloadOnce(log: (message: string) => void): boolean {
  const now = Date.now();
  const last = Number(sessionStorage.getItem(RELOAD_GUARD_KEY) ?? 0);
  if (now - last < RELOAD_GUARD_MS) {
    log('new build took control again within a minute of the last reload: not reloading (loop guard)');
    return false;
  }
  sessionStorage.setItem(RELOAD_GUARD_KEY, String(now));
  location.reload();
  return true;
}
