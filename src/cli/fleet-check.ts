/**
 * `npm run fleet:check -- --server URL [--warn-minutes 5] [--crit-minutes 15]`: the fleet's health
 * as a Nagios/Icinga plugin. One status line, then one line per device that is not well; exit 0 OK,
 * 1 WARNING, 2 CRITICAL, 3 UNKNOWN (the server cannot be read, or the command is wrong). A device
 * asleep in its off hours is not offline. Credentials from SIGNAGE_USER and SIGNAGE_PASSWORD (an
 * editor or a publisher: /fleet/ is theirs to read).
 */
import { PublishError } from '../publish/webdav';
import { readFleet, readNewestApp } from '../fleet/fleet-read';
import { fleetCheck, unknown, type CheckResult } from '../fleet/check';
import { clientFor } from './server-options';

const USAGE = `usage: npm run fleet:check -- --server URL [--warn-minutes 5] [--crit-minutes 15]
Credentials from SIGNAGE_USER and SIGNAGE_PASSWORD (an editor or a publisher).
Exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.`;

function print(result: CheckResult): never {
  for (const line of result.lines) console.log(line);
  process.exit(result.code);
}

/** The options; a mistake is UNKNOWN (3), as the plugin convention wants, not a verdict on the fleet. */
function options(argv: readonly string[]): { server: string; warnMinutes: number; critMinutes: number } {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index]!.split(/=(.*)/s) as [string, string | undefined];
    if (flag === '-h' || flag === '--help') {
      console.log(USAGE);
      process.exit(0);
    }
    const value = inline ?? argv[++index];
    if (!['--server', '--warn-minutes', '--crit-minutes'].includes(flag) || value === undefined)
      print(unknown(`bad option ${flag}\n${USAGE}`));
    values.set(flag.slice(2), value);
  }
  const minutes = (name: string, fallback: number) => {
    const value = Number(values.get(name) ?? fallback);
    if (!Number.isFinite(value) || value < 0) print(unknown(`--${name} must be a number of minutes\n${USAGE}`));
    return value;
  };
  const server = values.get('server') ?? process.env.SIGNAGE_SERVER;
  if (!server) print(unknown(`--server URL is needed\n${USAGE}`));
  if (!process.env.SIGNAGE_USER || !process.env.SIGNAGE_PASSWORD)
    print(unknown('set SIGNAGE_USER and SIGNAGE_PASSWORD (an editor or a publisher)'));
  const warnMinutes = minutes('warn-minutes', 5);
  const critMinutes = minutes('crit-minutes', 15);
  if (critMinutes < warnMinutes) print(unknown('--crit-minutes must not be below --warn-minutes'));
  return { server, warnMinutes, critMinutes };
}

const { server, warnMinutes, critMinutes } = options(process.argv.slice(2));
try {
  new URL(server);
} catch {
  print(unknown(`--server ${server}: not an address`));
}
const client = clientFor(server, 'fleet:check', USAGE);
try {
  // The build the server holds: screens on another are counted in the status line (see check.ts).
  const snapshot = await readFleet(client, Date.now, await readNewestApp(client));
  if (snapshot.devices.length === 0) print(unknown(`no screen has reported to ${client.server.href}fleet/ yet`));
  print(fleetCheck(snapshot.devices, snapshot.readAt, { warnMinutes, critMinutes }));
} catch (error) {
  print(unknown(error instanceof PublishError ? error.sentence.en : error instanceof Error ? error.message : String(error)));
}
