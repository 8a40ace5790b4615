/**
 * deploy/install-server.sh with the real build, served by Debian's nginx with deploy/nginx.conf:
 * install, publish, upgrade to a new build, roll back, over HTTP, and the player in Chromium plays
 * the published content from the installed layout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appAttributes, DIST, hasChromium, launch, READY, type Session } from './harness';
import { findNginx, startNginx, type Nginx } from './nginx';

const hasNginx = findNginx() !== undefined;

describe.skipIf(!hasChromium || !hasNginx)('install-server.sh, served by nginx', () => {
  let root: string;
  let nginx: Nginx;
  let session: Session;
  const made: string[] = [];

  function installServer(...args: string[]) {
    const result = spawnSync('/bin/bash', ['deploy/install-server.sh', '--root', root, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH! },
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    return result.stdout;
  }
  const get = async (path: string) => {
    const response = await fetch(new URL(path, nginx.url));
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'signage-installed-'));
    made.push(root);
    installServer('--dist', DIST);
    nginx = await startNginx(join(root, 'var/www/signage'));
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
    await nginx?.stop();
    made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('install, publish, upgrade, roll back: the published bytes are served throughout, each build in turn', async () => {
    const builtBundle = readFileSync(join(DIST, 'content/bundle.json'), 'utf8');
    expect(await get('/content/bundle.json')).toEqual({ status: 200, text: builtBundle });
    const firstIndex = (await get('/')).text;
    expect(firstIndex).toContain('<signage-app>');

    // Staff publish a bundle, a picture and a history entry; the fleet reports in.
    const published = builtBundle.replace('"version": "2020-02-10.1"', '"version": "published-1"');
    expect(published).not.toBe(builtBundle);
    const content = join(root, 'var/www/signage/content');
    writeFileSync(join(content, 'bundle.json'), published);
    mkdirSync(join(content, 'media'), { recursive: true });
    writeFileSync(join(content, 'media/hoi-nghi.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    mkdirSync(join(content, 'history'), { recursive: true });
    writeFileSync(join(content, 'history/1.json'), builtBundle);
    mkdirSync(join(root, 'var/www/signage/fleet'), { recursive: true });
    writeFileSync(join(root, 'var/www/signage/fleet/lobby-1.json'), '{"ok":true}');

    // A new build: the same app with a marker, and different default content of its own.
    const next = mkdtempSync(join(tmpdir(), 'signage-dist-next-'));
    made.push(next);
    cpSync(DIST, next, { recursive: true });
    writeFileSync(
      join(next, 'index.html'),
      readFileSync(join(DIST, 'index.html'), 'utf8').replace('</body>', '<!-- next build --></body>'),
    );
    const nextDefault = builtBundle.replace('"version": "2020-02-10.1"', '"version": "next-default"');
    writeFileSync(join(next, 'content/bundle.json'), nextDefault);
    writeFileSync(join(next, 'content/default-bundle.json'), nextDefault);

    expect(installServer('--dist', next)).toMatch(/0002-\S+ is live/);
    expect((await get('/')).text).toContain('<!-- next build -->');
    expect(await get('/content/bundle.json')).toEqual({ status: 200, text: published });
    expect((await get('/content/default-bundle.json')).text).toBe(nextDefault);
    expect((await get('/content/media/hoi-nghi.svg')).status).toBe(200);
    // History and screen reports are for signed-in staff only (deploy/nginx.conf): anonymous, 401;
    // the bytes are still there, through the new build's links.
    expect((await get('/content/history/1.json')).status).toBe(401);
    expect((await get('/fleet/lobby-1.json')).status).toBe(401);
    expect(readFileSync(join(root, 'var/www/signage/content/history/1.json'), 'utf8')).toBe(builtBundle);
    expect(readFileSync(join(root, 'var/www/signage/fleet/lobby-1.json'), 'utf8')).toBe('{"ok":true}');

    // The player, from the installed layout, plays what staff published.
    const page = await session.context.newPage();
    await page.goto(nginx.url);
    await page.waitForSelector(READY, { timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('signage-app')!.getAttribute('content-version') === 'published-1', undefined, {
      timeout: 15_000,
    });
    expect((await appAttributes(page))['content-source']).toBe('network');
    await page.close();

    expect(installServer('--rollback')).toMatch(/rolling back from 0002-\S+ to 0001-/);
    expect((await get('/')).text).toBe(firstIndex);
    expect((await get('/content/default-bundle.json')).text).toBe(builtBundle);
    expect(await get('/content/bundle.json')).toEqual({ status: 200, text: published });
    expect(readFileSync(join(root, 'var/www/signage/fleet/lobby-1.json'), 'utf8')).toBe('{"ok":true}');
  });
});
