import { expect, it } from 'vitest';
import { contrast, palette, TEXT_PAIRS } from '../../src/styles/palette';

it('computes WCAG contrast correctly', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});

it.each(TEXT_PAIRS)('%s on %s is at least 7:1 (WCAG AAA)', (text, background) => {
  expect(contrast(palette[text], palette[background])).toBeGreaterThanOrEqual(7);
});
