/**
 * `npm run content:history -- --server URL [--json]`: every version in /content/history/, newest
 * first: when, version, who, how, the note, and the file name (for `content:publish -- --restore`).
 * The one live now is marked. Credentials from SIGNAGE_USER and SIGNAGE_PASSWORD (an editor or a
 * publisher). Exit 0, or 2 on a server, network or permission failure.
 */
import { listHistory, readHistoryBundle, type HistoryEntry } from '../publish/history';
import { BUNDLE_PATH } from '../publish/paths';
import { sameBytes } from '../publish/webdav';
import { clientFor, exitWith, failWith, parseArguments } from './server-options';

const TOOL = 'content:history';
const USAGE = `usage: npm run content:history -- --server URL [--json]
Credentials from SIGNAGE_USER and SIGNAGE_PASSWORD (an editor or a publisher).`;

const { positional, flags } = parseArguments(process.argv.slice(2), ['json'], ['server'], USAGE, TOOL);
if (positional.length > 0) exitWith(2, TOOL, `unexpected ${positional.join(' ')}\n${USAGE}`);
const client = clientFor(flags.get('server'), TOOL, USAGE);

/** The entry whose bytes are live: looked for among entries of the same size, newest first. */
async function liveEntry(entries: HistoryEntry[]): Promise<HistoryEntry | undefined> {
  const live = await client.get(BUNDLE_PATH, 'history');
  if (!live) return undefined;
  for (const entry of entries) {
    if (entry.meta && entry.meta.size !== live.bytes.length) continue;
    if (sameBytes(await readHistoryBundle(client, entry), live.bytes)) return entry;
  }
  return undefined;
}

async function main(): Promise<void> {
  const entries = await listHistory(client, { meta: true });
  const live = await liveEntry(entries);
  if (flags.get('json') === true) {
    console.log(
      JSON.stringify(
        entries.map((entry) => ({ name: entry.name, at: entry.at.toISOString(), live: entry === live, ...entry.meta })),
        null,
        2,
      ),
    );
    return;
  }
  if (entries.length === 0) {
    console.log(`${TOOL}: the history of ${client.server.href} is empty (the first publish starts it).`);
    return;
  }
  const rows = entries.map((entry) => [
    entry.at
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d{3}Z$/, 'Z'),
    entry === live ? 'live' : '',
    entry.meta?.version ?? entry.versionInName,
    entry.meta ? (entry.meta.publisher ?? '(found live)') : entry.userInName,
    entry.meta?.via ?? '',
    entry.meta?.note ? JSON.stringify(entry.meta.note) : '',
    entry.name,
  ]);
  const header = ['recorded (UTC)', '', 'version', 'by', 'how', 'note', 'file'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => [...row[column]!].length)));
  for (const row of [header, ...rows]) {
    console.log(
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column]! - [...cell].length)))
        .join('  ')
        .trimEnd(),
    );
  }
  if (!live) console.log(`${TOOL}: the live bundle is none of these (published by hand?): the next publish keeps it in the history.`);
}

main().catch((error: unknown) => failWith(TOOL, error));
