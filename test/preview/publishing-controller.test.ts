/**
 * The staff page's publishing controller (src/preview/publishing-controller.ts) with a fake host and
 * a fake document holder, against the real nginx with deploy/nginx.conf: sign in, save a draft,
 * open it as a publisher, publish it, restore the version before.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNTS, hasNginx, nginxPerSuite, requireNginx } from '../deploy/publishing-server';
import { PublishingController, type PublishingOptions } from '../../src/preview/publishing-controller';
import { inWords, pageMessage } from '../../src/preview/publishing-model';
import { editText, isEdited, openDocument, savedTo, type BundleDocument, type Origin } from '../../src/preview/bundle-document';
import type { PublishStep } from '../../src/publish/publish';
import { FakeHost } from '../fake-host';
import { readText } from '../helpers';

requireNginx('staff page publishing controller tests');

const LIVE = readText('content/bundle.json');

/** The page's document, as the controller sees it: what it opened and where it saved, recorded. */
class FakeDocuments implements Pick<PublishingOptions['documents'], 'document' | 'open' | 'savedElsewhere' | 'mayDiscard'> {
  document: BundleDocument | undefined = undefined;
  opened: Origin[] = [];
  /** What staff answer when asked whether to drop unsaved edits; each question is counted. */
  answer = true;
  asked = 0;
  mayDiscard(): boolean {
    if (!this.document || !isEdited(this.document)) return true;
    this.asked += 1;
    return this.answer;
  }
  open(bytes: string, origin: Origin): void {
    this.document = openDocument(bytes, origin);
    this.opened.push(origin);
  }
  savedElsewhere(origin: Origin, bytes: string): void {
    this.document = savedTo(this.document!, origin, bytes);
  }
}

describe.skipIf(!hasNginx)('the publishing controller, against deploy/nginx.conf', () => {
  const nginx = nginxPerSuite({ 'index.html': '<!doctype html>', 'content/bundle.json': LIVE });

  function controllerFor() {
    const host = new FakeHost();
    const documents = new FakeDocuments();
    let reveals = 0;
    const controller = new PublishingController(host, {
      documents,
      server: new URL(nginx.url),
      revealReview: async () => void (reveals += 1),
    });
    return { host, documents, controller, reveals: () => reveals };
  }

  it('says why a sign-in failed, and holds no session', async () => {
    const { controller } = controllerFor();
    await controller.signIn('alice', 'wrong-password');
    expect(controller.state.session).toBeUndefined();
    expect(controller.state.signInBusy).toBe(false);
    expect(inWords(controller.state.signInError!, 'en')).toMatch(/user name or password/);
  });

  it('an editor saves a draft; a publisher opens, publishes and restores; signing out forgets it all', async () => {
    const editor = controllerFor();
    await editor.controller.signIn(ACCOUNTS.editor.user, ACCOUNTS.editor.password);
    expect(editor.controller.state.session?.role).toBe('editor');
    expect(editor.controller.state.live?.version).toBe('2020-02-10.1');
    editor.documents.open(LIVE, { kind: 'published', path: 'content/bundle.json', etag: editor.controller.state.live?.etag });
    const slogan = 'Chào mừng Đại hội — từ bài kiểm tra bộ điều khiển!';
    editor.documents.document = editText(
      editor.documents.document!,
      editor.documents.document!.source.text.replace(/("text": ")[^"]+/, `$1${slogan}`),
    );
    await editor.controller.saveDraft('Tháng 12', 'Khẩu hiệu mới');
    expect(editor.controller.state.note).toEqual(pageMessage('draftSaved', { name: 'Tháng 12' }));
    expect(editor.controller.state.noteFailed).toBe(false);
    expect(editor.documents.document?.origin).toMatchObject({ kind: 'draft', name: 'thang-12.json' });
    expect(editor.controller.state.drafts.map((entry) => [entry.name, entry.meta?.author])).toEqual([['thang-12.json', 'bob']]);

    const publisher = controllerFor();
    const steps: (PublishStep | undefined)[] = [];
    const render = publisher.host.requestUpdate.bind(publisher.host);
    publisher.host.requestUpdate = () => {
      if (steps.at(-1) !== publisher.controller.state.step) steps.push(publisher.controller.state.step);
      render();
    };
    await publisher.controller.signIn(ACCOUNTS.publisher.user, ACCOUNTS.publisher.password);
    expect(publisher.controller.state.session?.role).toBe('publisher');
    await publisher.controller.openDraft('thang-12.json');
    expect(publisher.documents.document?.origin).toMatchObject({ kind: 'draft', meta: { author: 'bob', note: 'Khẩu hiệu mới' } });
    expect(publisher.reveals()).toBe(1);

    await publisher.controller.publishDocument('Khẩu hiệu mới');
    expect(publisher.controller.state.publishFailed).toBe(false);
    expect(inWords(publisher.controller.state.outcome!, 'en')).toMatch(/^Published version/);
    expect(steps).toEqual(['check', 'conflict', 'history', 'upload', 'read-back', 'record', undefined]);
    expect(publisher.documents.opened.at(-1)).toMatchObject({ kind: 'published', path: 'content/bundle.json' });
    expect(readFileSync(join(nginx.root, 'content/bundle.json'), 'utf8')).toContain(slogan);
    const history = publisher.controller.state.history;
    expect(history.map((entry) => entry.meta?.publisher ?? 'found live')).toEqual(['alice', 'found live']);

    await publisher.controller.restoreVersion(history[1]!.name);
    expect(inWords(publisher.controller.state.outcome!, 'en')).toMatch(/^Published version "2020-02-10.1"/);
    expect(readFileSync(join(nginx.root, 'content/bundle.json'), 'utf8')).toBe(LIVE);
    // Written in the page's language (Vietnamese here: no locale set in Node).
    expect(publisher.controller.state.history[0]?.meta?.note).toBe('Khôi phục phiên bản 2020-02-10.1');
    expect(publisher.reveals()).toBe(2);

    publisher.host.disconnect();
    expect(publisher.controller.state.session).toBeUndefined();
    expect(publisher.controller.state.history).toEqual([]);
  });
  it('opening a draft or a version, or restoring one, asks before it drops unsaved edits, and keeps them on "no"', async () => {
    const editor = controllerFor();
    await editor.controller.signIn(ACCOUNTS.editor.user, ACCOUNTS.editor.password);
    editor.documents.open(LIVE, { kind: 'published', path: 'content/bundle.json', etag: editor.controller.state.live?.etag });
    await editor.controller.saveDraft('Bản để mở', 'Cho bài kiểm tra hỏi trước khi bỏ');
    const draft = editor.controller.state.drafts[0]!.name;
    const edited = editText(
      editor.documents.document!,
      editor.documents.document!.source.text.replace(/("text": ")[^"]+/, '$1Đang sửa dở'),
    );
    editor.documents.document = edited;
    const opened = editor.documents.opened.length;

    editor.documents.answer = false;
    await editor.controller.openDraft(draft);
    // Asked before any request: on "no" the names are never looked up.
    await editor.controller.openHistory('2020-02-10.1.json');
    await editor.controller.restoreVersion('2020-02-10.1.json');
    expect(editor.documents.asked).toBe(3);
    expect(editor.documents.document).toBe(edited);
    expect(editor.documents.opened.length).toBe(opened);
    expect(readFileSync(join(nginx.root, 'content/bundle.json'), 'utf8')).toBe(LIVE);

    editor.documents.answer = true;
    await editor.controller.openDraft(draft);
    expect(editor.documents.asked).toBe(4);
    expect(editor.documents.document?.origin).toMatchObject({ kind: 'draft', name: draft });
    // Not edited any more: the next open asks nothing.
    await editor.controller.openDraft(draft);
    expect(editor.documents.asked).toBe(4);
    editor.host.disconnect();
  });
});
