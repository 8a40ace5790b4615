/**
 * deploy/install-server.sh against a temporary root, with a small stand-in build: upgrades and
 * rollbacks never touch what staff published, a second run of the same build changes nothing,
 * nginx's configuration is checked (with the real `nginx -t` where nginx is installed) before
 * anything is switched, and a server installed the old way moves into the new layout with its
 * content. test/e2e/install-server.test.ts serves the real build through it over HTTP.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { findNginx, startNginx } from '../e2e/nginx';
import { runTool } from './publishing-server';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

const hasNginx = findNginx() !== undefined;
const asRoot = process.getuid?.() === 0;
/** Debian's nginx user, if this system has it. */
const wwwData = (() => {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('www-data:'));
  return line ? { uid: Number(line.split(':')[2]), gid: Number(line.split(':')[3]) } : undefined;
})();
if (!hasNginx) {
  const message = 'install-server tests: no nginx (apt-get install nginx), so `nginx -t` is not exercised.';
  if (process.env.CI === 'true') throw new Error(`${message} CI=true, so this is a failure.`);
  console.warn(message);
}

/** A stand-in for dist/: the files the installer looks at, marked with the build's name. */
function fakeBuild(name: string): string {
  const dir = temp(`signage-dist-${name}-`);
  const files: Record<string, string> = {
    'index.html': `<!doctype html><title>${name}</title>`,
    'preview.html': `<!doctype html><title>preview ${name}</title>`,
    'sw.js': `// worker ${name}`,
    'favicon.ico': 'ico',
    [`assets/index-${name}.js`]: `console.log(${JSON.stringify(name)})`,
    'content/bundle.json': `{"version":"default ${name}"}`,
    'content/default-bundle.json': `{"version":"default ${name}"}`,
    'content/schema.json': `{"title":"schema ${name}"}`,
    'content/media/default-picture.svg': `<svg>${name}</svg>`,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A temporary root with a main nginx.conf that includes the root's sites-enabled, for `nginx -t`. */
function serverRoot(): string {
  const root = temp('signage-server-root-');
  mkdirSync(join(root, 'etc/nginx/conf.d'), { recursive: true });
  writeFileSync(
    join(root, 'etc/nginx/nginx.conf'),
    `pid ${root}/nginx.pid;
error_log ${root}/nginx-error.log warn;
events { worker_connections 16; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${root}/nginx-body;
  include ${root}/etc/nginx/conf.d/*.conf;
  include ${root}/etc/nginx/sites-enabled/*;
}
`,
  );
  return root;
}

function installServer(root: string, ...args: string[]) {
  const result = spawnSync('/bin/bash', ['deploy/install-server.sh', '--root', root, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH! },
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const WWW = 'var/www/signage';
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const live = (root: string) => readlinkSync(join(root, WWW));
const releases = (root: string) => readdirSync(join(root, 'var/www/signage-releases')).sort();

/** Every file (bytes) and link (target) under a folder. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) files[relative(dir, path)] = `-> ${readlinkSync(path)}`;
      else if (stat.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'base64');
    }
  };
  walk(dir);
  return files;
}

/** What staff publish, the way the publishing page (issue 15) and the fleet (issue 16) will. */
function publish(root: string) {
  const content = join(root, WWW, 'content');
  // Replaced in place through /var/www/signage/content, as README's step 3 says…
  writeFileSync(join(content, 'bundle.json'), '{"version":"published by staff, first"}');
  // …and by writing a new file and renaming it over the old one, as a publishing tool would.
  writeFileSync(join(content, '.bundle.json.new'), '{"version":"published by staff"}');
  renameSync(join(content, '.bundle.json.new'), join(content, 'bundle.json'));
  mkdirSync(join(content, 'media'), { recursive: true });
  writeFileSync(join(content, 'media/hoi-nghi.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
  writeFileSync(join(content, 'media/default-picture.svg'), '<svg>edited by staff</svg>');
  mkdirSync(join(content, 'history'), { recursive: true });
  writeFileSync(join(content, 'history/2026-11-27T08-00.json'), '{"version":"an older one"}');
  mkdirSync(join(content, 'drafts'), { recursive: true });
  writeFileSync(join(content, 'drafts/next.json'), '{"version":"draft"}');
  mkdirSync(join(root, WWW, 'fleet'), { recursive: true });
  writeFileSync(join(root, WWW, 'fleet/lobby-1.json'), '{"seen":"2026-11-27T08:00:00Z"}');
  mkdirSync(join(root, 'etc/nginx/signage'), { recursive: true });
  writeFileSync(join(root, 'etc/nginx/signage/staff.htpasswd'), 'staff:$apr1$x$y\n');
  return published(root);
}

/** The published folders, read through /var/www/signage as nginx reads them. */
function published(root: string): Record<string, string> {
  const at = (dir: string) => Object.entries(snapshot(join(root, WWW, dir))).map(([path, value]) => [`${dir}/${path}`, value]);
  return Object.fromEntries([...at('content'), ...at('fleet')]);
}

describe('install-server.sh', () => {
  it('a first install: the build behind an atomic link, the default content seeded, nginx checked', () => {
    const root = serverRoot();
    const one = fakeBuild('one');
    const result = installServer(root, '--dist', one);
    expect(result.status, result.err).toBe(0);
    expect(live(root)).toMatch(/^signage-releases\/0001-\d{8}T\d{6}Z\/www$/);
    expect(read(root, `${WWW}/index.html`)).toContain('<title>one</title>');
    expect(readlinkSync(join(root, WWW, 'content'))).toBe('../../../signage-data/content');
    expect(readlinkSync(join(root, WWW, 'fleet'))).toBe('../../../signage-data/fleet');
    expect(read(root, `${WWW}/content/bundle.json`)).toBe('{"version":"default one"}');
    expect(read(root, `${WWW}/content/media/default-picture.svg`)).toBe('<svg>one</svg>');
    expect(read(root, 'etc/nginx/sites-available/signage')).toBe(read('.', 'deploy/nginx.conf'));
    expect(readlinkSync(join(root, 'etc/nginx/sites-enabled/signage'))).toBe('../sites-available/signage');
    expect(result.out).toMatch(/seeded +\/var\/www\/signage-data\/content\/bundle.json/);
    expect(result.out).toMatch(hasNginx ? /checked +nginx -t/ : /skipped +nginx -t/);
    expect(result.out).toMatch(/skipped +nginx reload \(--root\)/);
    expect(result.out).toMatch(/0001-\S+ is live/);
  });

  it('install, publish, upgrade: every published byte, picture, draft, history and fleet file stays; the new build serves', () => {
    const root = serverRoot();
    const [one, two] = [fakeBuild('one'), fakeBuild('two')];
    expect(installServer(root, '--dist', one).status).toBe(0);
    const before = publish(root);
    const upgrade = installServer(root, '--dist', two);
    expect(upgrade.status, upgrade.err).toBe(0);
    expect(live(root)).toMatch(/^signage-releases\/0002-/);
    expect(read(root, `${WWW}/index.html`)).toContain('<title>two</title>');
    expect(existsSync(join(root, WWW, 'assets/index-one.js'))).toBe(false);
    // What staff published: byte for byte. What the build owns: the new build's.
    const after = published(root);
    for (const path of Object.keys(before).filter((path) => !/default-bundle|schema/.test(path))) {
      expect(after[path], path).toBe(before[path]);
    }
    expect(read(root, `${WWW}/content/bundle.json`)).toBe('{"version":"published by staff"}');
    expect(read(root, `${WWW}/content/media/default-picture.svg`)).toBe('<svg>edited by staff</svg>');
    expect(read(root, `${WWW}/content/default-bundle.json`)).toBe('{"version":"default two"}');
    expect(read(root, `${WWW}/content/schema.json`)).toBe('{"title":"schema two"}');
    expect(read(root, 'etc/nginx/signage/staff.htpasswd')).toBe('staff:$apr1$x$y\n');
    expect(upgrade.out).not.toMatch(/seeded/);
    expect(upgrade.out).toMatch(/--rollback would serve 0001-/);
  });

  it('creates the password folder and its three empty files, and gives the data folders to www-data; never touches them after', () => {
    const root = serverRoot();
    const result = installServer(root, '--dist', fakeBuild('one'));
    expect(result.status, result.err).toBe(0);
    const passwords = join(root, 'etc/nginx/signage');
    expect(statSync(passwords).mode & 0o777).toBe(0o750);
    for (const name of ['staff', 'publishers', 'screens']) {
      const file = join(passwords, `${name}.htpasswd`);
      expect(read(root, `etc/nginx/signage/${name}.htpasswd`)).toBe('');
      expect(statSync(file).mode & 0o777, name).toBe(0o640);
      if (asRoot && wwwData) expect(statSync(file).gid, name).toBe(wwwData.gid);
      expect(result.out).toContain(
        `created    /etc/nginx/signage/${name}.htpasswd (empty: add users with npm run users -- add NAME --role …)`,
      );
    }
    for (const dir of ['content', 'content/drafts', 'content/history', 'content/media', 'fleet']) {
      const path = join(root, 'var/www/signage-data', dir);
      expect(statSync(path).isDirectory(), dir).toBe(true);
      if (asRoot && wwwData) expect(statSync(path).uid, dir).toBe(wwwData.uid);
    }
    if (asRoot && wwwData) expect(result.out).toMatch(/owned +\d+ folder\(s\) under \/var\/www\/signage-data by www-data/);
    else expect(result.out).toMatch(/skipped +giving the data folders to www-data/);
    // Users added, a file made by hand: an upgrade leaves them as they are.
    writeFileSync(join(passwords, 'staff.htpasswd'), 'amy:$7$hash\n');
    rmSync(join(passwords, 'screens.htpasswd'));
    const again = installServer(root, '--dist', fakeBuild('two'));
    expect(again.status, again.err).toBe(0);
    expect(read(root, 'etc/nginx/signage/staff.htpasswd')).toBe('amy:$7$hash\n');
    expect(again.out).not.toMatch(/created +\/etc\/nginx\/signage\/staff/);
    expect(again.out).toMatch(/created +\/etc\/nginx\/signage\/screens\.htpasswd/);
    expect(again.out).not.toMatch(/ owned /);
  });

  it.skipIf(!hasNginx || !asRoot || !wwwData)(
    'as installed, nginx running as www-data publishes: users added with npm run users, content:publish, a screen report',
    async () => {
      const root = serverRoot();
      chmodSync(root, 0o755); // a temporary folder is the root's alone; /var is not
      expect(installServer(root, '--dist', fakeBuild('one')).status).toBe(0);
      const passwords = join(root, 'etc/nginx/signage');
      expect(runTool('users', ['add', 'alice', '--role', 'publisher', '--dir', passwords], { input: 'alice-publisher-pw\n' }).status).toBe(
        0,
      );
      expect(
        runTool('users', ['add', 'lobby-1', '--role', 'screen', '--dir', passwords], { input: 'lobby-1-screen-key-of-20-plus\n' }).status,
      ).toBe(0);
      // The files the installer made keep their group: nginx's workers (www-data) read them.
      expect(statSync(join(passwords, 'publishers.htpasswd')).gid).toBe(wwwData!.gid);
      const nginx = await startNginx(join(root, WWW), { users: passwords, user: 'www-data' });
      try {
        const bundle = readFileSync('test/fixtures/minimal.json', 'utf8');
        const published = runTool('content-publish', ['test/fixtures/minimal.json', '--server', nginx.url], {
          env: { SIGNAGE_USER: 'alice', SIGNAGE_PASSWORD: 'alice-publisher-pw' },
        });
        expect(published.status, published.out + published.err).toBe(0);
        expect(read(root, 'var/www/signage-data/content/bundle.json')).toBe(bundle);
        const history = readdirSync(join(root, 'var/www/signage-data/content/history'));
        expect(history).toHaveLength(4);
        for (const name of history) expect(statSync(join(root, 'var/www/signage-data/content/history', name)).uid).toBe(wwwData!.uid);
        const report = await fetch(new URL('fleet/lobby-1/status.json', nginx.url), {
          method: 'PUT',
          body: '{"ok":true}',
          headers: { Authorization: `Basic ${Buffer.from('lobby-1:lobby-1-screen-key-of-20-plus').toString('base64')}` },
        });
        expect(report.status).toBe(201);
        expect(read(root, 'var/www/signage-data/fleet/lobby-1/status.json')).toBe('{"ok":true}');
        // Why the installer gives the folders to www-data: without it, nginx cannot write.
        chownSync(join(root, 'var/www/signage-data/content/drafts'), 0, 0);
        const draft = await fetch(new URL('content/drafts/plan.json', nginx.url), {
          method: 'PUT',
          body: '{}',
          headers: { Authorization: `Basic ${Buffer.from('alice:alice-publisher-pw').toString('base64')}` },
        });
        expect(draft.status).toBe(500);
        // …and the next run of the installer puts it right.
        expect(installServer(root, '--dist', fakeBuild('one')).out).toMatch(/owned +1 folder\(s\)/);
        const again = await fetch(new URL('content/drafts/plan.json', nginx.url), {
          method: 'PUT',
          body: '{}',
          headers: { Authorization: `Basic ${Buffer.from('alice:alice-publisher-pw').toString('base64')}` },
        });
        expect(again.status).toBe(201);
      } finally {
        await nginx.stop();
      }
    },
    60_000,
  );

  it('the same build twice: nothing changes, no new release', () => {
    const root = serverRoot();
    const one = fakeBuild('one');
    installServer(root, '--dist', one);
    publish(root);
    const before = snapshot(join(root, 'var/www'));
    const again = installServer(root, '--dist', one);
    expect(again.status).toBe(0);
    expect(again.out).toMatch(/unchanged +this build is already live/);
    expect(again.out).not.toMatch(/ (wrote|staged|switched|updated|seeded) /);
    expect(snapshot(join(root, 'var/www'))).toEqual(before);
    expect(releases(root)).toHaveLength(1);
  });

  it('--rollback serves the previous build and its own default content, and leaves the published content alone', () => {
    const root = serverRoot();
    const [one, two] = [fakeBuild('one'), fakeBuild('two')];
    installServer(root, '--dist', one);
    installServer(root, '--dist', two);
    publish(root);
    const bundle = read(root, `${WWW}/content/bundle.json`);
    const back = installServer(root, '--rollback');
    expect(back.status, back.err).toBe(0);
    expect(live(root)).toMatch(/^signage-releases\/0001-/);
    expect(read(root, `${WWW}/index.html`)).toContain('<title>one</title>');
    expect(read(root, `${WWW}/content/default-bundle.json`)).toBe('{"version":"default one"}');
    expect(read(root, `${WWW}/content/bundle.json`)).toBe(bundle);
    expect(read(root, `${WWW}/fleet/lobby-1.json`)).toContain('seen');
    // Nothing older: it says so and changes nothing.
    const none = installServer(root, '--rollback');
    expect(none.status).toBe(1);
    expect(none.err).toMatch(/nothing to roll back to/);
    expect(live(root)).toMatch(/^signage-releases\/0001-/);
    // An upgrade after a rollback is a new release, the newest.
    expect(installServer(root, '--dist', two).status).toBe(0);
    expect(live(root)).toMatch(/^signage-releases\/0003-/);
  });

  it.skipIf(!hasNginx)('a configuration nginx -t refuses: nothing is switched, the previous site file is put back', () => {
    const root = serverRoot();
    const [one, two] = [fakeBuild('one'), fakeBuild('two')];
    installServer(root, '--dist', one);
    const liveBefore = live(root);
    const local = '# a local change\n' + read(root, 'etc/nginx/sites-available/signage');
    writeFileSync(join(root, 'etc/nginx/sites-available/signage'), local);
    writeFileSync(join(root, 'etc/nginx/conf.d/broken.conf'), 'this is not nginx;\n');
    const refused = installServer(root, '--dist', two);
    expect(refused.status).toBe(1);
    expect(refused.err).toMatch(/not valid.*nothing was switched/);
    expect(live(root)).toBe(liveBefore);
    expect(read(root, `${WWW}/index.html`)).toContain('<title>one</title>');
    expect(read(root, `${WWW}/content/default-bundle.json`)).toBe('{"version":"default one"}');
    expect(read(root, 'etc/nginx/sites-available/signage')).toBe(local);
    expect(releases(root)).toHaveLength(1);
    // Fixed: the upgrade goes through, and the replaced site file is kept aside.
    rmSync(join(root, 'etc/nginx/conf.d/broken.conf'));
    const fixed = installServer(root, '--dist', two);
    expect(fixed.status, fixed.err).toBe(0);
    const aside = readdirSync(join(root, 'etc/nginx/sites-available')).filter((name) => name.startsWith('signage.replaced-'));
    expect(aside).toHaveLength(1);
    expect(read(root, `etc/nginx/sites-available/${aside[0]}`)).toBe(local);
  });

  it('a server installed the old way (dist/ copied into /var/www/signage) moves into the layout with its content', () => {
    const root = serverRoot();
    const [one, two] = [fakeBuild('one'), fakeBuild('two')];
    cpSync(one, join(root, WWW), { recursive: true });
    const before = publish(root);
    const moved = installServer(root, '--dist', two);
    expect(moved.status, moved.err).toBe(0);
    expect(moved.out).toMatch(/is a plain folder/);
    expect(read(root, `${WWW}/index.html`)).toContain('<title>two</title>');
    const after = published(root);
    for (const path of Object.keys(before).filter((path) => !/default-bundle|schema/.test(path))) {
      expect(after[path], path).toBe(before[path]);
    }
    expect(Object.keys(after)).toContain('content/history/2026-11-27T08-00.json');
    // The old copy is kept as a release: --rollback serves it, with today's content.
    expect(releases(root)).toEqual([expect.stringMatching(/^0001-.*-previous$/), expect.stringMatching(/^0002-/)]);
    expect(installServer(root, '--rollback').status).toBe(0);
    expect(read(root, `${WWW}/index.html`)).toContain('<title>one</title>');
    expect(read(root, `${WWW}/content/bundle.json`)).toBe('{"version":"published by staff"}');
    expect(read(root, `${WWW}/content/default-bundle.json`)).toBe('{"version":"default one"}');
  });

  it('keeps --keep builds, and never the live one or the one installed before it (the one --rollback serves)', () => {
    const root = serverRoot();
    for (const name of ['a', 'b', 'c', 'd']) expect(installServer(root, '--keep', '2', '--dist', fakeBuild(name)).status).toBe(0);
    expect(releases(root).map((id) => id.slice(0, 4))).toEqual(['0003', '0004']);
    expect(installServer(root, '--rollback').status).toBe(0);
    expect(installServer(root, '--keep', '2', '--dist', fakeBuild('e')).status).toBe(0);
    // Live 0005 and 0004, installed before it, for --rollback; 0003 is beyond the two kept.
    expect(releases(root).map((id) => id.slice(0, 4))).toEqual(['0004', '0005']);
    expect(statSync(join(root, WWW, 'index.html')).isFile()).toBe(true);
  });

  it('refuses a folder that is not a build, and says what to do', () => {
    const root = serverRoot();
    const empty = temp('signage-not-a-build-');
    const result = installServer(root, '--dist', empty);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/not a build of this app: index.html is missing/);
    expect(installServer(root, '--dist', join(empty, 'nope')).err).toMatch(/npm run build/);
  });
});
