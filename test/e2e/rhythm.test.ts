/**
 * The loop as a person walking past meets it: screenshots of its first slides on 13 Oct 2020 (the
 * day before the provincial congress) in landscape and portrait, and of today, each checked for
 * overflowing text. The order comes from the schedule engine itself (buildPlaylist).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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
  waitForAttribute,
} from './harness';
import { buildPlaylist } from '../../src/schedule/playlist';
import { instantOf } from '../../src/schedule/time';
import { loadBundle } from '../helpers';
import { LIMITS, type Bundle } from '../../src/content/schema';
import { announcementSlides } from '../../src/schedule/picture-slides';

const bundle = loadBundle();
const SLIDES_SHOWN = 10;
/** A picture for the slides at the limits: the app's own icon, served as content media. */
const PICTURE = 'content/media/limits.png';
/** The start of the limits bundle's committee line, which the built-in bundle's header does not carry. */
const LIMITS_COMMITTEE = 'ĐẢNG UỶ TRƯỜNG CAO ĐẲNG KINH TẾ - KỸ THUẬT CÔNG THƯƠNG';

const SIZES = [SCREENS.landscape, SCREENS.portrait, SCREENS.oldTv, SCREENS.uhd, SCREENS.small];

/** Text of exactly `length` characters from `sentence` repeated, ending on a word. */
function atLimit(sentence: string, length: number): string {
  const text = sentence.repeat(Math.ceil(length / sentence.length) + 1).slice(0, length);
  return text.endsWith(' ') ? `${text.slice(0, -1)}.` : text;
}

/** The default content plus a milestone and an announcement at the schema's limits. */
function limitsBundle(): string {
  const custom = structuredClone(bundle) as unknown as Record<string, unknown> & {
    milestones: unknown[];
    announcements: unknown[];
    slogans: unknown[];
    phases: { title: string; number: number; start: string; end: string }[];
    events: { title: string }[];
    organization: { party: string; committee: string; unit: string };
  };
  // The header's lines at their longest: the organization's (LIMITS.headerLine each) and the phase
  // line "Đợt 50 · 01/04/2019 – 30/06/2020" (the highest phase number, a span across two years).
  custom.organization = {
    party: atLimit('ĐẢNG CỘNG SẢN VIỆT NAM - ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH THANH HÓA ', LIMITS.headerLine),
    committee: atLimit('ĐẢNG UỶ TRƯỜNG CAO ĐẲNG KINH TẾ - KỸ THUẬT CÔNG THƯƠNG THANH HÓA ', LIMITS.headerLine),
    unit: atLimit('Trường Cao đẳng Kinh tế - Kỹ thuật Công Thương ', LIMITS.shortText),
  };
  Object.assign(custom.phases[0]!, { start: '2019-01-01', end: '2019-03-31' });
  Object.assign(custom.phases[1]!, { number: 50, start: '2019-04-01' });
  custom.milestones = [
    { id: 'figure', figure: '1.250.000', unit: 'năm', caption: 'Người dân góp ý dự thảo văn kiện' },
    {
      id: 'longest',
      figure: '1.250.000,00',
      unit: atLimit('đảng viên ưu tú ', 40),
      caption: atLimit('Cán bộ, đảng viên và người lao động góp ý vào dự thảo văn kiện đại hội đảng bộ các cấp, ', LIMITS.caption),
    },
    {
      id: 'picture',
      title: atLimit('Đảng viên mới kết nạp trong nhiệm kỳ ', LIMITS.achievementTitle),
      figure: '1.250.000,00',
      unit: atLimit('đảng viên ưu tú ', 40),
      caption: atLimit('Cán bộ, đảng viên và người lao động góp ý vào dự thảo văn kiện đại hội đảng bộ các cấp, ', LIMITS.caption),
      image: PICTURE,
    },
    ...custom.milestones,
  ];
  // The longest slogan, phase title and congress title the checker allows.
  custom.slogans = [
    { id: 'longest', text: atLimit('Chào mừng Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XIX! ', LIMITS.slogan) },
    ...custom.slogans,
  ];
  custom.phases[1]!.title = atLimit('Tuyên truyền đại hội Đảng bộ Nhà trường lần thứ XXIV, nhiệm kỳ 2020 - 2025, ', LIMITS.title);
  custom.events[0]!.title = atLimit('Đại hội Đảng bộ Trường Cao đẳng Kinh tế - Kỹ thuật Công Thương lần thứ XXIV, ', LIMITS.title);
  custom.announcements = [
    {
      id: 'longest',
      title: atLimit('Thông báo của Ban Thường vụ Đảng ủy ', LIMITS.shortText),
      text: atLimit('Toàn thể cán bộ, đảng viên dự hội nghị quán triệt Nghị quyết lúc 14 giờ tại hội trường tầng 2. ', LIMITS.announcement),
    },
    {
      id: 'picture',
      title: atLimit('Thông báo của Ban Thường vụ Đảng ủy ', LIMITS.shortText),
      text: atLimit('Toàn thể cán bộ, đảng viên dự hội nghị quán triệt Nghị quyết lúc 14 giờ tại hội trường tầng 2. ', LIMITS.announcement),
      image: PICTURE,
    },
    { id: 'short', text: 'Họp chi bộ lúc 14 giờ.' },
  ];
  return JSON.stringify(custom, null, 2);
}

/**
 * Every line of text of the slide on screen, as the browser lays it out, against the slide's own
 * box: a line that runs past it (or is cut by a box that hides overflow) is reported.
 */
async function textOutsideSlide(page: Page): Promise<{ text: string; line: string; slide: string; clippedBy?: string }[]> {
  return page.evaluate(() => {
    const app = document.querySelector('signage-app')!.shadowRoot!;
    const host = app.querySelector<HTMLElement>('main.stage > *');
    if (!host?.shadowRoot) return [{ text: '', line: 'no slide', slide: '' }];
    const box = host.getBoundingClientRect();
    const out: { text: string; line: string; slide: string; clippedBy?: string }[] = [];
    const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        // Clipped by an ancestor that hides overflow sideways or downwards?
        let clipped = '';
        for (let parent = node.parentElement; parent; parent = parent.parentElement) {
          const style = getComputedStyle(parent);
          const clip = parent.getBoundingClientRect();
          if (style.overflowX !== 'visible' && (rect.left < clip.left - 1 || rect.right > clip.right + 1))
            clipped = `${parent.localName}.${parent.className} (sideways)`;
          if (style.overflowY !== 'visible' && rect.bottom > clip.bottom + 2)
            clipped = `${parent.localName}.${parent.className} (${Math.round(rect.bottom - clip.bottom)} px below it)`;
        }
        if (clipped || rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1)
          out.push({
            text: node.textContent.trim().slice(0, 40),
            line: `${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}x${Math.round(rect.height)}`,
            slide: `${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}x${Math.round(box.height)}`,
            ...(clipped ? { clippedBy: clipped } : {}),
          });
      }
    }
    return out;
  });
}

/** Waits for the slide's entrance (a 700 ms fade): a screenshot then shows it as a passer-by sees it, not half faded. */
async function entered(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const animations = document.querySelector('signage-app')!.shadowRoot!.getAnimations();
    await Promise.all(
      animations.filter((animation) => animation.effect?.getTiming().iterations !== Infinity).map((animation) => animation.finished),
    );
  });
}

describe.skipIf(!hasChromium)('the loop, as a passer-by sees it', () => {
  let server: StaticServer;
  const session = sessionPerTest();

  beforeAll(async () => {
    server = await startStaticServer(DIST);
    server.files.set('/content/limits.json', limitsBundle());
    server.files.set(`/${PICTURE}`, readFileSync(new URL('../../public/icons/icon-512.png', import.meta.url)));
  });

  afterAll(async () => {
    await server?.close();
  });

  const open = (query: string, viewport: { width: number; height: number }) => openPlayer(session(), `${server.url}${query}`, viewport);

  it.each([
    ['2020-10-13', 'lobby', 'landscape', 1920, 1080],
    ['2020-10-13', 'lobby-portrait', 'portrait', 1080, 1920],
    ['2026-11-27', 'lobby', 'landscape', 1920, 1080],
    ['2026-11-27', 'lobby-portrait', 'portrait', 1080, 1920],
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
        await entered(page);
        await page.screenshot({
          path: artifactPath(`loop-${date}-${orientation}-${String(index + 1).padStart(2, '0')}-${slide.id.replaceAll(':', '_')}.png`),
        });
      }
      await page.close();
    },
  );

  it('13 Oct 2020, portrait timeline: "Hôm nay" shown, the today marker clear of the date labels; 15 Oct: the congress under way is welcomed', async () => {
    const page = await open('?at=2020-10-13T10:00&screen=lobby-portrait&slide=timeline&hold=1', { width: 1080, height: 1920 });
    await settle(page);
    const timeline = await page.evaluate(() => {
      const root = document.querySelector('signage-app')!.shadowRoot!.querySelector('slide-timeline')!.shadowRoot!;
      const box = (element: Element) => element.getBoundingClientRect();
      const marker = root.querySelector('.today');
      const labels = [...root.querySelectorAll('.number, .dates')].map(box);
      const markerBox = marker ? box(marker) : undefined;
      const crosses = markerBox
        ? labels.filter(
            (label) =>
              markerBox.left < label.right && markerBox.right > label.left && markerBox.top < label.bottom && markerBox.bottom > label.top,
          ).length
        : -1;
      const caption = root.querySelector<HTMLElement>('.caption')!;
      return { caption: caption.offsetHeight > 0 ? caption.innerText.replace(/\s+/g, ' ').trim() : '(hidden)', crosses };
    });
    expect(timeline.caption).toMatch(/^Hôm nay 13\/10\/2020/);
    expect(timeline.crosses, 'date labels the today marker runs through').toBe(0);
    expect([...(await findOverflows(page)), ...(await textOutsideSlide(page))]).toEqual([]);
    await entered(page);
    await page.screenshot({ path: artifactPath('loop-2020-10-13-portrait-timeline.png') });
    await page.goto(`${server.url}?at=2020-10-15T10:00&screen=lobby-portrait&slide=countdown:event-tinh-xix&hold=1`);
    await page.waitForSelector(READY, { timeout: 15_000 });
    await settle(page);
    const countdown = await page.evaluate(() =>
      document.querySelector('signage-app')!.shadowRoot!.querySelector('slide-countdown')!.shadowRoot!.textContent!.replace(/\s+/g, ' '),
    );
    expect(countdown).toContain('Chào mừng đại hội');
    expect(countdown).toContain('Đang diễn ra');
    expect(countdown).not.toContain('Hướng tới');
    await entered(page);
    await page.screenshot({ path: artifactPath('loop-2020-10-15-portrait-countdown-under-way.png') });
    await page.close();
  });

  describe.each(SIZES)('at $name, content at the checker’s limits', ({ name, width, height }) => {
    const screen = height > width ? 'lobby-portrait' : 'lobby';
    // Every page of the longest announcement: its whole title on the first, a one-line running head on the others.
    const longest = (JSON.parse(limitsBundle()) as Bundle).announcements[0]!;
    const longestPages = announcementSlides(longest, 1, height > width ? 'portrait' : 'landscape').length;
    it.each([
      'milestone:figure',
      'milestone:longest',
      'milestone:picture',
      'announcement:longest',
      ...Array.from({ length: longestPages - 1 }, (_, index) => `announcement:longest:${index + 2}`),
      'announcement:picture',
      'announcement:picture:2',
      'announcement:short',
      'slogan:longest',
      'phase:phase-2:1',
      'phase:phase-2:2',
      'countdown:event-truong-xxiv',
    ])('%s: nothing clipped', async (prefix) => {
      const page = await open(`?content=content/limits.json&at=2020-05-15T08:00&screen=${screen}&slide=${prefix}&hold=1`, {
        width,
        height,
      });
      // The built-in bundle is on screen first (a first visit), until limits.json has been checked and taken over.
      await waitForAttribute(page, 'content-source', (source) => source === 'network');
      await waitForAttribute(page, 'slide', (shown) => shown?.startsWith(prefix) === true);
      // The built-in bundle has a phase:phase-2:1 too: limits.json has taken over once the header carries its committee line.
      const headerText = () =>
        document.querySelector('signage-app')?.shadowRoot?.querySelector('signage-header')?.shadowRoot?.textContent ?? '';
      await page
        .waitForFunction(
          (text) =>
            (document.querySelector('signage-app')?.shadowRoot?.querySelector('signage-header')?.shadowRoot?.textContent ?? '').includes(
              text,
            ),
          LIMITS_COMMITTEE,
          { timeout: 10_000 },
        )
        .catch(() => undefined);
      await settle(page);
      expect((await appAttributes(page)).slide).toMatch(new RegExp(`^${prefix}`));
      // The header at its longest, whole: both organization lines, and the phase line but on the phase's own slide.
      const header = await page.evaluate(headerText);
      expect(header).toContain(LIMITS_COMMITTEE);
      if (!prefix.startsWith('phase:')) expect(header).toContain('Đợt 50 · 01/04/2019 – 30/06/2020');
      // The picture on the first page, and on every page beside a landscape text (a portrait one's later pages are text only).
      if (prefix.includes(':picture')) {
        const pictures = await page.evaluate(() =>
          [...document.querySelector('signage-app')!.shadowRoot!.querySelector('main.stage > *')!.shadowRoot!.querySelectorAll('img')].map(
            (image) => image.complete && image.naturalWidth > 0 && image.getBoundingClientRect().height > 0,
          ),
        );
        expect(pictures, 'the picture shown').toEqual(prefix.endsWith(':2') && height > width ? [] : [true]);
      }
      // A later page's running head is one line.
      const runningHeadLines = await page.evaluate(() => {
        const head = document
          .querySelector('signage-app')!
          .shadowRoot!.querySelector('main.stage > *')!
          .shadowRoot!.querySelector('.running');
        return head ? head.getBoundingClientRect().height / parseFloat(getComputedStyle(head).lineHeight) : undefined;
      });
      if (/:([2-9])$/.test(prefix)) expect(runningHeadLines, 'the running head’s lines').toBeLessThan(1.5);
      const overflows = [...(await findOverflows(page)), ...(await textOutsideSlide(page))];
      await entered(page);
      if (name === '1920x1080' || name === '1080x1920' || name === '800x480')
        await page.screenshot({ path: artifactPath(`limits-${prefix.replaceAll(':', '_')}-${name}.png`) });
      expect(overflows).toEqual([]);
      await page.close();
    });
  });
});
