/**
 * The player in real Chromium against the built app served over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  DIST,
  appAttributes,
  artifactPath,
  defaultBundle,
  findOverflows,
  fittedFontSizes,
  hasChromium,
  openPlayer,
  SCREENS,
  sessionPerTest,
  settle,
  startStaticServer,
  type StaticServer,
  waitForAttribute,
} from './harness';
import { LIMITS, SLIDE_KINDS } from '../../src/content/schema';

const SIZES = [SCREENS.landscape, SCREENS.uhd, SCREENS.oldTv, SCREENS.portrait];

/** A bundle with one of every slide kind, the longest slogan the schema allows, and hostile text. */
function e2eBundle(): string {
  const bundle = defaultBundle();
  const longest =
    'Thi đua lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, nhiệm kỳ 2020 - 2025, vững bước đi lên xã hội chủ nghĩa! Đoàn kết, dân chủ, kỷ cương, đổi mới, sáng tạo, phát triển!!!'.slice(
      0,
      LIMITS.slogan,
    );
  expect(longest.length).toBe(LIMITS.slogan);
  bundle.slogans = [{ id: 'longest', text: longest }, { id: 'xss', text: '<img src=x onerror=alert(1)>' }, ...bundle.slogans];
  bundle.announcements = [
    {
      id: 'meeting',
      title: 'Thông báo',
      text: 'Toàn thể cán bộ, đảng viên dự hội nghị quán triệt Nghị quyết lúc 14 giờ tại hội trường tầng 2.',
    },
  ];
  (bundle as Record<string, unknown>).videos = [
    { id: 'chao', src: 'content/media/e2e-clip.webm', caption: 'Thông điệp của Hiệu trưởng gửi đại hội' },
  ];
  return JSON.stringify(bundle, null, 2);
}

describe.skipIf(!hasChromium)('player in Chromium', () => {
  let server: StaticServer;
  // A fresh profile for every test: storage and service workers never carry over.
  const session = sessionPerTest();

  beforeAll(async () => {
    server = await startStaticServer(DIST);
    server.files.set('/content/e2e.json', e2eBundle());
    server.files.set('/content/media/e2e-clip.webm', readFileSync(new URL('../fixtures/media/clip-vp9.webm', import.meta.url)));
  });

  afterAll(async () => {
    await server?.close();
  });

  const open = (query: string, viewport?: { width: number; height: number }) => openPlayer(session(), `${server.url}${query}`, viewport);

  it.each([
    ['2020-03-31T23:59', 'phase-1'],
    ['2020-04-01T00:00', 'phase-2'],
    ['2020-07-15', 'phase-3'],
    ['2020-10-16T23:00', 'phase-4'],
    ['2021-01-30', 'phase-5'],
    ['2021-02-02', undefined],
    ['2026-11-27T10:05', undefined],
  ])('?at=%s shows phase %s', async (at, phase) => {
    const page = await open(`?at=${at}`);
    const attributes = await appAttributes(page);
    expect(attributes.phase).toBe(phase);
    expect(attributes.state).toBe('playing');
    expect(attributes['content-version']).toBe('2020-02-10.1');
    await page.close();
  });

  it('shows every slide kind within one cycle at ?speed', async () => {
    const page = await open('?content=content/e2e.json&at=2020-05-15T08:00&speed=300');
    const kinds = await page.evaluate(
      async (wanted: string[]) => {
        const app = document.querySelector('signage-app')!;
        const seen = new Set<string>();
        const record = () => seen.add((app.getAttribute('slide') ?? '').split(':')[0]!);
        record();
        const observer = new MutationObserver(record);
        observer.observe(app, { attributes: true, attributeFilter: ['slide'] });
        const started = performance.now();
        while (wanted.some((kind) => !seen.has(kind)) && performance.now() - started < 30_000)
          await new Promise((resolve) => setTimeout(resolve, 50));
        observer.disconnect();
        return [...seen];
      },
      [...SLIDE_KINDS],
    );
    expect(new Set(kinds)).toEqual(new Set(SLIDE_KINDS));
    await page.close();
  });

  it('the clock runs from ?at in the bundle zone, formatted in Vietnamese', async () => {
    const page = await open('?at=2026-11-27T10:05');
    const header = await page.evaluate(() =>
      document.querySelector('signage-app')!.shadowRoot!.querySelector('signage-header')!.shadowRoot!.textContent!.replace(/\s+/g, ' '),
    );
    expect(header).toContain('10:05');
    expect(header).toContain('Thứ Sáu, 27/11/2026');
    await page.close();
  });

  it('renders content as text: an HTML slogan is shown literally and runs nothing', async () => {
    const page = await open('?content=content/e2e.json&at=2020-05-15T08:00&slide=slogan:xss&hold=1');
    // The built-in bundle may be on screen first, until e2e.json has arrived and taken over.
    await waitForAttribute(page, 'slide', (slide) => slide === 'slogan:xss');
    const probe = await page.evaluate(() => {
      const slide = document.querySelector('signage-app')!.shadowRoot!.querySelector('slide-slogan')!.shadowRoot!;
      return { text: slide.querySelector('p')!.textContent, images: slide.querySelectorAll('img').length };
    });
    expect(probe).toEqual({ text: '<img src=x onerror=alert(1)>', images: 0 });
    await page.close();
  });

  it('refuses ?content= from another origin with a visible message, and plays the default content', async () => {
    const page = await open('?content=https://evil.example/bundle.json');
    const notice = await page.evaluate(
      () => document.querySelector('signage-app')!.shadowRoot!.querySelector('.notice')?.textContent ?? '',
    );
    expect(notice).toMatch(/chỉ nhận tệp trên cùng máy chủ/);
    expect((await appAttributes(page))['content-version']).toBe('2020-02-10.1');
    expect(server.log.some((entry) => entry.path.includes('evil'))).toBe(false);
    await page.close();
  });

  it('with nothing schedulable, shows the organisation and the clock (state fallback)', async () => {
    const empty = JSON.parse(readFileSync('test/fixtures/minimal.json', 'utf8'));
    empty.slogans = [];
    empty.phases = [];
    empty.events = [];
    server.files.set('/content/empty.json', JSON.stringify(empty));
    const page = await open('?content=content/empty.json');
    // The built-in bundle is on screen first (a first visit), until empty.json has been checked and taken over.
    await waitForAttribute(page, 'content-source', (source) => source === 'network');
    expect((await appAttributes(page)).state).toBe('fallback');
    const text = await page.evaluate(
      () => document.querySelector('signage-app')!.shadowRoot!.querySelector('slide-fallback')!.shadowRoot!.textContent,
    );
    expect(text).toContain('Trường Thử nghiệm');
    await page.close();
  });

  describe.each(SIZES)('at $name', ({ name, width, height }) => {
    const portrait = height > width;
    const screen = portrait ? 'lobby-portrait' : 'lobby';

    it.each([...SLIDE_KINDS])('%s: no text box overflows and body text is at least 4% of the height', async (kind) => {
      const slide = kind === 'slogan' ? 'slogan:longest' : kind;
      const page = await open(`?content=content/e2e.json&at=2020-05-15T08:00&screen=${screen}&slide=${slide}&hold=1`, { width, height });
      // The built-in bundle is on screen first (a first visit), until e2e.json has been checked and taken over.
      await waitForAttribute(page, 'content-source', (source) => source === 'network');
      await waitForAttribute(page, 'slide', (shown) => shown?.startsWith(kind) === true);
      await settle(page);
      expect((await appAttributes(page)).slide).toMatch(new RegExp(`^${kind}`));
      expect(await findOverflows(page)).toEqual([]);
      for (const size of await fittedFontSizes(page)) expect(size).toBeGreaterThanOrEqual(0.04 * height - 0.5);
      if (name === '1920x1080' || name === '1080x1920') await page.screenshot({ path: artifactPath(`slide-${kind}-${name}.png`) });
      await page.close();
    });

    it('every slide of a whole cycle fits, in each phase', async () => {
      for (const at of ['2020-02-15', '2020-05-15', '2020-08-15', '2020-10-01', '2020-12-01']) {
        const page = await open(`?content=content/e2e.json&at=${at}T08:00&screen=${screen}&speed=1000`, { width, height });
        // The cycle of e2e.json, not of the built-in bundle on screen first (a first visit) until e2e.json takes over.
        await waitForAttribute(page, 'content-source', (source) => source === 'network');
        const problems = await page.evaluate(async () => {
          const app = document.querySelector('signage-app')!;
          const seen = new Set<string>();
          const bad: string[] = [];
          const check = () => {
            const visit = (root: ShadowRoot | Document) => {
              for (const element of root.querySelectorAll<HTMLElement>('*')) {
                if (element.shadowRoot) visit(element.shadowRoot);
                if (
                  (element.hasAttribute('data-fit') || element.hasAttribute('data-text')) &&
                  (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
                ) {
                  bad.push(
                    `${app.getAttribute('slide')}: ${element.className} ${element.scrollWidth}x${element.scrollHeight} > ${element.clientWidth}x${element.clientHeight}`,
                  );
                }
              }
            };
            visit(document);
          };
          await document.fonts.ready;
          const started = performance.now();
          // Until the rotation comes back to a slide it has shown: one whole cycle.
          while (performance.now() - started < 60_000) {
            const id = app.getAttribute('slide')!;
            if (seen.has(id) && seen.size > 1) break;
            seen.add(id);
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            check();
            await new Promise<void>((resolve) => {
              const observer = new MutationObserver(() => {
                observer.disconnect();
                resolve();
              });
              observer.observe(app, { attributes: true, attributeFilter: ['slide'] });
            });
          }
          return { bad, seen: seen.size };
        });
        expect(problems.bad, at).toEqual([]);
        expect(problems.seen).toBeGreaterThan(5);
        await page.close();
      }
    });
  });
});
