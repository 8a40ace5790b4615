import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteHasher, textHash } from '../../src/content/text-hash';

describe('textHash', () => {
  it('is the same fed whole or in pieces (as a response arrives), and names the length in bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array(), fc.nat(), (bytes, cut) => {
        const at = bytes.length === 0 ? 0 : cut % bytes.length;
        const whole = new ByteHasher().update(bytes).digest();
        expect(new ByteHasher().update(bytes.subarray(0, at)).update(bytes.subarray(at)).digest()).toBe(whole);
      }),
    );
    // "Đảng" is 7 bytes of UTF-8.
    expect(textHash('Đảng')).toMatch(/^7:[0-9a-f]{16}$/);
  });

  it('tells texts apart, even one character or one diacritic away', () => {
    const texts = ['ĐẢNG CỘNG SẢN', 'ĐÁNG CỘNG SÁN', 'ĐẢNG CỘNG SẢn', '', ' '];
    expect(new Set(texts.map(textHash)).size).toBe(texts.length);
  });
});
