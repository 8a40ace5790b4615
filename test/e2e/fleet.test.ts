/**
 * The fleet end to end: Debian's nginx with deploy/nginx.conf serving the built app, real Chromium
 * players as devices (?device=NAME&key=…, each its own browser profile) reporting every 2 s
 * (`?heartbeat=2`, the test's compressed time), the staff page's Screens tab signed in as an
 * editor, and `npm run fleet:check`. The players run on the real clock (the server's file times
 * are real too); the off hours are set around the hour the test runs, so it passes at any hour.
 *
 * The sign-in rate is raised: every request of these three browsers and the command line comes
 * from 127.0.0.1, where a campus spreads them over one address per screen and per desk. The
 * players' service workers are blocked: what is tested here is what the pages send and what the
 * server and the staff page make of it (the service worker has tests of its own), and a route
 * blocking the bundle must see the page's requests.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { DIST, READY, appAttribute, artifactPath, hasChromium, launch, type Session } from './harness';
import { startNginx, type Nginx } from './nginx';
import { ACCOUNTS, hasNginx, requireNginx, runTool, temporary, writeUsers, type Account } from '../deploy/publishing-server';
import { readStatus, type FleetStatus } from '../../src/fleet/status-document';
import { itemOf, readDayFile } from '../../src/fleet/plays';
import type { PlayRecord } from '../../src/kiosk/play-record';
import { checkBundle } from '../../src/content/validate';
import { nothingCurrentSince } from '../../src/schedule/current';

requireNginx('fleet tests');

const ZONE = 'Asia/Ho_Chi_Minh';
const HEARTBEAT = 2;
const BASE = JSON.parse(readFileSync(new URL('../../content/bundle.json', import.meta.url), 'utf8')) as {
  version: string;
  screens: { id: string; offHours?: { from: string; until: string } }[];
  slogans: ({ id: string; event?: string } & Record<string, unknown>)[];
};
/** The shipped content, its slogans for any day, with a profile whose off hours hold for the hour around now (in Vietnam). */
function liveBundle(version: string): string {
  const now = DateTime.now().setZone(ZONE);
  const night = { ...BASE.screens.find((screen) => screen.id === 'slogans-only')!, id: 'night', name: 'Night' };
  night.offHours = { from: now.minus({ hours: 1 }).toFormat('HH:mm'), until: now.plus({ hours: 1 }).toFormat('HH:mm') };
  // Slogans for every day (the shipped ones end with their congresses, long past): the screens show slogans, not the fallback.
  const slogans = BASE.slogans.map(({ event: _event, ...slogan }) => slogan);
  return JSON.stringify({ ...BASE, version, slogans, screens: [...BASE.screens, night] }, null, 2);
}

describe.skipIf(!hasChromium || !hasNginx)('the fleet, with nginx and Chromium', { timeout: 240_000 }, () => {
  const made: string[] = [];
  const sessions: Session[] = [];
  let nginx: Nginx;
  let root: string;

  beforeAll(async () => {
    root = temporary('signage-fleet-www-', made);
    cpSync(DIST, root, { recursive: true });
    rmSync(join(root, 'fleet'), { recursive: true, force: true });
    nginx = await startNginx(root, { users: writeUsers(temporary('signage-fleet-users-', made)), signinRate: '30r/s' });
  });
  // Every browser of a test is closed after it, passed or failed: a player left running would report into the next test.
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.close();
  });
  afterAll(async () => {
    await nginx?.stop();
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  const publishLive = (version: string) => writeFileSync(join(root, 'content/bundle.json'), liveBundle(version));
  const statusOf = (device: string): (FleetStatus & { receivedAt: number }) | undefined => {
    try {
      const path = join(root, 'fleet', device, 'status.json');
      return { ...readStatus(readFileSync(path, 'utf8'))!, receivedAt: statSync(path).mtimeMs };
    } catch {
      return undefined;
    }
  };
  /** fleet:check with minutes fit for a 2 s heartbeat: warning after 3 s, critical after 6 s (3 heartbeats) unless told. */
  const fleetCheck = (critMinutes = 0.1) =>
    runTool('fleet-check', ['--server', nginx.url, '--warn-minutes', '0.05', '--crit-minutes', String(critMinutes)], {
      env: { SIGNAGE_USER: ACCOUNTS.editor.user, SIGNAGE_PASSWORD: ACCOUNTS.editor.password },
    });

  async function browser(viewport = { width: 960, height: 540 }): Promise<Session> {
    const session = await launch({ viewport, extra: { serviceWorkers: 'block' } });
    sessions.push(session);
    return session;
  }
  async function player(session: Session, account: Account, screen = 'slogans-only'): Promise<Page> {
    const page = await session.context.newPage();
    const query = new URLSearchParams({ screen, device: account.user, key: account.password, heartbeat: String(HEARTBEAT), poll: '2' });
    await page.goto(`${nginx.url}?${query}`);
    await page.waitForSelector(`${READY}, signage-app[screen-off]`, { timeout: 20_000 });
    return page;
  }
  async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeout = 30_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`${what}: not within ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async function staffPage(): Promise<Page> {
    const page = await (await browser({ width: 1440, height: 900 })).context.newPage();
    await page.goto(`${nginx.url}preview.html`);
    await page.waitForSelector('preview-app[status="valid"]', { timeout: 20_000 });
    await page.locator('nav button[data-tab="publish"]').click();
    await page.locator('preview-signin input[name="user"]').fill(ACCOUNTS.editor.user);
    await page.locator('preview-signin input[name="password"]').fill(ACCOUNTS.editor.password);
    await page.locator('preview-signin button[type="submit"]').click();
    await page.waitForSelector(`preview-app[signed-in="${ACCOUNTS.editor.user}"]`, { timeout: 10_000 });
    await page.locator('nav button[data-tab="screens"]').click();
    await page.waitForSelector('preview-screens[refreshed]', { timeout: 15_000 });
    return page;
  }
  /** Refreshes the tab now and waits for the new reading; the verdict of each device then. */
  async function verdicts(page: Page): Promise<Record<string, string>> {
    const before = await page.locator('preview-screens').getAttribute('refreshed');
    await page.locator('preview-screens .bar button').click();
    await until('a refresh', async () => (await page.locator('preview-screens').getAttribute('refreshed')) !== before);
    const rows = page.locator('preview-screens tbody tr');
    const result: Record<string, string> = {};
    for (let index = 0; index < (await rows.count()); index++) {
      const row = rows.nth(index);
      result[(await row.getAttribute('data-device'))!] = (await row.getAttribute('data-verdict'))!;
    }
    return result;
  }

  it('two devices report within one heartbeat, as their pages show; one stopped is offline after 3 heartbeats (fleet:check 2), and recovers', async () => {
    publishLive('fleet-1');
    const [one, two] = [await browser(), await browser()];
    const started = Date.now();
    const sentWithKey: string[] = [];
    one.context.on('request', (request) => {
      if (request.headers().authorization) sentWithKey.push(request.url());
    });
    const lobby = await player(one, ACCOUNTS.screen);
    let hall = await player(two, ACCOUNTS.otherScreen);
    // Both report within a heartbeat of their first slide (plus the page's start).
    for (const device of [ACCOUNTS.screen.user, ACCOUNTS.otherScreen.user])
      await until(`${device} reports`, () => statusOf(device), (HEARTBEAT + 8) * 1000);
    expect(Date.now() - started).toBeLessThan(30_000);
    // What a report holds is what its page shows: the slide read before and after the same report.
    for (const [page, device] of [
      [lobby, ACCOUNTS.screen.user],
      [hall, ACCOUNTS.otherScreen.user],
    ] as const) {
      await until(`${device}'s report matches its page`, async () => {
        const slide = await appAttribute(page, 'slide');
        const seen = statusOf(device)!.receivedAt;
        await until('the next report', () => statusOf(device)!.receivedAt > seen, (HEARTBEAT + 3) * 1000);
        const status = statusOf(device)!;
        if ((await appAttribute(page, 'slide')) !== slide) return undefined;
        expect(status).toMatchObject({
          device,
          screen: 'slogans-only',
          contentVersion: await appAttribute(page, 'content-version'),
          state: await appAttribute(page, 'state'),
          slide,
          heartbeatSeconds: HEARTBEAT,
          // Measured at the first report, carried from the next (#17): what the media caches hold.
          media: { files: expect.any(Number), bytes: expect.any(Number) },
        });
        return true;
      });
    }
    // The key: sent only to the page's own server, in a header; never on screen, nor in the status overlay.
    expect(sentWithKey.length).toBeGreaterThan(0);
    expect(sentWithKey.filter((url) => !url.startsWith(nginx.url))).toEqual([]);
    await lobby.keyboard.press('d');
    await lobby.waitForSelector('signage-app[debug] >> status-overlay');
    // The overlay measures the media caches itself (imported when first measured, as the report does).
    await until('the overlay shows media stored', async () =>
      (await lobby.getByText(/\d+ tệp · files · [\d.]+ MB/).count()) > 0 ? true : undefined,
    );
    const shown = await lobby.evaluate(() => {
      const parts: string[] = [];
      const visit = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        if (node instanceof Element) {
          for (const attribute of node.attributes) parts.push(attribute.value);
          if (node.shadowRoot) visit(node.shadowRoot);
        }
        node.childNodes.forEach(visit);
      };
      visit(document.body);
      return parts.join(' ');
    });
    expect(shown).toContain('Trạng thái màn hình');
    expect(shown).not.toContain(ACCOUNTS.screen.password);
    await lobby.keyboard.press('d');
    const staff = await staffPage();
    expect(await verdicts(staff)).toEqual({ 'lobby-1': 'ok', 'hall-2': 'ok' });
    expect(fleetCheck().status).toBe(0);
    expect(await staff.locator('preview-screens tr[data-device="lobby-1"] [data-facts="storage"]').textContent()).toMatch(
      /Bộ nhớ: [\d,]+ [MG]B \/ [\d,]+ [MG]B · ảnh và video: \d+ tệp, [\d,]+ MB/,
    );

    // Stop hall-2: offline once 3 heartbeats pass without a report, since its last report.
    await hall.close();
    const last = statusOf(ACCOUNTS.otherScreen.user)!.receivedAt;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, last + 3 * HEARTBEAT * 1000 + 1500 - Date.now())));
    expect(await verdicts(staff)).toEqual({ 'hall-2': 'offline', 'lobby-1': 'ok' });
    const offlineRow = staff.locator('preview-screens tr[data-device="hall-2"]');
    expect(await offlineRow.locator('.since').textContent()).toContain(
      DateTime.fromMillis(last, { zone: ZONE }).toFormat('dd/MM/yyyy HH:mm'),
    );
    await staff.screenshot({ path: artifactPath('fleet-screens-offline.png'), fullPage: true });
    const check = await until('fleet:check critical', () => {
      const result = fleetCheck();
      return result.status === 2 ? result : undefined;
    });
    expect(check.out).toMatch(/^CRITICAL hall-2: offline since /m);
    expect(check.out).not.toMatch(/lobby-1/);

    // Start it again: both recover.
    hall = await player(two, ACCOUNTS.otherScreen);
    await until('hall-2 reports again', () => statusOf(ACCOUNTS.otherScreen.user)!.receivedAt > last);
    expect(await verdicts(staff)).toEqual({ 'lobby-1': 'ok', 'hall-2': 'ok' });
    expect(fleetCheck().status).toBe(0);
    await staff.screenshot({ path: artifactPath('fleet-screens-healthy.png'), fullPage: true });
    // The same in English: the tab's words follow the page's language.
    await staff.locator('preview-header button[lang="en"]').click();
    await staff.locator('preview-screens h2', { hasText: 'Screens' }).waitFor();
    expect(await staff.locator('preview-screens tr[data-device="hall-2"] .badge').textContent()).toBe('Well');
    await staff.screenshot({ path: artifactPath('fleet-screens-healthy-en.png'), fullPage: true });
    await lobby.close();
    await hall.close();
  });
  it('a device in its off hours is asleep, not offline, and fleet:check stays 0', async () => {
    publishLive('fleet-1');
    rmSync(join(root, 'fleet'), { recursive: true, force: true });
    const night = await player(await browser(), ACCOUNTS.screen, 'night');
    await until('asleep', async () => (await night.locator('signage-app[screen-off]').count()) > 0);
    const status = await until('a report while asleep', () => {
      const report = statusOf(ACCOUNTS.screen.user);
      return report?.asleepUntil ? report : undefined;
    });
    expect(Date.parse(status.asleepUntil!)).toBeGreaterThan(Date.now());
    const staff = await staffPage();
    expect(await verdicts(staff)).toEqual({ 'lobby-1': 'asleep' });
    // Closed at night (a screen switched off at the wall): still asleep, not offline, for fleet:check too.
    await night.close();
    await new Promise((resolve) => setTimeout(resolve, 4 * HEARTBEAT * 1000));
    expect(await verdicts(staff)).toEqual({ 'lobby-1': 'asleep' });
    const check = fleetCheck();
    expect(check.out).toMatch(/^FLEET OK - 1 screens, 0 not well, 1 asleep in off hours/);
    expect(check.status).toBe(0);
  });

  it('the shipped content, its congresses long past: nothing current since its last day, in the report, the tab and fleet:check (OK)', async () => {
    // The shipped bundle as it is: its slogans end with their congresses (issue #14).
    const shipped = JSON.stringify({ ...BASE, version: 'fleet-past' }, null, 2);
    writeFileSync(join(root, 'content/bundle.json'), shipped);
    rmSync(join(root, 'fleet'), { recursive: true, force: true });
    const since = nothingCurrentSince(checkBundle(shipped).bundle!, Date.now())?.since;
    expect(since).toMatch(/^20\d\d-\d\d-\d\d$/);
    await player(await browser(), ACCOUNTS.screen);
    const status = await until('a report of fleet-past', () =>
      statusOf('lobby-1')?.contentVersion === 'fleet-past' ? statusOf('lobby-1') : undefined,
    );
    expect(status.nothingCurrent).toEqual({ since });
    const staff = await staffPage();
    expect(await verdicts(staff)).toEqual({ 'lobby-1': 'ok' });
    expect(await staff.locator('preview-screens tr[data-device="lobby-1"] [data-problem="current"]').textContent()).toBe(
      `Không còn nội dung hiện hành từ ${DateTime.fromISO(since!).toFormat('dd/MM/yyyy')}: hãy đăng nội dung mới`,
    );
    await staff.screenshot({ path: artifactPath('fleet-screens-nothing-current.png'), fullPage: true });
    const check = fleetCheck(5);
    expect(check.out).toMatch(
      /^FLEET OK - 1 screens, 0 not well, 0 asleep in off hours, 1 with nothing current \(editors should publish\)/,
    );
    expect(check.status).toBe(0);
  });

  it('a device that cannot fetch the new bundle is behind, then caught up when it can', async () => {
    publishLive('fleet-1');
    rmSync(join(root, 'fleet'), { recursive: true, force: true });
    const [one, two] = [await browser(), await browser()];
    const lobby = await player(one, ACCOUNTS.screen);
    const hall = await player(two, ACCOUNTS.otherScreen);
    // hall-2 takes fleet-1 (its checks of the server start after its first slide), then can still report, but not reach the bundle.
    await hall.waitForFunction(() => document.querySelector('signage-app')?.getAttribute('content-version') === 'fleet-1', undefined, {
      timeout: 30_000,
    });
    await hall.route('**/content/bundle.json*', (route) => route.abort());
    const staff = await staffPage();
    await until(
      'both report fleet-1',
      () => statusOf('lobby-1')?.contentVersion === 'fleet-1' && statusOf('hall-2')?.contentVersion === 'fleet-1',
    );
    publishLive('fleet-2');
    await until('lobby-1 takes fleet-2', () => statusOf('lobby-1')?.contentVersion === 'fleet-2', 40_000);
    expect(await verdicts(staff)).toEqual({ 'hall-2': 'behind', 'lobby-1': 'ok' });
    const behind = staff.locator('preview-screens tr[data-device="hall-2"] li[data-problem="behind"]');
    expect(await behind.textContent()).toMatch(/fleet-1 → fleet-2/);
    // What hall-2 shows is drawn from fleet-1, which is no longer live: from the history, or said to be unknown.
    await staff.screenshot({ path: artifactPath('fleet-screens-behind.png'), fullPage: true });
    const check = fleetCheck(10);
    expect(check.out).toMatch(/^WARNING hall-2: behind \(fleet-1 → fleet-2\) since /m);
    expect(check.status).toBe(1);
    await hall.unroute('**/content/bundle.json*');
    await until('hall-2 takes fleet-2', () => statusOf('hall-2')?.contentVersion === 'fleet-2', 40_000);
    expect(await verdicts(staff)).toEqual({ 'hall-2': 'ok', 'lobby-1': 'ok' });
    await lobby.close();
    await hall.close();
  });

  it('proof of play arrives as day files, and the report counts what the pages recorded', async () => {
    publishLive('fleet-1');
    rmSync(join(root, 'fleet'), { recursive: true, force: true });
    const devices = [ACCOUNTS.screen, ACCOUNTS.otherScreen];
    const profiles = await Promise.all(devices.map(() => browser()));
    const pages = await Promise.all(devices.map((account, index) => player(profiles[index]!, account)));
    // Every day file of the device (a test that runs over midnight in Vietnam has two), in order.
    const days = (device: string) => {
      try {
        return readdirSync(join(root, 'fleet', device))
          .filter((name) => /^plays-\d{4}-\d{2}-\d{2}\.csv$/.test(name))
          .sort();
      } catch {
        return [];
      }
    };
    const dayFile = (device: string) =>
      days(device).flatMap((name) => readDayFile(readFileSync(join(root, 'fleet', device, name), 'utf8')));
    // The day's file goes every 15 heartbeats (30 s here) while there is something new: wait for one with 3 plays or more.
    for (const account of devices) await until(`${account.user}'s plays`, () => dayFile(account.user).length >= 3 || undefined, 80_000);
    // Players stopped, the files stay as they are: what the report reads is what this test reads.
    for (const page of pages) await page.close();
    const onServer = new Map(devices.map((account) => [account.user, dayFile(account.user)]));
    // Each file is what the page recorded, in order: the first N records of its play log (read by a
    // page of the same origin and profile that records nothing, the staff page).
    for (const [index, account] of devices.entries()) {
      const reader = await profiles[index]!.context.newPage();
      await reader.goto(`${nginx.url}preview.html`);
      const recorded = await reader.evaluate(
        () =>
          new Promise<PlayRecord[]>((resolve, reject) => {
            const open = indexedDB.open('signage-proof-of-play');
            open.onerror = () => reject(new Error(String(open.error)));
            open.onsuccess = () => {
              const all = open.result.transaction('plays').objectStore('plays').getAll();
              all.onsuccess = () => resolve(all.result as PlayRecord[]);
              all.onerror = () => reject(new Error(String(all.error)));
            };
          }),
      );
      const sent = onServer.get(account.user)!;
      expect(recorded.length).toBeGreaterThanOrEqual(sent.length);
      expect(recorded.slice(0, sent.length)).toEqual(sent);
      await reader.close();
    }
    // The report in the Screens tab: each item's plays per device and in total, counted here from the files.
    const staff = await staffPage();
    const range = devices
      .flatMap((account) => days(account.user))
      .map((name) => name.slice(6, 16))
      .sort();
    await staff.locator('preview-plays input[name="from"]').fill(range[0]!);
    await staff.locator('preview-plays input[name="to"]').fill(range.at(-1)!);
    await staff.locator('preview-plays button[type="submit"]').click();
    await staff.waitForSelector('preview-plays tbody tr');
    const expected = new Map<string, number>();
    for (const [device, records] of onServer)
      for (const record of records.filter((item) => item.kind !== 'off')) {
        for (const key of [`${itemOf(record.slide)}|${device}`, `${itemOf(record.slide)}|*`])
          expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    const rows = staff.locator('preview-plays tbody tr');
    const shown = new Map<string, number>();
    for (let index = 0; index < (await rows.count()); index++) {
      const row = rows.nth(index);
      shown.set(
        `${await row.getAttribute('data-item')}|${await row.getAttribute('data-device')}`,
        Number(await row.locator('td').nth(3).textContent()),
      );
    }
    expect(shown).toEqual(expected);
    await staff.locator('preview-plays').screenshot({ path: artifactPath('fleet-proof-of-play.png') });
  });
});
