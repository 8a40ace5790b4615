/**
 * The watchdog's view of the player, loaded with import() by <signage-app> after its first slide
 * (so the first slide's JavaScript does not grow): what it watches, and the errors the page met
 * before it was there (kiosk/early-errors.ts), handed over once its own listeners are on.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Bundle } from '../content/schema';
import type { EarlyErrors } from '../kiosk/early-errors';
import { WATCHDOG_STORAGE_KEY, WatchdogController } from '../kiosk/watchdog-controller';

/** What the element keeps to itself and the watchdog needs, as a tuple (see fleet-wiring.ts for why). */
export type WatchdogFacts = [
  bundle: Bundle | undefined,
  time: { simulated: boolean; datesKnown(): boolean },
  rotation: { lastStepAt: number | undefined; plannedRealMs: number | undefined },
];

export function attachWatchdog(
  host: ReactiveControllerHost,
  early: EarlyErrors,
  log: (message: string) => void,
  facts: () => WatchdogFacts,
): WatchdogController {
  const simulated = facts()[1].simulated;
  const watchdog = new WatchdogController(host, {
    rotation: () => {
      const { lastStepAt, plannedRealMs } = facts()[2];
      return { lastStepAt, plannedRealMs };
    },
    // Only on the real clock: under ?at= a reload would start the simulated day over.
    dailyReload: () => {
      const [bundle, time] = facts();
      return bundle?.settings.dailyReloadAt && !time.simulated && time.datesKnown()
        ? { at: bundle.settings.dailyReloadAt, zone: bundle.timeZone }
        : undefined;
    },
    log,
    storageKey: simulated ? `${WATCHDOG_STORAGE_KEY}:simulated` : WATCHDOG_STORAGE_KEY,
  });
  // Its listeners are on (the host is connected, so addController connected it): the earlier errors follow.
  early.handOver((reason) => watchdog.report(reason));
  return watchdog;
}
