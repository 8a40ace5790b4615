import { describe, expect, it } from 'vitest';
import { fill, lookup } from '../../src/preview/catalogue';
import { MESSAGES } from '../../src/preview/i18n';
import * as page from '../../src/preview/preview-page.strings';
import * as scheduleTabs from '../../src/preview/schedule-tabs.strings';
import * as publishingTab from '../../src/preview/publishing-tab.strings';

describe("the staff page's catalogue", () => {
  it('takes every key of every area, none of them twice (a later area would hide an earlier one)', () => {
    const areaKeys = [page.vi, scheduleTabs.vi, publishingTab.vi].flatMap((area) => Object.keys(area));
    expect(new Set(areaKeys).size).toBe(areaKeys.length);
    expect(Object.keys(MESSAGES.vi).sort()).toEqual([...areaKeys].sort());
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...areaKeys].sort());
  });
});

describe('the lookup', () => {
  it('fills the placeholders it has values for and leaves the others as written', () => {
    expect(fill('{count} of {total}', { count: 3 })).toBe('3 of {total}');
  });

  it('answers in the language asked for', () => {
    const words = lookup({ vi: { hello: 'Chào {name}' }, en: { hello: 'Hello {name}' } });
    expect(words('en', 'hello', { name: 'An' })).toBe('Hello An');
    expect(words('vi', 'hello')).toBe('Chào {name}');
  });
});
