/**
 * `npm run users -- add NAME --role editor|publisher|screen [--dir DIR]`: adds a user, or gives an
 *     existing one a new role and password. The password comes from standard input (its first
 *     line), or is asked twice without echo when standard input is a terminal.
 * `npm run users -- remove NAME [--dir DIR]`, `npm run users -- list [--dir DIR]`.
 *
 * The files are nginx's (deploy/nginx.conf), in /etc/nginx/signage by default: staff.htpasswd
 * (editors and publishers), publishers.htpasswd, screens.htpasswd. nginx reads them at every
 * request: no reload needed. Exit 0 done, 1 refused (a name, role or password that will not do,
 * an unknown user), 2 the files cannot be read or written (run it with sudo).
 */
import {
  FILES,
  ROLES,
  SCREEN_COST,
  SCREEN_KEY_LENGTH,
  hashPassword,
  listUsers,
  removeUser,
  setUser,
  validUserName,
  type Role,
  type UserLine,
} from './htpasswd';

const DEFAULT_DIR = '/etc/nginx/signage';
export const MIN_PASSWORD_LENGTH = 10;

const USAGE = `usage:
  npm run users -- add NAME --role editor|publisher|screen [--dir DIR]   (password on standard input, or asked)
  npm run users -- remove NAME [--dir DIR]
  npm run users -- list [--dir DIR]
DIR defaults to ${DEFAULT_DIR}.`;

function fail(code: 1 | 2, message: string): never {
  console.error(`users: ${message}`);
  process.exit(code);
}

function parseArguments(argv: string[]): { command: string | undefined; name: string | undefined; role: string | undefined; dir: string } {
  const positional: string[] = [];
  let role: string | undefined;
  let dir = DEFAULT_DIR;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    const [flag, inline] = argument.startsWith('--') ? (argument.split(/=(.*)/s) as [string, string | undefined]) : [argument, undefined];
    const value = () => inline ?? argv[++index] ?? fail(2, `${flag} needs a value\n${USAGE}`);
    if (flag === '--role') role = value();
    else if (flag === '--dir') dir = value();
    else if (flag === '-h' || flag === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (argument.startsWith('-')) fail(2, `unknown option ${argument}\n${USAGE}`);
    else positional.push(argument);
  }
  if (positional.length > 2) fail(2, `too many arguments: ${positional.slice(2).join(' ')}\n${USAGE}`);
  return { command: positional[0], name: positional[1], role, dir };
}

/**
 * Lines typed without echo: the terminal is in raw mode before the first prompt is shown and until
 * the last answer (a password typed or pasted early is never echoed). Ctrl-C cancels.
 */
async function askHidden(prompts: string[]): Promise<string[]> {
  const input = process.stdin;
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  const answers: string[] = [];
  try {
    let typed = '';
    process.stderr.write(prompts[0]!);
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: string) => {
        for (const character of chunk) {
          if (character === '\r' || character === '\n') {
            answers.push(typed);
            typed = '';
            process.stderr.write('\n');
            if (answers.length === prompts.length) {
              input.off('data', onData);
              resolve();
              return;
            }
            process.stderr.write(prompts[answers.length]!);
          } else if (character === '\u0003') {
            input.off('data', onData);
            process.stderr.write('\n');
            reject(new Error('cancelled; nothing was changed'));
            return;
          } else if (character === '\u007f' || character === '\b') typed = [...typed].slice(0, -1).join('');
          else if (character >= ' ') typed += character;
        }
      };
      input.on('data', onData);
    });
  } finally {
    input.setRawMode(false);
    input.pause();
  }
  return answers;
}

async function readPassword(name: string): Promise<string> {
  if (process.stdin.isTTY) {
    const [first, second] = await askHidden([`Password for ${name}: `, 'The same password again: ']);
    if (first !== second) fail(1, 'the two passwords differ; nothing was changed');
    return first!;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text.split(/\r?\n/)[0]!;
}

function describe(role: Role): string {
  switch (role) {
    case 'editor':
      return 'editor: reads and writes drafts, uploads pictures';
    case 'publisher':
      return 'publisher: an editor who also publishes (the live bundle, the history)';
    case 'screen':
      return 'screen: writes its reports under /fleet/NAME/ only';
  }
}

function filesError(error: unknown, dir: string): never {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') fail(2, `cannot write the password files in ${dir} (${code}): run it with sudo`);
  fail(2, `cannot use the password files in ${dir}: ${error instanceof Error ? error.message : String(error)}`);
}

async function main(): Promise<void> {
  const { command, name, role, dir } = parseArguments(process.argv.slice(2));
  switch (command) {
    case 'list': {
      let users: UserLine[];
      try {
        users = listUsers(dir);
      } catch (error) {
        filesError(error, dir);
      }
      if (users.length === 0)
        console.log(`No users in ${dir} yet: nobody can sign in. Add one with: npm run users -- add NAME --role publisher`);
      const width = Math.max(4, ...users.map((user) => user.name.length));
      for (const user of users) console.log(`${user.name.padEnd(width)}  ${user.role}${user.problem ? `  PROBLEM: ${user.problem}` : ''}`);
      return;
    }
    case 'add': {
      if (!name) fail(2, `add needs a user name\n${USAGE}`);
      if (!validUserName(name))
        fail(1, `"${name}" will not do as a user name: 1 to 32 letters, digits, ".", "_" or "-", starting with a letter or digit`);
      if (!ROLES.includes(role as Role))
        fail(role === undefined ? 2 : 1, `add needs --role ${ROLES.join('|')}${role === undefined ? '' : ` (not "${role}")`}`);
      const password = await readPassword(name);
      if ([...password].length < MIN_PASSWORD_LENGTH)
        fail(1, `the password must have at least ${MIN_PASSWORD_LENGTH} characters; nothing was changed`);
      if (role === 'screen' && [...password].length < SCREEN_KEY_LENGTH)
        fail(
          1,
          `a screen's key must have at least ${SCREEN_KEY_LENGTH} characters (make one: openssl rand -base64 24); nothing was changed`,
        );
      // eslint-disable-next-line no-control-regex -- control characters are what this refuses
      if (/[\u0000-\u001f\u007f]/.test(password)) fail(1, 'the password has a control character in it; nothing was changed');
      let before: UserLine | undefined;
      let written: string[];
      try {
        before = listUsers(dir).find((user) => user.name === name);
        written = setUser(dir, name, role as Role, hashPassword(password, role === 'screen' ? SCREEN_COST : {}));
      } catch (error) {
        filesError(error, dir);
      }
      const verb = before ? (before.role === role ? 'updated the password of' : `changed from ${before.role} to ${role}:`) : 'added';
      console.log(`users: ${verb} ${name} (${describe(role as Role)}), in ${written.map((file) => `${dir}/${file}`).join(' and ')}.`);
      console.log('users: nginx reads these files at every request: no reload is needed.');
      return;
    }
    case 'remove': {
      if (!name) fail(2, `remove needs a user name\n${USAGE}`);
      let removed: boolean;
      try {
        removed = removeUser(dir, name);
      } catch (error) {
        filesError(error, dir);
      }
      if (!removed) fail(1, `no user "${name}" in ${Object.values(FILES).join(', ')} of ${dir}`);
      console.log(`users: removed ${name}: from the next request on, nginx refuses that name and password.`);
      return;
    }
    default:
      fail(2, `${command === undefined ? 'a command is needed' : `unknown command "${command}"`}\n${USAGE}`);
  }
}

main().catch((error: unknown) => fail(2, error instanceof Error ? error.message : String(error)));
