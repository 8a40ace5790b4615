/**
 * The loop as a person walking past meets it: screenshots of its first slides on 13 Oct 2020 (the
 * day before the provincial congress) in landscape and portrait, and of today, each checked for
 * overflowing text. The order comes from the schedule engine itself (buildPlaylist).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIST,
  appAttributes,
  artifactPath,
  findOverflows,
  hasChromium,
  openPlayer,
  SCREENS,
  sessionPerTest,
  READY,
  settle,
  startStaticServer,
  type StaticServer,
} from './harness';
import { buildPlaylist } from '../../src/schedule/playlist';
import { instantOf } from '../../src/schedule/time';
import { loadBundle } from '../helpers';
import { LIMITS } from '../../src/content/schema';

const bundle = loadBundle();
const SLIDES_SHOWN = 10;

const SIZES = [SCREENS.landscape, SCREENS.portrait, SCREENS.oldTv, SCREENS.uhd, SCREENS.small];

/** Text of exactly `length` characters from `sentence` repeated, ending on a word. */
function atLimit(sentence: string, length: number): string {
  const text = sentence.repeat(Math.ceil(length / sentence.length) + 1).slice(0, length);
  return text.endsWith(' ') ? `${text.slice(0, -1)}.` : text;
}

/** The default content plus a milestone and an announcement at the schema's limits. */
function limitsBundle(): string {
  const custom = structuredClone(bundle) as unknown as Record<string, unknown> & { milestones: unknown[]; announcements: unknown[] };
  custom.milestones = [
    { id: 'figure', figure: '1.250.000', unit: 'năm', caption: 'Người dân góp ý dự thảo văn kiện' },
    {
      id: 'longest',
      figure: '1.250.000,00',
      unit: atLimit('đảng viên ưu tú ', 40),
      caption: atLimit('Cán bộ, đảng viên và người lao động góp ý vào dự thảo văn kiện đại hội đảng bộ các cấp, ', LIMITS.caption),
    },
    ...custom.milestones,
  ];
  custom.announcements = [
    {
      id: 'longest',
      title: atLimit('Thông báo của Ban Thường vụ Đảng ủy ', LIMITS.shortText),
      text: atLimit('Toàn thể cán bộ, đảng viên dự hội nghị quán triệt Nghị quyết lúc 14 giờ tại hội trường tầng 2. ', LIMITS.announcement),
    },
    { id: 'short', text: 'Họp chi bộ lúc 14 giờ.' },
  ];
  return JSON.stringify(custom, null, 2);
}

describe.skipIf(!hasChromium)('the loop, as a passer-by sees it', () => {
  let server: StaticServer;
  const session = sessionPerTest();

  beforeAll(async () => {
    server = await startStaticServer(DIST);
    server.files.set('/content/limits.json', limitsBundle());
  });

  afterAll(async () => {
    await server?.close();
  });

  const open = (query: string, viewport: { width: number; height: number }) => openPlayer(session(), `${server.url}${query}`, viewport);

  it.each([
    ['2020-10-13', 'lobby', 'landscape', 1920, 1080],
    ['2020-10-13', 'lobby-portrait', 'portrait', 1080, 1920],
    ['2026-11-27', 'lobby', 'landscape', 1920, 1080],
  ] as const)(
    '%s on %s (%s): the first slides of the loop, screenshot and no overflow',
    async (date, screen, orientation, width, height) => {
      const at = `${date}T10:00`;
      const slides = buildPlaylist(bundle, instantOf(at, bundle.timeZone), screen, orientation).slides.slice(0, SLIDES_SHOWN);
      const page = await open(`?at=${at}&screen=${screen}&hold=1`, { width, height });
      for (const [index, slide] of slides.entries()) {
        // A slide id may come more than once a loop (slogans, countdowns): ?slide= picks its first place, which shows the same slide.
        await page.goto(`${server.url}?at=${at}&screen=${screen}&slide=${encodeURIComponent(slide.id)}&hold=1`);
        await page.waitForSelector(READY, { timeout: 15_000 });
        await settle(page);
        expect((await appAttributes(page)).slide).toBe(slide.id);
        expect(await findOverflows(page), `${slide.id}`).toEqual([]);
        await page.screenshot({
          path: artifactPath(`loop-${date}-${orientation}-${String(index + 1).padStart(2, '0')}-${slide.id.replaceAll(':', '_')}.png`),
        });
      }
      await page.close();
    },
  );

  describe.each(SIZES)('at $name, content at the checker’s limits', ({ name, width, height }) => {
    const screen = height > width ? 'lobby-portrait' : 'lobby';
    it.each(['milestone:figure', 'milestone:longest', 'announcement:longest', 'announcement:short'])(
      '%s: nothing clipped',
      async (prefix) => {
        const page = await open(`?content=content/limits.json&at=2020-05-15T08:00&screen=${screen}&slide=${prefix}&hold=1`, {
          width,
          height,
        });
        await settle(page);
        expect((await appAttributes(page)).slide).toMatch(new RegExp(`^${prefix}`));
        const overflows = await findOverflows(page);
        if (name === '1920x1080' || name === '1080x1920' || name === '800x480')
          await page.screenshot({ path: artifactPath(`limits-${prefix.replace(':', '_')}-${name}.png`) });
        expect(overflows).toEqual([]);
        await page.close();
      },
    );
  });
});
