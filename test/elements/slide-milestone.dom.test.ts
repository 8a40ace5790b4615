import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements/slide-milestone';
import type { LitElement } from 'lit';
import { first, mount, text } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('slide elements render what the schedule engine gives them, as text', () => {
  it('<slide-milestone>: figure, unit, caption; an unsafe image URL is not bound', async () => {
    const slide = first('milestone');
    const element = await mount('slide-milestone', { slide: { ...slide, image: 'javascript:alert(1)' } });
    expect(text(element)).toContain(slide.figure);
    expect(text(element)).toContain(slide.caption);
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
  });

  it('<slide-milestone>: the figure and its unit are one phrase ("35 năm"), the caption under it', async () => {
    const element = await mount('slide-milestone', { slide: { ...first('milestone'), figure: '35', unit: 'năm', caption: 'đổi mới' } });
    const phrase = element.shadowRoot!.querySelector('.phrase')!;
    expect(phrase.textContent!.replace(/\s+/g, ' ').trim()).toBe('35 năm');
    expect(phrase.nextElementSibling!.textContent!.trim()).toBe('đổi mới');
  });

  it('<slide-milestone>: the picture where the schedule engine put it, beside the heading when the text leaves it no room above', async () => {
    const slide = { ...first('milestone'), title: 'Đảng viên mới', image: 'media/m.png' };
    const above = await mount<LitElement>('slide-milestone', { slide: { ...slide, picture: { place: 'above', share: 0, lines: 4 } } });
    expect(above.shadowRoot!.querySelector('img')!.parentNode).toBe(above.shadowRoot); // above the text block, not in it
    expect(above.style.getPropertyValue('--lines')).toBe('4');
    const beside = await mount<LitElement>('slide-milestone', { slide: { ...slide, picture: { place: 'heading', share: 0, lines: 1.5 } } });
    const top = beside.shadowRoot!.querySelector('.top')!;
    expect([...top.children].map((child) => child.localName)).toEqual(['img', 'p']);
    expect(top.textContent).toContain('Đảng viên mới');
    expect(beside.hasAttribute('pictured')).toBe(true);
  });

  it('<slide-milestone> drops an image that fails to load', async () => {
    const element = await mount<LitElement>('slide-milestone', { slide: { ...first('milestone'), image: 'media/missing.png' } });
    const image = element.shadowRoot!.querySelector('img')!;
    expect(image.getAttribute('src')).toBe('media/missing.png');
    image.dispatchEvent(new Event('error'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
  });
});

describe('<slide-milestone> with an achievement title and year', () => {
  it('shows them as one line above the figure', async () => {
    const element = await mount('slide-milestone', {
      slide: { ...first('milestone'), figure: '120', unit: 'đảng viên mới', title: 'Kết nạp', year: 2020 },
    });
    const heading = element.shadowRoot!.querySelector('.heading')!;
    expect(heading.textContent!.trim()).toBe('Kết nạp · 2020');
    expect(heading.nextElementSibling!.classList.contains('phrase')).toBe(true);
  });

  it('shows no heading without them', async () => {
    const element = await mount('slide-milestone', { slide: first('milestone') });
    expect(element.shadowRoot!.querySelector('.heading')).toBeNull();
  });
});
