/**
 * What the player's element says about itself in its attributes, for monitoring and tests: the
 * state, the slide and phase, the screen off, the clock, the watchdog, stale or rejected content.
 * Pure: derived from plain values, so every rule is tested in Node.
 */
import type { ContentSource } from '../content/load';
import { updatedAtLabel } from '../schedule/format';
import type { Instant } from '../schedule/time';
import { clockPlausible } from './clock-sanity';
import { staleSince } from './stale';

/** standby: another tab of this browser profile plays; this one waits (kiosk/single-player-controller.ts). */
export type PlayerState = 'loading' | 'playing' | 'fallback' | 'standby';

export interface MonitoringInput {
  /** Device time now. */
  now: Instant;
  /** When this build was made. */
  builtAt: Instant;
  /** Device time the page started: the earliest the player can vouch for content it never had confirmed. */
  startedAt: Instant;
  /** The zone of the bundle on screen, or the default before one has loaded. */
  zone: string;
  /** The bundle's `settings.staleAfterHours`; undefined while no bundle is on screen (nothing to call stale). */
  staleAfterHours: number | undefined;
  /** A new bundle waits for the next slide boundary. */
  bundleWaiting: boolean;
  rotation: { slideId: string | undefined; phaseId: string | undefined; fallback: boolean; asleep: boolean };
  content: {
    source: ContentSource | undefined;
    error: string | undefined;
    lastAttemptAt: Instant | undefined;
    failures: number;
    contentSavedAt: Instant | undefined;
    unconfirmedSince: Instant | undefined;
  };
  /** The source as the element says it now: kept while a new bundle waits. */
  shownSource: ContentSource | undefined;
  watchdogPending: { reason: string; reloadAt: Instant } | undefined;
  /** Another tab of this profile plays; this one stands by. */
  standby?: boolean;
  /** The service worker: installed (its precache complete), or why not. */
  worker: { ready: true } | { ready: false; why: string };
  /** Why the bundle on screen is not kept for a cold start; undefined when it is. */
  notKept: string | undefined;
}

export interface Monitoring {
  state: PlayerState;
  /** Id of the active phase; absent outside every phase. */
  phase: string | undefined;
  /** Id of the slide on screen. */
  slide: string | undefined;
  /** In the screen's off hours. */
  screenOff: boolean;
  /** ok, or implausible (earlier than the build: only evergreen content until it is set right). */
  clock: 'ok' | 'implausible';
  /** The watchdog's pending reload and why; undefined when all is well. */
  watchdog: string | undefined;
  /** Since when the content on screen dates, while it is stale (device time). */
  staleSince: Instant | undefined;
  /** The same, as the screen's notice and the attribute say it. */
  stale: string | undefined;
  /** Why the newest published bundle is refused, while it is. */
  contentError: string | undefined;
  /** Where the content on screen came from. */
  contentSource: ContentSource | undefined;
  /**
   * "yes" when a power cut with no network would bring back what is on screen: the service worker
   * is installed and the bundle on screen is kept; otherwise "no: " and why.
   */
  offlineReady: string;
}

export function monitoring(input: MonitoringInput): Monitoring {
  const { now, rotation, content, watchdogPending: pending } = input;
  const clock = clockPlausible(now, input.builtAt) ? 'ok' : 'implausible';
  const since = contentStaleSince(input, clock === 'ok');
  return {
    state: input.standby ? 'standby' : !rotation.slideId ? 'loading' : rotation.fallback ? 'fallback' : 'playing',
    phase: rotation.phaseId,
    slide: rotation.slideId,
    screenOff: rotation.asleep,
    clock,
    watchdog: pending ? `reload in ${Math.max(0, Math.round((pending.reloadAt - now) / 1000))} s: ${pending.reason}` : undefined,
    staleSince: since,
    stale: since === undefined ? undefined : updatedAtLabel(since, input.zone),
    contentError: content.error,
    // A bundle waiting for the next slide does not count yet.
    contentSource: !input.bundleWaiting && content.source ? content.source : input.shownSource,
    offlineReady: offlineReady(input),
  };
}

function offlineReady(input: MonitoringInput): string {
  if (!input.worker.ready) return `no: ${input.worker.why}`;
  if (input.notKept !== undefined) return `no: the content on screen cannot be kept for offline use (${input.notKept})`;
  return 'yes';
}

/**
 * Stale only when the server was tried since start and could not give the newest content; with
 * a wrong device clock the age of anything is unknown, so nothing is claimed.
 */
function contentStaleSince(input: MonitoringInput, clockOk: boolean): Instant | undefined {
  const { content, staleAfterHours } = input;
  if (staleAfterHours === undefined || content.lastAttemptAt === undefined || (content.failures === 0 && !content.error) || !clockOk)
    return undefined;
  return staleSince(input.now, content.contentSavedAt, content.unconfirmedSince ?? input.startedAt, input.builtAt, staleAfterHours);
}
