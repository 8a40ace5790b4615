/** The font-size search on a model box: its text's height grows as the square of the size, in steps (whole lines). */
import { describe, expect, it } from 'vitest';
import { fitText } from '../../src/elements/fit-text';
import { countedLayouts } from './layout-model';

function modelBox(clientHeight: number, clientWidth: number, heightAt: (size: number) => number, widthAt: (size: number) => number) {
  const { style, size, layouts } = countedLayouts();
  const box = {
    style,
    clientHeight,
    clientWidth,
    get scrollHeight() {
      return Math.max(clientHeight, heightAt(size()));
    },
    get scrollWidth() {
      return Math.max(clientWidth, widthAt(size()));
    },
  };
  return {
    box: box as unknown as HTMLElement,
    layouts,
    fitsAt: (px: number) => heightAt(px) <= clientHeight + 1 && widthAt(px) <= clientWidth + 1,
  };
}

/** Wrapped text: lines of `lineHeight` × size, as many as the text's width needs. */
const wrapped = (chars: number, width: number) => (size: number) => Math.ceil((chars * size * 0.55) / width) * size * 1.2;

describe('fitText', () => {
  // [characters, box height, box width, layouts at most]: halving [20, 400] to half a pixel takes 1 + 8;
  // the estimate brackets the answer sooner, except when whole lines make it miss (the last case).
  it.each([
    [40, 400, 1600, 8],
    [120, 600, 1600, 8],
    [200, 700, 1000, 7],
    [60, 200, 900, 9],
  ])(
    'finds the largest size that fits (%i characters, %i × %i px box) to half a pixel, in at most %i layouts',
    (chars, height, width, most) => {
      const model = modelBox(height, width, wrapped(chars, width), () => 0);
      const found = fitText(model.box, 20, 400);
      expect(model.fitsAt(found)).toBe(true);
      // Half a pixel larger does not fit (the search's precision; the model grows with the size).
      expect(model.fitsAt(found + 0.5)).toBe(false);
      expect(model.layouts()).toBeLessThanOrEqual(most);
    },
  );

  it('a word wider than the box is fitted by its width; the maximum is kept in one layout when it fits, the minimum when nothing does', () => {
    const word = modelBox(
      1000,
      500,
      () => 100,
      (size) => size * 8,
    );
    expect(fitText(word.box, 10, 200)).toBeGreaterThan(62);
    expect(fitText(word.box, 10, 200)).toBeLessThanOrEqual(62.6);
    const [small, never] = [
      modelBox(
        500,
        500,
        () => 10,
        () => 10,
      ),
      modelBox(
        10,
        10,
        () => 1000,
        () => 1000,
      ),
    ];
    expect(fitText(small.box, 10, 100)).toBe(100);
    expect(small.layouts()).toBe(1);
    expect(fitText(never.box, 10, 100)).toBe(10);
  });
});
