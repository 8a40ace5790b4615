/**
 * The service worker's URL as a TrustedScriptURL. Under the deployed Content-Security-Policy
 * (require-trusted-types-for 'script'), `serviceWorker.register()` takes no plain string; this
 * policy, named in the CSP's trusted-types list, only lets our own sw.js through.
 */
import type { TrustedScriptURL, TrustedTypesWindow } from 'trusted-types/lib';

export const WORKER_POLICY = 'signage-sw';

const factory = (window as unknown as TrustedTypesWindow).trustedTypes;
const policy = factory?.createPolicy(WORKER_POLICY, {
  createScriptURL: (input: string) => {
    const url = new URL(input, location.href);
    if (url.origin !== location.origin || !url.pathname.endsWith('/sw.js'))
      throw new TypeError(`not the player's service worker: ${input}`);
    return url.href;
  },
});

export function workerUrl(url: string): string | TrustedScriptURL {
  return policy ? policy.createScriptURL(url) : url;
}
