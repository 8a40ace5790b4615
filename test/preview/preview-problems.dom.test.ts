import { afterEach, describe, expect, it } from 'vitest';
import '../../src/preview/preview-problems';
import { nothingCurrentSince } from '../../src/schedule/current';
import { instantOf } from '../../src/schedule/time';
import { loadBundle } from '../helpers';
import { setLocale } from '../../src/preview/localization';

afterEach(async () => {
  document.body.replaceChildren();
  await setLocale('vi');
});

async function mount(properties: Record<string, unknown>) {
  const element = document.createElement('preview-problems');
  Object.assign(element, properties);
  document.body.append(element);
  await element.updateComplete;
  return element.shadowRoot!;
}

describe('the check column', () => {
  it('says since when nothing in a valid bundle is current, in both languages; says nothing while something is', async () => {
    const bundle = loadBundle();
    const today = nothingCurrentSince(bundle, instantOf('2026-11-27', bundle.timeZone));
    const vi = await mount({ nothingCurrent: today });
    expect(vi.querySelector('[data-nothing-current]')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      '!Không còn nội dung hiện hành từ 02/02/2021: màn hình chỉ chiếu tên đơn vị, đồng hồ và dòng thời gian. Hãy đăng nội dung mới.',
    );
    // The page's switch: the locale its messages follow, then the elements' language.
    await setLocale('en');
    const en = await mount({ nothingCurrent: today, lang: 'en' });
    expect(en.querySelector('[data-nothing-current]')!.textContent).toContain('Nothing current since 02/02/2021');
    await setLocale('vi');
    const during = await mount({ nothingCurrent: nothingCurrentSince(bundle, instantOf('2020-10-13', bundle.timeZone)) });
    expect(during.querySelector('[data-nothing-current]')).toBeNull();
    expect(during.querySelector('.state.ok')!.textContent).toContain('Hợp lệ');
  });

  it('lists the checker’s warnings (each takes staff to its place) and the slides found overflowing, with the screen, under “valid”', async () => {
    const warning = { path: 'slogans[1].text', line: 158, col: 15, message: 'Warning: the word "x" is longer than a line.' };
    const root = await mount({
      warnings: [warning],
      overflows: [{ slide: 'milestone:longest', screen: 'Màn hình dọc 1080×1920' }],
    });
    expect(root.querySelector('.state.ok')!.textContent).toContain('Hợp lệ');
    expect(root.querySelector('[data-warnings]')!.textContent).toContain('2 cảnh báo: màn hình vẫn nhận tệp này');
    expect(root.querySelector('.warnings li.overflow')!.textContent!.trim()).toBe(
      'Tràn chữ: trang milestone:longest trên màn hình dọc 1080×1920. Hãy rút ngắn chữ.',
    );
    const selected: unknown[] = [];
    root.host.addEventListener('problem-select', (event) => selected.push((event as CustomEvent<unknown>).detail));
    root.querySelector<HTMLButtonElement>('.warnings button[data-path="slogans[1].text"]')!.click();
    expect(selected).toEqual([warning]);
    // A bundle with problems shows its problems, not warnings.
    const refused = await mount({ problems: [{ ...warning, message: 'Bad.' }], warnings: [warning] });
    expect(refused.querySelector('[data-warnings]')).toBeNull();
  });
});
