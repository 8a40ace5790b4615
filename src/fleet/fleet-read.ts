/**
 * Reading the fleet from nginx (deploy/nginx.conf: `/fleet/` is listed and read by editors and
 * publishers): each device's last report and when the server received it, the live bundle, and
 * the proof-of-play day files. The same code for the staff page and `fleet:check`.
 */
import type { DavClient } from '../publish/webdav';
import type { PlayRecord } from '../kiosk/play-record';
import { BUNDLE_PATH, FLEET_FOLDER } from '../publish/paths';
import { listHistory, readHistoryBundle } from '../publish/history';
import { checkBundle } from '../content/validate';
import type { Bundle } from '../content/schema';
import { deviceHealth, type DeviceHealth, type LiveBundle } from './health';
import { DAY_FILE, readDayFile } from './plays';
import { readStatus } from './status-document';

export { FLEET_FOLDER };

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const parseTime = (text: string | undefined) => {
  const at = text ? Date.parse(text) : NaN;
  return Number.isFinite(at) ? at : undefined;
};

/** The device folders under /fleet/. */
export async function listDevices(client: DavClient): Promise<string[]> {
  return (await client.list(FLEET_FOLDER)).filter((entry) => entry.type === 'directory').map((entry) => entry.name);
}

/** The live bundle's version and validators; undefined when there is none or it is not JSON with a version. */
export async function readLive(client: DavClient): Promise<(LiveBundle & { text: string }) | undefined> {
  const fetched = await client.get(BUNDLE_PATH);
  if (!fetched) return undefined;
  try {
    const text = decode(fetched.bytes);
    const value = JSON.parse(text) as { version?: unknown };
    if (typeof value.version !== 'string') return undefined;
    return { version: value.version, etag: fetched.etag, publishedAt: parseTime(fetched.lastModified), text };
  } catch {
    return undefined;
  }
}

/** The build's id file at the server's root (src/build/version-file.ts), read by fleet:check. */
export const APP_VERSION_PATH = 'version.json';

/**
 * The id of the build the server holds (its version.json), to tell screens on an older one;
 * undefined when there is no such file (a build from before it existed) or it says nothing usable.
 */
export async function readNewestApp(client: DavClient): Promise<string | undefined> {
  const fetched = await client.get(APP_VERSION_PATH);
  if (!fetched) return undefined;
  try {
    const value = JSON.parse(decode(fetched.bytes)) as { app?: unknown };
    return typeof value.app === 'string' && value.app !== '' ? value.app : undefined;
  } catch {
    return undefined;
  }
}

export interface FleetSnapshot {
  devices: DeviceHealth[];
  live: (LiveBundle & { text: string }) | undefined;
  /** When it was read (the reader's clock). */
  readAt: number;
}

/** Every device's verdict now. Devices are read a few at a time (the sign-in rate limit counts each request). */
export async function readFleet(client: DavClient, now: () => number, newestApp?: string): Promise<FleetSnapshot> {
  const [names, live] = await Promise.all([listDevices(client), readLive(client)]);
  const devices: DeviceHealth[] = [];
  for (let start = 0; start < names.length; start += 4) {
    const batch = await Promise.all(
      names.slice(start, start + 4).map(async (device) => {
        const fetched = await client.get(`${FLEET_FOLDER}${device}/status.json`);
        const status = fetched ? readStatus(decode(fetched.bytes)) : undefined;
        return { device, status, receivedAt: parseTime(fetched?.lastModified) };
      }),
    );
    const at = now();
    devices.push(...batch.map((item) => deviceHealth({ ...item, now: at, live, newestApp })));
  }
  return { devices, live, readAt: now() };
}

/** The play records of these devices for days within [from, to] (YYYY-MM-DD), read from their day files. */
export async function readPlays(
  client: DavClient,
  devices: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, PlayRecord[]>> {
  const byDevice = new Map<string, PlayRecord[]>();
  for (const device of devices) {
    const files = (await client.list(`${FLEET_FOLDER}${device}/`))
      .map((entry) => DAY_FILE.exec(entry.name)?.[1])
      .filter((day): day is string => day !== undefined && day >= from && day <= to);
    const records: PlayRecord[] = [];
    for (const day of files) {
      const fetched = await client.get(`${FLEET_FOLDER}${device}/plays-${day}.csv`);
      if (fetched) records.push(...readDayFile(decode(fetched.bytes)));
    }
    byDevice.set(device, records);
  }
  return byDevice;
}

/**
 * The bundle of a content version, to draw what a screen shows: the live one when it is that
 * version, else the newest entry of it in the publishing history; undefined when neither holds it
 * (or it does not validate), and the page says so.
 */
export async function bundleOfVersion(client: DavClient, version: string, live: FleetSnapshot['live']): Promise<Bundle | undefined> {
  if (live?.version === version) return checkBundle(live.text).bundle;
  const entry = (await listHistory(client)).find((candidate) => candidate.versionInName === version);
  if (!entry) return undefined;
  const bundle = checkBundle(decode(await readHistoryBundle(client, entry))).bundle;
  return bundle?.version === version ? bundle : undefined;
}
