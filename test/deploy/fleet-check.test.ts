/**
 * `npm run fleet:check` against Debian's nginx with deploy/nginx.conf: the reports on disk as
 * screens leave them (their file times are when the server received them), the exit codes of the
 * Nagios convention, and UNKNOWN when the check cannot read the fleet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx, type Nginx } from '../e2e/nginx';
import { ACCOUNTS, hasNginx, requireNginx, runTool, temporary, writeTree, writeUsers } from './publishing-server';
import { statusDocument, type StatusInput } from '../../src/fleet/status-document';
import { statusInput } from '../support/fleet-status';

requireNginx('fleet:check tests');

const NOW = Date.now();
function report(device: string, at: number, over: Partial<StatusInput> = {}): string {
  return JSON.stringify(statusDocument(statusInput(at, { device, contentEtag: undefined, ...over })));
}

describe.skipIf(!hasNginx)('fleet:check with nginx', { timeout: 60_000 }, () => {
  const made: string[] = [];
  let root: string;
  let nginx: Nginx;
  const env = { SIGNAGE_USER: ACCOUNTS.editor.user, SIGNAGE_PASSWORD: ACCOUNTS.editor.password };

  /** The fleet on disk, each report with the file time of its arrival. */
  function fleet(devices: Record<string, { at: number; over?: Partial<StatusInput> }>): void {
    const files: Record<string, string> = { 'content/bundle.json': '{"version":"v2"}' };
    for (const [name, { at, over }] of Object.entries(devices)) files[`fleet/${name}/status.json`] = report(name, at, over);
    writeTree(root, files);
    for (const [name, { at }] of Object.entries(devices)) utimesSync(join(root, `fleet/${name}/status.json`), at / 1000, at / 1000);
    utimesSync(join(root, 'content/bundle.json'), (NOW - 600_000) / 1000, (NOW - 600_000) / 1000);
  }
  const check = (...args: string[]) => runTool('fleet-check', ['--server', nginx.url, ...args], { env });

  beforeAll(async () => {
    root = temporary('signage-fleet-check-', made);
    writeTree(root, {});
    nginx = await startNginx(root, { users: writeUsers(temporary('signage-fleet-check-users-', made)) });
  });
  afterAll(async () => {
    await nginx?.stop();
    made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('0 when every screen reported lately or sleeps in its off hours, however long ago it went quiet', () => {
    fleet({ 'lobby-1': { at: NOW - 30_000 }, 'night-3': { at: NOW - 5 * 3_600_000, over: { asleepUntil: NOW + 3_600_000 } } });
    const result = check();
    expect(result.out).toBe('FLEET OK - 2 screens, 0 not well, 1 asleep in off hours|screens=2 not_well=0 asleep=1\n');
    expect(result.status).toBe(0);
  });

  it('2 naming the screen silent past the critical minutes; 1 for the one behind or past the warning minutes', () => {
    fleet({
      'lobby-1': { at: NOW - 30_000 },
      'hall-2': { at: NOW - 20 * 60_000 },
      'gate-4': { at: NOW - 7 * 60_000 },
      'old-5': { at: NOW - 30_000, over: { contentVersion: 'v1' } },
    });
    const result = check();
    expect(result.status).toBe(2);
    const lines = result.out.trim().split('\n');
    expect(lines[0]).toMatch(/^FLEET CRITICAL - 4 screens, 3 not well, 0 asleep/);
    expect(lines).toHaveLength(4);
    expect(lines.slice(1)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^CRITICAL hall-2: offline since \d{4}-\d\d-\d\d \d\d:\d\d \(20 min without a report\)$/),
        expect.stringMatching(/^WARNING gate-4: offline since .* \(7 min without a report\)$/),
        expect.stringMatching(/^WARNING old-5: behind \(v1 → v2\) since .* \(10 min\)$/),
      ]),
    );
    expect(check('--warn-minutes', '30', '--crit-minutes', '120').status).toBe(0);
  });

  it('3 when it cannot tell: wrong password, a screen account, no server, a bad option', () => {
    fleet({ 'lobby-1': { at: NOW } });
    const wrong = runTool('fleet-check', ['--server', nginx.url], { env: { ...env, SIGNAGE_PASSWORD: 'wrong-password' } });
    expect(wrong.status).toBe(3);
    expect(wrong.out).toMatch(/^FLEET UNKNOWN - Sign-in failed/);
    const screen = runTool('fleet-check', ['--server', nginx.url], {
      env: { SIGNAGE_USER: ACCOUNTS.screen.user, SIGNAGE_PASSWORD: ACCOUNTS.screen.password },
    });
    expect(screen.status).toBe(3);
    expect(screen.out).toMatch(/may not/);
    expect(runTool('fleet-check', ['--server', 'http://127.0.0.1:9/'], { env }).status).toBe(3);
    expect(check('--warn-minutes', 'soon').status).toBe(3);
  });

  it('deploy/fleet-mail.sh mails once when the fleet turns critical and once when it recovers', () => {
    const bin = temporary('signage-fleet-mail-bin-', made);
    const mails = join(bin, 'mails.txt');
    // A stand-in for mail(1): the subject, the recipient and the body, appended to a file.
    writeFileSync(join(bin, 'mail'), `#!/bin/sh\nprintf '%s|%s\\n' "$2" "$3" >>${mails}\ncat >>${mails}\n`);
    chmodSync(join(bin, 'mail'), 0o755);
    const state = join(temporary('signage-fleet-mail-state-', made), 'state');
    const run = () =>
      spawnSync('deploy/fleet-mail.sh', [], {
        encoding: 'utf8',
        env: {
          ...process.env,
          ...env,
          PATH: `${bin}:${process.env.PATH}`,
          SIGNAGE_SERVER: nginx.url,
          SIGNAGE_STATE: state,
          SIGNAGE_MAIL_TO: 'it@school.test',
        },
      });
    const mailed = () => (existsSync(mails) ? readFileSync(mails, 'utf8') : '');
    fleet({ 'lobby-1': { at: NOW - 30_000 } });
    expect(run().status).toBe(0);
    expect(mailed()).toBe('');
    fleet({ 'lobby-1': { at: NOW - 30 * 60_000 } });
    expect(run().status).toBe(2);
    expect(mailed()).toMatch(/^Signage screens: CRITICAL\|it@school\.test\nFLEET CRITICAL .*\nCRITICAL lobby-1: offline since /);
    const once = mailed();
    expect(run().status).toBe(2);
    expect(mailed()).toBe(once);
    fleet({ 'lobby-1': { at: Date.now() } });
    expect(run().status).toBe(0);
    expect(mailed().slice(once.length)).toMatch(/^Signage screens: recovered\|it@school\.test\nFLEET OK /);
  });

  it("counts the screens on another app build than the server's version.json, and stays 0", () => {
    fleet({ 'lobby-1': { at: NOW - 30_000 }, 'hall-2': { at: NOW - 30_000, over: { appVersion: 'app-3' } } });
    writeFileSync(join(root, 'version.json'), '{"app":"app-3"}\n');
    try {
      const result = check();
      expect(result.out).toBe(
        "FLEET OK - 2 screens, 0 not well, 0 asleep in off hours, 1 on another app build than the server's|screens=2 not_well=0 asleep=0\n",
      );
      expect(result.status).toBe(0);
      // A version.json that says nothing usable compares nothing.
      writeFileSync(join(root, 'version.json'), 'not json');
      expect(check().out).toBe('FLEET OK - 2 screens, 0 not well, 0 asleep in off hours|screens=2 not_well=0 asleep=0\n');
    } finally {
      rmSync(join(root, 'version.json'), { force: true });
    }
  });
});
