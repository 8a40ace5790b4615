import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { benignError, recentOnly, reloadDelayMs, rotationStalled } from './watchdog';
import { nextDailyReload } from './daily-reload';
import { boundedDelay } from '../browser/bounded-delay';
import { errorReason, rejectionReason } from './early-errors';

export const WATCHDOG_STORAGE_KEY = 'signage:watchdog';
const CHECK_EVERY_MS = 5_000;
/** A page this young is not reloaded for the daily reload: a clock jump must not cause a loop. */
const DAILY_RELOAD_MIN_UPTIME_MS = 60 * 60_000;
/** A daily reload missed by more than this (a clock jump, a page started just before) waits for tomorrow. */
const DAILY_RELOAD_LATE_MS = 15 * 60_000;
/** After the page was hidden (its timers slowed to one a minute), the rotation gets this long to catch up. */
const VISIBLE_AGAIN_GRACE_MS = 30_000;

/** What the watchdog watches, as the player tells it. */
export interface WatchdogSource {
  /** performance.now() of the last slide step and the real ms the next is due after it; undefined when none is due. */
  rotation(): { lastStepAt: number | undefined; plannedRealMs: number | undefined };
  /** The daily reload, when the clock can be trusted and the bundle asks for one. */
  dailyReload(): { at: string; zone: string } | undefined;
  log(message: string): void;
}

export interface WatchdogOptions extends WatchdogSource {
  /** Where the reloads are remembered; a simulated clock (?at=) keeps its own, away from the kiosk's. */
  storageKey?: string | undefined;
  /** location.reload, localStorage, Date.now and performance.now, unless a test passes its own. */
  reload?: () => void;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  now?: () => number;
  monotonic?: () => number;
}

export interface WatchdogMemory {
  /** Device times of the watchdog's own reloads, newest last. */
  reloads: number[];
  last?: { at: number; reason: string } | undefined;
}

export interface WatchdogStatus {
  pending: { reason: string; reloadAt: number } | undefined;
  memory: WatchdogMemory;
  nextDailyReloadAt: number | undefined;
}

/**
 * Reloads the page when it has gone wrong and nobody is there to press F5: an uncaught error, or a
 * rotation that stopped moving. The wait before the reload grows with each recent reload (see
 * watchdog.ts) and is remembered across reloads, so a broken build cannot loop fast. Also the
 * daily reload at the bundle's quiet hour.
 */
export class WatchdogController implements ReactiveController {
  status: WatchdogStatus;
  private readonly reload: () => void;
  private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  private readonly now: () => number;
  private readonly monotonic: () => number;
  private readonly startedAt: number;
  private interval: ReturnType<typeof setInterval> | undefined;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private dailyKey = '';
  private readonly storageKey: string;
  private quietUntil = 0;
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') this.quietUntil = this.monotonic() + VISIBLE_AGAIN_GRACE_MS;
  };

  private readonly onError = (event: ErrorEvent) => this.failed(errorReason(event));
  private readonly onRejection = (event: PromiseRejectionEvent) => this.failed(rejectionReason(event));

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: WatchdogOptions,
  ) {
    this.reload = options.reload ?? (() => location.reload());
    this.storage = options.storage ?? safeLocalStorage();
    this.now = options.now ?? Date.now;
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.startedAt = this.monotonic();
    this.storageKey = options.storageKey ?? WATCHDOG_STORAGE_KEY;
    this.status = { pending: undefined, memory: this.readMemory(), nextDailyReloadAt: undefined };
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.interval = setInterval(() => this.check(), boundedDelay(CHECK_EVERY_MS));
  }

  hostDisconnected(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearInterval(this.interval);
    clearTimeout(this.reloadTimer);
  }

  /** One look: a stalled rotation, a daily reload due. Public so tests need not wait for the interval. */
  check(): void {
    const { lastStepAt, plannedRealMs } = this.options.rotation();
    // A hidden page's timers run once a minute at best: slow, not stalled.
    const watching = document.visibilityState !== 'hidden' && this.monotonic() >= this.quietUntil;
    if (
      watching &&
      lastStepAt !== undefined &&
      plannedRealMs !== undefined &&
      rotationStalled(lastStepAt, plannedRealMs, this.monotonic())
    ) {
      this.failed(
        `the slides stopped changing (none for ${Math.round((this.monotonic() - lastStepAt) / 1000)} s, expected every ${Math.round(plannedRealMs / 1000)} s)`,
      );
    }
    this.checkDailyReload();
  }

  private checkDailyReload(): void {
    const daily = this.options.dailyReload();
    if (!daily) {
      this.status = { ...this.status, nextDailyReloadAt: undefined };
      this.dailyKey = '';
      return;
    }
    const key = `${daily.at}@${daily.zone}`;
    const now = this.now();
    const next = this.status.nextDailyReloadAt;
    // Computed again when the hour changes, and when the clock has jumped: set back (the next
    // reload more than a day away) or forward (it is long overdue: tomorrow's, not a reload now).
    if (key !== this.dailyKey || next === undefined || next - now > 24 * 3600_000 || now - next > DAILY_RELOAD_LATE_MS) {
      this.dailyKey = key;
      this.status = { ...this.status, nextDailyReloadAt: nextDailyReload(now, daily.zone, daily.at) };
      return;
    }
    if (now >= next && this.monotonic() - this.startedAt >= DAILY_RELOAD_MIN_UPTIME_MS) {
      this.writeMemory({ ...this.status.memory, last: { at: this.now(), reason: `daily reload at ${daily.at}` } });
      // Tomorrow's, should this reload not take the page away.
      this.status = { ...this.status, nextDailyReloadAt: nextDailyReload(this.now(), daily.zone, daily.at) };
      this.reload();
    }
  }

  /** An error seen before the watchdog was there (see early-errors.ts): handled as if it came now. */
  report(reason: string): void {
    this.failed(reason);
  }

  private failed(reason: string): void {
    if (benignError(reason)) return;
    this.options.log(`watchdog: ${reason}`);
    if (this.status.pending) return;
    const now = this.now();
    const delay = reloadDelayMs(this.status.memory.reloads, now);
    this.status = { ...this.status, pending: { reason, reloadAt: now + delay } };
    this.host.requestUpdate();
    this.reloadTimer = setTimeout(() => {
      const at = this.now();
      const reloads = [...recentOnly(this.status.memory.reloads, at), at];
      this.writeMemory({ reloads, last: { at, reason } });
      this.reload();
    }, boundedDelay(delay));
  }

  private readMemory(): WatchdogMemory {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.storageKey) ?? 'null');
      if (parsed && typeof parsed === 'object' && Array.isArray((parsed as WatchdogMemory).reloads)) {
        const memory = parsed as WatchdogMemory;
        return { reloads: memory.reloads.filter((time) => typeof time === 'number'), last: memory.last };
      }
    } catch {
      // Unreadable memory is no memory: the shortest delay, which is still not a fast loop.
    }
    return { reloads: [] };
  }

  private writeMemory(memory: WatchdogMemory): void {
    this.status = { ...this.status, memory };
    try {
      this.storage?.setItem(this.storageKey, JSON.stringify(memory));
    } catch {
      // Storage full or denied: the reload still happens, with the shortest delay next time.
    }
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
