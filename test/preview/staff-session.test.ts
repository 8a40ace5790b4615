/**
 * The staff page's sign-in and drafts (src/preview/staff-session.ts, drafts.ts) against the real
 * nginx with deploy/nginx.conf: who is staff, who may publish (asked without writing a byte), and
 * drafts with their meta beside them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNTS, hasNginx, nginxPerSuite, requireNginx, snapshot } from '../deploy/publishing-server';
import { signIn } from '../../src/preview/staff-session';
import { deleteDraft, draftFileName, listDrafts, openDraft, saveDraft } from '../../src/preview/drafts';
import { PublishError } from '../../src/publish/webdav';

requireNginx('staff page sign-in tests');

const LIVE = '{"version":"live"}';

describe('draft names', () => {
  it('are what staff typed, without accents, in the characters nginx takes', () => {
    expect(draftFileName('Khẩu hiệu tháng 12 — Đại hội')).toBe('khau-hieu-thang-12-dai-hoi.json');
    expect(draftFileName('  plan.json ')).toBe('plan.json');
    expect(draftFileName('x.meta')).toBe('x-meta.json');
    expect(draftFileName('…')).toBeUndefined();
    expect(draftFileName('a'.repeat(80))).toBe(`${'a'.repeat(60)}.json`);
  });
});

describe.skipIf(!hasNginx)('signing in and drafts, against deploy/nginx.conf', () => {
  const nginx = nginxPerSuite({ 'index.html': '<!doctype html>', 'content/bundle.json': LIVE });

  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PublishError);
    return error as PublishError;
  };

  it('tells editors from publishers without writing anything, and refuses others with a sentence', async () => {
    const before = snapshot(nginx.root);
    const mtime = statSync(join(nginx.root, 'content/bundle.json')).mtimeMs;
    const editor = await signIn(ACCOUNTS.editor, { server: nginx.url });
    expect(editor.user).toBe('bob');
    expect(editor.role).toBe('editor');
    const publisher = await signIn(ACCOUNTS.publisher, { server: nginx.url });
    expect(publisher.role).toBe('publisher');
    expect(snapshot(nginx.root)).toEqual(before);
    expect(statSync(join(nginx.root, 'content/bundle.json')).mtimeMs).toBe(mtime);

    const wrong = await failure(signIn({ user: 'alice', password: 'wrong-password' }, { server: nginx.url }));
    expect(wrong.status).toBe(401);
    expect(wrong.sentence.vi).toMatch(/sai tên hoặc mật khẩu/);
    const screen = await failure(signIn(ACCOUNTS.screen, { server: nginx.url }));
    expect(screen.status).toBe(403);
    expect(screen.sentence.en).toMatch(/may not/);
    expect((await failure(signIn({ user: 'alice', password: '' }, { server: nginx.url }))).sentence.en).toMatch(/Enter/);
  });

  it('saves a draft with who, when, why and the live bundle it came from; lists, opens and deletes it', async () => {
    const editor = await signIn(ACCOUNTS.editor, { server: nginx.url });
    const bytes = new TextEncoder().encode('{"version":"draft", "note": "half done"\n');
    const saved = await saveDraft(editor.client, {
      title: 'Tháng 12',
      note: 'Khẩu hiệu mới',
      bytes,
      base: { etag: '"abc-12"', version: 'live' },
      now: new Date('2026-11-27T10:00:00Z'),
    });
    expect(saved.name).toBe('thang-12.json');
    expect(readFileSync(join(nginx.root, 'content/drafts/thang-12.json'))).toEqual(Buffer.from(bytes));
    expect(JSON.parse(readFileSync(join(nginx.root, 'content/drafts/thang-12.meta.json'), 'utf8'))).toEqual({
      format: 1,
      draft: 'thang-12.json',
      title: 'Tháng 12',
      author: 'bob',
      savedAt: '2026-11-27T10:00:00.000Z',
      note: 'Khẩu hiệu mới',
      baseEtag: '"abc-12"',
      baseVersion: 'live',
    });

    const publisher = await signIn(ACCOUNTS.publisher, { server: nginx.url });
    const listed = await listDrafts(publisher.client);
    expect(listed.map((entry) => [entry.name, entry.meta?.author, entry.meta?.note])).toEqual([['thang-12.json', 'bob', 'Khẩu hiệu mới']]);
    const opened = await openDraft(publisher.client, 'thang-12.json');
    expect(opened.bytes).toEqual(bytes);
    expect(opened.meta?.baseEtag).toBe('"abc-12"');

    await deleteDraft(editor.client, 'thang-12.json');
    expect(await listDrafts(editor.client)).toEqual([]);
    expect((await failure(openDraft(editor.client, 'thang-12.json'))).kind).toBe('not-found');
  });

  it('says what the server refused: a draft over 10 MB', async () => {
    const editor = await signIn(ACCOUNTS.editor, { server: nginx.url });
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(32);
    const refused = await failure(saveDraft(editor.client, { title: 'big', note: '', bytes: big, base: {} }));
    expect(refused.status).toBe(413);
    expect(refused.sentence.en).toBe('The server refused: the file is over 10 MB.');
  });
});
