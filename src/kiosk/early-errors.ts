/**
 * What stands for the watchdog until it loads (it loads after the first slide, see
 * app/after-first-slide.ts): the page's uncaught errors and unhandled rejections from its start,
 * kept and handed to the watchdog, which then reloads as it would have. Should the watchdog never
 * come (its script failed to load) while errors were seen, a plain reload after `fallbackMs`.
 */
import type { WatchdogStatus } from './watchdog-controller';

/** The watchdog's status until it has loaded: none pending, no reloads known. */
export const NO_WATCHDOG_YET: WatchdogStatus = { pending: undefined, memory: { reloads: [] }, nextDailyReloadAt: undefined };

/** Longer than the after-first-slide timeout (10 s) plus a slow load of the watchdog's script. */
export const EARLY_FALLBACK_RELOAD_MS = 2 * 60_000;

/** How the watchdog words an uncaught error. */
export function errorReason(event: ErrorEvent): string {
  return `uncaught error: ${event.message || String(event.error)}`;
}

/** How the watchdog words an unhandled rejection. */
export function rejectionReason(event: PromiseRejectionEvent): string {
  return `unhandled rejection: ${event.reason instanceof Error ? event.reason.message : String(event.reason)}`;
}

export interface EarlyErrors {
  /** The reasons seen so far, oldest first (for tests and the status overlay). */
  readonly reasons: readonly string[];
  /** The watchdog is here: the listeners and the fallback go, and `report` gets every reason seen so far. */
  handOver(report: (reason: string) => void): void;
}

export interface EarlyErrorsOptions {
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  reload?: () => void;
  fallbackMs?: number;
}

export function watchEarlyErrors(options: EarlyErrorsOptions = {}): EarlyErrors {
  const target = options.target ?? window;
  const reload = options.reload ?? (() => location.reload());
  const reasons: string[] = [];
  const onError = (event: Event) => reasons.push(errorReason(event as ErrorEvent));
  const onRejection = (event: Event) => reasons.push(rejectionReason(event as PromiseRejectionEvent));
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  const fallback = setTimeout(() => {
    if (reasons.length > 0) reload();
  }, options.fallbackMs ?? EARLY_FALLBACK_RELOAD_MS);
  let handed = false;
  return {
    reasons,
    handOver(report) {
      if (handed) return;
      handed = true;
      clearTimeout(fallback);
      target.removeEventListener('error', onError);
      target.removeEventListener('unhandledrejection', onRejection);
      for (const reason of reasons.splice(0)) report(reason);
    },
  };
}
