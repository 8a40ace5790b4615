/**
 * `npm run content:publish -- FILE --server URL [--note TEXT] [--if-live VERSION] [--force]`
 * `npm run content:publish -- --restore VERSION|HISTORY-FILE --server URL [--note TEXT] [--force]`
 *
 * What the staff page's Publish button does (src/publish/publish.ts), for IT and for content kept in
 * git: check the file (every problem printed as `npm run content:check` prints it), refuse a
 * conflict, keep the live bundle in the history, PUT the file, read it back. The file's bytes are
 * published exactly as they are: in git, the file is the truth; so a file whose `version` equals the
 * live one while its bytes differ is refused (raise the version, or --force).
 *
 * Credentials: SIGNAGE_USER and SIGNAGE_PASSWORD. Exit 0 live (or live already), 1 nothing written
 * because of the content (a problem, a conflict, a version not in the history), 2 a server, network
 * or permission failure, with the reason.
 */
import { readFileSync } from 'node:fs';
import { formatProblem } from '../content/problems';
import { okLine, problemsLine } from '../content/summary';
import { checkBundle } from '../content/validate';
import { publish, restore, type PublishOutcome } from '../publish/publish';
import { BUNDLE_PATH } from '../publish/paths';
import { clientFor, exitWith, failWith, parseArguments } from './server-options';

const TOOL = 'content:publish';
const USAGE = `usage:
  npm run content:publish -- FILE --server URL [--note TEXT] [--if-live VERSION] [--force]
  npm run content:publish -- --restore VERSION|HISTORY-FILE --server URL [--note TEXT] [--force]
Credentials from SIGNAGE_USER and SIGNAGE_PASSWORD (a publisher: npm run users -- add NAME --role publisher).
  --note TEXT        why, shown in the history
  --if-live VERSION  publish only if the live bundle is still this version (e.g. the previous commit's)
  --force            publish even when the live bundle changed (a conflict); never skips the check`;

const { positional, flags } = parseArguments(process.argv.slice(2), ['force'], ['server', 'note', 'restore', 'if-live'], USAGE, TOOL);
const restoring = flags.get('restore');
const file = positional[0];
if (positional.length > 1) exitWith(2, TOOL, `one file at a time\n${USAGE}`);
if ((file === undefined) === (restoring === undefined)) exitWith(2, TOOL, `give a FILE or --restore VERSION, one of the two\n${USAGE}`);
if (restoring !== undefined && flags.has('if-live')) exitWith(2, TOOL, '--if-live is for publishing a file');

let bytes: Uint8Array | undefined;
if (file !== undefined) {
  try {
    bytes = readFileSync(file);
  } catch (error) {
    exitWith(2, TOOL, `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
}
const client = clientFor(flags.get('server'), TOOL, USAGE);
const note = typeof flags.get('note') === 'string' ? (flags.get('note') as string) : undefined;
const ifLive = flags.get('if-live');
const common = {
  client,
  force: flags.get('force') === true,
  via: TOOL,
  ...(note !== undefined ? { note } : {}),
};

function report(outcome: PublishOutcome, label: string): never {
  switch (outcome.kind) {
    case 'invalid':
      for (const problem of outcome.problems) console.log(formatProblem(label, problem));
      console.log(problemsLine(label, outcome.problems.length));
      return exitWith(1, TOOL, 'nothing was published (the live bundle is untouched).');
    case 'conflict':
      console.error(`${TOOL}: ${outcome.sentence.en}`);
      console.error(`${TOOL}: ${outcome.sentence.vi}`);
      return exitWith(
        1,
        TOOL,
        `nothing was published. --force publishes it anyway, replacing live version "${outcome.liveVersion ?? '?'}" (which stays in the history).`,
      );
    case 'unchanged':
      return exitWith(0, TOOL, outcome.sentence.en);
    case 'published': {
      const server = client.server;
      if (outcome.keptLive) {
        console.log(
          `${TOOL}: the bundle that was live ("${outcome.keptLive.meta?.version}") was not in the history yet: kept as ${outcome.keptLive.path}`,
        );
      }
      console.log(
        `${TOOL}: published "${outcome.version}" to ${client.url(BUNDLE_PATH).href} (${outcome.bytes.length} bytes, read back identical)`,
      );
      if (outcome.historyFailure) {
        console.error(`${TOOL}: ${outcome.historyFailure.sentence.en}`);
        console.error(`${TOOL}: ${outcome.historyFailure.sentence.vi}`);
        process.exit(2);
      }
      console.log(`${TOOL}: history: ${new URL(outcome.history.path, server).href}`);
      exitWith(0, TOOL, `${outcome.sentence.en}`);
    }
  }
}

async function main(): Promise<void> {
  if (bytes !== undefined && file !== undefined) {
    // The checker's own lines first, exactly as `npm run content:check` prints them.
    const text = new TextDecoder().decode(bytes).replace(/^\ufeff/, '');
    const checked = checkBundle(text);
    if (checked.ok) console.log(okLine(file, checked.bundle));
    const outcome = await publish({ ...common, bytes, mode: 'as-given', ...(typeof ifLive === 'string' ? { baseVersion: ifLive } : {}) });
    report(outcome, file);
  }
  const outcome = await restore({ ...common, query: restoring as string });
  if (outcome.kind === 'not-in-history') {
    const versions = outcome.entries.slice(0, 10).map((entry) => `  ${entry.meta?.version ?? entry.versionInName}  (${entry.name})`);
    exitWith(
      1,
      TOOL,
      `${outcome.sentence.en}${versions.length ? `\nThe newest versions in the history:\n${versions.join('\n')}` : ' The history is empty.'}`,
    );
  }
  report(outcome, `history:${restoring as string}`);
}

main().catch((error: unknown) => failWith(TOOL, error));
