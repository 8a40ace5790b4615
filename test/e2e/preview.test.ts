/**
 * The staff preview page (preview.html) in real Chromium against the built app: problems with
 * their lines, the timeline, editing and downloading, and the deployed Content-Security-Policy.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { artifactPath, hasChromium } from './harness';
import { ORIGINAL, previewSuite, switchLanguage } from './preview-page';
import { checkBundle } from '../../src/content/validate';
import { formatProblem } from '../../src/content/problems';

/** Three mistakes of the kinds staff make: a bad id, a misspelt name, a date that does not exist. */
function brokenBundle(): string {
  return ORIGINAL.replace('"id": "slogan-2"', '"id": "Slogan 2"')
    .replace('"end": "2020-06-30"', '"edn": "2020-06-30"')
    .replace('"start": "2020-07-01"', '"start": "2020-02-30"');
}

describe.skipIf(!hasChromium)('preview page in Chromium', () => {
  // A fresh profile for every test: storage and service workers never carry over.
  const { open } = previewSuite();

  it('a broken bundle lists each problem with its line, in the words of content:check, each leading to its place', async () => {
    const text = brokenBundle();
    // The page is in Vietnamese: so are the checker's words (the positions are the CLI's in any language).
    const expected = checkBundle(text, 'vi').problems;
    expect(expected.length).toBe(3);
    const page = await open(text);
    expect(await page.getAttribute('preview-app', 'status')).toBe('invalid');
    const shown = await page.locator('preview-problems li code.cli').allTextContents();
    expect(shown).toEqual(expected.map((problem) => formatProblem('content/bundle.json', problem)));
    const lines = await page
      .locator('preview-problems li button')
      .evaluateAll((buttons) => buttons.map((button) => Number(button.getAttribute('data-line'))));
    expect(lines).toEqual(expected.map((problem) => problem.line));
    await page.screenshot({ path: artifactPath('preview-broken-1440x900.png') });

    // The bad slogan id names an item of the form: the form opens on it.
    const slogan = expected.findIndex((problem) => problem.path === 'slogans[1].id');
    expect(slogan).toBeGreaterThanOrEqual(0);
    await page.locator('preview-problems li button').nth(slogan).click();
    expect(await page.getAttribute('preview-app', 'tab')).toBe('edit');
    expect(await page.locator('preview-editor .item.has-problem[data-item="slogans[1]"]').count()).toBe(1);
    // The misspelt name has no field: the text opens at its line.
    const misspelt = expected.find((problem) => problem.path === 'phases[1].edn')!;
    await page.locator('preview-problems li button[data-path="phases[1].edn"]').click();
    expect(await page.getAttribute('preview-app', 'tab')).toBe('source');
    // The JSON editor puts the cursor on that line and underlines the misspelt name there (the
    // editor draws only the lines in view, so the other problems' marks are not all in the page).
    await page.locator('preview-source[ready] .cm-content').waitFor();
    expect(await page.locator('preview-source .cm-activeLine').textContent()).toBe(text.split('\n')[misspelt.line - 1]);
    await expect.poll(() => page.locator('preview-source .cm-activeLine .cm-lintRange-error').textContent()).toBe('"edn"');
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('a warning that quotes a word with no space in it stays inside the check column', async () => {
    // No hyphen, slash or space: nothing the browser would break the line at by itself.
    const word = 'ĐạihộiĐảngbộTrườngCaođẳngKinhtếKỹthuậtCôngThươnglầnthứXXIVnhiệmkỳ';
    const page = await open(ORIGINAL.replace('"text": "Tuyên truyền làm cho', `"text": "${word} Tuyên truyền làm cho`));
    const card = page.locator('preview-problems .warnings li').first();
    await expect.poll(() => card.textContent()).toContain(word.slice(0, 40));
    const column = await page.locator('aside.panel').boundingBox();
    const box = await card.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(column!.x + column!.width + 1);
    await page.locator('aside.panel').screenshot({ path: artifactPath('preview-long-word-warning.png') });
    await page.close();
  });

  it('the timeline shows the five phases and the four congresses, inferred ones marked; a click on a day shows its playlist', async () => {
    const page = await open(ORIGINAL);
    expect(await page.locator('preview-timeline g.phase').count()).toBe(5);
    expect(await page.locator('preview-timeline g.event').count()).toBe(4);
    expect(await page.locator('preview-timeline rect.bar.inferred').count()).toBe(2);
    expect(await page.locator('preview-timeline g.today line').count()).toBe(1);
    await page.screenshot({ path: artifactPath('preview-timeline-1440x900.png') });

    // Click in the middle of phase 4's bar: the day table follows.
    const bar = await page.locator('preview-timeline g.phase[data-phase="phase-4"] rect.bar').boundingBox();
    await page.mouse.click(bar!.x + bar!.width / 2, bar!.y + bar!.height / 2);
    await expect.poll(() => page.locator('preview-day h2').textContent()).toMatch(/\/(09|10)\/2020/);
    expect(await page.locator('preview-day .notes strong').first().textContent()).toContain('đợt 4');
    const durations = await page.locator('preview-day tbody tr td:nth-child(4)').allTextContents();
    expect(durations.length).toBeGreaterThan(5);
    expect(durations.every((duration) => /^\d+ giây$/.test(duration))).toBe(true);
    await page.locator('preview-day').screenshot({ path: artifactPath('preview-day-phase-4.png') });
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('editing a slogan checks it as one types, and the download is a valid bundle with the new text; unchanged, it is the same bytes', async () => {
    const page = await open(ORIGINAL);
    const [unchanged] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('preview-app button[data-action="download"]').click(),
    ]);
    expect(readFileSync(await unchanged.path(), 'utf8')).toBe(ORIGINAL);

    await page.locator('nav button[data-tab="edit"]').click();
    const field = page.locator('preview-editor textarea[data-key="slogans[0].text"]');
    await field.fill('');
    await expect.poll(() => page.getAttribute('preview-app', 'status')).toBe('invalid');
    expect(await page.locator('preview-problems li code.cli').allTextContents()).toEqual([
      expect.stringMatching(/slogans\[0\]\.text {2}Khẩu hiệu đang để trống/),
    ]);
    const tomorrow = 'Ngày mai: Chào mừng Đại hội Đảng bộ Nhà trường lần thứ XXIV!';
    await field.fill(tomorrow);
    await expect.poll(() => page.getAttribute('preview-app', 'status')).toBe('valid');
    expect(await page.locator('.file .state').getAttribute('data-edited')).toBe('true');
    await page.screenshot({ path: artifactPath('preview-edit-1440x900.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('preview-app button[data-action="download"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('bundle.json');
    const text = readFileSync(await download.path(), 'utf8');
    const result = checkBundle(text);
    expect(result.problems).toEqual([]);
    expect(result.bundle?.slogans[0]!.text).toBe(tomorrow);
    // Only that line changed.
    const before = ORIGINAL.split('\n');
    expect(text.split('\n').filter((line, index) => line !== before[index])).toHaveLength(1);

    // The new text is on the day's list and in a miniature rendered by the real slide element.
    await page.locator('nav button[data-tab="overview"]').click();
    expect(await page.locator('preview-day tbody').textContent()).toContain(tomorrow);
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('adds and removes slogans and announcements, checked live', async () => {
    const page = await open(ORIGINAL);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.locator('nav button[data-tab="edit"]').click();
    await page.locator('preview-editor button[data-add="announcements"]').click();
    await expect.poll(() => page.getAttribute('preview-app', 'status')).toBe('invalid');
    await page
      .locator('preview-editor [data-key="announcements[0].text"]')
      .fill('Họp toàn thể đảng viên lúc 14 giờ tại hội trường tầng 2.');
    await expect.poll(() => page.getAttribute('preview-app', 'status')).toBe('valid');
    await page.locator('preview-editor button[data-add="slogans"]').click();
    expect(await page.locator('preview-editor [data-key="slogans[5].text"]').evaluate((element) => element.matches(':focus'))).toBe(true);
    await page.locator('preview-editor .item[data-item="slogans[5]"] button.danger').click();
    await expect.poll(() => page.getAttribute('preview-app', 'status')).toBe('valid');
    expect(await page.locator('preview-editor [data-key="slogans[5].text"]').count()).toBe(0);
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('renders every slide in miniature, landscape and portrait, and plays the real player; no CSP violation anywhere', async () => {
    const page = await open(ORIGINAL);
    await page.locator('nav button[data-tab="slides"]').click();
    const count = await page.locator('preview-slides figure').count();
    expect(count).toBeGreaterThan(20);
    // Each visible miniature holds the real slide element, fed the slide.
    await page.waitForFunction(
      () => {
        const frame = document
          .querySelector('preview-app')!
          .shadowRoot!.querySelector('preview-slides')!
          .shadowRoot!.querySelector('iframe');
        return frame?.contentDocument?.querySelector('preview-frame')?.shadowRoot?.querySelector('slide-slogan') !== null;
      },
      undefined,
      { timeout: 15_000 },
    );
    await page.waitForTimeout(1500);
    await page.screenshot({ path: artifactPath('preview-slides-landscape-1440x900.png') });
    await page.locator('preview-slides .switch button').nth(1).click();
    await page.waitForTimeout(2500);
    await page.screenshot({ path: artifactPath('preview-slides-portrait-1440x900.png') });

    await page.locator('nav button[data-tab="play"]').click();
    await page.locator('preview-play button[type="submit"]').click();
    const player = page.frameLocator('preview-play iframe');
    await player.locator('signage-app[state="playing"]').waitFor({ timeout: 15_000 });
    expect(await player.locator('signage-app').getAttribute('phase')).toBe('phase-2');
    await page.waitForTimeout(1000);
    await page.screenshot({ path: artifactPath('preview-play-1440x900.png') });

    await switchLanguage(page, 'en');
    expect(await page.locator('nav button[data-tab="play"]').textContent()).toBe('Try the player');
    await page.locator('nav button[data-tab="overview"]').click();
    await page.screenshot({ path: artifactPath('preview-english-1440x900.png') });
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('opens in the language of the URL or the one remembered, English from its first frame, and back to Vietnamese', async () => {
    const page = await open(ORIGINAL, '?today=2020-05-15&lang=en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('nav button[data-tab="play"]').textContent()).toBe('Try the player');
    expect(await page.locator('preview-header h1').textContent()).toBe('Preview and edit the signage content');
    // The Check column too.
    expect(await page.locator('preview-problems .state').textContent()).toContain('Valid: the screens will take this file.');
    await switchLanguage(page, 'vi');
    expect(await page.locator('nav button[data-tab="play"]').textContent()).toBe('Chạy thử');
    await switchLanguage(page, 'en');
    // Remembered on this computer: a visit without ?lang= is in English.
    await page.goto(page.url().replace('&lang=en', ''));
    await page.waitForSelector('preview-app[status="valid"]');
    expect(await page.getAttribute('preview-app', 'lang')).toBe('en');
    expect(await page.locator('nav button[data-tab="overview"]').textContent()).toBe('Schedule');
    expect(page.violations).toEqual([]);
    await page.close();
  });
});
