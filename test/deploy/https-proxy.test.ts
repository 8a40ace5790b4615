/**
 * README's HTTPS server block, taken from README as written, in front of deploy/nginx.conf, both in
 * Debian's real nginx, with a certificate made here by openssl: publishing works through it, the
 * upload limit is the site's, and a client cannot choose the address the sign-in limit counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { request } from 'node:https';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx, startNginxSite, type Nginx } from '../e2e/nginx';
import { ACCOUNTS, basic, hasNginx, requireNginx, runTool, temporary, writeTree, writeUsers, type Account } from './publishing-server';

requireNginx('HTTPS proxy tests');
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
if (!hasOpenssl) {
  const message = 'HTTPS proxy tests: no openssl (apt-get install openssl) to make a certificate, so they are skipped.';
  if (process.env.CI === 'true') throw new Error(`${message} CI=true, so this is a failure.`);
  console.warn(message);
}

/** The ```nginx block of README that listens on 443. */
function readmeHttpsServer(): string {
  const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```nginx\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const block = blocks.find((text) => /listen 443 ssl;/.test(text));
  if (!block) throw new Error('README has no ```nginx block with "listen 443 ssl;"');
  return block;
}

describe.skipIf(!hasNginx || !hasOpenssl)("README's HTTPS server in front of the site", { timeout: 120_000 }, () => {
  const made: string[] = [];
  let site: Nginx;
  let proxy: Nginx;
  let root: string;
  let certificate: string;

  beforeAll(async () => {
    root = temporary('signage-https-root-', made);
    writeTree(root, { 'index.html': '<!doctype html>', 'content/bundle.json': readFileSync('test/fixtures/minimal.json', 'utf8') });
    // The shipped sign-in rate: these tests make few requests, and one of them is about the limit.
    site = await startNginx(root, { users: writeUsers(temporary('signage-https-users-', made)) });
    const keys = temporary('signage-https-keys-', made);
    certificate = join(keys, 'cert.pem');
    const made509 = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(keys, 'key.pem'),
        '-out',
        certificate,
      ],
      { encoding: 'utf8' },
    );
    expect(made509.status, made509.stderr).toBe(0);
    const backend = new URL(site.url).port;
    proxy = await startNginxSite(
      (port) => {
        const text = readmeHttpsServer()
          .replace('listen 443 ssl;', `listen 127.0.0.1:${port} ssl;`)
          .replace(/ssl_certificate +\S+;/, `ssl_certificate ${certificate};`)
          .replace(/ssl_certificate_key +\S+;/, `ssl_certificate_key ${join(keys, 'key.pem')};`)
          .replace('proxy_pass http://127.0.0.1:8080;', `proxy_pass http://127.0.0.1:${backend};`);
        expect(text).toContain(`proxy_pass http://127.0.0.1:${backend};`);
        return text;
      },
      { scheme: 'https' },
    );
  });
  afterAll(async () => {
    await proxy?.stop();
    await site?.stop();
    made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  function put(
    path: string,
    account: Account | undefined,
    body: Uint8Array | string,
    headers: Record<string, string> = {},
  ): Promise<number> {
    const { port } = new URL(proxy.url);
    const data = typeof body === 'string' ? Buffer.from(body) : body;
    return new Promise((resolve, reject) => {
      const outgoing = request(
        {
          host: '127.0.0.1',
          port: Number(port),
          method: 'PUT',
          path,
          ca: readFileSync(certificate),
          agent: false,
          headers: {
            ...headers,
            'Content-Length': String(data.length),
            Expect: '100-continue',
            ...(account ? { Authorization: basic(account) } : {}),
          },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      outgoing.on('continue', () => outgoing.end(data));
      outgoing.on('error', reject);
    });
  }

  it('content:publish through HTTPS: no warning about passwords, the bundle live behind it', () => {
    const next = join(temporary('signage-https-files-', made), 'next.json');
    const text = readFileSync('test/fixtures/minimal.json', 'utf8').replace('"version": "test-1"', '"version": "over-https"');
    writeFileSync(next, text);
    const result = runTool('content-publish', [next, '--server', proxy.url], {
      env: { SIGNAGE_USER: ACCOUNTS.publisher.user, SIGNAGE_PASSWORD: ACCOUNTS.publisher.password, NODE_EXTRA_CA_CERTS: certificate },
    });
    expect(result.status, result.out + result.err).toBe(0);
    expect(result.err).not.toMatch(/plain HTTP/);
    expect(readFileSync(join(root, 'content/bundle.json'), 'utf8')).toBe(text);
  });

  it("uploads up to the site's 50 MB pass the proxy; beyond, 413", async () => {
    expect(await put('/content/media/clip.mp4', ACCOUNTS.editor, new Uint8Array(20 * 1024 * 1024))).toBe(201);
    expect(await put('/content/media/big.mp4', ACCOUNTS.editor, new Uint8Array(50 * 1024 * 1024 + 1))).toBe(413);
  });

  it('the sign-in limit counts the client behind the proxy, and a client cannot pick another address for itself', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 60; attempt++) {
      // A different made-up address each time: the proxy replaces it with the real one.
      statuses.push(
        await put('/content/bundle.json', { user: 'alice', password: 'guess' }, 'x', { 'X-Forwarded-For': `10.0.${attempt}.1` }),
      );
    }
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(10);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
  });
});
