import { afterEach, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'signage-kiosk-'));
  made.push(dir);
  const fake = join(dir, 'fake-chromium');
  writeFileSync(fake, '#!/bin/sh\nfor a in "$@"; do echo "$a"; done\n');
  chmodSync(fake, 0o755);
  const profile = join(dir, 'profile');
  return {
    dir,
    profile,
    result: (extra: Record<string, string> = {}) =>
      spawnSync('/bin/bash', ['deploy/kiosk/signage-kiosk.sh'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH!, HOME: dir, CHROMIUM_BIN: fake, SIGNAGE_PROFILE: profile, ...env, ...extra },
      }),
  };
}

it('the kiosk launcher starts Chromium fullscreen on the player URL with a 24/7 profile', () => {
  const { profile, result } = run({ SIGNAGE_URL: 'http://signage.local:8080/?screen=lobby' });
  const launched = result();
  expect(launched.status).toBe(0);
  const args = launched.stdout.trim().split('\n');
  expect(args).toContain('--kiosk');
  expect(args).toContain('--noerrdialogs');
  expect(args).toContain('--disable-session-crashed-bubble');
  expect(args).toContain(`--user-data-dir=${profile}`);
  expect(args[args.length - 1]).toBe('http://signage.local:8080/?screen=lobby');
});

it('after a power cut, the launcher clears Chromium\'s "crashed" flag so no restore bubble covers the screen', () => {
  const { profile, result } = run({});
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default/Preferences'), '{"profile":{"exit_type":"Crashed","exited_cleanly":false}}');
  expect(result().status).toBe(0);
  expect(JSON.parse(readFileSync(join(profile, 'Default/Preferences'), 'utf8')).profile).toEqual({
    exit_type: 'Normal',
    exited_cleanly: true,
  });
});

it('says plainly when there is no Chromium', () => {
  const { result } = run({});
  const launched = result({ CHROMIUM_BIN: '', PATH: '/nonexistent' });
  expect(launched.status).toBe(1);
  expect(launched.stderr).toMatch(/Chromium not found/);
});
