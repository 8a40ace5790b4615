import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  announcementRoom,
  milestoneLines,
  milestoneRoom,
  MILESTONE_PORTRAIT_LINES,
  perLineBeside,
  PICTURE_ROOM,
  slideLines,
} from '../../src/schedule/picture-room';
import { announcementSlides, milestoneSlide } from '../../src/schedule/picture-slides';
import { PAGE_CAPACITY, pageBudget, runningHead } from '../../src/schedule/page-capacity';
import { paginate } from '../../src/schedule/paginate';
import { LIMITS } from '../../src/content/schema';

const ORIENTATIONS = ['landscape', 'portrait'] as const;
const SENTENCE = 'Toàn thể cán bộ, đảng viên dự hội nghị quán triệt Nghị quyết lúc 14 giờ tại hội trường tầng 2. ';
/** The pages' texts joined, without the "…" that marks a cut inside a clause. */
const joined = (texts: string[]) =>
  texts
    .map((text) => text.replace(/^… /u, '').replace(/ …$/u, ''))
    .filter((text) => text !== '')
    .join(' ');
const textOf = (length: number) =>
  SENTENCE.repeat(Math.ceil(length / SENTENCE.length))
    .slice(0, length)
    .trim() || 'Họp.';

describe('a picture beside a landscape text', () => {
  it('takes at most 30% of the width, less when the text is long; the text beside it holds fewer characters a line', () => {
    const short = announcementRoom('landscape', 20, 80);
    expect(short).toMatchObject({ place: 'beside', share: PICTURE_ROOM.landscape.maxShare, lines: 0, everyPage: true });
    expect(perLineBeside(short.share)).toBeLessThan(PAGE_CAPACITY.landscape.perLine * (1 - short.share));
    // A page beside the picture holds less than a page without it.
    expect(short.rest).toBeLessThan(pageBudget('landscape', 20));
    expect(short.first).toBe(short.rest);
  });

  it('never takes a share that costs the text a page more than the smallest picture would', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LIMITS.shortText }), fc.integer({ min: 1, max: LIMITS.announcement }), (heading, length) => {
        const room = announcementRoom('landscape', heading, length);
        const { minShare, maxShare } = PICTURE_ROOM.landscape;
        expect(room.share).toBeGreaterThanOrEqual(minShare);
        expect(room.share).toBeLessThanOrEqual(maxShare);
        const smallest = announcementRoom('landscape', heading, 1); // a one-character text gets the largest share
        expect(smallest.share).toBe(maxShare);
        const linesUnderTitle = Math.floor(pageBudget('landscape', heading) / PAGE_CAPACITY.landscape.perLine);
        expect(room.rest).toBe(linesUnderTitle * perLineBeside(room.share));
        expect(Math.ceil(length / room.rest)).toBe(Math.ceil(length / (linesUnderTitle * perLineBeside(minShare))));
      }),
    );
  });
});

describe('a picture above a portrait text', () => {
  it('a short text: the picture at its largest and the text on the same page', () => {
    const room = announcementRoom('portrait', 0, 30);
    expect(room).toMatchObject({ place: 'above', share: 0, lines: PICTURE_ROOM.portrait.maxLines, everyPage: false });
    expect(room.first).toBeGreaterThanOrEqual(30);
  });

  it('the longest title: the first page is the title and the picture, the text on the pages after it', () => {
    const room = announcementRoom('portrait', LIMITS.shortText, LIMITS.announcement);
    expect(room.first).toBe(0);
    expect(room.lines).toBeGreaterThanOrEqual(PICTURE_ROOM.portrait.minLines);
    expect(room.rest).toBe(pageBudget('portrait', LIMITS.shortText));
  });

  it('the picture and the first page’s text never take more lines than a page holds under the title', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LIMITS.shortText }), fc.integer({ min: 1, max: LIMITS.announcement }), (heading, length) => {
        const room = announcementRoom('portrait', heading, length);
        const { perLine } = PAGE_CAPACITY.portrait;
        const underTitle = Math.floor(pageBudget('portrait', heading) / perLine);
        expect(room.lines).toBeGreaterThanOrEqual(PICTURE_ROOM.portrait.minLines);
        expect(room.lines).toBeLessThanOrEqual(PICTURE_ROOM.portrait.maxLines);
        if (room.first > 0) expect(room.first / perLine + room.lines).toBeLessThanOrEqual(underTitle);
        expect(room.first).toBeLessThanOrEqual(room.rest);
        expect(slideLines('portrait')).toBeGreaterThan(underTitle);
      }),
    );
  });
});

describe('an announcement with a picture is paged to the room beside or under it', () => {
  it('every page within its budget, nothing lost, the picture on every landscape page and on the first portrait page', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORIENTATIONS),
        fc.integer({ min: 0, max: LIMITS.shortText }),
        fc.integer({ min: 1, max: LIMITS.announcement }),
        (orientation, heading, length) => {
          const text = textOf(length);
          const title = heading > 0 ? 'T'.repeat(heading) : undefined;
          const slides = announcementSlides(
            { id: 'a', text, image: 'media/a.png', ...(title ? { title } : {}) } as Parameters<typeof announcementSlides>[0],
            10_000,
            orientation,
          );
          // The later pages carry the title as a one-line running head.
          const room = announcementRoom(orientation, heading, text.length, title ? runningHead(title, orientation).length : 0);
          // Joined with single spaces they give the text back: nothing lost, every cut between words.
          expect(joined(slides.map((slide) => slide.text))).toBe(text);
          for (const [index, slide] of slides.entries()) {
            // The budget counts the text; a "…" marking a cut inside a clause is paginate's own.
            expect(joined([slide.text]).length).toBeLessThanOrEqual(index === 0 ? room.first : room.rest);
            expect(slide.page).toBe(index + 1);
            expect(slide.pages).toBe(slides.length);
            const pictured = orientation === 'landscape' || index === 0;
            expect(slide.image !== undefined, `page ${index + 1}`).toBe(pictured);
            expect(slide.picture !== undefined).toBe(pictured);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the checker’s limits in portrait: a first page of title and picture, then the text, never cut mid-word', () => {
    const text = textOf(LIMITS.announcement);
    const slides = announcementSlides({ id: 'a', title: 'T'.repeat(LIMITS.shortText), text, image: 'media/a.png' } as never, 1, 'portrait');
    expect(slides[0]).toMatchObject({ id: 'announcement:a:1', text: '', image: 'media/a.png' });
    expect(slides.slice(1).every((slide) => slide.image === undefined && slide.text !== '')).toBe(true);
    expect(joined(slides.map((slide) => slide.text))).toBe(text);
  });

  it('paginate: a first page with less room than the others', () => {
    const pages = paginate([textOf(400)], 120, Infinity, 0, 40);
    expect(pages[0]!.reduce((sum, part) => sum + part.text.length, 0)).toBeLessThanOrEqual(40);
    for (const page of pages.slice(1)) expect(page.reduce((sum, part) => sum + part.text.length, 0)).toBeLessThanOrEqual(120);
    expect(
      pages
        .flat()
        .map((part) => part.text)
        .join(' '),
    ).toBe(textOf(400));
  });
});

describe('a milestone’s picture yields room to its text', () => {
  const texts = (title: number, unit: number, caption: number) => ({ title, unit, caption });

  it('a short text: the largest picture, beside it (landscape) or above it (portrait)', () => {
    expect(milestoneRoom('landscape', texts(0, 3, 40))).toEqual({ place: 'beside', share: PICTURE_ROOM.landscape.maxShare, lines: 0 });
    expect(milestoneRoom('portrait', texts(0, 3, 40))).toEqual({ place: 'above', share: 0, lines: PICTURE_ROOM.portrait.maxLines });
  });

  it('the checker’s limits: the smallest share beside it; in portrait, beside the heading', () => {
    const limits = texts(LIMITS.achievementTitle, 40, LIMITS.caption);
    expect(milestoneRoom('landscape', limits).share).toBe(PICTURE_ROOM.landscape.minShare);
    expect(milestoneRoom('portrait', limits).place).toBe('heading');
    expect(MILESTONE_PORTRAIT_LINES - milestoneLines(limits)).toBeLessThan(PICTURE_ROOM.portrait.minLines);
  });

  it('the longer the text, the smaller the picture', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: LIMITS.achievementTitle }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: LIMITS.caption - 1 }),
        (title, unit, caption) => {
          const shorter = texts(title, unit, caption);
          const longer = texts(title, unit, caption + 1);
          expect(milestoneRoom('landscape', longer).share).toBeLessThanOrEqual(milestoneRoom('landscape', shorter).share);
          const [a, b] = [milestoneRoom('portrait', shorter), milestoneRoom('portrait', longer)];
          if (a.place === 'above' && b.place === 'above') expect(b.lines).toBeLessThanOrEqual(a.lines);
          // Above the text, the picture and the text never take more than the slide holds (unless at the picture's floor of one line).
          if (b.place === 'above' && b.lines > 1) expect(b.lines + milestoneLines(longer)).toBeLessThanOrEqual(MILESTONE_PORTRAIT_LINES);
        },
      ),
    );
  });

  it('milestoneSlide carries the room with the picture, and none without one', () => {
    const milestone = { id: 'm', figure: '35', unit: 'năm', caption: 'đổi mới' };
    expect(milestoneSlide({ ...milestone, image: 'media/m.png' } as never, 1, 'portrait').picture).toEqual({
      place: 'above',
      share: 0,
      lines: PICTURE_ROOM.portrait.maxLines,
    });
    expect(milestoneSlide(milestone as never, 1, 'portrait').picture).toBeUndefined();
  });
});
