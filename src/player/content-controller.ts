import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SETTING_DEFAULTS } from '../content/defaults';
import type { Bundle } from '../content/schema';
import { trustingBuiltIn, type BundleCheck } from '../content/checked';
import { FETCH_TIMEOUT_MS, fetchBundle, type ContentSource, type KnownRejection, type Validators } from '../content/load';
import { LastGoodStore } from '../content/store';
import { nextPollDelay } from '../content/backoff';
import { boundedDelay } from '../browser/bounded-delay';
import type { ContentStatus } from './content-status';

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

/** A bundle whose pictures cannot be fetched is held back this many checks, then shown without them. */
const MEDIA_ATTEMPTS = 3;
/** A store that has not answered by then (IndexedDB can hang on a damaged profile) is not waited for. */
const STORE_READ_TIMEOUT_MS = 3_000;
/** Nor a write or a confirmation after this: the checks must go on whatever the disk does. */
const STORE_WRITE_TIMEOUT_MS = 30_000;

/** `promise`, or `fallback` once `ms` have passed without it settling. */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), boundedDelay(ms))));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The bundle on screen, as far as checks and confirmations go. */
interface OnScreen {
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
  private onScreen: OnScreen | undefined;
  private current: Bundle | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly store: LastGoodStore;
  private running = false;
  private started: Promise<void> | undefined;
  private polling = false;
  private mediaAttempts = new Map<string, number>();
  /** The newest file refused: served again unchanged, it is not checked again. */
  private rejected: KnownRejection | undefined;
  /** Why the newest published file is refused, while it is. */
  private rejection: string | undefined;
  /** When the bundle stored for a cold start was last confirmed, whatever is on screen. */
  private storedConfirmedAt: number | undefined;
  private loadingDefault: Promise<void> | undefined;
  private readonly onOnline = () => this.checkNow();
  /** A new bundle from the server, checked (or known: the build's own bytes) once the first slide is out (afterFirstSlide). */
  private readonly checkNew: BundleCheck = async (text, hash) => {
    await this.afterFirstSlide();
    return trustingBuiltIn(this.options.defaultHash ?? '')(text, hash);
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ContentOptions,
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
    void this.poll();
  }

  private accept(bundle: Bundle, source: ContentSource): void {
    this.current = bundle;
    this.status = { ...this.status, source };
    this.options.onBundle(bundle, source);
    this.host.requestUpdate();
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      await this.pollOnce();
    } finally {
      this.polling = false;
    }
    if (!this.running) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => void this.poll(),
      boundedDelay(nextPollDelay(this.intervalMs(), this.status.failures), this.intervalMs()),
    );
  }

  private async pollOnce(): Promise<void> {
    const attemptAt = Date.now();
    const onScreen = this.onScreen;
    // Only the validators of the bundle on screen: a 304 then means "what you show is the newest".
    const outcome = await fetchBundle(
      this.options.contentUrl,
      onScreen?.validators ?? {},
      fetch,
      this.timeoutMs(),
      this.rejected,
      onScreen?.hash,
      this.checkNew,
    );
    if (!this.running) return;
    let failed = false;
    switch (outcome.kind) {
      case 'unchanged':
      case 'same':
        // A 304 to the validators sent (those of `onScreen`), or the very bytes of `onScreen` again.
        if (onScreen !== this.onScreen || !onScreen?.hash) break;
        if (outcome.kind === 'same') onScreen.validators = outcome.validators;
        this.rejected = undefined;
        this.rejection = undefined;
        if (onScreen.unstoredText !== undefined) await this.keep(onScreen, onScreen.unstoredText, attemptAt);
        else if (await within(this.store.confirm(onScreen.hash, attemptAt, onScreen.validators), STORE_WRITE_TIMEOUT_MS, false))
          this.storedConfirmedAt = attemptAt;
        this.status = {
          ...this.status,
          source: this.current ? 'network' : this.status.source,
          lastSuccessAt: attemptAt,
          contentSavedAt: this.storedConfirmedAt,
          unconfirmedSince: this.storedConfirmedAt === undefined ? this.status.unconfirmedSince : undefined,
        };
        break;
      case 'updated': {
        const version = outcome.bundle.version;
        // Imported here: a new bundle is taken after the first slide (checkNew), and so is this.
        const { mediaUrls, prefetchMedia } = await import('../content/media-cache');
        const media = await prefetchMedia(mediaUrls(outcome.bundle), document.baseURI, fetch, this.timeoutMs());
        if (!this.running) return;
        const attempts = (this.mediaAttempts.get(version) ?? 0) + 1;
        this.mediaAttempts.set(version, attempts);
        if (media === 'retry' && attempts < MEDIA_ATTEMPTS) {
          failed = true;
          break;
        }
        this.mediaAttempts.clear();
        this.rejected = undefined;
        this.rejection = undefined;
        const next: OnScreen = { hash: outcome.hash, validators: outcome.validators, unstoredText: outcome.text, version };
        this.onScreen = next;
        await this.keep(next, outcome.text, attemptAt);
        if (!this.running) return;
        this.status = {
          ...this.status,
          lastSuccessAt: attemptAt,
          contentSavedAt: this.storedConfirmedAt,
          unconfirmedSince: this.storedConfirmedAt === undefined ? this.status.unconfirmedSince : undefined,
        };
        this.accept(outcome.bundle, 'network');
        break;
      }
      case 'rejected':
        this.rejected = outcome;
        // The server answered: it is reachable, but what it serves is not fit to show.
        this.rejection = outcome.reason;
        this.status = { ...this.status, rejectedAt: attemptAt, lastSuccessAt: attemptAt };
        break;
      case 'failed':
        failed = true;
        break;
    }
    this.status = {
      ...this.status,
      error: this.describeError(),
      rejection: this.rejection,
      notKept: this.notKept(),
      lastAttemptAt: attemptAt,
      failures: failed ? this.status.failures + 1 : 0,
    };
    if (!this.current) await this.loadDefault();
    this.host.requestUpdate();
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

  /** Stores the bundle on screen for the next cold start; on failure keeps its text to try again. */
  private async keep(onScreen: OnScreen, text: string, at: number): Promise<void> {
    const written = await within(
      this.store.write({ text, validators: onScreen.validators, savedAt: at, hash: onScreen.hash! }),
      STORE_WRITE_TIMEOUT_MS,
      { ok: false, reason: `no answer from storage within ${STORE_WRITE_TIMEOUT_MS / 1000} s` },
    );
    if (written.ok) {
      onScreen.unstoredText = undefined;
      this.storedConfirmedAt = at;
      this.status = { ...this.status, notKept: undefined };
      void this.store.estimate().then((room) => {
        if (this.status.storage) this.status = { ...this.status, storage: { ...this.status.storage, ...room } };
      });
    } else {
      this.status = { ...this.status, notKept: written.reason };
    }
  }

  private notKept(): string | undefined {
    const onScreen = this.onScreen;
    return onScreen?.unstoredText !== undefined ? (this.status.notKept ?? 'not stored') : undefined;
  }

  private describeError(): string | undefined {
    const onScreen = this.onScreen;
    const notKept =
      onScreen?.unstoredText !== undefined
        ? `version ${onScreen.version} cannot be kept for offline use (${this.status.notKept ?? 'not stored'}); a cold start would show the last bundle stored`
        : undefined;
    const parts = [this.rejection, notKept].filter((part): part is string => part !== undefined);
    return parts.length > 0 ? parts.join(' · ') : undefined;
  }

  private intervalMs(): number {
    return (this.options.pollOverrideSeconds ?? this.current?.settings.pollSeconds ?? SETTING_DEFAULTS.pollSeconds) * 1000;
  }

  /** A hung server must not hold the next check back for long: at most the interval, 3 to 15 s. */
  private timeoutMs(): number {
    return Math.min(FETCH_TIMEOUT_MS, Math.max(3_000, this.intervalMs()));
  }

  /** Nothing published and nothing stored: the content that shipped with the build (one fetch at a time). */
  private loadDefault(): Promise<void> {
    this.loadingDefault ??= this.fetchDefault().finally(() => (this.loadingDefault = undefined));
    return this.loadingDefault;
  }

  private async fetchDefault(): Promise<void> {
    if (this.options.defaultUrl === this.options.contentUrl) return;
    const check = trustingBuiltIn(this.options.defaultHash ?? '');
    const outcome = await fetchBundle(this.options.defaultUrl, {}, fetch, this.timeoutMs(), undefined, undefined, check);
    if (outcome.kind === 'updated' && !this.current) {
      // The built-in bundle is precached with the app: kept, but never confirmed by the server.
      this.onScreen = undefined;
      this.accept(outcome.bundle, 'default');
    }
  }
}
