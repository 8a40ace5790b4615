import { afterEach, describe, expect, it } from 'vitest';
import '../../src/preview/preview-toolbar';
import type { ReadFile } from '../../src/preview/bundle-files';
import { PUBLISHED_PATH, editField, openDocument } from '../../src/preview/bundle-document';
import { readText } from '../helpers';
import { setLocale } from '../../src/preview/localization';

const opened = openDocument(readText('content/bundle.json'), { kind: 'published', path: PUBLISHED_PATH, etag: undefined });
const edited = editField(opened, { path: ['slogans', 0, 'text'], kind: 'text', optional: false }, 'Khác');

afterEach(async () => {
  document.body.replaceChildren();
  await setLocale('vi');
});

async function mount(properties: Record<string, unknown>) {
  const toolbar = document.createElement('preview-toolbar');
  Object.assign(toolbar, { fileName: 'content/bundle.json', ...properties });
  document.body.append(toolbar);
  await toolbar.updateComplete;
  const root = toolbar.shadowRoot!;
  return { toolbar, root, state: () => root.querySelector('.state')! };
}

describe('the file bar', () => {
  it('says whether the bundle is edited, and offers nothing to save before a bundle is in', async () => {
    const empty = await mount({ loading: true });
    expect(empty.state().textContent).toBe('Đang tải…');
    expect(empty.root.querySelector<HTMLButtonElement>('[data-action="download"]')!.disabled).toBe(true);
    await setLocale('en');
    const changed = await mount({ bundleDocument: edited, lang: 'en' });
    expect(changed.state().textContent).toBe('Edited, not downloaded yet');
    expect(changed.state().getAttribute('data-edited')).toBe('true');
    expect(changed.root.querySelector<HTMLButtonElement>('[data-action="download"]')!.disabled).toBe(false);
    const unchanged = await mount({ bundleDocument: opened, lang: 'en' });
    expect(unchanged.state().textContent).toBe('No changes');
    expect(unchanged.state().getAttribute('data-edited')).toBe('false');
    await setLocale('vi');
    const reloading = await mount({ bundleDocument: edited, loading: true });
    expect(reloading.state().textContent).toBe('Đang tải…');
    expect(reloading.state().getAttribute('data-edited')).toBe('true');
  });

  it('asks the page to load, download, and opens a file chosen in its input', async () => {
    const { root } = await mount({ bundleDocument: opened });
    const heard: [string, unknown][] = [];
    for (const name of ['published-load', 'file-download', 'file-open'] as const)
      document.addEventListener(name, (event) => heard.push([name, event.detail]));
    root.querySelector<HTMLButtonElement>('button')!.click();
    root.querySelector<HTMLButtonElement>('[data-action="download"]')!.click();
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File(['{ "version": "1" }\n'], 'ban-sua.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await expect.poll(() => heard.length).toBe(3);
    expect(heard).toEqual([
      ['published-load', null],
      ['file-download', null],
      ['file-open', { bytes: '{ "version": "1" }\n', name: 'ban-sua.json', handle: undefined } satisfies ReadFile],
    ]);
  });
});
