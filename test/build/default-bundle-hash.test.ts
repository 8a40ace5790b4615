import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultBundleHash } from '../../src/build/default-bundle-hash';
import { textHash } from '../../src/content/text-hash';

const VALIDATE = resolve('src/content/validate.ts');

/** The define the plugin gives a build (or the dev server) of `file`. */
async function defineFor(file: string, command: 'build' | 'serve'): Promise<unknown> {
  const plugin = defaultBundleHash(file, VALIDATE);
  const config = plugin.config as unknown as (config: object, env: { command: string }) => Promise<{ define: Record<string, string> }>;
  return (await config({}, { command })).define.__DEFAULT_BUNDLE_HASH__;
}

describe('the built-in bundle, checked at build', () => {
  it('a bundle the checker accepts: the hash of its bytes goes into the build', async () => {
    const text = readFileSync('content/bundle.json', 'utf8');
    expect(await defineFor(resolve('content/bundle.json'), 'build')).toBe(JSON.stringify(textHash(text)));
  }, 30_000);

  it('one it refuses, or the dev server: no hash, so the screens check it as any other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'default-bundle-'));
    const broken = join(dir, 'bundle.json');
    writeFileSync(
      broken,
      readFileSync('content/bundle.json', 'utf8').replace('"timeZone": "Asia/Ho_Chi_Minh"', '"timeZone": "Mars/Olympus"'),
    );
    expect(await defineFor(broken, 'build')).toBe('""');
    expect(await defineFor(resolve('content/bundle.json'), 'serve')).toBe('""');
  }, 30_000);
});
