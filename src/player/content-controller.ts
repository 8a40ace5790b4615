import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FETCH_TIMEOUT_MS, SETTING_DEFAULTS } from '../content/defaults';
import type { Bundle } from '../content/schema';
import { trustingBuiltIn, type BundleCheck } from '../content/checked';
// Types only: the checks (fetchBundle, the backoff) are ./content-poll.ts's, loaded after the first slide.
import type { ContentSource, Validators } from '../content/load';
import { LastGoodStore } from '../content/store';
import { ByteHasher } from '../content/text-hash';
import { boundedDelay } from '../browser/bounded-delay';
import type { ContentStatus } from './content-status';
import type { ContentPoll } from './content-poll';

export type { ContentStatus } from './content-status';

export interface ContentOptions {
  /** The published bundle. */
  contentUrl: string;
  /** The copy that shipped with the build, for a screen that has nothing else. */
  defaultUrl: string;
  /**
   * The hash of the bytes of that copy, which the build checked (text-hash.ts; '' for none): those
   * bytes are taken without loading the checker.
   */
  defaultHash?: string;
  /**
   * Resolves once the page's first slide is painted: the checker (for the server's bundles) loads
   * after it, unless nothing else can be shown.
   */
  afterFirstSlide?: () => Promise<void>;
  /** Receives each bundle fit to show (validated, its pictures cached), with where it came from. */
  onBundle: (bundle: Bundle, source: ContentSource) => void;
  /** Overrides the bundle's poll interval (seconds), e.g. from `?poll=`. */
  pollOverrideSeconds?: number | undefined;
  /** The last-good store (tests pass one with a database of their own). */
  store?: LastGoodStore;
  /** False while the page must not play (a second player tab): no checks until it may. */
  active?: () => boolean;
}

/** A store that has not answered by then (IndexedDB can hang on a damaged profile) is not waited for. */
const STORE_READ_TIMEOUT_MS = 3_000;

/** `promise`, or `fallback` once `ms` have passed without it settling. */
export function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), boundedDelay(ms))));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The bundle on screen, as far as checks and confirmations go. */
export interface OnScreen {
  /** Of its text; undefined for the built-in bundle (never confirmed by the server). */
  hash: string | undefined;
  /** What to send with the next check: only the bundle on screen's own validators. */
  validators: Validators;
  /** Its text while it could not be stored (to try again); undefined once stored. */
  unstoredText: string | undefined;
  version: string;
}

/**
 * Keeps the player fed, in this order: the stored bundle as soon as it is read (tens of ms), else
 * the built-in one at once, then the server's when it answers, checked every
 * `settings.pollSeconds` with conditional requests and a jittered backoff while the server fails.
 * A new bundle is handed over only once it validates and its media are cached; the host applies
 * it at the next slide boundary. A bundle is reported confirmed only when the request carried its
 * own validators and it is the bundle stored for the next cold start.
 */
export class ContentController implements ReactiveController {
  status: ContentStatus = {
    source: undefined,
    error: undefined,
    rejection: undefined,
    rejectedAt: undefined,
    lastSuccessAt: undefined,
    lastAttemptAt: undefined,
    failures: 0,
    contentSavedAt: undefined,
    unconfirmedSince: undefined,
    notKept: undefined,
    storage: undefined,
  };
  // Read and written by the checks too (./content-poll.ts): onScreen, current, store, running, storedConfirmedAt.
  onScreen: OnScreen | undefined;
  current: Bundle | undefined;
  readonly store: LastGoodStore;
  running = false;
  /** When the bundle stored for a cold start was last confirmed, whatever is on screen. */
  storedConfirmedAt: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started: Promise<void> | undefined;
  private polling = false;
  private poller: Promise<ContentPoll> | undefined;
  private loadingDefault: Promise<void> | undefined;
  private readonly onOnline = () => this.checkNow();
  /** A new bundle from the server, checked (or known: the build's own bytes) once the first slide is out (afterFirstSlide). */
  readonly checkNew: BundleCheck = async (text, hash) => {
    await this.afterFirstSlide();
    return trustingBuiltIn(this.options.defaultHash ?? '')(text, hash);
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly options: ContentOptions,
  ) {
    this.store = options.store ?? new LastGoodStore(options.contentUrl);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    if (this.running) return;
    this.running = true;
    this.resume();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    this.running = false;
    clearTimeout(this.timer);
  }

  /** Starts (the first time) or resumes checking; called again when a standby page may play. */
  resume(): void {
    if (!this.running || this.options.active?.() === false) return;
    if (!this.started) this.started = this.start();
    else this.checkNow();
  }
  /** Resolves once the stored bundle (or the lack of one) is known and the first check is under way. */
  get ready(): Promise<void> {
    return this.started ?? Promise.resolve();
  }
  /** The validator of the bundle last checked good from the server (the fleet report's ETag). */
  get validatedEtag(): string | undefined {
    return this.onScreen?.validators.etag;
  }
  /** Check now: the network is back, no need to wait out the backoff. */
  checkNow(): void {
    if (this.polling || !this.started || this.options.active?.() === false) return;
    clearTimeout(this.timer);
    void this.poll();
  }

  private async start(): Promise<void> {
    void this.store.persist().then((storage) => {
      this.status = { ...this.status, storage };
      this.host.requestUpdate();
    });
    const stored = await within(this.store.read(), STORE_READ_TIMEOUT_MS, undefined);
    if (stored && !this.current) {
      this.storedConfirmedAt = stored.stored.savedAt;
      this.onScreen = {
        hash: stored.stored.hash,
        validators: stored.stored.validators,
        unstoredText: undefined,
        version: stored.bundle.version,
      };
      this.status = { ...this.status, contentSavedAt: stored.stored.savedAt };
      this.accept(stored.bundle, 'cache');
    } else if (!this.current) {
      this.status = { ...this.status, unconfirmedSince: this.store.unconfirmedSince(Date.now()) };
      // The built-in bundle at once, not after the server has answered or timed out.
      void this.loadDefault();
    }
    void this.pollWhenDue();
  }

  accept(bundle: Bundle, source: ContentSource): void {
    this.current = bundle;
    this.status = { ...this.status, source };
    this.options.onBundle(bundle, source);
    this.host.requestUpdate();
  }

  /**
   * The checks of the server (./content-poll.ts, a chunk of its own): loaded once the first slide
   * is out, or at once when nothing can be shown without them (nothing stored, no built-in bundle).
   */
  private async pollWhenDue(): Promise<void> {
    const firstSlide = this.options.afterFirstSlide?.();
    const nothingToShow = (this.loadingDefault ?? Promise.resolve()).then(() => {
      if (!this.current) return;
      return new Promise<void>(() => {});
    });
    if (firstSlide) await Promise.race([firstSlide, nothingToShow]);
    void this.poll();
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    let poll: ContentPoll | undefined;
    try {
      poll = await (this.poller ??= import('./content-poll').then((module) => new module.ContentPoll(this)));
      await poll.once();
      if (!this.current) await this.loadDefault();
      this.host.requestUpdate();
    } catch (error) {
      // The chunk did not load (tried again at the next check).
      this.poller = undefined;
      this.status = { ...this.status, error: `content checks could not load: ${String(error)}`, failures: this.status.failures + 1 };
    } finally {
      this.polling = false;
    }
    if (!this.running) return;
    clearTimeout(this.timer);
    const interval = this.intervalMs();
    this.timer = setTimeout(() => void this.poll(), poll ? poll.nextDelay(interval) : boundedDelay(interval));
  }

  /**
   * A new bundle from the server (and with it the checker and the media prefetch) waits for the
   * first slide, shown from the stored or the built-in bundle (both checked by this build); it is
   * taken at once only when nothing else can be shown: no bundle on screen and no built-in one
   * coming (or it failed).
   */
  private async afterFirstSlide(): Promise<void> {
    if (!this.current && this.loadingDefault) await this.loadingDefault;
    if (this.current) await this.options.afterFirstSlide?.();
  }

  private intervalMs(): number {
    return (this.options.pollOverrideSeconds ?? this.current?.settings.pollSeconds ?? SETTING_DEFAULTS.pollSeconds) * 1000;
  }

  /** A hung server must not hold the next check back for long: at most the interval, 3 to 15 s. */
  timeoutMs(): number {
    return Math.min(FETCH_TIMEOUT_MS, Math.max(3_000, this.intervalMs()));
  }

  /** Nothing published and nothing stored: the content that shipped with the build (one fetch at a time). */
  private loadDefault(): Promise<void> {
    this.loadingDefault ??= this.fetchDefault().finally(() => (this.loadingDefault = undefined));
    return this.loadingDefault;
  }

  private async fetchDefault(): Promise<void> {
    if (this.options.defaultUrl === this.options.contentUrl) return;
    // A plain fetch: the build's own file, precached with the app. Its bytes are those the build
    // checked (the hash says so) and are taken without the checker; any others are checked.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), boundedDelay(this.timeoutMs()));
    try {
      const response = await fetch(this.options.defaultUrl, { cache: 'no-store', signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) return;
      const bytes = new Uint8Array(await response.arrayBuffer());
      const hash = new ByteHasher().update(bytes).digest();
      const result = await trustingBuiltIn(this.options.defaultHash ?? '')(new TextDecoder().decode(bytes), hash);
      if (result.ok && !this.current) {
        // The built-in bundle is kept on screen, but never confirmed by the server.
        this.onScreen = undefined;
        this.accept(result.bundle, 'default');
      }
    } catch {
      // No built-in bundle (offline without it cached, or it timed out): the server's, when it answers.
    } finally {
      clearTimeout(timer);
    }
  }
}
