/**
 * What `content:publish` and `content:history` share: the server's address, the credentials from
 * the environment (SIGNAGE_USER, SIGNAGE_PASSWORD: never on the command line, where `ps` and shell
 * history would show them), and how a failure is said.
 */
import { DavClient, PublishError } from '../publish/webdav';

export interface ParsedArguments {
  positional: string[];
  flags: Map<string, string | true>;
}

/** `--name value`, `--name=value`, and the switches listed in `switches` (no value). */
export function parseArguments(
  argv: readonly string[],
  switches: readonly string[],
  valued: readonly string[],
  usage: string,
  tool: string,
): ParsedArguments {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '-h' || argument === '--help') {
      console.log(usage);
      process.exit(0);
    }
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    const name = equals < 0 ? argument.slice(2) : argument.slice(2, equals);
    if (switches.includes(name) && equals < 0) flags.set(name, true);
    else if (valued.includes(name)) {
      const value = equals < 0 ? argv[++index] : argument.slice(equals + 1);
      if (value === undefined) exitWith(2, tool, `--${name} needs a value\n${usage}`);
      flags.set(name, value);
    } else exitWith(2, tool, `unknown option ${argument}\n${usage}`);
  }
  return { positional, flags };
}

export function exitWith(code: number, tool: string, message: string): never {
  (code === 0 ? console.log : console.error)(`${tool}: ${message}`);
  process.exit(code);
}

/** The client for `--server URL` with the environment's credentials. */
export function clientFor(server: string | true | undefined, tool: string, usage: string): DavClient {
  const address = typeof server === 'string' ? server : process.env.SIGNAGE_SERVER;
  if (!address) exitWith(2, tool, `--server URL is needed (the signage server, e.g. https://signage.school.edu.vn/)\n${usage}`);
  let url: URL;
  try {
    url = new URL(address);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
  } catch {
    exitWith(2, tool, `--server ${address}: not an http:// or https:// address`);
  }
  const user = process.env.SIGNAGE_USER;
  const password = process.env.SIGNAGE_PASSWORD;
  if (!user || password === undefined || password === '') {
    exitWith(
      2,
      tool,
      'set SIGNAGE_USER and SIGNAGE_PASSWORD to the account to sign in with (npm run users -- add NAME --role publisher on the server)',
    );
  }
  if (url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
    console.error(
      `${tool}: warning: ${url.origin} is plain HTTP: the password crosses the network readable. Use the server's https:// address.`,
    );
  }
  return new DavClient({ server: url, credentials: { user, password } });
}

/** A server, network or permission failure: both sentences, exit 2. */
export function failWith(tool: string, error: unknown): never {
  if (error instanceof PublishError) {
    console.error(`${tool}: ${error.sentence.en}${error.status ? ` (HTTP ${error.status})` : ''}`);
    console.error(`${tool}: ${error.sentence.vi}`);
    process.exit(2);
  }
  exitWith(2, tool, error instanceof Error ? (error.stack ?? error.message) : String(error));
}
