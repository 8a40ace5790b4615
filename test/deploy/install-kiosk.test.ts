/**
 * deploy/kiosk/install.sh against a temporary root: what it writes for each desktop, that a second
 * run changes nothing, and, with systemd's own tools, that the units it installs start the player
 * where Raspberry Pi OS's desktop never reaches graphical-session.target.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'signage-kiosk-root-'));
  made.push(dir);
  return dir;
}

const URL_1 = 'http://signage.school.edu.vn:8080/?screen=lobby&device=lobby-1&key=k1';

function install(root: string, ...args: string[]) {
  const result = spawnSync('/bin/bash', ['deploy/kiosk/install.sh', '--root', root, '--user', 'pi', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH! },
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** Every file under root: its bytes and its mode. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else files[relative(root, path)] = `${(stat.mode & 0o777).toString(8)} ${readFileSync(path, 'base64')}`;
    }
  };
  walk(root);
  return files;
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

/** A Raspberry Pi OS user's home as the desktop leaves it, with raspi-config's blanking on. */
function piHome(root: string) {
  mkdirSync(join(root, 'home/pi/.config/labwc'), { recursive: true });
  writeFileSync(
    join(root, 'home/pi/.config/labwc/autostart'),
    "/usr/bin/kanshi &\nswayidle -w timeout 600 'wlopm --off \\*' resume 'wlopm --on \\*' &\n",
  );
  writeFileSync(
    join(root, 'home/pi/.config/wayfire.ini'),
    '[core]\nplugins = autostart idle\n\n[idle]\ndpms_timeout = 600\n\n[autostart]\npanel = wfrespawn wf-panel-pi\n',
  );
  mkdirSync(join(root, 'etc/lightdm'), { recursive: true });
}

describe('install.sh on a desktop (labwc, wayfire, X11)', () => {
  it('writes the launcher, the address, the unit, each desktop autostart and blanking off, and says so', () => {
    const root = tempRoot();
    piHome(root);
    const first = install(root, URL_1);
    expect(first.status, first.err).toBe(0);
    // The device key goes into /etc/default/signage-kiosk (640), never onto the terminal.
    expect(first.out).toContain('player at http://signage.school.edu.vn:8080/?screen=lobby&device=lobby-1&key=…');
    expect(first.out + first.err).not.toContain('key=k1');
    for (const path of [
      '/usr/local/bin/signage-kiosk',
      '/usr/local/bin/signage-kiosk-session',
      '/etc/default/signage-kiosk',
      '/etc/systemd/user/signage-kiosk.service',
      '/home/pi/.config/labwc/autostart',
      '/home/pi/.config/wayfire.ini',
      '/home/pi/.config/autostart/signage-kiosk.desktop',
      '/etc/X11/xorg.conf.d/90-signage-kiosk-noblank.conf',
      '/etc/lightdm/lightdm.conf.d/90-signage-kiosk.conf',
    ]) {
      expect(first.out).toContain(`wrote      ${path}\n`);
    }
    expect(first.out).toMatch(/skipped +raspi-config nonint do_blanking 1/);
    expect(first.out).toMatch(/9 file\(s\) written/);

    expect(read(root, 'usr/local/bin/signage-kiosk')).toBe(read('.', 'deploy/kiosk/signage-kiosk.sh'));
    expect(statSync(join(root, 'usr/local/bin/signage-kiosk')).mode & 0o777).toBe(0o755);
    expect(read(root, 'etc/systemd/user/signage-kiosk.service')).toBe(read('.', 'deploy/kiosk/signage-kiosk.service'));
    // The address, read back the way the launcher reads it.
    const url = execFileSync('/bin/bash', ['-c', `. ${join(root, 'etc/default/signage-kiosk')}; printf %s "$SIGNAGE_URL"`], {
      encoding: 'utf8',
    });
    expect(url).toBe(URL_1);
    expect(statSync(join(root, 'etc/default/signage-kiosk')).mode & 0o777).toBe(0o640);

    // labwc: the desktop's own lines kept, raspi-config's blanking line gone, the player once.
    expect(read(root, 'home/pi/.config/labwc/autostart')).toBe('/usr/bin/kanshi &\n/usr/local/bin/signage-kiosk-session &\n');
    // wayfire: never idle, never DPMS; the panel kept.
    expect(read(root, 'home/pi/.config/wayfire.ini')).toBe(
      [
        '[core]',
        'plugins = autostart idle',
        '',
        '[idle]',
        'dpms_timeout = -1',
        'screensaver_timeout = -1',
        '',
        '[autostart]',
        'panel = wfrespawn wf-panel-pi',
        'signage_kiosk = /usr/local/bin/signage-kiosk-session',
        'screensaver = false',
        'dpms = false',
        '',
      ].join('\n'),
    );
    expect(read(root, 'home/pi/.config/autostart/signage-kiosk.desktop')).toMatch(/^Exec=\/usr\/local\/bin\/signage-kiosk-session$/m);
    expect(read(root, 'etc/X11/xorg.conf.d/90-signage-kiosk-noblank.conf')).toMatch(/Option "DPMS" "Disable"[\s\S]*"BlankTime" "0"/);
    const lightdm = read(root, 'etc/lightdm/lightdm.conf.d/90-signage-kiosk.conf');
    expect(lightdm).toMatch(/^\[Seat:\*\]$/m);
    expect(lightdm).toMatch(/^autologin-user=pi$/m);
    expect(lightdm).toMatch(/^xserver-command=X -s 0 -dpms$/m);
  });

  it('run twice, it changes nothing: the second run reports no change and every file keeps its bytes', () => {
    const root = tempRoot();
    piHome(root);
    expect(install(root, URL_1).status).toBe(0);
    const before = snapshot(root);
    const second = install(root, URL_1);
    expect(second.status).toBe(0);
    expect(second.out).not.toMatch(/ wrote /);
    expect(second.out).toMatch(/nothing changed/);
    expect(snapshot(root)).toEqual(before);
    // Without the address: the one already installed is kept.
    const third = install(root);
    expect(third.out).toMatch(/nothing changed/);
    expect(snapshot(root)).toEqual(before);
  });

  it('on a home with no desktop files yet it creates them, and is idempotent from there too', () => {
    const root = tempRoot();
    expect(install(root, URL_1).status).toBe(0);
    expect(read(root, 'home/pi/.config/labwc/autostart')).toBe('/usr/local/bin/signage-kiosk-session &\n');
    expect(read(root, 'home/pi/.config/wayfire.ini')).toMatch(/^\[idle\]\ndpms_timeout = -1\nscreensaver_timeout = -1$/m);
    // No lightdm here (a Lite image): no lightdm drop-in.
    expect(existsSync(join(root, 'etc/lightdm'))).toBe(false);
    const before = snapshot(root);
    expect(install(root, URL_1).out).toMatch(/nothing changed/);
    expect(snapshot(root)).toEqual(before);
  });

  it('an upgrade with a new address rewrites the address and nothing else', () => {
    const root = tempRoot();
    piHome(root);
    install(root, URL_1);
    const again = install(root, 'http://signage.school.edu.vn:8080/?screen=lobby-portrait&device=lobby-1&key=k1');
    expect(again.status).toBe(0);
    expect(again.out.match(/ wrote /g)).toHaveLength(1);
    expect(again.out).toContain('wrote      /etc/default/signage-kiosk');
  });

  it('refuses what would not work, and says why', () => {
    const root = tempRoot();
    expect(install(root)).toMatchObject({ status: 2, err: expect.stringMatching(/give the player's address/) });
    expect(install(root, 'signage.local:8080')).toMatchObject({ status: 2, err: expect.stringMatching(/must start with http/) });
    const noUser = spawnSync('/bin/bash', ['deploy/kiosk/install.sh', '--root', root, URL_1], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH! },
    });
    expect(noUser.status).toBe(2);
    expect(noUser.stderr).toMatch(/--user NAME/);
    expect(readdirSync(root)).toEqual([]);
  });

  it('the user unit waits for nothing and is wanted by nothing: no graphical-session.target anywhere', () => {
    const unit = read('.', 'deploy/kiosk/signage-kiosk.service');
    const directives = unit.split('\n').filter((line) => !line.startsWith('#'));
    expect(directives.join('\n')).not.toMatch(/graphical-session|network-online/);
    expect(directives.filter((line) => /^(After|Wants|Requires|BindsTo|PartOf|WantedBy)=/.test(line))).toEqual([]);
    expect(unit).toMatch(/^Restart=always$/m);
    expect(unit).toMatch(/^StartLimitIntervalSec=0$/m);
  });
});

describe('install.sh --lite (Raspberry Pi OS Lite: cage)', () => {
  it("writes the cage unit for the screen's user and its PAM service, idempotently", () => {
    const root = tempRoot();
    const first = install(root, '--lite', URL_1);
    expect(first.status, first.err).toBe(0);
    expect(first.out).toMatch(/4 file\(s\) written/);
    const unit = read(root, 'etc/systemd/system/signage-kiosk-cage.service');
    expect(unit).toMatch(/^User=pi$/m);
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/cage -d -- \/usr\/local\/bin\/signage-kiosk$/m);
    expect(unit).toMatch(/^PAMName=signage-kiosk$/m);
    expect(unit).toMatch(/^WantedBy=multi-user.target$/m);
    expect(read(root, 'etc/pam.d/signage-kiosk')).toMatch(/^session\s+required\s+pam_systemd.so$/m);
    // No desktop autostart for a machine without a desktop.
    expect(existsSync(join(root, 'home'))).toBe(false);
    const before = snapshot(root);
    expect(install(root, '--lite').out).toMatch(/nothing changed/);
    expect(snapshot(root)).toEqual(before);
  });
});

const hasAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;
const canNamespace = existsSync('/usr/lib/systemd/systemd') && spawnSync('unshare', ['--mount', 'true']).status === 0;
for (const [ok, what] of [
  [hasAnalyze, 'systemd-analyze (apt-get install systemd)'],
  [canNamespace, 'a private mount namespace for a user systemd (unshare --mount, as root)'],
] as const) {
  if (!ok) {
    const message = `Kiosk unit tests: no ${what}.`;
    if (process.env.CI === 'true') throw new Error(`${message} CI=true, so this is a failure.`);
    console.warn(`${message} Skipping them.`);
  }
}

describe.skipIf(!hasAnalyze)('systemd-analyze verify on the installed units', () => {
  it('the Lite unit, as installed, passes systemd-analyze verify', () => {
    const root = tempRoot();
    install(root, '--lite', URL_1);
    // The system's own units, for the dependencies; cage stands in as an executable.
    cpSync('/usr/lib/systemd/system', join(root, 'usr/lib/systemd/system'), { recursive: true, dereference: false });
    mkdirSync(join(root, 'usr/bin'), { recursive: true });
    writeFileSync(join(root, 'usr/bin/cage'), '#!/bin/sh\n');
    chmodSync(join(root, 'usr/bin/cage'), 0o755);
    const verify = spawnSync('systemd-analyze', ['verify', '--man=no', `--root=${root}`, 'etc/systemd/system/signage-kiosk-cage.service'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(verify.stderr).toBe('');
    expect(verify.status).toBe(0);
  });
});

/**
 * A real user systemd, as on the screen, in a private mount namespace (so that nothing outside
 * this test sees it): /usr/local/bin and /etc/default come from the temporary root, chromium is a
 * stand-in that records its arguments. Nothing in it activates graphical-session.target, as on
 * Raspberry Pi OS Bookworm. The desktop's autostart is played by running signage-kiosk-session
 * with the session's environment.
 */
function bootUserManager(root: string, session: Record<string, string>, restart: boolean) {
  const out = join(root, 'out');
  mkdirSync(out);
  mkdirSync(join(root, 'run'), { mode: 0o700 });
  mkdirSync(join(root, 'fake-run-systemd'));
  writeFileSync(
    join(root, 'usr/local/bin/chromium'),
    `#!/bin/sh\nn=$(ls ${out} | grep -c '^chromium.*args$')\nprintf '%s\\n' "$@" > ${out}/chromium.$n.args\nenv > ${out}/chromium.$n.env\nexec sleep 60\n`,
  );
  chmodSync(join(root, 'usr/local/bin/chromium'), 0o755);
  // The unit as it was before this change, for contrast: wanted by graphical-session.target.
  mkdirSync(join(root, 'home/pi/.config/systemd/user'), { recursive: true });
  writeFileSync(
    join(root, 'home/pi/.config/systemd/user/old-style.service'),
    '[Unit]\nAfter=graphical-session.target\nPartOf=graphical-session.target\n[Service]\nExecStart=/usr/local/bin/signage-kiosk\n[Install]\nWantedBy=graphical-session.target\n',
  );
  const sessionEnv = Object.entries(session)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
  const script = `
set -u
mount --bind ${root}/usr/local/bin /usr/local/bin
mount --bind ${root}/etc/default /etc/default
mount --bind ${root}/etc/systemd/user /etc/systemd/user
mount --bind ${root}/fake-run-systemd /run/systemd
mkdir -p /run/systemd/system
export XDG_RUNTIME_DIR=${root}/run HOME=${root}/home/pi
/usr/lib/systemd/systemd --user > ${out}/manager.log 2>&1 &
manager=$!
for i in $(seq 100); do [ -S ${root}/run/systemd/private ] && break; sleep 0.1; done
timeout 20 systemctl --user is-system-running --wait > ${out}/manager.state
systemctl --user enable old-style.service 2> ${out}/enable.log
systemd-analyze --user verify --man=no ${root}/etc/systemd/user/signage-kiosk.service > ${out}/verify.log 2>&1; echo $? > ${out}/verify.status
env ${sessionEnv} /usr/local/bin/signage-kiosk-session > ${out}/session.log 2>&1; echo $? > ${out}/session.status
for i in $(seq 100); do [ -f ${out}/chromium.0.args ] && break; sleep 0.1; done
sleep 1
if [ ${restart ? 1 : 0} = 1 ]; then
  pid=$(systemctl --user show -p MainPID --value signage-kiosk.service)
  [ "\${pid:-0}" -gt 1 ] && kill -9 "$pid"
  for i in $(seq 150); do [ -f ${out}/chromium.1.args ] && break; sleep 0.1; done
  systemctl --user show -p NRestarts --value signage-kiosk.service > ${out}/restarts
fi
for unit in signage-kiosk.service graphical-session.target old-style.service; do
  echo "$unit $(systemctl --user is-active $unit)" >> ${out}/states
done
systemctl --user show -p After -p Wants -p Requires -p PartOf -p WantedBy signage-kiosk.service > ${out}/deps
systemctl --user stop signage-kiosk.service
systemctl --user exit
wait $manager
`;
  const result = spawnSync('unshare', ['--mount', '--propagation', 'private', '/bin/bash', '-c', script], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
  });
  const file = (name: string) => (existsSync(join(out, name)) ? readFileSync(join(out, name), 'utf8') : '');
  return { result, file, out };
}

describe.skipIf(!canNamespace)(
  'the player under a real user systemd that never reaches graphical-session.target',
  { timeout: 60_000 },
  () => {
    it('labwc/wayfire: the session autostart starts the player on Wayland, and systemd restarts it after a crash', () => {
      const root = tempRoot();
      piHome(root);
      install(root, URL_1);
      const { result, file } = bootUserManager(root, { WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0', XDG_SESSION_TYPE: 'wayland' }, true);
      expect(result.status, `${result.stderr}\n${file('manager.log')}`).toBe(0);
      expect(file('verify.log')).toBe('');
      expect(file('verify.status').trim()).toBe('0');
      expect(file('session.status').trim()).toBe('0');
      const args = file('chromium.0.args').trim().split('\n');
      expect(args).toContain('--ozone-platform=wayland');
      expect(args).toContain('--kiosk');
      expect(args[args.length - 1]).toBe(URL_1);
      expect(file('chromium.0.env')).toMatch(/^WAYLAND_DISPLAY=wayland-0$/m);
      // Killed: back within RestartSec, with the same flags.
      expect(file('chromium.1.args')).toBe(file('chromium.0.args'));
      expect(file('restarts').trim()).toBe('1');
      expect(file('states')).toBe('signage-kiosk.service active\ngraphical-session.target inactive\nold-style.service inactive\n');
      expect(file('deps')).not.toMatch(/graphical-session/);
    });

    it('X11 (Debian 12, LXDE): the XDG autostart hands over DISPLAY and XAUTHORITY, and the player starts on X11', () => {
      const root = tempRoot();
      install(root, URL_1);
      const { result, file } = bootUserManager(root, { DISPLAY: ':0', XAUTHORITY: '/home/pi/.Xauthority', XDG_SESSION_TYPE: 'x11' }, false);
      expect(result.status, `${result.stderr}\n${file('manager.log')}`).toBe(0);
      const args = file('chromium.0.args').trim().split('\n');
      expect(args).toContain('--ozone-platform=x11');
      expect(file('chromium.0.env')).toMatch(/^XAUTHORITY=\/home\/pi\/.Xauthority$/m);
      expect(file('chromium.0.env')).not.toMatch(/^WAYLAND_DISPLAY=/m);
      expect(file('states')).toMatch(/^signage-kiosk.service active$/m);
    });
  },
);
