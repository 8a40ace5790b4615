/**
 * `npm run content:publish` and `npm run content:history` against Debian's real nginx with
 * deploy/nginx.conf, and the staff page's way of publishing (src/publish/publish.ts with a base ETag
 * and a new version) against the same server.
 *
 * The sign-in rate is raised for this file (each publish makes about ten requests, and these tests
 * publish many times a minute); test/deploy/nginx-permissions.test.ts tests the shipped rate.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx, type Nginx } from '../e2e/nginx';
import { publish } from '../../src/publish/publish';
import { DavClient } from '../../src/publish/webdav';
import { ACCOUNTS, hasNginx, requireNginx, runTool, temporary, writeTree, writeUsers, type Account } from './publishing-server';

requireNginx('content:publish tests');

const BUNDLE = readFileSync('test/fixtures/minimal.json', 'utf8');
const version = (name: string, text = BUNDLE) => text.replace(/"version": "[^"]*"/, `"version": "${name}"`);

describe.skipIf(!hasNginx)('content:publish and content:history with the real nginx', { timeout: 120_000 }, () => {
  const made: string[] = [];
  let root: string;
  let files: string;
  let nginx: Nginx;

  const live = () => readFileSync(join(root, 'content/bundle.json'), 'utf8');
  const history = () =>
    readdirSync(join(root, 'content/history'), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
  const historyBundles = () => history().filter((name) => !name.endsWith('.meta.json'));
  const readHistory = (name: string) => readFileSync(join(root, 'content/history', name), 'utf8');
  const file = (name: string, text: string) => {
    const path = join(files, name);
    writeFileSync(path, text);
    return path;
  };
  const env = (account: Account | undefined = ACCOUNTS.publisher) => ({
    SIGNAGE_USER: account?.user,
    SIGNAGE_PASSWORD: account?.password,
    SIGNAGE_SERVER: undefined,
  });
  const publishCli = (args: string[], account?: Account) =>
    runTool('content-publish', [...args, '--server', nginx.url], { env: env(account) });
  const historyCli = (args: string[] = [], account?: Account) =>
    runTool('content-history', [...args, '--server', nginx.url], { env: env(account) });

  beforeAll(async () => {
    root = temporary('signage-publish-root-', made);
    files = temporary('signage-publish-files-', made);
    nginx = await startNginx(root, { users: writeUsers(temporary('signage-publish-users-', made)), signinRate: '1000r/s' });
  });
  beforeEach(() => {
    // A server as installed: the default content live, no history yet.
    writeTree(root, { 'index.html': '<!doctype html>', 'content/bundle.json': version('default') });
  });
  afterAll(async () => {
    await nginx?.stop();
    made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('publishes a valid file: exit 0, the bytes live as given, the bundle it replaced kept first, read back, recorded with the note', async () => {
    const text = version('2026-11-28.1');
    const result = publishCli([file('next.json', text), '--note', 'Khẩu hiệu tháng 12']);
    expect(result.status, result.err).toBe(0);
    expect(live()).toBe(text);
    expect(result.out).toMatch(/next\.json: OK — /);
    expect(result.out).toMatch(
      /the bundle that was live \("default"\) was not in the history yet: kept as content\/history\/\S+--default--found-live\.json/,
    );
    expect(result.out).toMatch(
      /published "2026-11-28\.1" to http:\/\/127\.0\.0\.1:\d+\/content\/bundle\.json \(\d+ bytes, read back identical\)/,
    );
    expect(result.out).toMatch(/Screens show it within 60 seconds/);
    const [kept, recorded] = historyBundles();
    expect(readHistory(kept!)).toBe(version('default'));
    expect(readHistory(recorded!)).toBe(text);
    expect(recorded).toMatch(/--2026-11-28\.1--alice\.json$/);
    expect(JSON.parse(readHistory(recorded!.replace('.json', '.meta.json')))).toMatchObject({
      version: '2026-11-28.1',
      publisher: 'alice',
      note: 'Khẩu hiệu tháng 12',
      via: 'content:publish',
      size: Buffer.byteLength(text),
    });

    // The same file again (a CI job run twice): nothing to do, exit 0, nothing new in history.
    const again = publishCli([file('next.json', text)]);
    expect(again.status, again.err).toBe(0);
    expect(again.out).toMatch(/is live already, byte for byte: nothing to publish/);
    expect(historyBundles()).toEqual([kept, recorded]);
  });

  it('an invalid file: exit 1, the checker’s own lines, and nothing written', () => {
    const broken = file(
      'broken.json',
      version('2026-11-28.2').replace('"Asia/Ho_Chi_Minh"', '"Asia/Hanoi_City"').replace('"locale": "vi",', '"locale": "vi",,'),
    );
    const checked = runTool('content-check', [broken]);
    expect(checked.status).toBe(1);
    const result = publishCli([broken]);
    expect(result.status).toBe(1);
    // Every line content:check prints, and then why nothing happened.
    expect(result.out.startsWith(checked.out)).toBe(true);
    expect(result.err).toMatch(/nothing was published \(the live bundle is untouched\)/);
    expect(live()).toBe(version('default'));
    expect(() => history()).toThrow(/ENOENT/);
  });

  it('the live version with other bytes: exit 1 and why; --force publishes it, and the replaced one stays in history', () => {
    const first = version('2026-11-28.3');
    expect(publishCli([file('a.json', first)]).status).toBe(0);
    const edited = first.replace('"Asia/Ho_Chi_Minh"', '"Asia/Bangkok"');
    const refused = publishCli([file('b.json', edited)]);
    expect(refused.status).toBe(1);
    expect(refused.err).toMatch(/The live bundle has the same version "2026-11-28\.3" with different content/);
    expect(refused.err).toMatch(/--force publishes it anyway/);
    expect(live()).toBe(first);
    const forced = publishCli([file('b.json', edited), '--force']);
    expect(forced.status, forced.err).toBe(0);
    expect(live()).toBe(edited);
    expect(historyBundles().map(readHistory)).toEqual([version('default'), first, edited]);
  });

  it('--if-live VERSION: refused when someone published another version meanwhile, published when it is still the one', () => {
    const refused = publishCli([file('c.json', version('2026-11-28.4')), '--if-live', '2026-11-27.9']);
    expect(refused.status).toBe(1);
    expect(refused.err).toMatch(/published again after this copy was taken from it \(it is now version "default"\)/);
    expect(live()).toBe(version('default'));
    const published = publishCli([file('c.json', version('2026-11-28.4')), '--if-live', 'default']);
    expect(published.status, published.err).toBe(0);
    expect(live()).toBe(version('2026-11-28.4'));
  });

  it('exit 2 with the reason: an editor (no permission), a wrong password, no credentials, no server', async () => {
    const text = file('d.json', version('2026-11-28.5'));
    const editor = publishCli([text], ACCOUNTS.editor);
    expect(editor.status).toBe(2);
    expect(editor.err).toMatch(/This account may not publish\. .*\(HTTP 403\)/);
    expect(editor.err).toMatch(/Tài khoản này không có quyền đăng/);
    const wrong = publishCli([text], { user: 'alice', password: 'not her password' });
    expect(wrong.status).toBe(2);
    expect(wrong.err).toMatch(/Sign-in failed: wrong user name or password.*\(HTTP 401\)/);
    const screen = publishCli([text], ACCOUNTS.screen);
    expect(screen.status).toBe(2);
    const none = runTool('content-publish', [text, '--server', nginx.url], {
      env: { SIGNAGE_USER: undefined, SIGNAGE_PASSWORD: undefined },
    });
    expect(none.status).toBe(2);
    expect(none.err).toMatch(/set SIGNAGE_USER and SIGNAGE_PASSWORD/);
    const down = runTool('content-publish', [text, '--server', 'http://127.0.0.1:9/'], { env: env() });
    expect(down.status).toBe(2);
    expect(down.err).toMatch(/Cannot reach the server 127\.0\.0\.1:9/);
    const unreadable = publishCli([join(files, 'no-such-file.json')]);
    expect(unreadable.status).toBe(2);
    expect(unreadable.err).toMatch(/cannot read the file \(ENOENT\)/);
    // Nothing was written by any of them.
    expect(live()).toBe(version('default'));
    expect(() => history()).toThrow(/ENOENT/);
  });

  it('content:history lists every version, newest first, the live one marked; --restore brings one back byte for byte, itself in history', () => {
    const one = version('2026-11-28.6');
    const two = version('2026-11-28.7', BUNDLE.replace('"Asia/Ho_Chi_Minh"', '"Asia/Bangkok"'));
    expect(publishCli([file('one.json', one), '--note', 'first']).status).toBe(0);
    expect(publishCli([file('two.json', two), '--note', 'second']).status).toBe(0);

    const listed = historyCli([], ACCOUNTS.editor);
    expect(listed.status, listed.err).toBe(0);
    const lines = listed.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^recorded \(UTC\) +version +by +how +note +file$/);
    expect(lines[1]).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ +live +2026-11-28\.7 +alice +content:publish +"second" +\S+--2026-11-28\.7--alice\.json$/,
    );
    expect(lines[2]).toMatch(/ 2026-11-28\.6 +alice +content:publish +"first" /);
    expect(lines[3]).toMatch(/ default +\(found live\) +found live +\S+--default--found-live\.json$/);
    expect(lines).toHaveLength(4);
    const json = JSON.parse(historyCli(['--json']).out) as { name: string; version: string; live: boolean }[];
    expect(json.map((entry) => `${entry.version} ${entry.live}`)).toEqual(['2026-11-28.7 true', '2026-11-28.6 false', 'default false']);
    // A screen may not read the history.
    expect(historyCli([], ACCOUNTS.screen).status).toBe(2);

    // Back to the first version, by its version.
    const restored = publishCli(['--restore', '2026-11-28.6']);
    expect(restored.status, restored.err).toBe(0);
    expect(live()).toBe(one);
    // …and to the bundle that was live before any of it, by its file name.
    const restoredDefault = publishCli(['--restore', json[2]!.name, '--note', 'back to the default']);
    expect(restoredDefault.status, restoredDefault.err).toBe(0);
    expect(live()).toBe(version('default'));
    const after = JSON.parse(historyCli(['--json']).out) as { version: string; live: boolean; restoredFrom?: string; note: string }[];
    expect(after.slice(0, 2)).toMatchObject([
      { version: 'default', live: true, restoredFrom: json[2]!.name, note: 'back to the default' },
      { version: '2026-11-28.6', live: false, restoredFrom: expect.stringMatching(/--2026-11-28\.6--alice\.json$/) },
    ]);
    // Every version is still there to restore: nothing in the history was replaced.
    expect(historyBundles().map(readHistory)).toEqual([version('default'), one, two, one, version('default')]);

    const unknown = publishCli(['--restore', '1999-01-01']);
    expect(unknown.status).toBe(1);
    expect(unknown.err).toMatch(/The history has no version or file "1999-01-01"[\s\S]*2026-11-28\.6/);
  });

  it('the staff page’s publish: a draft made from the live ETag is refused once live changed, with the sentence; made again, it goes live with a new version', async () => {
    const page = new DavClient({ server: nginx.url, credentials: ACCOUNTS.publisher });
    const base = (await page.get('content/bundle.json'))!;
    expect(base.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    const draft = new TextEncoder().encode(version('default').replace('"Asia/Ho_Chi_Minh"', '"Asia/Bangkok"'));
    // Someone publishes from the command line meanwhile.
    expect(publishCli([file('meanwhile.json', version('2026-11-28.8'))]).status).toBe(0);
    const refused = await publish({ client: page, bytes: draft, mode: 'new-version', baseEtag: base.etag!, via: 'staff page' });
    expect(refused).toMatchObject({ kind: 'conflict', reason: 'changed-since-base', liveVersion: '2026-11-28.8' });
    if (refused.kind === 'conflict')
      expect(refused.sentence.en).toMatch(/^The live content was published again after this copy was taken from it/);
    expect(live()).toBe(version('2026-11-28.8'));

    const fresh = (await page.get('content/bundle.json'))!;
    const outcome = await publish({
      client: page,
      bytes: draft,
      mode: 'new-version',
      baseEtag: fresh.etag!,
      note: 'from the page',
      via: 'staff page',
    });
    expect(outcome.kind).toBe('published');
    if (outcome.kind !== 'published') return;
    expect(outcome.version).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ alice$/);
    expect(live()).toBe(new TextDecoder().decode(draft).replace('"version": "default"', `"version": "${outcome.version}"`));
    expect(outcome.etag).not.toBe(fresh.etag);
    expect(readHistory(outcome.history.name)).toBe(live());
  });
});
