/**
 * The fit controller remembers the sizes it found: a slide shown again (the loop repeats) is checked
 * in one layout instead of searched in six to nine; a remembered size that overflows is searched
 * again; sizes measured while a web font is still loading are not kept; what it remembers is bounded
 * and holds no text (the soak's heap grew by the texts its keys kept).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FITTED_MAX, FitTextController, fittedCacheFootprint } from '../../src/elements/fit-text';
import { countedLayouts } from './layout-model';

/** A box whose wrapped text overflows above `fitsUpTo` px, counting the layouts its reads force. */
function modelBox(text: string, fitsUpTo: () => number) {
  const { style, size, layouts } = countedLayouts();
  const box = {
    style,
    className: 'fit',
    textContent: text,
    clientHeight: 500,
    clientWidth: 800,
    get scrollHeight() {
      return size() > fitsUpTo() ? 900 : 500;
    },
    get scrollWidth() {
      return 800;
    },
  };
  return { box: box as unknown as HTMLElement, layouts, size: () => parseFloat(style.fontSize) };
}

let hosts = 0;
/** A slide element holding `boxes` in its shadow root, with a fit controller. */
function slideWith(boxes: HTMLElement[], hostWidth = 1600) {
  hosts += 1;
  const tag = `fit-memory-${hosts}`;
  customElements.define(tag, class extends HTMLElement {});
  const host = document.createElement(tag) as HTMLElement & { addController: () => void };
  host.addController = () => {};
  host.className = 'slide';
  const root = host.attachShadow({ mode: 'open' });
  root.querySelectorAll = (() => boxes) as unknown as ShadowRoot['querySelectorAll'];
  // Every slide in this test is the same kind in the same box: a fake localName keeps them one kind.
  Object.defineProperty(host, 'localName', { value: 'slide-slogan' });
  Object.defineProperty(host, 'clientWidth', { value: hostWidth });
  return new FitTextController(host as never, { selector: '.fit', min: 0.04, max: 0.14 });
}

describe('FitTextController remembers fitted sizes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a slide shown again takes the size found the first time, checked in one layout', () => {
    const limit = () => 61.3;
    const first = modelBox('Chào mừng Đại hội Đảng bộ Trường lần thứ XXIV', limit);
    slideWith([first.box]).fit();
    expect(first.layouts()).toBeGreaterThanOrEqual(5);
    const again = modelBox('Chào mừng Đại hội Đảng bộ Trường lần thứ XXIV', limit);
    slideWith([again.box]).fit();
    expect(again.size()).toBe(first.size());
    expect(again.layouts()).toBe(1);
    // Another text is searched for.
    const other = modelBox('Một khẩu hiệu khác', limit);
    slideWith([other.box]).fit();
    expect(other.layouts()).toBeGreaterThanOrEqual(5);
  });

  it('a remembered size that overflows now is searched again, and the new size fits', () => {
    let fitsUpTo = 70.2;
    const first = modelBox('Thi đua lập thành tích chào mừng Đại hội', () => fitsUpTo);
    slideWith([first.box]).fit();
    fitsUpTo = 40.7;
    const again = modelBox('Thi đua lập thành tích chào mừng Đại hội', () => fitsUpTo);
    slideWith([again.box]).fit();
    expect(again.size()).toBeLessThanOrEqual(40.7);
    expect(again.size()).toBeGreaterThan(40);
    expect(again.layouts()).toBeGreaterThan(1);
  });

  it('the same text in another box (the stage without its ticker, say) is searched again', () => {
    const limit = () => 48.9;
    const first = modelBox('Đảng bộ Trường vững mạnh', limit);
    slideWith([first.box], 1600).fit();
    const wider = modelBox('Đảng bộ Trường vững mạnh', limit);
    slideWith([wider.box], 1700).fit();
    expect(wider.layouts()).toBeGreaterThanOrEqual(5);
  });

  it('sizes measured while a web font is loading are not kept', () => {
    vi.stubGlobal(
      'document',
      Object.assign(Object.create(document) as Document, { fonts: { status: 'loading', ready: new Promise(() => {}) } }),
    );
    const limit = () => 55.1;
    const first = modelBox('Đoàn kết, dân chủ, kỷ cương, đổi mới', limit);
    slideWith([first.box]).fit();
    vi.unstubAllGlobals();
    const again = modelBox('Đoàn kết, dân chủ, kỷ cương, đổi mới', limit);
    slideWith([again.box]).fit();
    expect(again.layouts()).toBeGreaterThanOrEqual(5);
  });

  it('remembers at most FITTED_MAX slides, keyed without their texts', () => {
    const limit = () => 52.4;
    // A page of a phase is a few thousand characters; more slides than the cache holds.
    const page = 'Học tập, quán triệt Nghị quyết Đại hội Đảng bộ các cấp. '.repeat(40);
    for (let slide = 0; slide < FITTED_MAX + 40; slide++) slideWith([modelBox(`${slide} ${page}`, limit).box]).fit();
    const { entries, keyChars } = fittedCacheFootprint();
    expect(entries).toBe(FITTED_MAX);
    // Each key is the element, the window, the bounds and a hash: tens of characters, not the page.
    expect(keyChars / entries).toBeLessThan(120);
    expect(page.length).toBeGreaterThan(2000);
    // The last slide fitted is still remembered: one layout to show it again.
    const again = modelBox(`${FITTED_MAX + 39} ${page}`, limit);
    slideWith([again.box]).fit();
    expect(again.layouts()).toBe(1);
  });
});
