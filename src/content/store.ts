/** The last bundle that validated, kept in the browser so a cold start with no network still plays. */
import { checkBundle } from './validate';
import type { Bundle } from './schema';
import type { Validators } from './load';

export interface StoredBundle {
  text: string;
  validators: Validators;
  /** When it was fetched (epoch ms, real time). */
  savedAt: number;
}

const PREFIX = 'signage:last-good:';
/** The server said "unchanged": a small key of its own, so a 304 every minute does not rewrite the bundle. */
const CONFIRMED_PREFIX = 'signage:confirmed-at:';
/** Since when this screen has played without the server ever confirming its content (across reloads). */
const UNCONFIRMED_PREFIX = 'signage:unconfirmed-since:';

export class LastGoodStore {
  constructor(
    private readonly contentUrl: string,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = globalThis.localStorage,
  ) {}

  /** The stored bundle, re-checked: a newer build may have stricter rules. */
  read(): { bundle: Bundle; stored: StoredBundle } | undefined {
    try {
      const raw = this.storage?.getItem(PREFIX + this.contentUrl);
      if (!raw) return undefined;
      const stored = JSON.parse(raw) as StoredBundle;
      const result = checkBundle(stored.text);
      const confirmedAt = Number(this.storage?.getItem(CONFIRMED_PREFIX + this.contentUrl));
      return result.ok ? { bundle: result.bundle, stored: { ...stored, savedAt: confirmedAt > stored.savedAt ? confirmedAt : stored.savedAt } } : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Since when the screen has run with no content the server confirmed: kept across reloads (the
   * daily one included), so "stale" can be told of a screen that has never reached its server.
   */
  unconfirmedSince(now: number): number {
    try {
      const since = Number(this.storage?.getItem(UNCONFIRMED_PREFIX + this.contentUrl));
      if (since > 0 && since <= now) return since;
      this.storage?.setItem(UNCONFIRMED_PREFIX + this.contentUrl, String(now));
    } catch {
      // No storage: this page's own start is the best there is.
    }
    return now;
  }

  /** The server confirmed the stored bundle is still the newest at `at`. */
  confirm(at: number): void {
    try {
      this.storage?.removeItem(UNCONFIRMED_PREFIX + this.contentUrl);
      this.storage?.setItem(CONFIRMED_PREFIX + this.contentUrl, String(at));
    } catch {
      // As for write(): the screen plays on; only the stale-content line may come early.
    }
  }

  /** False when the browser refused (quota, private mode): the screen still plays from memory. */
  write(stored: StoredBundle): boolean {
    try {
      this.storage?.removeItem(UNCONFIRMED_PREFIX + this.contentUrl);
      this.storage?.setItem(PREFIX + this.contentUrl, JSON.stringify(stored));
      return true;
    } catch {
      return false;
    }
  }
}
