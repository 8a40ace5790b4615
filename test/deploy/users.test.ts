/**
 * `npm run users` and the hash it writes. The hash is checked against the system's own crypt()
 * (libxcrypt, through Perl: the same function nginx calls), and signed in with for real in
 * test/deploy/nginx-permissions.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword, listUsers, verifyPassword } from '../../src/cli/htpasswd';
import { runTool, temporary } from './publishing-server';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The system's crypt(3) through Perl (perl-base is part of every Debian). */
function systemCrypt(password: string, setting: string): string | undefined {
  const result = spawnSync('perl', ['-e', 'my $h = crypt($ARGV[0], $ARGV[1]); print defined $h ? $h : ""', password, setting], {
    encoding: 'utf8',
  });
  return result.status === 0 && result.stdout.startsWith('$7$') ? result.stdout : undefined;
}
const hasSystemScrypt = systemCrypt('x', '$7$A6..../....salt$') !== undefined;
if (!hasSystemScrypt) {
  const message = "users tests: this system's crypt() (via perl) does not know $7$: the cross-check is skipped.";
  if (process.env.CI === 'true') throw new Error(`${message} CI=true, so this is a failure.`);
  console.warn(message);
}

const users = (args: string[], input?: string) => runTool('users', args, input === undefined ? {} : { input });

describe('the password hash: scrypt in crypt(3) $7$ format', () => {
  it.skipIf(!hasSystemScrypt)("equals the system crypt()'s for the same salt and cost, ASCII and Vietnamese alike", () => {
    const cases: [string, Parameters<typeof hashPassword>[1]][] = [
      ['pw', { salt: 'abcdefgh' }],
      ['correct horse battery staple', { salt: 'Zz09./Zz09./Zz09./Zz09', log2N: 10 }],
      ['Mật khẩu có dấu 2026', { salt: 'q1w2e3r4t5y6u7i8o9p0AS', log2N: 12, r: 4, p: 2 }],
      ['', { salt: 's', log2N: 4 }],
    ];
    for (const [password, options] of cases) {
      const ours = hashPassword(password, options);
      expect(systemCrypt(password, ours.slice(0, ours.lastIndexOf('$') + 1)), password).toBe(ours);
    }
    // A random salt too, at the default cost.
    const random = hashPassword('random-salt-check');
    expect(systemCrypt('random-salt-check', random)).toBe(random);
  });

  it('defaults: N = 2^14, r = 8, p = 1, a 22-character random salt; verifies only the right password', () => {
    const hash = hashPassword('a password');
    expect(hash).toMatch(/^\$7\$C6\.\.\.\.\/\.\.\.\.[./0-9A-Za-z]{22}\$[./0-9A-Za-z]{43}$/);
    expect(hashPassword('a password')).not.toBe(hash);
    expect(verifyPassword('a password', hash)).toBe(true);
    expect(verifyPassword('a passwore', hash)).toBe(false);
    expect(verifyPassword('a password', '$6$salt$x')).toBe(false);
  });
});

describe('npm run users', { timeout: 60_000 }, () => {
  it('add, change role, change password, remove, list: the three files nginx reads', () => {
    const dir = join(temporary('signage-users-', made), 'signage');
    expect(users(['add', 'alice', '--role', 'publisher', '--dir', dir], 'alice-password\n').status).toBe(0);
    expect(users(['add', 'bob', '--role', 'editor', '--dir', dir], 'bob-password-1\r\nignored second line\n').status).toBe(0);
    const screen = users(['add', 'lobby-1', '--role=screen', `--dir=${dir}`], 'lobby-1-password-of-the-screen');
    expect(screen.status, screen.err).toBe(0);
    expect(screen.out).toMatch(/added lobby-1 \(screen: writes its reports under \/fleet\/NAME\/ only\), in .*screens\.htpasswd\./);
    expect(screen.out).toMatch(/no reload is needed/);

    const read = (name: string) => readFileSync(join(dir, `${name}.htpasswd`), 'utf8');
    const line = (name: string, user: string) =>
      read(name)
        .split('\n')
        .find((entry) => entry.startsWith(`${user}:`));
    expect(
      read('staff')
        .split('\n')
        .filter(Boolean)
        .map((entry) => entry.split(':')[0]),
    ).toEqual(['alice', 'bob']);
    expect(
      read('publishers')
        .split('\n')
        .filter(Boolean)
        .map((entry) => entry.split(':')[0]),
    ).toEqual(['alice']);
    expect(
      read('screens')
        .split('\n')
        .filter(Boolean)
        .map((entry) => entry.split(':')[0]),
    ).toEqual(['lobby-1']);
    // A publisher's two lines carry the same hash; the password is the first line of the input.
    expect(line('staff', 'alice')).toBe(line('publishers', 'alice'));
    expect(verifyPassword('bob-password-1', line('staff', 'bob')!.slice(4))).toBe(true);
    expect(line('staff', 'bob')!.slice(4, 8)).toBe('$7$C');
    // Only nginx's group reads them.
    for (const name of ['staff', 'publishers', 'screens']) expect(statSync(join(dir, `${name}.htpasswd`)).mode & 0o777).toBe(0o640);
    expect(statSync(dir).mode & 0o777).toBe(0o750);

    expect(users(['list', '--dir', dir]).out).toBe('alice    publisher\nbob      editor\nlobby-1  screen\n');

    // A publisher becomes an editor: out of publishers.htpasswd, with the new password.
    const demoted = users(['add', 'alice', '--role', 'editor', '--dir', dir], 'alice-new-password');
    expect(demoted.out).toMatch(/changed from publisher to editor: alice/);
    expect(read('publishers')).toBe('');
    expect(verifyPassword('alice-new-password', line('staff', 'alice')!.slice(6))).toBe(true);
    // An editor becomes a screen: out of staff.htpasswd.
    users(['add', 'bob', '--role', 'screen', '--dir', dir], 'bob-password-2-now-a-screen');
    expect(line('staff', 'bob')).toBeUndefined();
    expect(verifyPassword('bob-password-2-now-a-screen', line('screens', 'bob')!.slice(4))).toBe(true);
    // A screen's long random key at the screens' cost (2^8), a person's password at the default (2^14).
    expect(line('screens', 'bob')!.slice(4, 8)).toBe('$7$6');
    // The same role again: a new password.
    expect(users(['add', 'bob', '--role', 'screen', '--dir', dir], 'bob-password-3-now-a-screen').out).toMatch(
      /updated the password of bob/,
    );

    const removed = users(['remove', 'bob', '--dir', dir]);
    expect(removed.status).toBe(0);
    expect(removed.out).toMatch(/removed bob/);
    expect(listUsers(dir).map((user) => `${user.name} ${user.role}`)).toEqual(['alice editor', 'lobby-1 screen']);
    const again = users(['remove', 'bob', '--dir', dir]);
    expect(again.status).toBe(1);
    expect(again.err).toMatch(/no user "bob"/);
  });

  it('keeps what it does not manage (comments, the mode and owner of a file) and says what is wrong with a hand-edited file', () => {
    const dir = temporary('signage-users-kept-', made);
    writeFileSync(join(dir, 'staff.htpasswd'), '# campus staff\nzed:{SHA}olduserhash=\n');
    chmodSync(join(dir, 'staff.htpasswd'), 0o600);
    writeFileSync(join(dir, 'publishers.htpasswd'), 'yan:$7$x\n');
    expect(users(['add', 'amy', '--role', 'editor', '--dir', dir], 'amy-password-1').status).toBe(0);
    expect(readFileSync(join(dir, 'staff.htpasswd'), 'utf8')).toMatch(/^# campus staff\nzed:\{SHA\}olduserhash=\namy:\$7\$/);
    expect(statSync(join(dir, 'staff.htpasswd')).mode & 0o777).toBe(0o600);
    expect(users(['list', '--dir', dir]).out).toMatch(
      /^yan +publisher +PROBLEM: missing from staff\.htpasswd, so cannot sign in: add the user again$/m,
    );
  });

  it('refuses what will not do, and changes nothing', () => {
    const dir = temporary('signage-users-refused-', made);
    users(['add', 'amy', '--role', 'editor', '--dir', dir], 'amy-password-1');
    const before = readFileSync(join(dir, 'staff.htpasswd'), 'utf8');
    const cases: [string[], string | undefined, number, RegExp][] = [
      [['add', 'amy', '--role', 'editor', '--dir', dir], 'short', 1, /at least 10 characters/],
      [['add', 'amy', '--role', 'editor', '--dir', dir], '', 1, /at least 10 characters/],
      [['add', 'amy', '--role', 'editor', '--dir', dir], 'long enough\tbut a tab', 1, /control character/],
      [['add', 'kiosk-9', '--role', 'screen', '--dir', dir], 'only-19-characters!', 1, /a screen's key must have at least 20 characters/],
      [['add', 'bad:name', '--role', 'editor', '--dir', dir], 'a-good-password', 1, /will not do as a user name/],
      [['add', '-x', '--role', 'editor', '--dir', dir], 'a-good-password', 2, /unknown option -x/],
      [['add', '.hidden', '--role', 'editor', '--dir', dir], 'a-good-password', 1, /will not do as a user name/],
      [['add', 'a'.repeat(33), '--role', 'editor', '--dir', dir], 'a-good-password', 1, /1 to 32/],
      [['add', 'amy', '--role', 'admin', '--dir', dir], 'a-good-password', 1, /--role editor\|publisher\|screen \(not "admin"\)/],
      [['add', 'amy', '--dir', dir], 'a-good-password', 2, /add needs --role/],
      [['add', '--role', 'editor', '--dir', dir], 'a-good-password', 2, /add needs a user name/],
      [['rename', 'amy', '--dir', dir], undefined, 2, /unknown command "rename"/],
      [[], undefined, 2, /a command is needed/],
    ];
    for (const [args, input, status, message] of cases) {
      const result = users(args, input);
      expect(result.status, args.join(' ')).toBe(status);
      expect(result.err, args.join(' ')).toMatch(message);
    }
    expect(readFileSync(join(dir, 'staff.htpasswd'), 'utf8')).toBe(before);
    // Files it cannot write: exit 2 and why.
    const file = join(temporary('signage-users-blocked-', made), 'not-a-folder');
    writeFileSync(file, '');
    const blocked = users(['add', 'amy', '--role', 'editor', '--dir', join(file, 'signage')], 'a-good-password');
    expect(blocked.status).toBe(2);
    expect(blocked.err).toMatch(/cannot use the password files/);
  });

  it('on a terminal, asks twice without echo', async () => {
    const dir = temporary('signage-users-tty-', made);
    mkdirSync(dir, { recursive: true });
    // script(1) gives the command a terminal; the typed password must not come back in its output.
    const child = spawn(
      'script',
      ['-qfec', `${process.execPath} --import tsx src/cli/users.ts add tina --role publisher --dir ${dir}`, '/dev/null'],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let output = '';
    let answered = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const prompts = (output.match(/Password for tina: |The same password again: /g) ?? []).length;
      while (answered < prompts) {
        answered++;
        child.stdin.write('tty-password-7\r');
      }
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status, output).toBe(0);
    expect(answered).toBe(2);
    expect(output).not.toContain('tty-password-7');
    const line = readFileSync(join(dir, 'publishers.htpasswd'), 'utf8').trim();
    expect(verifyPassword('tty-password-7', line.slice('tina:'.length))).toBe(true);
  });
});
