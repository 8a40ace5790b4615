import { afterEach, describe, expect, it } from 'vitest';
import { isMessageKey, pickLang, translate, type MessageKey } from '../../src/preview/i18n';
import { formWords, kindName } from '../../src/preview/form-strings';
import { screensText } from '../../src/preview/preview-screens.strings';
import { pageWords } from '../../src/preview/preview-page.strings';
import { scheduleWords } from '../../src/preview/schedule-tabs.strings';
import { publishingWords } from '../../src/preview/publishing-tab.strings';
import { getLocale, setLocale } from '../../src/preview/localization';

afterEach(() => setLocale('vi'));

// Every placeholder a message asks for, named so a test can see where it landed.
const named = new Proxy({}, { get: (_target, name) => `⟨${String(name)}⟩` }) as Record<string, string>;

describe("the staff page's words", () => {
  it('are Vietnamese (the source) until the page switches, then English, in every table', async () => {
    expect(getLocale()).toBe('vi');
    expect(translate('appTitle')).toBe('Xem trước và sửa nội dung bảng tin');
    expect(formWords('section_slogans')).toBe('Khẩu hiệu');
    expect(screensText('download')).toBe('Tải CSV');
    expect(kindName('slogan')).toBe(translate('kind_slogan'));
    await setLocale('en');
    expect(translate('appTitle')).toBe('Preview and edit the signage content');
    expect(translate('download')).toBe('Download bundle.json');
    expect(formWords('section_slogans')).toBe('Slogans');
    expect(screensText('download')).toBe('Download CSV');
    expect(formWords('moved', { name: 'Khẩu hiệu 1', position: 3 })).toBe('Moved “Khẩu hiệu 1” to position 3.');
    expect(screensText('storageMedia', { used: '1 MB', quota: '2 GB', files: 4, size: '3 MB' })).toBe(
      'Storage: 1 MB of 2 GB · pictures and clips: 4 files, 3 MB',
    );
    await setLocale('vi');
    expect(formWords('moved', { name: 'A', position: 2 })).toBe('Đã chuyển “A” đến vị trí 2.');
  });

  it('fill every placeholder in both languages, and English differs from Vietnamese where a word is translated', async () => {
    const keys = [pageWords, scheduleWords, publishingWords].flatMap((table) => Object.keys(table)) as MessageKey[];
    expect(keys.length).toBeGreaterThan(150);
    const vi = new Map(keys.map((key) => [key, translate(key, named)]));
    await setLocale('en');
    let differ = 0;
    for (const key of keys) {
      const en = translate(key, named);
      expect(en, key).not.toMatch(/undefined|\{\w+\}/);
      // The same placeholders, in whatever order the language puts them.
      expect([...en.matchAll(/⟨\w+⟩/g)].map((match) => match[0]).sort(), key).toEqual(
        [...vi.get(key)!.matchAll(/⟨\w+⟩/g)].map((match) => match[0]).sort(),
      );
      if (en !== vi.get(key)) differ++;
    }
    expect(differ / keys.length).toBeGreaterThan(0.9);
  });

  it('answers whether a key made from data is one of its messages', () => {
    expect(isMessageKey('kind_slogan')).toBe(true);
    expect(isMessageKey('kind_nonsense')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });

  it('start in the language of the URL, else the remembered one, else Vietnamese', () => {
    expect(pickLang('en', 'vi')).toBe('en');
    expect(pickLang(null, 'en')).toBe('en');
    expect(pickLang('fr', null)).toBe('vi');
  });
});
