/**
 * The fleet reporter's view of the player, loaded with import() by <signage-app> after its first
 * slide and only with `?device=` (so the first slide's JavaScript does not grow): what
 * src/fleet/fleet-reporter.ts reports, from what the player already knows.
 */
import { DateTime } from 'luxon';
import { DEFAULT_ZONE, SETTING_DEFAULTS } from '../content/defaults';
import type { Bundle } from '../content/schema';
import type { ContentController } from '../player/content-controller';
import type { WatchdogStatus } from '../kiosk/watchdog-controller';
import { screenFor } from '../schedule/playlist';
import { nothingCurrentSince } from '../schedule/current';
import { EverySoOften } from '../fleet/every-so-often';
import { FleetReporter } from '../fleet/fleet-reporter';
import { readDeviceParams } from '../fleet/device-params';
import type { SignageApp } from './signage-app';

/**
 * What the element keeps to itself and the report needs, as a tuple (its property names would be
 * bytes of the first slide's JavaScript, where the element builds it).
 */
export type FleetFacts = [
  bundle: Bundle | undefined,
  content: ContentController,
  watchdog: WatchdogStatus,
  startedAt: number,
  /** `lastStepAt`: performance.now() of the last slide change. */
  rotation: { asleepUntil: number | undefined; lastStepAt: number | undefined },
];

export function attachFleet(app: SignageApp, facts: () => FleetFacts): FleetReporter | undefined {
  const { device, heartbeatSeconds } = readDeviceParams(location.href);
  if (!device) return undefined;
  const zone = () => facts()[0]?.timeZone ?? DEFAULT_ZONE;
  // What the media caches hold, measured again at most once a minute. Imported when measured (see status-tools.ts).
  const media = new EverySoOften(() => import('../content/media-usage').then((module) => module.mediaCacheUsage()), 60_000);
  return new FleetReporter(app, {
    device,
    origin: location.origin,
    heartbeatSeconds: () => heartbeatSeconds ?? facts()[0]?.settings.heartbeatSeconds ?? SETTING_DEFAULTS.heartbeatSeconds,
    today: () => DateTime.now().setZone(zone()).toISODate()!,
    log: (message) => app.logError(message),
    status: (now) => {
      const [bundle, content, watchdog, startedAt, { asleepUntil, lastStepAt }] = facts();
      const screen = bundle ? screenFor(bundle, app.params.screen) : undefined;
      const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
      return {
        screen: screen?.id ?? app.params.screen ?? '',
        appVersion: app.appVersion,
        contentVersion: app.contentVersion,
        contentEtag: content.validatedEtag,
        contentSource: app.contentSource,
        contentError: app.contentError,
        state: app.state,
        slide: app.slide,
        slideSince: lastStepAt === undefined ? undefined : Date.now() - (performance.now() - lastStepAt),
        phase: app.phase,
        timeZone: zone(),
        offHours: screen?.offHours,
        asleepUntil,
        clock: app.clockState,
        staleSince: app.stale === undefined ? undefined : content.status.contentSavedAt,
        wakeLock: app.wakeLock,
        watchdog: app.watchdog,
        startedAt,
        reloads: watchdog.memory.reloads.length,
        errors: app.errors,
        storage: content.status.storage,
        media: media.get(now),
        // Only when the clock can be trusted: otherwise the screen plays evergreen content and cannot tell.
        nothingCurrent: bundle && app.clockState === 'ok' ? nothingCurrentSince(bundle, now) : undefined,
        heapBytes: memory?.usedJSHeapSize,
      };
    },
  });
}
