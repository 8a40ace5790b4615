/**
 * The last bundle that validated, kept in the browser so a cold start with no network still plays.
 *
 * In IndexedDB, not localStorage: Chromium gives localStorage about 5.2 million characters an
 * origin (shared with everything else the page keeps there), while the checker accepts bundles of
 * 10 million; IndexedDB draws on the origin's quota (a share of the disk: see README), and its
 * writes are checked (a transaction that did not commit rejects). The bundle's text is written
 * once per new bundle; the server's confirmations go to a small record of their own beside it, so a
 * 304 every minute does not rewrite megabytes. A confirmation names the bundle it confirms (by the
 * hash of its text): it never counts for another one.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { ReopeningDatabase } from '../browser/idb';
import { checkLazily, parseChecked } from './checked';
import type { Bundle } from './schema';
import type { Validators } from './load';
import { textHash } from './text-hash';

export interface StoredBundle {
  text: string;
  validators: Validators;
  /** When it was fetched (epoch ms, real time); on read, when the server last confirmed it. */
  savedAt: number;
  /** Of the text (text-hash.ts). */
  hash: string;
  /**
   * The build whose checker accepted the text (set by write()): read back by the same build, it is
   * not checked again; by another (whose rules may be stricter), it is.
   */
  checkedBy?: string;
}

/** The server's latest word on the stored bundle: still the newest at `at`, with these validators. */
interface Confirmation {
  hash: string;
  at: number;
  validators: Validators;
}

interface ContentSchema extends DBSchema {
  bundles: { key: string; value: StoredBundle };
  confirmations: { key: string; value: Confirmation };
}

export const CONTENT_DB = 'signage-content';

/** Where builds before this one kept the bundle (localStorage); moved to IndexedDB once. */
const LEGACY_PREFIX = 'signage:last-good:';
const LEGACY_CONFIRMED_PREFIX = 'signage:confirmed-at:';
/** Since when this screen has played without the server ever confirming its content (across reloads). */
const UNCONFIRMED_PREFIX = 'signage:unconfirmed-since:';

type SmallStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * A confirmation of the same bundle is written at most this often: a poll every minute would
 * otherwise write to the SD card every minute. A cold start may then date the content up to this
 * much too early, against a stale threshold counted in hours.
 */
export const CONFIRM_WRITE_EVERY_MS = 15 * 60_000;

export interface StoreOptions {
  /** The IndexedDB database's name (tests give each their own). */
  dbName?: string;
  /** localStorage: the small "unconfirmed since" key, and the old store to migrate from. */
  storage?: SmallStorage | undefined;
  /** navigator.storage, for persist() and estimate(). */
  manager?: Pick<StorageManager, 'persist' | 'persisted' | 'estimate'> | undefined;
  /** This build's checker (StoredBundle.checkedBy); by default the build's id. */
  checkerId?: string;
}

export type WriteResult = { ok: true } | { ok: false; reason: string };

/** What the browser granted: kept under storage pressure (persistent) or not, and how much room. */
export interface StorageReport {
  persistence: 'persistent' | 'best-effort' | 'unknown';
  quota: number | undefined;
  usage: number | undefined;
}

function safeLocalStorage(): SmallStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  if (error instanceof DOMException || error instanceof Error)
    return error.name === 'Error' ? error.message : error.message ? `${error.name}: ${error.message}` : error.name;
  return String(error);
}

export class LastGoodStore {
  private readonly database: ReopeningDatabase<ContentSchema>;
  private readonly storage: SmallStorage | undefined;
  private readonly manager: StoreOptions['manager'];
  private readonly checkerId: string;
  /** The hash of the bundle stored, once known: confirmations are written only for it. */
  private storedHash: string | undefined;
  /** When its confirmation was last written. */
  private confirmationWrittenAt: number | undefined;

  constructor(
    private readonly contentUrl: string,
    options: StoreOptions = {},
  ) {
    this.database = new ReopeningDatabase<ContentSchema>(options.dbName ?? CONTENT_DB, 1, (db) => {
      db.createObjectStore('bundles');
      db.createObjectStore('confirmations');
    });
    this.storage = 'storage' in options ? options.storage : safeLocalStorage();
    this.manager = 'manager' in options ? options.manager : globalThis.navigator?.storage;
    this.checkerId = options.checkerId ?? __APP_VERSION__;
  }

  private open(): Promise<IDBPDatabase<ContentSchema>> {
    return this.database.open();
  }

  /**
   * The stored bundle with its latest confirmation. Checked again when another build stored it (a
   * newer build may have stricter rules; the checker is loaded for it), then marked as checked by
   * this one; stored by this build, it was checked before it was written, and is only parsed.
   */
  async read(): Promise<{ bundle: Bundle; stored: StoredBundle } | undefined> {
    try {
      const db = await this.open();
      let stored = await db.get('bundles', this.contentUrl);
      let confirmation = await db.get('confirmations', this.contentUrl);
      if (!stored) {
        const migrated = await this.migrate(db);
        if (!migrated) return undefined;
        ({ stored, confirmation } = migrated);
      }
      this.storedHash = stored.hash;
      this.confirmationWrittenAt = confirmation?.hash === stored.hash ? confirmation.at : stored.savedAt;
      const result = await this.checked(db, stored);
      if (!result.ok) return undefined;
      const confirmed = confirmation?.hash === stored.hash ? confirmation : undefined;
      return {
        bundle: result.bundle,
        stored: {
          ...stored,
          validators: confirmed?.validators ?? stored.validators,
          savedAt: confirmed && confirmed.at > stored.savedAt ? confirmed.at : stored.savedAt,
        },
      };
    } catch {
      return undefined;
    }
  }

  private async checked(db: IDBPDatabase<ContentSchema>, stored: StoredBundle): Promise<{ ok: true; bundle: Bundle } | { ok: false }> {
    if (stored.checkedBy === this.checkerId) {
      try {
        return { ok: true, bundle: parseChecked(stored.text) };
      } catch {
        // Not JSON (a damaged record): the checker decides.
      }
    }
    const result = await checkLazily(stored.text, stored.hash);
    if (!result.ok) return { ok: false };
    // Checked by this build from now on (the next start only parses it); a failed write only costs that check again.
    void db.put('bundles', { ...stored, checkedBy: this.checkerId }, this.contentUrl).catch(() => {});
    return { ok: true, bundle: result.bundle };
  }

  /** A bundle kept in localStorage by an earlier build: moved here once, then removed there. */
  private async migrate(db: IDBPDatabase<ContentSchema>): Promise<{ stored: StoredBundle; confirmation: Confirmation } | undefined> {
    const raw = this.storage?.getItem(LEGACY_PREFIX + this.contentUrl);
    if (!raw) return undefined;
    const legacy = JSON.parse(raw) as Omit<StoredBundle, 'hash'>;
    const confirmedAt = Number(this.storage?.getItem(LEGACY_CONFIRMED_PREFIX + this.contentUrl));
    const stored: StoredBundle = { ...legacy, hash: textHash(legacy.text) };
    const confirmation: Confirmation = {
      hash: stored.hash,
      at: confirmedAt > legacy.savedAt ? confirmedAt : legacy.savedAt,
      validators: legacy.validators,
    };
    const transaction = db.transaction(['bundles', 'confirmations'], 'readwrite');
    await Promise.all([
      transaction.objectStore('bundles').put(stored, this.contentUrl),
      transaction.objectStore('confirmations').put(confirmation, this.contentUrl),
      transaction.done,
    ]);
    this.storage?.removeItem(LEGACY_PREFIX + this.contentUrl);
    this.storage?.removeItem(LEGACY_CONFIRMED_PREFIX + this.contentUrl);
    return { stored, confirmation };
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

  /**
   * The server confirmed the bundle of hash `hash` is still the newest at `at` (a 304 to its
   * validators, or its very bytes again under `validators`). False, and nothing written, when that
   * bundle is not the one stored: a confirmation never counts for another bundle.
   */
  async confirm(hash: string, at: number, validators: Validators): Promise<boolean> {
    if (hash !== this.storedHash) return false;
    const written = this.confirmationWrittenAt;
    if (written !== undefined && at >= written && at - written < CONFIRM_WRITE_EVERY_MS) return true;
    try {
      this.storage?.removeItem(UNCONFIRMED_PREFIX + this.contentUrl);
    } catch {
      // The small key stays; the stored bundle's own confirmation is what counts.
    }
    try {
      await (await this.open()).put('confirmations', { hash, at, validators }, this.contentUrl);
      this.confirmationWrittenAt = at;
      return true;
    } catch {
      // The screen plays on; only the stale-content line may come early.
      return false;
    }
  }

  /**
   * Keeps `stored` for the next cold start; the write is checked (the transaction committed). Only
   * a text this build's checker has accepted may be written: it is marked as checked by this build.
   */
  async write(stored: StoredBundle): Promise<WriteResult> {
    try {
      const db = await this.open();
      const transaction = db.transaction(['bundles', 'confirmations'], 'readwrite');
      await Promise.all([
        transaction.objectStore('bundles').put({ ...stored, checkedBy: this.checkerId }, this.contentUrl),
        transaction.objectStore('confirmations').put({ hash: stored.hash, at: stored.savedAt, validators: stored.validators }, this.contentUrl),
        transaction.done,
      ]);
      this.storedHash = stored.hash;
      this.confirmationWrittenAt = stored.savedAt;
      try {
        this.storage?.removeItem(UNCONFIRMED_PREFIX + this.contentUrl);
      } catch {
        // As in confirm().
      }
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: describe(error) };
    }
  }

  /**
   * Asks the browser to keep this origin's storage under pressure (`navigator.storage.persist()`),
   * and says what it got and how much room there is.
   */
  async persist(): Promise<StorageReport> {
    const manager = this.manager;
    let persistence: StorageReport['persistence'] = 'unknown';
    try {
      if (manager) persistence = (await manager.persisted()) || (await manager.persist()) ? 'persistent' : 'best-effort';
    } catch {
      persistence = 'unknown';
    }
    return { persistence, ...(await this.estimate()) };
  }

  async estimate(): Promise<Pick<StorageReport, 'quota' | 'usage'>> {
    try {
      const estimate = await this.manager?.estimate();
      return { quota: estimate?.quota, usage: estimate?.usage };
    } catch {
      return { quota: undefined, usage: undefined };
    }
  }
}
