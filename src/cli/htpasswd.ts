/**
 * The password files nginx's auth_basic reads (/etc/nginx/signage/*.htpasswd), for `npm run users`.
 * Node only: the staff page never sees a password file.
 *
 * The hash is scrypt in crypt(3)'s `$7$` format: memory-hard (16 MiB a guess), computed here with
 * node:crypto's scrypt, and checked by nginx through the system's crypt(), which on Debian 12 is
 * libxcrypt and knows `$7$` (test/deploy/users.test.ts signs in to the real nginx with it, and
 * compares with Perl's crypt() for the same salt). Stronger than SHA-512-crypt (`$6$`, which
 * graphics cards compute fast) and bcrypt; yescrypt (`$y$`, Debian's default for logins) is as
 * strong, but has no implementation in Node. nginx checks the password on every request (HTTP Basic
 * has no session), so the cost is per request: about 60 ms of one core here.
 */
import { randomBytes, scryptSync } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { USER_NAME_PATTERN } from '../publish/paths';

const ITOA64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** scrypt's parameters: N = 2^log2N, block size r, parallelism p (Colin Percival's interactive-login choice). */
export interface ScryptCost {
  log2N: number;
  r: number;
  p: number;
}
export const DEFAULT_COST: ScryptCost = { log2N: 14, r: 8, p: 1 };
/**
 * A screen's key is a long random secret, not a person's password (`npm run users` asks for at
 * least SCREEN_KEY_LENGTH characters: `openssl rand -base64 24` gives 32, 192 bits), so guessing
 * it from a stolen file is hopeless at any cost; what matters is nginx's work at every report of
 * every screen. 2^8 (256 KiB) instead of 2^14: see README, "The fleet", and bench/fleet.ts.
 */
export const SCREEN_COST: ScryptCost = { log2N: 8, r: 8, p: 1 };
export const SCREEN_KEY_LENGTH = 20;

/** crypt's little-endian base-64: `bits` bits of `value`, 6 at a time. */
function encodeUint(value: number, bits: number): string {
  let out = '';
  for (let bit = 0; bit < bits; bit += 6) {
    out += ITOA64[value & 0x3f];
    value >>>= 6;
  }
  return out;
}

function decodeUint(text: string): number | undefined {
  let value = 0;
  for (let index = text.length - 1; index >= 0; index--) {
    const digit = ITOA64.indexOf(text[index]!);
    if (digit < 0) return undefined;
    value = value * 64 + digit;
  }
  return value;
}

/** Bytes in crypt's base-64, three at a time, little-endian (libxcrypt's crypt-scrypt.c encode64). */
function encodeBytes(bytes: Uint8Array): string {
  let out = '';
  for (let index = 0; index < bytes.length;) {
    let value = 0;
    let bits = 0;
    do {
      value |= bytes[index++]! << bits;
      bits += 8;
    } while (bits < 24 && index < bytes.length);
    out += encodeUint(value, bits);
  }
  return out;
}

/** A random salt of crypt's characters (22 of them: 132 bits). */
export function randomSalt(length = 22): string {
  return [...randomBytes(length)].map((byte) => ITOA64[byte & 0x3f]).join('');
}

/** `$7$` hash of a password (UTF-8, as a browser and curl send it). */
export function hashPassword(password: string, options: Partial<ScryptCost> & { salt?: string } = {}): string {
  const { log2N, r, p } = { ...DEFAULT_COST, ...options };
  const salt = options.salt ?? randomSalt();
  if (!/^[./0-9A-Za-z]{1,43}$/.test(salt)) throw new Error('hashPassword: the salt must be 1 to 43 characters of ./0-9A-Za-z');
  const setting = `$7$${ITOA64[log2N]}${encodeUint(r, 30)}${encodeUint(p, 30)}${salt}`;
  const key = scryptSync(Buffer.from(password, 'utf8'), Buffer.from(salt, 'ascii'), 32, {
    N: 2 ** log2N,
    r,
    p,
    maxmem: 256 * r * 2 ** log2N + 16 * 1024 * 1024,
  });
  return `${setting}$${encodeBytes(key)}`;
}

/** Whether a password matches a `$7$` hash (false for any other scheme). */
export function verifyPassword(password: string, hash: string): boolean {
  const match = /^\$7\$(.)(.{5})(.{5})([./0-9A-Za-z]{1,43})\$[./0-9A-Za-z]{43}$/.exec(hash);
  if (!match) return false;
  const log2N = ITOA64.indexOf(match[1]!);
  const r = decodeUint(match[2]!);
  const p = decodeUint(match[3]!);
  if (log2N < 1 || log2N > 24 || !r || !p) return false;
  return hashPassword(password, { log2N, r, p, salt: match[4]! }) === hash;
}

export type Role = 'editor' | 'publisher' | 'screen';
export const ROLES: readonly Role[] = ['editor', 'publisher', 'screen'];

/** The files nginx reads, and which of them list each role. */
export const FILES = {
  staff: 'staff.htpasswd',
  publishers: 'publishers.htpasswd',
  screens: 'screens.htpasswd',
} as const;
type FileKey = keyof typeof FILES;
const ROLE_FILES: Record<Role, FileKey[]> = {
  editor: ['staff'],
  publisher: ['staff', 'publishers'],
  screen: ['screens'],
};

export function validUserName(name: string): boolean {
  return USER_NAME_PATTERN.test(name);
}

interface PasswordFile {
  /** Every line, comments and all, so that a rewrite keeps what it does not manage. */
  lines: string[];
  users: Map<string, string>;
}

function readFile(dir: string, key: FileKey): PasswordFile {
  const path = join(dir, FILES[key]);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const lines = text.split('\n').filter((line, index, all) => !(line === '' && index === all.length - 1));
  const users = new Map<string, string>();
  for (const line of lines) {
    if (line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon > 0) users.set(line.slice(0, colon), line.slice(colon + 1));
  }
  return { lines, users };
}

/** The group nginx runs as on Debian, if this system has it. */
function wwwDataGid(): number | undefined {
  try {
    const line = readFileSync('/etc/group', 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('www-data:'));
    const gid = Number(line?.split(':')[2]);
    return Number.isInteger(gid) ? gid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Replaces a password file in one rename (nginx reads it at every request: never half a file),
 * keeping the owner and mode of the one it replaces. A new file is 0640, in the group of nginx
 * (www-data) when run as root, so that nginx can read it and other users cannot.
 */
function writeFile(dir: string, key: FileKey, lines: string[]): void {
  const path = join(dir, FILES[key]);
  const temporary = join(dir, `.${FILES[key]}.${process.pid}.tmp`);
  writeFileSync(temporary, lines.length ? `${lines.join('\n')}\n` : '', { mode: 0o640 });
  if (existsSync(path)) {
    const old = statSync(path);
    chmodSync(temporary, old.mode & 0o7777);
    if (process.getuid?.() === 0) chownSync(temporary, old.uid, old.gid);
  } else if (process.getuid?.() === 0) {
    const gid = wwwDataGid();
    if (gid !== undefined) chownSync(temporary, 0, gid);
  }
  renameSync(temporary, path);
}

export function ensureDir(dir: string): void {
  if (existsSync(dir)) return;
  mkdirSync(dir, { recursive: true, mode: 0o750 });
  const gid = process.getuid?.() === 0 ? wwwDataGid() : undefined;
  if (gid !== undefined) chownSync(dir, 0, gid);
}

export interface UserLine {
  name: string;
  role: Role;
  /** Something wrong with the files for this user, in words (a hand edit, say). */
  problem?: string;
}

/** Every user, with their role as the files say. */
export function listUsers(dir: string): UserLine[] {
  const staff = readFile(dir, 'staff').users;
  const publishers = readFile(dir, 'publishers').users;
  const screens = readFile(dir, 'screens').users;
  const names = [...new Set([...staff.keys(), ...publishers.keys(), ...screens.keys()])].sort();
  return names.map((name): UserLine => {
    const inStaff = staff.get(name);
    const inPublishers = publishers.get(name);
    const inScreens = screens.get(name);
    if (inScreens !== undefined && (inStaff !== undefined || inPublishers !== undefined)) {
      return { name, role: 'screen', problem: 'also listed as staff: add the user again to give them one role' };
    }
    if (inScreens !== undefined) return { name, role: 'screen' };
    if (inPublishers === undefined) return { name, role: 'editor' };
    if (inStaff === undefined)
      return { name, role: 'publisher', problem: `missing from ${FILES.staff}, so cannot sign in: add the user again` };
    if (inStaff !== inPublishers)
      return { name, role: 'publisher', problem: `two different passwords in ${FILES.staff} and ${FILES.publishers}: add the user again` };
    return { name, role: 'publisher' };
  });
}

/** Gives `name` this role and password hash, and no other role. Returns the files written. */
export function setUser(dir: string, name: string, role: Role, hash: string): string[] {
  if (!validUserName(name)) throw new Error(`invalid user name ${JSON.stringify(name)}`);
  ensureDir(dir);
  const written: string[] = [];
  for (const key of Object.keys(FILES) as FileKey[]) {
    const file = readFile(dir, key);
    const wanted = ROLE_FILES[role].includes(key);
    const kept = file.lines.filter((line) => !line.startsWith(`${name}:`));
    const lines = wanted ? [...kept, `${name}:${hash}`] : kept;
    if (wanted || kept.length !== file.lines.length || !existsSync(join(dir, FILES[key]))) {
      writeFile(dir, key, lines);
      if (wanted) written.push(FILES[key]);
    }
  }
  return written;
}

/** Takes every role away from `name`. Returns whether there was anything to take. */
export function removeUser(dir: string, name: string): boolean {
  let found = false;
  for (const key of Object.keys(FILES) as FileKey[]) {
    const file = readFile(dir, key);
    const kept = file.lines.filter((line) => !line.startsWith(`${name}:`));
    if (kept.length !== file.lines.length) {
      writeFile(dir, key, kept);
      found = true;
    }
  }
  return found;
}
