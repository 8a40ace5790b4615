/** Fetching a bundle: the same refused file is not checked twice; a file declared far too large is not read. */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fetchBundle } from '../../src/content/load';
// Every bundle the player fetches goes through this door (the quick check, the full one behind it).
import * as door from '../../src/content/quick-check';
import { textHash } from '../../src/content/text-hash';

const good = readFileSync('content/bundle.json', 'utf8');
const broken = good.replace('"timeZone": "Asia/Ho_Chi_Minh"', '"timeZone": "Mars/Olympus"');

function serve(text: string, headers: Record<string, string> = {}): typeof fetch {
  return (() => Promise.resolve(new Response(text, { status: 200, headers: { ETag: '"v1"', ...headers } }))) as typeof fetch;
}

describe('fetchBundle', () => {
  it('a refused file served again unchanged is refused again without a second check', async () => {
    const check = vi.spyOn(door, 'checkBundleLazily');
    const first = await fetchBundle('http://x/content/bundle.json', {}, serve(broken));
    expect(first.kind).toBe('rejected');
    expect(check).toHaveBeenCalledTimes(1);
    const again = await fetchBundle('http://x/content/bundle.json', {}, serve(broken), 5000, first.kind === 'rejected' ? first : undefined);
    expect(again).toEqual(first);
    expect(check).toHaveBeenCalledTimes(1);
    // A corrected file is checked, and taken.
    const fixed = await fetchBundle('http://x/content/bundle.json', {}, serve(good), 5000, first.kind === 'rejected' ? first : undefined);
    expect(fixed.kind).toBe('updated');
    expect(check).toHaveBeenCalledTimes(2);
    check.mockRestore();
  });

  it('a file the server declares far too large is refused before it is read', async () => {
    const body = new ReadableStream({ pull: () => {} });
    const fetchImpl = (() =>
      Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Length': String(200_000_000) } }))) as typeof fetch;
    const outcome = await fetchBundle('http://x/content/bundle.json', {}, fetchImpl);
    expect(outcome).toMatchObject({
      kind: 'rejected',
      reason: 'line 1:1 : The file is larger than 40 MB: far too large for a content bundle.',
    });
  });

  it('a file with no declared length is read only up to the limit, then refused', async () => {
    let sent = 0;
    const chunk = new Uint8Array(1 << 20).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const outcome = await fetchBundle(
      'http://x/content/bundle.json',
      {},
      (() => Promise.resolve(new Response(endless, { status: 200 }))) as typeof fetch,
      60_000,
    );
    expect(outcome).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('larger than 40 MB') });
    expect(sent).toBeLessThan(45 * (1 << 20));
  });

  it('bytes that are not UTF-8 still reach the checker as U+FFFD, which names them', async () => {
    const bytes = new TextEncoder().encode(good.replace('Chào mừng', 'Ch\u00e0o m\u1eebng'));
    const latin1 = Uint8Array.from([...bytes.slice(0, 200), 0xe0, ...bytes.slice(200)]);
    const outcome = await fetchBundle(
      'http://x/content/bundle.json',
      {},
      (() => Promise.resolve(new Response(latin1, { status: 200 }))) as typeof fetch,
    );
    expect(outcome).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('not saved as UTF-8') });
  });

  it('a 304 counts only when the request named the version on screen', async () => {
    const notModified = (() => Promise.resolve(new Response(null, { status: 304 }))) as typeof fetch;
    expect(await fetchBundle('http://x/content/bundle.json', { etag: '"v1"' }, notModified)).toEqual({ kind: 'unchanged' });
    expect(await fetchBundle('http://x/content/bundle.json', {}, notModified)).toMatchObject({
      kind: 'failed',
      reason: expect.stringContaining('named no version'),
    });
  });

  it('the bytes on screen again under a new ETag are recognised by their hash: no parse, no check', async () => {
    const check = vi.spyOn(door, 'checkBundleLazily');
    const first = await fetchBundle('http://x/content/bundle.json', {}, serve(good));
    expect(first.kind).toBe('updated');
    const hash = first.kind === 'updated' ? first.hash : '';
    expect(hash).toBe(textHash(good));
    expect(check).toHaveBeenCalledTimes(1);
    const again = await fetchBundle('http://x/content/bundle.json', { etag: '"v1"' }, serve(good, { ETag: '"v1-again"' }), 5000, undefined, hash);
    expect(again).toEqual({ kind: 'same', validators: { etag: '"v1-again"', lastModified: undefined }, hash });
    expect(check).toHaveBeenCalledTimes(1);
    check.mockRestore();
  });

  it('an HTML page where the bundle should be is named as such', async () => {
    for (const [body, type] of [
      ['<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>', 'text/html'],
      ['  <html><body>Sign in</body></html>', 'application/octet-stream'],
    ] as const) {
      const outcome = await fetchBundle('http://x/content/bundle.json', {}, serve(body, { 'Content-Type': type }));
      expect(outcome).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('The server sent a web page, not the bundle') });
    }
  });
});
