import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SETTING_DEFAULTS, type Bundle } from '../content/schema';
import {
  FETCH_TIMEOUT_MS,
  fetchBundle,
  mediaUrls,
  prefetchMedia,
  type ContentSource,
  type KnownRejection,
  type Validators,
} from '../content/load';
import { LastGoodStore } from '../content/store';
import { nextPollDelay } from '../content/backoff';

export interface ContentStatus {
  source: ContentSource | undefined;
  /** Set while the newest published bundle is rejected. */
  error: string | undefined;
  /** When the server last served a bundle that was rejected (device time). */
  rejectedAt: number | undefined;
  lastSuccessAt: number | undefined;
  lastAttemptAt: number | undefined;
  failures: number;
  /** When the bundle on screen was fetched from the server (real time). */
  contentSavedAt: number | undefined;
  /** Never confirmed by the server: since when (device time, kept across reloads). */
  unconfirmedSince: number | undefined;
}

export interface ContentOptions {
  /** The published bundle. */
  contentUrl: string;
  /** The copy that shipped with the build, for a screen that has nothing else. */
  defaultUrl: string;
  /** Receives each bundle fit to show (validated, its pictures cached), with where it came from. */
  onBundle: (bundle: Bundle, source: ContentSource) => void;
  /** Overrides the bundle's poll interval (seconds), e.g. from `?poll=`. */
  pollOverrideSeconds?: number | undefined;
}

/** A bundle whose pictures cannot be fetched is held back this many checks, then shown without them. */
const MEDIA_ATTEMPTS = 3;

/**
 * Keeps the player fed: the last good bundle at once, then the server's, checked every
 * `settings.pollSeconds` with conditional requests and a jittered backoff while the server fails.
 * A new bundle is handed over only once it validates and its media are cached; the host applies
 * it at the next slide boundary.
 */
export class ContentController implements ReactiveController {
  status: ContentStatus = {
    source: undefined,
    error: undefined,
    rejectedAt: undefined,
    lastSuccessAt: undefined,
    lastAttemptAt: undefined,
    failures: 0,
    contentSavedAt: undefined,
    unconfirmedSince: undefined,
  };
  private validators: Validators = {};
  private current: Bundle | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly store: LastGoodStore;
  private running = false;
  private polling = false;
  private mediaAttempts = new Map<string, number>();
  /** The newest file refused: served again unchanged, it is not checked again. */
  private rejected: KnownRejection | undefined;
  private readonly onOnline = () => this.checkNow();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ContentOptions,
  ) {
    this.store = new LastGoodStore(options.contentUrl);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    if (this.running) return;
    this.running = true;
    const stored = this.store.read();
    if (stored) {
      this.validators = stored.stored.validators;
      this.status = { ...this.status, contentSavedAt: stored.stored.savedAt };
      this.accept(stored.bundle, 'cache');
    } else {
      this.status = { ...this.status, unconfirmedSince: this.store.unconfirmedSince(Date.now()) };
    }
    void this.poll();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    this.running = false;
    clearTimeout(this.timer);
  }

  /** Check now: the network is back, no need to wait out the backoff. */
  checkNow(): void {
    if (this.polling) return;
    clearTimeout(this.timer);
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
    this.timer = setTimeout(() => void this.poll(), nextPollDelay(this.intervalMs(), this.status.failures));
  }

  private async pollOnce(): Promise<void> {
    const attemptAt = Date.now();
    const outcome = await fetchBundle(this.options.contentUrl, this.current ? this.validators : {}, fetch, this.timeoutMs(), this.rejected);
    if (!this.running) return;
    let failed = false;
    switch (outcome.kind) {
      case 'unchanged':
        if (this.status.source !== 'network' && this.current) this.status = { ...this.status, source: 'network' };
        this.status = {
          ...this.status,
          error: undefined,
          lastSuccessAt: attemptAt,
          contentSavedAt: attemptAt,
          unconfirmedSince: undefined,
        };
        this.store.confirm(attemptAt);
        break;
      case 'updated': {
        const version = outcome.bundle.version;
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
        this.validators = outcome.validators;
        this.store.write({ text: outcome.text, validators: outcome.validators, savedAt: attemptAt });
        this.status = {
          ...this.status,
          error: undefined,
          lastSuccessAt: attemptAt,
          contentSavedAt: attemptAt,
          unconfirmedSince: undefined,
        };
        this.accept(outcome.bundle, 'network');
        break;
      }
      case 'rejected':
        this.rejected = outcome;
        // The server answered: it is reachable, but what it serves is not fit to show.
        this.status = { ...this.status, error: outcome.reason, rejectedAt: attemptAt, lastSuccessAt: attemptAt };
        break;
      case 'failed':
        failed = true;
        break;
    }
    this.status = { ...this.status, lastAttemptAt: attemptAt, failures: failed ? this.status.failures + 1 : 0 };
    if (!this.current) await this.loadDefault();
    this.host.requestUpdate();
  }

  private intervalMs(): number {
    return (this.options.pollOverrideSeconds ?? this.current?.settings.pollSeconds ?? SETTING_DEFAULTS.pollSeconds) * 1000;
  }

  /** A hung server must not hold the next check back for long: at most the interval, 3 to 15 s. */
  private timeoutMs(): number {
    return Math.min(FETCH_TIMEOUT_MS, Math.max(3_000, this.intervalMs()));
  }

  /** Nothing published and nothing stored: the content that shipped with the build. */
  private async loadDefault(): Promise<void> {
    if (this.options.defaultUrl === this.options.contentUrl) return;
    const outcome = await fetchBundle(this.options.defaultUrl, {}, fetch, this.timeoutMs());
    if (outcome.kind === 'updated' && !this.current) this.accept(outcome.bundle, 'default');
  }
}
