/**
 * The forms for every section of the content (issue #17), in real Chromium against the built app:
 * each section edited through its form changes only the lines meant, reordering works from the
 * keyboard, and a screenshot of each section for a person to look at.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { artifactPath, hasChromium } from './harness';
import { ORIGINAL, previewSuite, type WatchedPage } from './preview-page';
import { checkBundle } from '../../src/content/validate';
import { SECTION_IDS } from '../../src/preview/form-model';

/** The lines of `after` that are not the line at the same place in `before` (same number of lines). */
function changedLines(before: string, after: string): string[] {
  const lines = before.split('\n');
  expect(after.split('\n').length).toBe(lines.length);
  return after.split('\n').filter((line, index) => line !== lines[index]);
}

describe.skipIf(!hasChromium)('the forms of every section, in Chromium', () => {
  const { open } = previewSuite();

  async function openEditor(bundle = ORIGINAL): Promise<WatchedPage> {
    const page = await open(bundle);
    await page.locator('nav button[data-tab="edit"]').click();
    if (bundle === ORIGINAL) await page.locator('preview-editor preview-section-form[data-section="settings"]').waitFor();
    return page;
  }

  async function download(page: Page): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('preview-app button[data-action="download"]').click()]);
    return readFileSync(await file.path(), 'utf8');
  }

  it('one field of each section edited through its form: exactly those lines change, and the bundle stays valid', async () => {
    const page = await openEditor();
    const edits: [string, string][] = [
      ['organization.unit', 'Trường Cao đẳng Kinh tế - Kỹ thuật Công Thương (Thanh Hoá)'],
      ['plan.issued', '11/02/2020'],
      ['purposes[0].text', 'Mục đích thứ nhất, viết lại.'],
      ['themes[1].text', 'Nội dung tuyên truyền thứ hai, viết lại.'],
      ['phases[1].messages[0]', 'Thông điệp đầu của đợt 2, viết lại.'],
      ['slogans[1].text', 'Khẩu hiệu thứ hai, viết lại!'],
      ['milestones[0].caption', 'đổi mới, hội nhập'],
      ['events[0].shortTitle', 'Đại hội Trường XXIV'],
      ['screens[0].name', 'Sảnh chính, màn hình ngang'],
      ['settings.pollSeconds', '120'],
    ];
    for (const [key, value] of edits) await page.locator(`preview-editor [data-key="${key}"]`).fill(value);
    await expect.poll(() => page.getAttribute('preview-app', 'status')).toBe('valid');
    const text = await download(page);
    expect(checkBundle(text).problems).toEqual([]);
    const changed = changedLines(ORIGINAL, text);
    expect(changed).toHaveLength(edits.length);
    expect(changed.join('\n')).toContain('"issued": "2020-02-11"'); // typed day/month/year, written as the bundle writes dates
    expect(changed.join('\n')).toContain('"pollSeconds": 120');
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('a flag, an off-hours time typed "6:00", an achievement title and year: written as meant', async () => {
    const page = await openEditor();
    await page.locator('preview-editor [data-key="events[1].countdown"]').uncheck();
    await page.locator('preview-editor [data-key="screens[2].offHours.from"]').fill('22:00');
    await page.locator('preview-editor [data-key="screens[2].offHours.until"]').fill('6:00');
    await page.locator('preview-editor [data-key="milestones[1].title"]').fill('Cương lĩnh');
    await page.locator('preview-editor [data-key="milestones[1].year"]').fill('1991');
    await expect.poll(() => page.getAttribute('preview-app', 'status')).toBe('valid');
    const bundle = checkBundle(await download(page)).bundle!;
    expect(bundle.events[1]!.countdown).toBe(false);
    expect(bundle.screens[2]!.offHours).toEqual({ from: '22:00', until: '06:00' });
    expect(bundle.milestones[1]).toMatchObject({ title: 'Cương lĩnh', year: 1991 });
    // A date that is not one says so under the field, in Vietnamese, and writes nothing.
    await page.locator('preview-editor [data-key="phases[1].end"]').fill('31/6/2020');
    expect(await page.locator('preview-editor preview-form-field p.problem', { hasText: 'không có ngày 31' }).count()).toBe(1);
    expect(await page.getAttribute('preview-app', 'status')).toBe('valid');
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('reorders from the keyboard: the moved item keeps the focus, and only the moved lines change', async () => {
    const page = await openEditor();
    const down = page.locator(
      'preview-section-form[data-section="slogans"] .item[data-item="slogans[0]"] .item-head button[data-move="down"]',
    );
    await down.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('preview-editor [data-key="slogans[1].text"]').inputValue()).toContain('Thi đua lập thành tích');
    // The focus followed the slogan to its new place: Enter again moves it one further.
    expect(
      await page
        .locator('preview-section-form[data-section="slogans"] .item[data-item="slogans[1]"] .item-head button[data-move="down"]')
        .evaluate((button) => button.matches(':focus')),
    ).toBe(true);
    await page.keyboard.press('Enter');
    const before = JSON.parse(ORIGINAL) as { slogans: { id: string }[] };
    const text = await download(page);
    const after = checkBundle(text).bundle!;
    expect(after.slogans.map((slogan) => slogan.id)).toEqual([
      before.slogans[1]!.id,
      before.slogans[2]!.id,
      before.slogans[0]!.id,
      before.slogans[3]!.id,
      before.slogans[4]!.id,
    ]);
    expect(changedLines(ORIGINAL, text).every((line) => /"(id|text|event|from|until)"/.test(line))).toBe(true);
    // A screen's slide kinds: the first moved down with the keyboard.
    await page
      .locator('preview-section-form[data-section="screens"] [data-item="screens[0]"] .kinds [data-index="0"] button[data-move="down"]')
      .focus();
    await page.keyboard.press('Space');
    await expect
      .poll(async () => checkBundle(await download(page)).bundle?.screens[0]!.slideKinds.slice(0, 2))
      .toEqual(['phase', 'slogan']);
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('reorders a phase message with the mouse (drag and drop)', async () => {
    const page = await openEditor();
    const messages = page.locator('preview-section-form[data-section="phases"] fieldset.nested').nth(1);
    const first = await messages.locator('[data-index="0"] textarea').inputValue();
    await messages.locator('[data-index="0"] .handle').dragTo(messages.locator('[data-index="2"]'));
    await expect.poll(() => messages.locator('[data-index="2"] textarea').inputValue()).toBe(first);
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('the JSON editor completes from the bundle schema: a section the bundle lacks, then a value the field allows', async () => {
    const page = await open(ORIGINAL);
    await page.locator('nav button[data-tab="source"]').click();
    await page.locator('preview-source[ready] .cm-content').click();
    // Line 2, after "$schema": a new line at the top level of the bundle.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"vid');
    const option = page.locator('preview-source .cm-tooltip-autocomplete li[aria-selected="true"]');
    await expect.poll(() => option.textContent()).toContain('videos');
    // CodeMirror ignores keys for 75 ms after a completion list opens or changes (its interactionDelay, against
    // accepting by accident while typing fast); a person reads the list first.
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter');
    // The completion wrote the field and an empty list, the cursor inside it; a comma ends the line.
    await page.keyboard.press('End');
    await page.keyboard.type(',');
    expect(await page.locator('preview-source .cm-activeLine').textContent()).toBe('  "videos": [],');
    await expect.poll(() => page.getAttribute('preview-app', 'status')).toBe('valid');
    // A value: whether the first congress counts down, offered (true or false) on Ctrl+Space.
    // The editor draws only the lines near its view (and wraps long ones): scroll until the line is drawn, then click it.
    const countdown = page.locator('preview-source .cm-line', { hasText: '"countdown": true' }).first();
    for (let scrolls = 0; (await countdown.count()) === 0 && scrolls < 60; scrolls += 1)
      await page.locator('preview-source .cm-scroller').evaluate((scroller) => scroller.scrollBy(0, 400));
    await countdown.click();
    await page.keyboard.press('End');
    const countdownLine = (await page.locator('preview-source .cm-activeLine').textContent())!;
    expect(countdownLine).toMatch(/"countdown": true,?$/);
    if (countdownLine.endsWith(',')) await page.keyboard.press('ArrowLeft');
    for (let step = 0; step < 'true'.length; step += 1) await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Space');
    const labels = page.locator('preview-source .cm-tooltip-autocomplete li .cm-completionLabel');
    await expect.poll(async () => (await labels.allTextContents()).sort()).toEqual(['false', 'true']);
    const falseAt = (await labels.allTextContents()).indexOf('false');
    await page.screenshot({ path: artifactPath('preview-json-completion.png') });
    await page.waitForTimeout(200);
    for (let step = 0; step < falseAt; step += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('preview-source .cm-activeLine').textContent()).toMatch(/"countdown": false,?$/);
    await expect.poll(() => page.getAttribute('preview-app', 'status')).toBe('valid');
    const text = await download(page);
    const bundle = checkBundle(text).bundle!;
    expect(bundle.videos).toEqual([]);
    expect(bundle.events.filter((event) => event.countdown === false)).toHaveLength(1);
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('a missing comma: the Edit tab says where to fix it, a click on the problem lands in the JSON editor at its line, and typing the comma there fixes it', async () => {
    const lines = ORIGINAL.split('\n');
    const at = lines.findIndex((line) => line.startsWith('  "locale"'));
    const broken = [...lines.slice(0, at), lines[at]!.replace(/,$/, ''), ...lines.slice(at + 1)].join('\n');
    const page = await openEditor(broken);
    expect(await page.getAttribute('preview-app', 'status')).toBe('invalid');
    expect(await page.locator('preview-editor p.hint').textContent()).toMatch(/Mã JSON/);
    const problem = page.locator('preview-problems li button').first();
    expect(await problem.getAttribute('data-line')).toBe(String(at + 2));
    await problem.click();
    expect(await page.getAttribute('preview-app', 'tab')).toBe('source');
    await page.locator('preview-source[ready] .cm-content').waitFor();
    // The cursor is at the problem: the line after the one that lacks its comma.
    expect(await page.locator('preview-source .cm-activeLine').textContent()).toBe(lines[at + 1]);
    expect(await page.locator('preview-source .cm-lintRange-error').count()).toBe(1);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.type(',');
    await expect.poll(() => page.getAttribute('preview-app', 'status')).toBe('valid');
    expect(await page.locator('preview-source .cm-lintRange-error').count()).toBe(0);
    expect(await download(page)).toBe(ORIGINAL);
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('the JSON editor shows Vietnamese in a monospace face drawn for it', async () => {
    const page = await openEditor();
    await page.locator('nav button[data-tab="source"]').click();
    await page.locator('preview-source[ready] .cm-content').waitFor();
    const line = ORIGINAL.split('\n').findIndex((text) => text.includes('quốc') && text.includes('lần') && text.includes('tế'));
    expect(line).toBeGreaterThan(0);
    await page
      .locator('preview-source')
      .evaluate((element, target) => (element as unknown as { reveal: (line: number) => Promise<void> }).reveal(target), line + 1);
    const loaded = await page.evaluate(async () => {
      await document.fonts.load('400 14px "JetBrains Mono"', 'tế lần quốc');
      return document.fonts.check('400 14px "JetBrains Mono"', 'tế lần quốc');
    });
    expect(loaded).toBe(true);
    const family = await page.locator('preview-source .cm-scroller').evaluate((element) => getComputedStyle(element).fontFamily);
    expect(family).toMatch(/^"?JetBrains Mono"?/);
    await page.waitForTimeout(200);
    await page.locator('preview-source').screenshot({ path: artifactPath('preview-json-editor-vietnamese.png') });
    // And close up, where a misplaced mark would show: the plan's title, twice the size.
    await page.locator('preview-source .cm-scroller').evaluate((element) => {
      (element as HTMLElement).style.fontSize = '200%';
    });
    await page
      .locator('preview-source')
      .evaluate((element, target) => (element as unknown as { reveal: (line: number) => Promise<void> }).reveal(target), line + 1);
    await page.waitForTimeout(200);
    await page.locator('preview-source').screenshot({ path: artifactPath('preview-json-editor-vietnamese-2x.png') });
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('unsaved edits: kept across a reload, asked about before "Tải nội dung đang đăng" drops them, and before the tab closes', async () => {
    const page = await openEditor();
    const field = page.locator('preview-editor [data-key="slogans[0].text"]');
    await field.fill('Khẩu hiệu đang sửa dở');
    await page.reload();
    await page.waitForSelector('preview-app[status="valid"]', { timeout: 15_000 });
    expect(await page.locator('preview-app p.note').textContent()).toMatch(/Đã mở lại nội dung đang sửa dở/);
    await page.locator('nav button[data-tab="edit"]').click();
    expect(await field.inputValue()).toBe('Khẩu hiệu đang sửa dở');
    // Loading the published content asks first; "Cancel" keeps the edits.
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.locator('preview-app button[data-action="load-published"]').click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toMatch(/chưa được lưu hay tải xuống/);
    expect(await field.inputValue()).toBe('Khẩu hiệu đang sửa dở');
    // Closing the tab with edits: the browser asks.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('screenshots of each section, for a person to look at', async () => {
    const page = await openEditor();
    for (const section of SECTION_IDS) {
      await page.locator(`preview-editor nav button[data-section="${section}"]`).click();
      await page.waitForTimeout(150);
      await page.screenshot({ path: artifactPath(`preview-form-${section}-1440x900.png`) });
    }
    expect(page.violations).toEqual([]);
    await page.close();
  });
});
