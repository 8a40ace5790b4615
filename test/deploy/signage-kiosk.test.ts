/**
 * deploy/kiosk/signage-kiosk.sh, the launcher: which display it picks for each kind of session
 * (and so Chromium's Wayland or X11 flags), and what it does for a screen nobody attends. A fake
 * chromium echoes the arguments it was given.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'signage-kiosk-'));
  made.push(dir);
  const fake = join(dir, 'fake-chromium');
  writeFileSync(fake, '#!/bin/sh\nfor a in "$@"; do echo "$a"; done\n');
  chmodSync(fake, 0o755);
  // xset, logged, so that a test sees whether the launcher turned X11's blanking off.
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin/xset'), `#!/bin/sh\necho "$@" >> ${dir}/xset.log\n`);
  chmodSync(join(dir, 'bin/xset'), 0o755);
  const profile = join(dir, 'profile');
  const run = (env: Record<string, string>, args: string[] = []) =>
    spawnSync('/bin/bash', ['deploy/kiosk/signage-kiosk.sh', ...args], {
      encoding: 'utf8',
      env: {
        PATH: `${dir}/bin:${process.env.PATH}`,
        HOME: dir,
        CHROMIUM_BIN: fake,
        SIGNAGE_PROFILE: profile,
        SIGNAGE_SETTINGS: join(dir, 'signage-kiosk.default'),
        ...env,
      },
    });
  const xset = () => {
    try {
      return readFileSync(join(dir, 'xset.log'), 'utf8').trim().split('\n');
    } catch {
      return [];
    }
  };
  return { dir, fake, profile, run, xset };
}

const X11 = { DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' };
const WAYLAND = { WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0', XDG_SESSION_TYPE: 'wayland' };

it('the kiosk launcher starts Chromium fullscreen on the player URL with a 24/7 profile', () => {
  const { profile, run } = setup();
  const launched = run({ ...X11, SIGNAGE_URL: 'http://signage.local:8080/?screen=lobby' });
  expect(launched.status).toBe(0);
  const args = launched.stdout.trim().split('\n');
  expect(args).toContain('--kiosk');
  expect(args).toContain('--noerrdialogs');
  expect(args).toContain('--disable-session-crashed-bubble');
  expect(args).toContain(`--user-data-dir=${profile}`);
  expect(args[args.length - 1]).toBe('http://signage.local:8080/?screen=lobby');
});

it('reads the address from the settings file install.sh writes, quotes and ampersands included', () => {
  const { dir, run } = setup();
  writeFileSync(join(dir, 'signage-kiosk.default'), "SIGNAGE_URL='http://s:8080/?screen=lobby&device=a&key=it'\\''s'\n");
  const args = run(X11).stdout.trim().split('\n');
  expect(args[args.length - 1]).toBe("http://s:8080/?screen=lobby&device=a&key=it's");
});

it('after a power cut, the launcher clears Chromium\'s "crashed" flag so no restore bubble covers the screen', () => {
  const { profile, run } = setup();
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default/Preferences'), '{"profile":{"exit_type":"Crashed","exited_cleanly":false}}');
  expect(run(X11).status).toBe(0);
  expect(JSON.parse(readFileSync(join(profile, 'Default/Preferences'), 'utf8')).profile).toEqual({
    exit_type: 'Normal',
    exited_cleanly: true,
  });
});

it('says plainly when there is no Chromium', () => {
  const { run } = setup();
  const launched = run({ ...X11, CHROMIUM_BIN: '', PATH: '/nonexistent' });
  expect(launched.status).toBe(1);
  expect(launched.stderr).toMatch(/Chromium not found/);
});

describe("the display, and Chromium's flags, for each kind of session (--dry-run)", () => {
  const cases: { session: string; env: Record<string, string>; display: string; flag: string }[] = [
    {
      session: 'labwc (Raspberry Pi OS Bookworm, late 2024 on)',
      env: { ...WAYLAND, XDG_CURRENT_DESKTOP: 'labwc:wlroots' },
      display: 'wayland',
      flag: '--ozone-platform=wayland',
    },
    {
      session: 'wayfire (Raspberry Pi OS Bookworm, 2023-24)',
      env: { ...WAYLAND, WAYLAND_DISPLAY: 'wayland-1', XDG_CURRENT_DESKTOP: 'wayfire' },
      display: 'wayland',
      flag: '--ozone-platform=wayland',
    },
    {
      session: 'cage (Raspberry Pi OS Lite): WAYLAND_DISPLAY only',
      env: { WAYLAND_DISPLAY: 'wayland-0' },
      display: 'wayland',
      flag: '--ozone-platform=wayland',
    },
    { session: 'Debian 12 LXDE on X11', env: { ...X11, XDG_CURRENT_DESKTOP: 'LXDE' }, display: 'x11', flag: '--ozone-platform=x11' },
    { session: 'X11 with DISPLAY only (no session type)', env: { DISPLAY: ':0' }, display: 'x11', flag: '--ozone-platform=x11' },
    {
      session: 'X11 session with a stale WAYLAND_DISPLAY left in systemd',
      env: { ...X11, WAYLAND_DISPLAY: 'wayland-0' },
      display: 'x11',
      flag: '--ozone-platform=x11',
    },
    {
      session: "Wayland session with Xwayland's DISPLAY too",
      env: { WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' },
      display: 'wayland',
      flag: '--ozone-platform=wayland',
    },
    {
      session: 'SIGNAGE_DISPLAY=x11 overrides a Wayland session',
      env: { ...WAYLAND, SIGNAGE_DISPLAY: 'x11' },
      display: 'x11',
      flag: '--ozone-platform=x11',
    },
  ];
  for (const { session, env, display, flag } of cases) {
    it(`${session}: ${display}, ${flag}`, () => {
      const { fake, run, xset, profile } = setup();
      const result = run(env, ['--dry-run']);
      expect(result.status, result.stderr).toBe(0);
      const [first, browser, ...args] = result.stdout.trim().split('\n');
      expect(first).toBe(`display=${display}`);
      expect(browser).toBe(fake);
      expect(args.filter((arg) => arg.startsWith('--ozone-platform'))).toEqual([flag]);
      expect(args).toContain('--kiosk');
      // A dry run starts nothing and changes nothing.
      expect(xset()).toEqual([]);
      expect(() => readFileSync(join(profile, 'Default/Preferences'))).toThrow();
    });
  }

  it('with no display at all it exits with a reason, for systemd to try again', () => {
    const { run } = setup();
    const sessions: Record<string, string>[] = [
      {},
      { XDG_SESSION_TYPE: 'tty' },
      { XDG_SESSION_TYPE: 'wayland' },
      { XDG_SESSION_TYPE: 'x11' },
    ];
    for (const env of sessions) {
      const result = run(env, ['--dry-run']);
      expect(result.status, JSON.stringify(env)).toBe(1);
      expect(result.stderr).toMatch(/no display yet|without (WAYLAND_DISPLAY|DISPLAY)/);
    }
  });
});

it('turns X11 blanking off with xset on X11, and leaves xset alone on Wayland', () => {
  const x11 = setup();
  expect(x11.run(X11).status).toBe(0);
  expect(x11.xset()).toEqual(['s off', 's noblank', '-dpms']);
  const wayland = setup();
  expect(wayland.run(WAYLAND).status).toBe(0);
  expect(wayland.xset()).toEqual([]);
});
