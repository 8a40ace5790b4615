/**
 * /content/history/: every version that was live, one file each, never overwritten (nginx refuses a
 * PUT to a name that exists, and the client looks first). The bundle's bytes are kept exactly as
 * they were live; beside each, a small `….meta.json` says who published it, when, and why.
 *
 *   2026-11-27T17-40-12.345Z--2026-11-27T17_40_12Z_alice--alice.json        the bytes that were live
 *   2026-11-27T17-40-12.345Z--2026-11-27T17_40_12Z_alice--alice.meta.json   HistoryMeta
 *
 * Names sort by time. The version and the user in a name are for people reading a listing (shortened
 * to the characters nginx allows in a name); the meta file holds them exactly.
 */
import { HISTORY_FOLDER } from './paths';
import { PublishError, type DavClient } from './webdav';
import { sidecarObject } from './sidecar';

export interface HistoryMeta {
  format: 1;
  /** The file name of the bundle this describes. */
  bundle: string;
  /** The bundle's `version`, exactly. */
  version: string;
  /** When it went live (ISO 8601). For a version found live, the server's Last-Modified. */
  publishedAt: string;
  /** Who published it; null for a version found live that was not published with these tools. */
  publisher: string | null;
  note: string;
  /** Bytes of the bundle. */
  size: number;
  /** How it was published: "content:publish", "staff page", "found live". */
  via: string;
  /** For a restore: the history file it was restored from. */
  restoredFrom?: string;
}

export interface HistoryEntry {
  /** The file name, e.g. `2026-11-27T17-40-12.345Z--v1--alice.json`. */
  name: string;
  /** The path on the server, e.g. `content/history/…json`. */
  path: string;
  /** When it was recorded (from the name). */
  at: Date;
  /** The version and the user as the name shows them (see HistoryMeta for the exact ones). */
  versionInName: string;
  userInName: string;
  /** Present when loaded (listHistory with `meta: true`) and when the file exists. */
  meta?: HistoryMeta;
}

const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z--(.+)--([^-][^/]*)\.json$/;

/** Characters nginx accepts in a history name; runs of anything else become one `_`. */
function nameSafe(text: string, max: number): string {
  const safe = text
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/-{2,}/g, '-')
    .replace(/^[._-]+/, '')
    .slice(0, max);
  return safe === '' ? 'x' : safe;
}

function stamp(at: Date): string {
  return at.toISOString().replace(/:/g, '-');
}

/** The file name for a version published at `at` by `user` (null: found live). */
export function historyName(at: Date, version: string, user: string | null): string {
  return `${stamp(at)}--${nameSafe(version, 60)}--${user === null ? 'found-live' : nameSafe(user, 32)}.json`;
}

/** The meta file beside a history bundle. */
export function metaName(bundleName: string): string {
  return bundleName.replace(/\.json$/, '.meta.json');
}

/** A history bundle's name read back; undefined for anything else in the folder (meta files too). */
export function parseHistoryName(name: string): Omit<HistoryEntry, 'meta'> | undefined {
  if (name.endsWith('.meta.json')) return undefined;
  const match = NAME.exec(name);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds, millis, version, user] = match;
  const at = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(at.getTime())) return undefined;
  return { name, path: `${HISTORY_FOLDER}${name}`, at, versionInName: version!, userInName: user! };
}

function parseMeta(bytes: Uint8Array): HistoryMeta | undefined {
  const meta = sidecarObject<HistoryMeta>(bytes);
  if (typeof meta?.version !== 'string' || typeof meta.publishedAt !== 'string' || typeof meta.bundle !== 'string') return undefined;
  return {
    format: 1,
    bundle: meta.bundle,
    version: meta.version,
    publishedAt: meta.publishedAt,
    publisher: typeof meta.publisher === 'string' ? meta.publisher : null,
    note: typeof meta.note === 'string' ? meta.note : '',
    size: typeof meta.size === 'number' ? meta.size : 0,
    via: typeof meta.via === 'string' ? meta.via : '',
    ...(typeof meta.restoredFrom === 'string' ? { restoredFrom: meta.restoredFrom } : {}),
  };
}

/**
 * Every version in history, newest first. With `meta: true`, each entry's meta file is read too
 * (one request each: the staff page may prefer to read them as it shows them, with readMeta).
 */
export async function listHistory(client: DavClient, options: { meta?: boolean } = {}): Promise<HistoryEntry[]> {
  const listing = await client.list(HISTORY_FOLDER, 'history');
  const entries = listing
    .filter((item) => item.type === 'file')
    .flatMap((item) => {
      const entry = parseHistoryName(item.name);
      return entry ? [entry as HistoryEntry] : [];
    })
    .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  if (options.meta) {
    await Promise.all(
      entries.map(async (entry) => {
        const meta = await readMeta(client, entry);
        if (meta) entry.meta = meta;
      }),
    );
  }
  return entries;
}

/** The meta file of an entry; undefined when it is missing or unreadable. */
export async function readMeta(client: DavClient, entry: Pick<HistoryEntry, 'name'>): Promise<HistoryMeta | undefined> {
  const fetched = await client.get(`${HISTORY_FOLDER}${metaName(entry.name)}`, 'history');
  return fetched ? parseMeta(fetched.bytes) : undefined;
}

/** The bytes of a version in history, exactly as they were live. */
export async function readHistoryBundle(client: DavClient, entry: Pick<HistoryEntry, 'name'>): Promise<Uint8Array> {
  const fetched = await client.get(`${HISTORY_FOLDER}${entry.name}`, 'history');
  if (!fetched) {
    throw new PublishError('not-found', {
      vi: `Không tìm thấy ${entry.name} trong lịch sử.`,
      en: `${entry.name} is not in the history.`,
    });
  }
  return fetched.bytes;
}

/**
 * The entry a person means by `query`: its file name (with or without `.json`), or a version (the
 * newest entry of that version; entries are compared by their meta's exact version, or by the name
 * when the meta is missing).
 */
export function findHistoryEntry(entries: readonly HistoryEntry[], query: string): HistoryEntry | undefined {
  const byName = entries.find((entry) => entry.name === query || entry.name === `${query}.json`);
  if (byName) return byName;
  return entries.find((entry) => (entry.meta ? entry.meta.version === query : entry.versionInName === nameSafe(query, 60)));
}

/**
 * The entry of a version or a file name, from a listing read without details: the details (one
 * request each) are read only for the entries whose names could hold that version, newest first, so
 * a long history does not cost a request per entry (nginx limits signed-in requests).
 */
export async function locateHistoryEntry(
  client: DavClient,
  entries: readonly HistoryEntry[],
  query: string,
): Promise<HistoryEntry | undefined> {
  const byName = entries.find((entry) => entry.name === query || entry.name === `${query}.json`);
  if (byName) return byName;
  const inName = nameSafe(query, 60);
  for (const entry of entries) {
    if (entry.versionInName !== inName) continue;
    entry.meta ??= await readMeta(client, entry);
    if (!entry.meta || entry.meta.version === query) return entry;
  }
  return undefined;
}

export interface NewHistoryEntry {
  bytes: Uint8Array;
  version: string;
  /** null: a version found live, not published with these tools. */
  publisher: string | null;
  note: string;
  via: string;
  /** When it was recorded: the name's time. */
  at: Date;
  /** When it went live, if not `at`. */
  publishedAt?: Date;
  restoredFrom?: string;
}

/**
 * Writes a version into history: the bytes, then the meta. Refuses to overwrite: a name that exists
 * is a conflict (nginx refuses it too, with 409).
 */
export async function writeHistoryEntry(client: DavClient, entry: NewHistoryEntry): Promise<HistoryEntry> {
  const name = historyName(entry.at, entry.version, entry.publisher);
  const path = `${HISTORY_FOLDER}${name}`;
  if ((await client.head(path, 'history')).exists) {
    throw new PublishError(
      'conflict',
      {
        vi: `Lịch sử đã có ${name}: không ghi đè. Thử lại sau một giây.`,
        en: `The history already holds ${name}: it is never overwritten. Try again in a second.`,
      },
      409,
    );
  }
  const meta: HistoryMeta = {
    format: 1,
    bundle: name,
    version: entry.version,
    publishedAt: (entry.publishedAt ?? entry.at).toISOString(),
    publisher: entry.publisher,
    note: entry.note,
    size: entry.bytes.length,
    via: entry.via,
    ...(entry.restoredFrom ? { restoredFrom: entry.restoredFrom } : {}),
  };
  await client.put(path, entry.bytes, 'publish');
  await client.put(`${HISTORY_FOLDER}${metaName(name)}`, new TextEncoder().encode(`${JSON.stringify(meta, null, 2)}\n`), 'publish');
  return { ...parseHistoryName(name)!, meta };
}
