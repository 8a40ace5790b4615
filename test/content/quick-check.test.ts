import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkBundleLazily, quickCheck } from '../../src/content/quick-check';
import { checkBundle } from '../../src/content/validate';
import { readText } from '../helpers';
import { brokenCases, brokenDir } from '../support/bundle-edits';


describe('the quick check (the player accepts without the position-keeping parser)', () => {
  it('accepts the default bundle with the very output of the full check', () => {
    const text = readText('content/bundle.json');
    const full = checkBundle(text);
    if (!full.ok) throw new Error('default bundle invalid');
    expect(quickCheck(text)).toEqual(full.bundle);
  });

  it.each(brokenCases)('never accepts what the full check refuses: %s', async (name) => {
    const text = readFileSync(new URL(name, brokenDir), 'utf8');
    expect(checkBundle(text).ok).toBe(false);
    expect(quickCheck(text)).toBeUndefined();
    // The lazy door gives the full check's own problems, positions and all.
    expect(await checkBundleLazily(text)).toEqual(checkBundle(text));
  });

  it('refuses what JSON.parse keeps silently: a name twice, a number too large, nesting too deep', () => {
    const text = readText('content/bundle.json');
    const twice = text.replace('{', '{\n  "version": "a",');
    expect(checkBundle(twice).ok).toBe(false);
    expect(quickCheck(twice)).toBeUndefined();
    const huge = text.replace(/"pollSeconds": \d+/, '"pollSeconds": 1e400');
    expect(huge).not.toBe(text);
    expect(quickCheck(huge)).toBeUndefined();
    const deep = text.replace('{', `{\n  "deep": ${'['.repeat(70)}${']'.repeat(70)},`);
    expect(quickCheck(deep)).toBeUndefined();
    // A colon inside a text is not a name: the default bundle's texts hold some.
    expect(text.match(/"[^"]*:[^"]*"/)).not.toBeNull();
  });

  it('reads a file saved with a byte-order mark as the full check does', () => {
    const text = `\ufeff${readText('content/bundle.json')}`;
    const full = checkBundle(text);
    expect(full.ok).toBe(true);
    expect(quickCheck(text)).toEqual(full.bundle);
  });
});
