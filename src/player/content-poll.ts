/**
 * The content controller's checks of the server (content-controller.ts): one check a call, its
 * outcome applied to the controller, and when the next is due. A chunk of its own, loaded once the
 * first slide is out (the stored or the built-in bundle needs none of it): the request with its
 * validators and timeout, the byte hash of an answer, the backoff, keeping a new bundle.
 */
import { fetchBundle, type KnownRejection } from '../content/load';
import { nextPollDelay } from '../content/backoff';
import { boundedDelay } from '../browser/bounded-delay';
import { within, type ContentController, type OnScreen } from './content-controller';

/** A bundle whose pictures cannot be fetched is held back this many checks, then shown without them. */
const MEDIA_ATTEMPTS = 3;
/** A write or a confirmation that has not answered by then is not waited for: the checks must go on whatever the disk does. */
const STORE_WRITE_TIMEOUT_MS = 30_000;

export class ContentPoll {
  private mediaAttempts = new Map<string, number>();
  /** The newest file refused: served again unchanged, it is not checked again. */
  private rejected: KnownRejection | undefined;
  /** Why the newest published file is refused, while it is. */
  private rejection: string | undefined;

  constructor(private readonly content: ContentController) {}

  /** The delay before the next check: the interval, or the backoff while the server fails. */
  nextDelay(intervalMs: number): number {
    return boundedDelay(nextPollDelay(intervalMs, this.content.status.failures), intervalMs);
  }

  async once(): Promise<void> {
    const content = this.content;
    const attemptAt = Date.now();
    const onScreen = content.onScreen;
    // Only the validators of the bundle on screen: a 304 then means "what you show is the newest".
    const outcome = await fetchBundle(
      content.options.contentUrl,
      onScreen?.validators ?? {},
      fetch,
      content.timeoutMs(),
      this.rejected,
      onScreen?.hash,
      content.checkNew,
    );
    if (!content.running) return;
    let failed = false;
    switch (outcome.kind) {
      case 'unchanged':
      case 'same':
        // A 304 to the validators sent (those of `onScreen`), or the very bytes of `onScreen` again.
        if (onScreen !== content.onScreen || !onScreen?.hash) break;
        if (outcome.kind === 'same') onScreen.validators = outcome.validators;
        this.rejected = undefined;
        this.rejection = undefined;
        if (onScreen.unstoredText !== undefined) await this.keep(onScreen, onScreen.unstoredText, attemptAt);
        else if (await within(content.store.confirm(onScreen.hash, attemptAt, onScreen.validators), STORE_WRITE_TIMEOUT_MS, false))
          content.storedConfirmedAt = attemptAt;
        content.status = {
          ...content.status,
          source: content.current ? 'network' : content.status.source,
          lastSuccessAt: attemptAt,
          contentSavedAt: content.storedConfirmedAt,
          unconfirmedSince: content.storedConfirmedAt === undefined ? content.status.unconfirmedSince : undefined,
        };
        break;
      case 'updated': {
        const version = outcome.bundle.version;
        // Imported here: a new bundle is taken after the first slide (checkNew), and so is this.
        const { mediaUrls, prefetchMedia } = await import('../content/media-cache');
        const media = await prefetchMedia(mediaUrls(outcome.bundle), document.baseURI, fetch, content.timeoutMs());
        if (!content.running) return;
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
        content.onScreen = next;
        await this.keep(next, outcome.text, attemptAt);
        if (!content.running) return;
        content.status = {
          ...content.status,
          lastSuccessAt: attemptAt,
          contentSavedAt: content.storedConfirmedAt,
          unconfirmedSince: content.storedConfirmedAt === undefined ? content.status.unconfirmedSince : undefined,
        };
        content.accept(outcome.bundle, 'network');
        break;
      }
      case 'rejected':
        this.rejected = outcome;
        // The server answered: it is reachable, but what it serves is not fit to show.
        this.rejection = outcome.reason;
        content.status = { ...content.status, rejectedAt: attemptAt, lastSuccessAt: attemptAt };
        break;
      case 'failed':
        failed = true;
        break;
    }
    content.status = {
      ...content.status,
      error: this.describeError(),
      rejection: this.rejection,
      notKept: this.notKept(),
      lastAttemptAt: attemptAt,
      failures: failed ? content.status.failures + 1 : 0,
    };
  }

  /** Stores the bundle on screen for the next cold start; on failure keeps its text to try again. */
  private async keep(onScreen: OnScreen, text: string, at: number): Promise<void> {
    const content = this.content;
    const written = await within(
      content.store.write({ text, validators: onScreen.validators, savedAt: at, hash: onScreen.hash! }),
      STORE_WRITE_TIMEOUT_MS,
      { ok: false, reason: `no answer from storage within ${STORE_WRITE_TIMEOUT_MS / 1000} s` },
    );
    if (written.ok) {
      onScreen.unstoredText = undefined;
      content.storedConfirmedAt = at;
      content.status = { ...content.status, notKept: undefined };
      void content.store.estimate().then((room) => {
        if (content.status.storage) content.status = { ...content.status, storage: { ...content.status.storage, ...room } };
      });
    } else {
      content.status = { ...content.status, notKept: written.reason };
    }
  }

  private notKept(): string | undefined {
    const onScreen = this.content.onScreen;
    return onScreen?.unstoredText !== undefined ? (this.content.status.notKept ?? 'not stored') : undefined;
  }

  private describeError(): string | undefined {
    const onScreen = this.content.onScreen;
    const notKept =
      onScreen?.unstoredText !== undefined
        ? `version ${onScreen.version} cannot be kept for offline use (${this.content.status.notKept ?? 'not stored'}); a cold start would show the last bundle stored`
        : undefined;
    const parts = [this.rejection, notKept].filter((part): part is string => part !== undefined);
    return parts.length > 0 ? parts.join(' · ') : undefined;
  }
}
