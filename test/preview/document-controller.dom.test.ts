/** The staff page's document controller with a fake host element and a fake server (fetch stubbed). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DocumentController } from '../../src/preview/document-controller';
import { bytesToSave, editText, isEdited, type BundleDocument } from '../../src/preview/bundle-document';
import { fakeHandle } from '../support/file-handles';
import { readText } from '../helpers';

const original = readText('content/bundle.json');

/** An element that hosts controllers by hand: connected when the test says so, its updates counted. */
function fakeElementHost() {
  const controllers: ReactiveController[] = [];
  const host = Object.assign(document.createElement('div'), {
    updates: 0,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => void (host.updates += 1),
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((controller) => controller.hostConnected?.()),
    disconnect: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  });
  return host satisfies ReactiveControllerHost & HTMLElement;
}

/** Waits for the load the controller starts when the host connects. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the staff page’s document controller', () => {
  let answer: { status: number; text: string; etag?: string };
  let host: ReturnType<typeof fakeElementHost>;
  let controller: DocumentController;

  beforeEach(() => {
    answer = { status: 200, text: original, etag: 'W/"5f2b-1a"' };
    vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
      expect(url).toBe('content/bundle.json');
      expect(init.cache).toBe('no-cache');
      return new Response(answer.text, { status: answer.status, headers: answer.etag ? { ETag: answer.etag } : {} });
    });
    host = fakeElementHost();
    controller = new DocumentController(host, { message: (key, values) => `${key} ${JSON.stringify(values ?? {})}` });
  });

  afterEach(() => {
    host.disconnect();
    vi.unstubAllGlobals();
  });

  it('loads the published bundle when the host connects, with its ETag, and says the check', async () => {
    expect(controller.status).toBe('loading');
    host.connect();
    await settled();
    expect(controller.status).toBe('valid');
    expect(controller.fileName).toBe('content/bundle.json');
    expect(controller.document?.origin).toEqual({ kind: 'published', path: 'content/bundle.json', etag: 'W/"5f2b-1a"' });
    expect(bytesToSave(controller.document!)).toBe(original);
    expect(host.updates).toBeGreaterThan(0);
  });

  it('says why the published bundle could not be loaded', async () => {
    answer = { status: 500, text: 'oops' };
    host.connect();
    await settled();
    expect(controller.status).toBe('failed');
    expect(controller.note).toBe('loadFailed {"name":"content/bundle.json","reason":"Error: HTTP 500"}');
    expect(controller.document).toBeUndefined();
  });

  it('edits, and saves back to the file it was opened from; the saved bytes are then the unedited ones', async () => {
    const handle = fakeHandle('ban-sua.json', original);
    controller.openFile({ bytes: original, name: 'ban-sua.json', handle });
    expect(controller.fileName).toBe('ban-sua.json');
    const retitled = (document: BundleDocument) => editText(document, document.source.text.replace('"2020-02-10.1"', '"ban-sua"'));
    controller.edit(retitled);
    expect(isEdited(controller.document!)).toBe(true);
    await controller.save();
    expect(handle.written).toEqual([original.replace('"2020-02-10.1"', '"ban-sua"')]);
    expect(isEdited(controller.document!)).toBe(false);
    expect(controller.note).toBe('saved {"name":"ban-sua.json"}');
  });

  it('edits that break the check make the status invalid', () => {
    controller.openFile({ bytes: original, name: 'bundle.json', handle: undefined });
    controller.edit((document) => editText(document, document.source.text.replace('"Asia/Ho_Chi_Minh"', '"Mars/Olympus"')));
    expect(controller.status).toBe('invalid');
  });

  it('forgets the file once the document is saved as a draft: the next save asks where (no picker here: nothing is written)', async () => {
    const handle = fakeHandle('bundle.json', original);
    controller.openFile({ bytes: original, name: 'bundle.json', handle });
    controller.savedElsewhere({ kind: 'draft', name: 'thang-12.json', meta: undefined }, original);
    expect(controller.fileName).toBe('content/drafts/thang-12.json');
    await controller.save();
    expect(handle.written).toEqual([]);
  });

  it('shows a file dragged over the host, and not once it leaves the window or is dropped', () => {
    host.connect();
    host.dispatchEvent(new Event('dragover', { cancelable: true }));
    expect(controller.dragging).toBe(true);
    host.dispatchEvent(new Event('drop', { cancelable: true }));
    expect(controller.dragging).toBe(false);
    host.disconnect();
    host.dispatchEvent(new Event('dragover', { cancelable: true }));
    expect(controller.dragging).toBe(false);
  });
});
