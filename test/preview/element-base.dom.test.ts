import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/content/problems';
import { boundProperties } from '../../src/preview/element-base';
import '../../src/preview/preview-problems';
import { setLocale } from '../../src/preview/localization';

const problem: Problem = { path: 'slogans[1].id', line: 152, col: 13, message: 'An id is lowercase letters, digits and dashes.' };

afterEach(async () => {
  document.body.replaceChildren();
  await setLocale('vi');
});

describe('the base of the preview’s elements', () => {
  it('declares bound properties: set by the page, never read from an attribute', () => {
    expect(boundProperties('date', 'time')).toEqual({ date: { attribute: false }, time: { attribute: false } });
  });

  it('re-renders an element when the page’s locale changes, with no property of its own changed', async () => {
    const element = document.createElement('preview-problems');
    document.body.append(element);
    await element.updateComplete;
    const state = () => element.shadowRoot!.querySelector('.state')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(state()).toBe('✓Hợp lệ: màn hình sẽ nhận tệp này.');
    await setLocale('en');
    await element.updateComplete;
    expect(state()).toBe('✓Valid: the screens will take this file.');
    element.lang = 'en';
    element.problems = [problem];
    await element.updateComplete;
    expect(state()).toMatch(/^✕1 problems: /);
    // An attribute does not set a bound property.
    element.setAttribute('lang', 'vi');
    await element.updateComplete;
    expect(element.lang).toBe('en');
  });

  it('sends its events up out of its shadow root, with their details', async () => {
    const element = document.createElement('preview-problems');
    element.problems = [problem];
    document.body.append(element);
    await element.updateComplete;
    const received: Problem[] = [];
    document.addEventListener('problem-select', (event) => received.push(event.detail), { once: true });
    element.shadowRoot!.querySelector<HTMLButtonElement>('li button')!.click();
    expect(received).toEqual([problem]);
  });
});
