import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPlaylist } from '../../src/schedule/playlist';
import { PAGE_CAPACITY, pageBudget, roomUnder } from '../../src/schedule/page-capacity';
import { LIMITS, type Bundle } from '../../src/content/schema';
import { loadBundle, vn } from '../helpers';
import { pageLength, pagesUnderTitle, paginate } from '../../src/schedule/paginate';

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

/** A cut that reads whole: after a sentence or clause mark, or before a spaced dash or a word that opens a phrase. */
function endsAtBoundary(head: string, tail: string): boolean {
  return (
    /[.;!?…,:]["”)]*$/u.test(head) ||
    /^[–—-]\s/u.test(tail) ||
    /^(?:và|để|nhằm|theo|với|trong|cho|về|tới|tiến tới|của|là|qua|từ|đến|gắn với|lần thứ|nhiệm kỳ|ngày)\s/u.test(tail)
  );
}

describe('pages end at sentence or clause boundaries', () => {
  const bundle = loadBundle();
  // Paged as the playlist pages them: each phase's messages under its whole title on the first page
  // and a one-line running head on the others, each purpose and theme alone.
  const pagesOf = (orientation: 'landscape' | 'portrait') => {
    const { perLine } = PAGE_CAPACITY[orientation];
    return [
      ...bundle.phases.map((phase) => {
        const [first, rest] = [roomUnder(orientation, phase.title.length), pageBudget(orientation, perLine)];
        return { first, rest, pages: pagesUnderTitle(phase.messages, first, rest, perLine * 2, 4, perLine) };
      }),
      ...[...bundle.purposes, ...bundle.themes].map((item) => {
        const budget = pageBudget(orientation);
        return { first: budget, rest: budget, pages: paginate([item.text], budget) };
      }),
    ];
  };

  it('the plan’s texts: every page break falls after a sentence or clause (or at a phrase); "…" only inside a clause longer than a page', () => {
    const cutsInsideClauses = { landscape: 0, portrait: 0 };
    for (const orientation of ['landscape', 'portrait'] as const) {
      const parts = pagesOf(orientation).flatMap(({ pages }) => pages.flat());
      parts.forEach((part, index) => {
        if (!part.continued) return;
        const next = parts[index + 1]!;
        if (part.midClauseAfter) {
          cutsInsideClauses[orientation]++;
          expect(next.midClauseBefore).toBe(true);
        } else
          expect(endsAtBoundary(part.text, next.text), `${orientation}: …${part.text.slice(-40)} | ${next.text.slice(0, 30)}`).toBe(true);
      });
    }
    // Every page ends at a sentence, a clause or a phrase: under a running head even phase 3's longest clause fits a portrait page.
    expect(cutsInsideClauses).toEqual({ landscape: 0, portrait: 0 });
  });

  it('the plan’s texts: a page cut inside a message, but its item’s last, holds at least half its room; a first page only the title', () => {
    let titleAlone = 0;
    for (const orientation of ['landscape', 'portrait'] as const)
      for (const { first, rest, pages } of pagesOf(orientation))
        pages.slice(0, -1).forEach((page, index) => {
          if (index === 0 && page.length === 0) titleAlone++;
          // A page that ends with a whole message may be short: the next message starts a page of its own.
          if (page.at(-1)?.continued !== true) return;
          expect(pageLength(page), `${orientation} page ${index + 1}: ${page.map((part) => part.text).join(' | ')}`).toBeGreaterThanOrEqual(
            (index === 0 ? first : rest) / 2,
          );
        });
    // The plan's phase titles leave room under them for their first messages.
    expect(titleAlone).toBe(0);
  });

  it('property: sentences and clauses no longer than a page are never cut inside', () => {
    const word = fc.constantFrom('Đảng', 'bộ', 'đại', 'hội', 'tuyên', 'truyền', 'nhiệm', 'kỳ', 'XIII', '2020-2025', 'Thanh', 'Hóa');
    const clause = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
    const sentence = fc.array(clause, { minLength: 1, maxLength: 4 }).map((clauses) => `${clauses.join(', ')}.`);
    const text = fc.array(sentence, { minLength: 1, maxLength: 12 }).map((sentences) => sentences.join(' '));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(pageBudget('landscape'), pageBudget('portrait')),
        (items, budget) => {
          const parts = paginate(items, budget, 4).flat();
          parts.forEach((part, index) => {
            if (!part.continued) return;
            expect(part.midClauseAfter).toBeUndefined();
            expect(endsAtBoundary(part.text, parts[index + 1]!.text)).toBe(true);
          });
        },
      ),
    );
  });
});

describe('announcements are paged', () => {
  it('a 400-character announcement (the limit) goes on several portrait pages, each within a page, nothing lost', () => {
    const bundle = loadBundle();
    const sentence = 'Cán bộ, giảng viên và học sinh, sinh viên tham gia đầy đủ buổi sinh hoạt chính trị tại hội trường lớn. ';
    const text = sentence.repeat(4).slice(0, LIMITS.announcement).trim();
    const custom: Bundle = { ...bundle, announcements: [{ id: 'dai', title: 'Thông báo của Đảng ủy', text }] };
    for (const orientation of ['portrait', 'landscape'] as const) {
      const slides = buildPlaylist(custom, vn('2020-05-15T08:00'), 'lobby', orientation).slides.flatMap((slide) =>
        slide.kind === 'announcement' ? [slide] : [],
      );
      expect(slides.map((slide) => slide.page)).toEqual(slides.map((_, index) => index + 1));
      expect(slides.map((slide) => slide.text).join(' ')).toBe(text);
      for (const slide of slides) expect(slide.text.length).toBeLessThanOrEqual(pageBudget(orientation, 'Thông báo của Đảng ủy'.length));
      if (orientation === 'portrait') expect(slides.length).toBeGreaterThan(1);
      else expect(slides.map((slide) => slide.id)).toEqual(['announcement:dai']);
    }
  });
});
