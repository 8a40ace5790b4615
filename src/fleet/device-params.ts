/**
 * The player's fleet controls, read by the reporter (loaded after the first slide) rather than by
 * the player's own URL reading, so they cost the first slide nothing. Pure: the URL in.
 */
import { USER_NAME_PATTERN } from '../publish/paths';

export interface DeviceParams {
  /** `?device=NAME&key=SECRET`: its account in the screen role, for /fleet/NAME/ (the key is never shown). */
  device: { name: string; key: string } | undefined;
  /** `?heartbeat=2`: report every 2 s instead of the bundle's `settings.heartbeatSeconds` (tests, benchmarks). */
  heartbeatSeconds: number | undefined;
}

export function readDeviceParams(href: string): DeviceParams {
  const query = new URL(href).searchParams;
  const name = query.get('device');
  const key = query.get('key');
  const heartbeat = Number(query.get('heartbeat') ?? NaN);
  return {
    device: name && key && USER_NAME_PATTERN.test(name) ? { name, key } : undefined,
    heartbeatSeconds: Number.isFinite(heartbeat) && heartbeat > 0 ? Math.max(1, heartbeat) : undefined,
  };
}
