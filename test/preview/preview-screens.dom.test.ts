/** The Screens tab's row from a report: nothing current since a day, storage and media, the last error (read from a fake server). */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/preview/preview-screens';
import { mountWithRoot as mount } from '../support/elements';
import { statusDocument, type StatusInput } from '../../src/fleet/status-document';
import { NOW, statusInput } from '../support/fleet-status';
import type { DavClient } from '../../src/publish/webdav';
import { setLocale } from '../../src/preview/localization';

afterEach(async () => {
  document.body.replaceChildren();
  await setLocale('vi');
});

/** A server holding one report (received now) and the live bundle v2: what readFleet asks of it. */
function server(over: Partial<StatusInput>): DavClient {
  const files = new Map<string, string>([
    ['fleet/lobby-1/status.json', JSON.stringify(statusDocument(statusInput(NOW, over)))],
    ['content/bundle.json', '{"version":"v2"}'],
  ]);
  const lastModified = new Date(NOW).toUTCString();
  return {
    list: (folder: string) => Promise.resolve(folder === 'fleet/' ? [{ name: 'lobby-1', type: 'directory', mtime: lastModified }] : []),
    get: (path: string) => {
      const text = files.get(path);
      return Promise.resolve(text === undefined ? undefined : { bytes: new TextEncoder().encode(text), etag: undefined, lastModified });
    },
  } as unknown as DavClient;
}

async function row(lang: 'vi' | 'en', over: Partial<StatusInput>) {
  // As the page's switch: the locale its messages follow, and the elements' language (numbers, dates).
  await setLocale(lang);
  const { element, root } = await mount('preview-screens', { lang, client: server(over), clock: () => NOW, newestApp: 'app-2' });
  for (let round = 0; round < 50 && !element.refreshed; round++) await new Promise((resolve) => setTimeout(resolve, 10));
  await element.updateComplete;
  const tr = root.querySelector('tr[data-device="lobby-1"]')!;
  const said = (selector: string) => tr.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    verdict: tr.getAttribute('data-verdict'),
    current: said('[data-problem="current"]'),
    storage: said('[data-facts="storage"]'),
    error: said('[data-facts="error"]'),
  };
}

describe('the Screens tab', () => {
  const facts: Partial<StatusInput> = {
    nothingCurrent: { since: '2020-11-01' },
    media: { files: 3, bytes: 2_100_000 },
    errors: [
      {
        at: NOW - 60_000,
        message: 'slide video:chao failed to render: Error: video content/media/chao.webm cannot be played and is skipped: decode error',
      },
    ],
  };
  it('says nothing current since the day, storage with pictures and clips, and the last error, in Vietnamese', async () => {
    expect(await row('vi', facts)).toEqual({
      verdict: 'ok',
      current: 'Không còn nội dung hiện hành từ 01/11/2020: hãy đăng nội dung mới',
      storage: 'Bộ nhớ: 4,4 MB / 11 GB · ảnh và video: 3 tệp, 2,1 MB',
      error:
        'Lỗi gần nhất (27/11/2026 16:59): slide video:chao failed to render: Error: video content/media/chao.webm cannot be played and is skipped: decode error',
    });
  });
  it('and in English; a report without media or errors shows storage alone', async () => {
    expect((await row('en', facts)).current).toBe('Nothing current since 01/11/2020: publish new content');
    expect(await row('en', { nothingCurrent: { since: undefined } })).toMatchObject({
      current: 'Nothing current: publish new content',
      storage: 'Storage: 4.4 MB of 11 GB',
      error: undefined,
    });
  });
});
