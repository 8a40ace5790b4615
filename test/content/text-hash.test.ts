import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TextHasher, textHash } from '../../src/content/text-hash';

describe('textHash', () => {
  it('is the same fed whole or in pieces, and names the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), (text, cut) => {
        const at = text.length === 0 ? 0 : cut % text.length;
        expect(new TextHasher().update(text.slice(0, at)).update(text.slice(at)).digest()).toBe(textHash(text));
      }),
    );
    expect(textHash('Đảng')).toMatch(/^4:[0-9a-f]{16}$/);
  });

  it('tells texts apart, even one character or one diacritic away', () => {
    const texts = ['ĐẢNG CỘNG SẢN', 'ĐÁNG CỘNG SÁN', 'ĐẢNG CỘNG SẢn', '', ' '];
    expect(new Set(texts.map(textHash)).size).toBe(texts.length);
  });
});
