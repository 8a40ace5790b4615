import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pageBudget } from '../../src/schedule/playlist';
import { paginate } from '../../src/schedule/paginate';

describe('property-based', () => {
  it('pagination never loses or reorders text and respects the budget', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .string({ minLength: 1, maxLength: 900 })
            .map((text) => text.trim())
            .filter((text) => text !== ''),
          { maxLength: 8 },
        ),
        fc.constantFrom(pageBudget('landscape'), pageBudget('portrait'), pageBudget('portrait', 80)),
        (items, budget) => {
          const pages = paginate(items, budget, 4);
          const letters = (texts: string[]) => texts.join('').replace(/\s+/g, '');
          expect(letters(pages.flat().map((part) => part.text))).toBe(letters(items));
          for (const page of pages) {
            expect(page.length).toBeLessThanOrEqual(4);
            expect(page.reduce((sum, part) => sum + part.text.length, 0)).toBeLessThanOrEqual(budget);
          }
        },
      ),
    );
  });
});
