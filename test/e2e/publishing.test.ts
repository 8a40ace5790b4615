/**
 * Publishing from the staff page (preview.html), end to end: Debian's nginx with deploy/nginx.conf
 * as shipped (its roles, its rate limit, its Content-Security-Policy) serving the built app, the
 * password files written by the code behind `npm run users`, and real Chromium. An editor saves a
 * draft, a publisher reviews and publishes it, a player already running follows, and the history
 * restores the previous bytes exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, artifactPath, hasChromium, sessionPerTest } from './harness';
import { switchLanguage } from './preview-page';
import { startNginx, type Nginx } from './nginx';
import { ACCOUNTS, hasNginx, requireNginx, temporary, writeUsers, type Account } from '../deploy/publishing-server';
import { checkBundle } from '../../src/content/validate';
import { normalizeEtag } from '../../src/publish/webdav';

requireNginx('staff page publishing tests');

/** The shipped content, polled every 10 s (the least the checker allows) so that the player follows quickly. */
const LIVE = readFileSync(new URL('../../content/bundle.json', import.meta.url), 'utf8').replace('"pollSeconds": 60', '"pollSeconds": 10');
const POLL_SECONDS = 10;
/**
 * A screen takes new content at the end of the slide on screen (never mid-slide): the poll
 * interval, then at most one slide of the slogans-only profile, then a few seconds to spare.
 */
const SLIDE_SECONDS = checkBundle(LIVE).bundle!.screens.find((screen) => screen.id === 'slogans-only')!.slideSeconds;
const FOLLOW_MS = (POLL_SECONDS + SLIDE_SECONDS + 5) * 1000;
const LIVE_VERSION = checkBundle(LIVE).bundle!.version;
const NEW_SLOGAN = 'Chào mừng Đại hội Đảng bộ Nhà trường lần thứ XXIV — bản đăng từ trang nhân viên!';
/** The policy nginx sends with the pages. */
const CSP = /set \$csp "([^"]+)"/.exec(readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8'))![1]!;

type Watched = Page & { violations: string[] };

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
/** axe-core's serious and critical findings on the page (contrast included), as short lines. */
async function axeFindings(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<Result> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.slice(0, 3).map((node) => node.target))}`);
  });
}

describe.skipIf(!hasChromium || !hasNginx)('publishing from the staff page, with nginx and Chromium', () => {
  const made: string[] = [];
  let nginx: Nginx;
  let root: string;
  const session = sessionPerTest({ viewport: { width: 1440, height: 900 } });

  beforeAll(async () => {
    root = temporary('signage-publishing-www-', made);
    cpSync(DIST, root, { recursive: true });
    // The shipped rate limit, unchanged: the page must live with it.
    nginx = await startNginx(root, { users: writeUsers(temporary('signage-publishing-users-', made)) });
  });

  afterAll(async () => {
    await nginx?.stop();
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh server state: the live bundle, no drafts, no history. */
  function resetContent(): void {
    rmSync(join(root, 'content/drafts'), { recursive: true, force: true });
    rmSync(join(root, 'content/history'), { recursive: true, force: true });
    mkdirSync(join(root, 'content/drafts'), { recursive: true });
    writeFileSync(join(root, 'content/bundle.json'), LIVE);
  }
  const liveOnDisk = () => readFileSync(join(root, 'content/bundle.json'), 'utf8');
  const historyOnDisk = () => readdirSync(join(root, 'content/history')).sort();

  async function watch(page: Page): Promise<Watched> {
    const watched = page as Watched;
    watched.violations = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Trusted Type/i.test(message.text())) watched.violations.push(message.text());
    });
    page.on('pageerror', (error) => watched.violations.push(`page error: ${error.message}`));
    // No JavaScript dialog but the ones a test expects (it accepts those itself).
    page.on('dialog', (dialog) => {
      if (dialog.type() !== 'confirm') watched.violations.push(`unexpected dialog: ${dialog.type()} ${dialog.message()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      );
    });
    return watched;
  }

  async function openStaffPage(): Promise<Watched> {
    const page = await watch(await session().context.newPage());
    const response = await page.goto(`${nginx.url}preview.html?today=2020-05-15`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await page.waitForSelector('preview-app[status="valid"]', { timeout: 15_000 });
    await page.evaluate(() => document.fonts.ready);
    await page.locator('nav button[data-tab="publish"]').click();
    return page;
  }

  async function signInAs(page: Page, account: Account): Promise<void> {
    await page.locator('preview-signin input[name="user"]').fill(account.user);
    await page.locator('preview-signin input[name="password"]').fill(account.password);
    await page.locator('preview-signin button[type="submit"]').click();
    await page.waitForSelector(`preview-app[signed-in="${account.user}"]`, { timeout: 10_000 });
    await page.locator('preview-history h2').waitFor();
  }

  /** The text of a page, through every open shadow root. */
  const deepText = (page: Page) =>
    page.evaluate(() => {
      const parts: string[] = [];
      const visit = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
        node.childNodes.forEach(visit);
      };
      visit(document.body);
      return parts.join(' ');
    });

  it('an editor saves a draft; a publisher reviews exactly its two changes and publishes; the player follows; Restore brings the old bytes back', async () => {
    resetContent();
    // A screen already playing, on a slogans-only profile, on a day of phase 2.
    const player = await watch(await session().context.newPage());
    await player.goto(`${nginx.url}?at=2020-05-15T08:00&screen=slogans-only`);
    await player.waitForSelector('signage-app[state="playing"]', { timeout: 20_000 });
    expect(await player.getAttribute('signage-app', 'content-version')).toBe(LIVE_VERSION);

    // The editor: sign in, change a slogan and a milestone, save a draft.
    const editor = await openStaffPage();
    await editor.locator('preview-signin form').waitFor();
    await editor.screenshot({ path: artifactPath('publishing-sign-in-1440x900.png') });
    await signInAs(editor, ACCOUNTS.editor);
    expect(await editor.locator('preview-signin .signed-in').getAttribute('data-role')).toBe('editor');
    await editor.locator('nav button[data-tab="edit"]').click();
    await editor.locator('preview-editor textarea[data-key="slogans[0].text"]').fill(NEW_SLOGAN);
    await editor.locator('preview-editor input[data-key="milestones[0].figure"]').fill('36');
    await expect.poll(() => editor.getAttribute('preview-app', 'status')).toBe('valid');
    await editor.locator('nav button[data-tab="publish"]').click();
    // An editor may not publish: the button says so.
    expect(await editor.locator('preview-review [data-blocked]').textContent()).toMatch(/không có quyền đăng/);
    expect(await editor.locator('preview-review button[data-action="publish"]').isDisabled()).toBe(true);
    await editor.locator('preview-drafts input[name="title"]').fill('Khẩu hiệu Đại hội');
    await editor.locator('preview-drafts input[name="note"]').fill('Khẩu hiệu chào mừng và số năm đổi mới');
    await editor.locator('preview-drafts button[type="submit"]').click();
    await editor.locator('preview-drafts tr[data-draft="khau-hieu-dai-hoi.json"]').waitFor();
    const draft = readFileSync(join(root, 'content/drafts/khau-hieu-dai-hoi.json'), 'utf8');
    const draftMeta = JSON.parse(readFileSync(join(root, 'content/drafts/khau-hieu-dai-hoi.meta.json'), 'utf8')) as Record<string, string>;
    expect(checkBundle(draft).bundle?.slogans[0]!.text).toBe(NEW_SLOGAN);
    expect(draftMeta.author).toBe('bob');
    expect(draftMeta.note).toBe('Khẩu hiệu chào mừng và số năm đổi mới');
    const liveEtag = (await fetch(new URL('content/bundle.json', nginx.url))).headers.get('etag');
    // Without the weak marker a compressed answer adds: the same file to nginx.
    expect(draftMeta.baseEtag).toBe(normalizeEtag(liveEtag));
    expect(editor.violations).toEqual([]);
    await editor.close();

    // The publisher: sign in, open the draft, see exactly those two changes, publish.
    const publisher = await openStaffPage();
    await signInAs(publisher, ACCOUNTS.publisher);
    expect(await publisher.locator('preview-signin .signed-in').getAttribute('data-role')).toBe('publisher');
    const row = publisher.locator('preview-drafts tr[data-draft="khau-hieu-dai-hoi.json"]');
    expect(await row.locator('td').nth(1).textContent()).toBe('bob');
    await row.locator('button[data-action="open"]').click();
    await expect.poll(() => publisher.getAttribute('preview-app', 'file-name')).toBe('content/drafts/khau-hieu-dai-hoi.json');
    const changes = publisher.locator('preview-review ul.changes li');
    await expect.poll(() => changes.count()).toBe(2);
    expect(
      await changes.evaluateAll((items) => items.map((item) => [item.dataset.section, item.dataset.field, item.dataset.kind])),
    ).toEqual([
      ['slogans', 'text', 'changed'],
      ['milestones', 'figure', 'changed'],
    ]);
    expect(await changes.nth(0).locator('ins').textContent()).toBe(NEW_SLOGAN);
    expect(await changes.nth(1).locator('del').textContent()).toBe('35');
    expect(await changes.nth(1).locator('ins').textContent()).toBe('36');
    expect(await publisher.locator('preview-review ul.days li').count()).toBeGreaterThan(0);
    expect(await publisher.locator('preview-review input[name="note"]').inputValue()).toBe('Khẩu hiệu chào mừng và số năm đổi mới');
    await publisher.locator('preview-review').scrollIntoViewIfNeeded();
    await publisher.screenshot({ path: artifactPath('publishing-review-1440x900.png') });
    await publisher.locator('preview-review').screenshot({ path: artifactPath('publishing-review-panel.png') });

    await publisher.locator('preview-review button[data-action="publish"]').click();
    const outcome = publisher.locator('preview-review [data-outcome]');
    await outcome.waitFor({ timeout: 20_000 });
    expect(await outcome.getAttribute('class')).toBe('done');
    expect(await outcome.textContent()).toContain(`trong vòng ${POLL_SECONDS} giây`);
    const published = liveOnDisk();
    const newVersion = checkBundle(published).bundle!.version;
    expect(newVersion).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ alice$/);
    // The draft's bytes, with only the version changed.
    expect(published.replace(`"version": "${newVersion}"`, '')).toBe(draft.replace(`"version": "${LIVE_VERSION}"`, ''));
    // History first: the bytes that were live, kept, then the new version recorded.
    const history = historyOnDisk();
    const kept = history.find((name) => name.endsWith('--found-live.json'))!;
    expect(readFileSync(join(root, 'content/history', kept), 'utf8')).toBe(LIVE);
    const recorded = history.find((name) => name.endsWith('--alice.json'))!;
    expect(readFileSync(join(root, 'content/history', recorded), 'utf8')).toBe(published);
    expect(JSON.parse(readFileSync(join(root, 'content/history', recorded.replace(/\.json$/, '.meta.json')), 'utf8'))).toMatchObject({
      publisher: 'alice',
      note: 'Khẩu hiệu chào mừng và số năm đổi mới',
      via: 'staff page',
    });

    // The running player takes it within its poll interval (and the end of its slide), and shows the new slogan.
    const publishedAt = Date.now();
    await player.waitForSelector(`signage-app[content-version="${newVersion}"]`, { timeout: FOLLOW_MS });
    const followedMs = Date.now() - publishedAt;
    expect(followedMs).toBeLessThan(FOLLOW_MS);
    await expect.poll(() => deepText(player), { timeout: 60_000, interval: 500 }).toContain(NEW_SLOGAN);
    await player.screenshot({ path: artifactPath('publishing-player-new-slogan.png') });

    // History: both versions, who and the note; restore the previous one.
    const rows = publisher.locator('preview-history tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).getAttribute('data-version')).toBe(newVersion);
    expect(await rows.nth(0).textContent()).toContain('alice');
    expect(await rows.nth(0).textContent()).toContain('Khẩu hiệu chào mừng và số năm đổi mới');
    expect(await rows.nth(1).getAttribute('data-version')).toBe(LIVE_VERSION);
    await publisher.locator('preview-history').scrollIntoViewIfNeeded();
    await publisher.screenshot({ path: artifactPath('publishing-history-1440x900.png') });
    // The whole staff tab, signed in with a review and a history, for assistive technology too.
    expect(await axeFindings(publisher)).toEqual([]);

    // View the old version: the review compares it with the live one.
    await rows.nth(1).locator('button[data-action="view"]').click();
    await expect.poll(() => publisher.getAttribute('preview-app', 'file-name')).toBe(`content/history/${kept}`);
    await expect.poll(() => changes.count()).toBe(2);

    await rows.nth(1).locator('button[data-action="restore"]').click();
    await expect.poll(() => publisher.locator('preview-review [data-outcome]').getAttribute('class'), { timeout: 20_000 }).toBe('done');
    expect(liveOnDisk()).toBe(LIVE);
    const restoredEntry = historyOnDisk().filter((name) => name.endsWith('--alice.json') && name !== recorded);
    expect(restoredEntry).toHaveLength(1);
    expect(readFileSync(join(root, 'content/history', restoredEntry[0]!), 'utf8')).toBe(LIVE);
    expect(
      JSON.parse(readFileSync(join(root, 'content/history', restoredEntry[0]!.replace(/\.json$/, '.meta.json')), 'utf8')),
    ).toMatchObject({
      restoredFrom: kept,
      publisher: 'alice',
    });
    await expect.poll(() => rows.count()).toBe(3);
    await publisher.screenshot({ path: artifactPath('publishing-restored-1440x900.png') });
    await player.waitForSelector(`signage-app[content-version="${LIVE_VERSION}"]`, { timeout: FOLLOW_MS });
    await expect.poll(() => deepText(player), { timeout: 60_000, interval: 500 }).not.toContain(NEW_SLOGAN);

    expect(publisher.violations).toEqual([]);
    expect(player.violations).toEqual([]);
  });

  it('refuses a draft whose live bundle changed since, with what to do; an invalid document cannot be published', async () => {
    resetContent();
    const editor = await openStaffPage();
    await signInAs(editor, ACCOUNTS.editor);
    await editor.locator('nav button[data-tab="edit"]').click();
    await editor.locator('preview-editor textarea[data-key="slogans[1].text"]').fill('Một khẩu hiệu sửa từ bản cũ');
    await editor.locator('nav button[data-tab="publish"]').click();
    await editor.locator('preview-drafts input[name="title"]').fill('cu');
    await editor.locator('preview-drafts button[type="submit"]').click();
    await editor.locator('preview-drafts tr[data-draft="cu.json"]').waitFor();
    await editor.close();

    // Someone publishes another version meanwhile (here, by hand on the server).
    const meanwhile = LIVE.replace(`"version": "${LIVE_VERSION}"`, '"version": "published-meanwhile"');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a new mtime, so a new ETag
    writeFileSync(join(root, 'content/bundle.json'), meanwhile);

    const publisher = await openStaffPage();
    await signInAs(publisher, ACCOUNTS.publisher);
    await publisher.locator('preview-drafts tr[data-draft="cu.json"] button[data-action="open"]').click();
    await expect.poll(() => publisher.getAttribute('preview-app', 'file-name')).toBe('content/drafts/cu.json');
    // The review says so before anything is tried.
    expect(await publisher.locator('preview-review p.warning').textContent()).toMatch(/đã được đăng lại sau khi bản nháp này được tạo/);
    await publisher.locator('preview-review button[data-action="publish"]').click();
    const outcome = publisher.locator('preview-review [data-outcome]');
    await outcome.waitFor({ timeout: 20_000 });
    expect(await outcome.getAttribute('class')).toBe('failed');
    expect(await outcome.textContent()).toContain('published-meanwhile');
    expect(await outcome.textContent()).toMatch(/đưa thay đổi của bạn vào, rồi đăng lại/);
    expect(liveOnDisk()).toBe(meanwhile);
    await publisher.locator('preview-review').screenshot({ path: artifactPath('publishing-conflict-panel.png') });

    // An invalid document: the button is off and says why; nothing is written.
    await publisher.locator('nav button[data-tab="edit"]').click();
    await publisher.locator('preview-editor textarea[data-key="slogans[0].text"]').fill('');
    await expect.poll(() => publisher.getAttribute('preview-app', 'status')).toBe('invalid');
    await publisher.locator('nav button[data-tab="publish"]').click();
    expect(await publisher.locator('preview-review [data-blocked]').textContent()).toMatch(/còn 1 lỗi/);
    expect(await publisher.locator('preview-review button[data-action="publish"]').isDisabled()).toBe(true);
    // In English too.
    await switchLanguage(publisher, 'en');
    expect(await publisher.locator('preview-review [data-blocked]').textContent()).toMatch(
      /Cannot publish yet: problems in the content: 1/,
    );
    // What the server said follows the language too.
    expect(await publisher.locator('preview-review [data-outcome]').textContent()).toMatch(/carry your changes over, and publish again/);
    expect(
      await publisher.locator('preview-review p.hint', { hasText: 'Fix every problem in the Check column to see the days' }).count(),
    ).toBe(1);
    await publisher.locator('preview-review').scrollIntoViewIfNeeded();
    await publisher.screenshot({ path: artifactPath('publishing-invalid-english-1440x900.png') });
    expect(liveOnDisk()).toBe(meanwhile);
    expect(publisher.violations).toEqual([]);
  });

  it('a wrong password or an account without the role gets a sentence in the page, never the browser’s password prompt', async () => {
    resetContent();
    const page = await openStaffPage();
    const statuses: number[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/content/drafts/')) statuses.push(response.status());
    });
    await page.locator('preview-signin input[name="user"]').fill('alice');
    await page.locator('preview-signin input[name="password"]').fill('not-the-password');
    await page.locator('preview-signin button[type="submit"]').click();
    // The 401 reached the page as an answer (Chromium held nothing back for a prompt of its own).
    await expect.poll(() => page.locator('preview-signin .error').textContent()).toMatch(/sai tên hoặc mật khẩu/);
    expect(statuses).toEqual([401]);
    expect(await page.getAttribute('preview-app', 'signed-in')).toBe('');
    await page.screenshot({ path: artifactPath('publishing-sign-in-failed-1440x900.png') });
    await page.locator('preview-signin input[name="user"]').fill(ACCOUNTS.screen.user);
    await page.locator('preview-signin input[name="password"]').fill(ACCOUNTS.screen.password);
    await page.locator('preview-signin button[type="submit"]').click();
    await expect.poll(() => page.locator('preview-signin .error').textContent()).toMatch(/không có quyền/);
    expect(statuses).toEqual([401, 403]);
    // Signing in and out: the password is nowhere in the page's storage.
    await signInAs(page, ACCOUNTS.editor);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(ACCOUNTS.editor.password);
    // An editor deletes a draft of their own (after a confirmation); both files go.
    await page.locator('preview-drafts input[name="title"]').fill('Thử xoá');
    await page.locator('preview-drafts button[type="submit"]').click();
    await page.locator('preview-drafts tr[data-draft="thu-xoa.json"]').waitFor();
    expect(readdirSync(join(root, 'content/drafts')).sort()).toEqual(['thu-xoa.json', 'thu-xoa.meta.json']);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('preview-drafts tr[data-draft="thu-xoa.json"] button[data-action="delete"]').click();
    await page.locator('preview-drafts tr[data-draft="thu-xoa.json"]').waitFor({ state: 'detached' });
    expect(readdirSync(join(root, 'content/drafts'))).toEqual([]);
    await page.locator('preview-signin button[data-action="sign-out"]').click();
    expect(await page.getAttribute('preview-app', 'signed-in')).toBe('');
    await page.locator('preview-signin form').waitFor();
    expect(page.violations).toEqual([]);
  });
});
