import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBundle, droppedFile, fetchPublished, readFile, saveToFile } from '../../src/preview/bundle-files';
import { fakeHandle as fakeFileHandle } from '../support/file-handles';

const BYTES = '\ufeff{\r\n\t"version": "2020-02-10.1"\r\n}\r\n';

const fakeHandle = (name: string) => fakeFileHandle(name, BYTES);

const pickerWindow = window as unknown as { showSaveFilePicker?: unknown };

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete pickerWindow.showSaveFilePicker;
});

describe('the preview’s files', () => {
  it('downloads the bytes as they are, as bundle.json', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:preview/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    downloadBundle(BYTES);
    expect(clicked).toEqual([{ href: 'blob:preview/1', download: 'bundle.json' }]);
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('application/json');
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(new TextEncoder().encode(BYTES));
  });

  it('fetches the published bundle past any cache, with its ETag; a server error is an error', async () => {
    const published = '{\n  "version": "2020-02-10.1"\n}\n';
    const fetched = vi.fn(async () => new Response(published, { status: 200, headers: { ETag: '"5f2b-1a"' } }));
    vi.stubGlobal('fetch', fetched);
    expect(await fetchPublished('content/bundle.json')).toEqual({ bytes: published, etag: '"5f2b-1a"' });
    expect(fetched).toHaveBeenCalledWith('content/bundle.json', { cache: 'no-cache' });
    vi.stubGlobal('fetch', async () => new Response('', { status: 200 }));
    expect((await fetchPublished('content/bundle.json')).etag).toBeUndefined();
    vi.stubGlobal('fetch', async () => new Response('missing', { status: 404 }));
    await expect(fetchPublished('content/bundle.json')).rejects.toThrow('HTTP 404');
  });

  it('reads the first dropped file, keeping a handle only when it can be written to', async () => {
    const file = new File([BYTES], 'ban-sua.json');
    const handle = fakeHandle('ban-sua.json');
    const transfer = (getAsFileSystemHandle?: () => Promise<unknown>) =>
      ({ files: [file], items: [{ getAsFileSystemHandle }] }) as unknown as DataTransfer;
    expect(await droppedFile(transfer(async () => handle))).toEqual({ bytes: BYTES, name: 'ban-sua.json', handle });
    expect((await droppedFile(transfer(async () => ({ name: 'a folder', kind: 'directory' }))))?.handle).toBeUndefined();
    expect((await droppedFile(transfer(async () => Promise.reject(new Error('refused')))))?.handle).toBeUndefined();
    expect(await droppedFile(transfer())).toEqual({ bytes: BYTES, name: 'ban-sua.json', handle: undefined });
    expect(await droppedFile({ files: [], items: [] } as unknown as DataTransfer)).toBeUndefined();
    expect(await droppedFile(null)).toBeUndefined();
  });

  it('saves to the file it was opened from, or to the one the picker asks for; cancelling is no error, a failure is', async () => {
    const opened = fakeHandle('bundle.json');
    expect(await saveToFile(BYTES, opened)).toBe(opened);
    expect(opened.written).toEqual([BYTES]);

    expect(await saveToFile(BYTES, undefined)).toBeUndefined(); // no picker in this browser

    const chosen = fakeHandle('bundle-moi.json');
    const picker = vi.fn(async () => chosen);
    pickerWindow.showSaveFilePicker = picker;
    expect(await saveToFile(BYTES, undefined)).toBe(chosen);
    expect(picker).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: 'bundle.json' }));
    expect(chosen.written).toEqual([BYTES]);

    pickerWindow.showSaveFilePicker = async () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError'));
    expect(await saveToFile(BYTES, undefined)).toBeUndefined();
    pickerWindow.showSaveFilePicker = async () => Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'));
    await expect(saveToFile(BYTES, undefined)).rejects.toThrow('The disk is full.');
  });
});

describe('reading a file keeps its byte-order mark', () => {
  it('a file and the published bundle open with the BOM they have, so an unchanged save is the same bytes', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"version": "1"}\n')]);
    const opened = await readFile(new File([bom], 'bundle.json'));
    expect(opened.bytes.startsWith('\ufeff{')).toBe(true);
    vi.stubGlobal('fetch', async () => new Response(bom, { headers: { ETag: '"abc"' } }));
    const published = await fetchPublished('content/bundle.json');
    expect(published.bytes.startsWith('\ufeff{')).toBe(true);
    expect(published.etag).toBe('"abc"');
  });
});
