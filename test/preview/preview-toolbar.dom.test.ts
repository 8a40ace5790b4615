import { afterEach, describe, expect, it } from 'vitest';
import '../../src/preview/preview-toolbar';
import type { ReadFile } from '../../src/preview/bundle-files';

afterEach(() => document.body.replaceChildren());

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
    const edited = await mount({ hasFile: true, edited: true, lang: 'en' });
    expect(edited.state().textContent).toBe('Edited, not downloaded yet');
    expect(edited.state().getAttribute('data-edited')).toBe('true');
    expect(edited.root.querySelector<HTMLButtonElement>('[data-action="download"]')!.disabled).toBe(false);
    const unchanged = await mount({ hasFile: true, edited: false, lang: 'en' });
    expect(unchanged.state().textContent).toBe('No changes');
    expect(unchanged.state().getAttribute('data-edited')).toBe('false');
  });

  it('asks the page to load, download, and opens a file chosen in its input', async () => {
    const { root } = await mount({ hasFile: true });
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
