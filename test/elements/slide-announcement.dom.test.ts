import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements/slide-announcement';
import { mount, text } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('slide elements render what the schedule engine gives them, as text', () => {
  it('<slide-announcement>: urgent ones say so and are marked', async () => {
    const element = await mount('slide-announcement', {
      slide: { kind: 'announcement', id: 'announcement:a', durationMs: 1, text: 'Sơ tán', urgent: true, page: 1, pages: 1 },
    });
    expect(element.hasAttribute('urgent')).toBe(true);
    expect(text(element)).toContain('Thông báo khẩn');
    expect(text(element)).toContain('Sơ tán');
  });

  it('<slide-announcement>: the whole title on the first page, the running head the schedule engine gave on a later one', async () => {
    const page = { kind: 'announcement', id: 'announcement:a:1', durationMs: 1, text: 'Họp chi bộ.', urgent: false, pages: 2 };
    const heads = (element: HTMLElement) =>
      [...element.shadowRoot!.querySelectorAll('h2')].map((head) => [head.className, head.textContent]);
    const opening = await mount('slide-announcement', { slide: { ...page, page: 1, title: 'Thông báo của Ban Thường vụ Đảng ủy' } });
    expect(heads(opening)).toEqual([['title', 'Thông báo của Ban Thường vụ Đảng ủy']]);
    const later = await mount('slide-announcement', { slide: { ...page, id: 'announcement:a:2', page: 2, runningHead: 'Thông báo của…' } });
    expect(heads(later)).toEqual([['title running', 'Thông báo của…']]);
    expect(text(later)).toContain('Trang 2/2');
  });

  it('<slide-announcement>: the picture beside or above the text, in the room the schedule engine gave it', async () => {
    const page = { kind: 'announcement', id: 'announcement:a:1', durationMs: 1, urgent: false, page: 1, pages: 2, image: 'media/a.png' };
    const element = await mount('slide-announcement', {
      slide: { ...page, text: 'Họp chi bộ.', picture: { place: 'beside', share: 0.22, lines: 0 } },
    });
    const pictured = element.shadowRoot!.querySelector<HTMLElement>('.pictured')!;
    expect([...pictured.children].map((child) => child.localName + (child.className ? `.${child.className}` : ''))).toEqual([
      'img',
      'div.fit',
    ]);
    expect(pictured.style.getPropertyValue('--share')).toBe('0.22');
    // A first page that is the title and the picture only: no empty text box.
    const cover = await mount('slide-announcement', { slide: { ...page, text: '', picture: { place: 'above', share: 0, lines: 3 } } });
    expect(cover.shadowRoot!.querySelector('.fit')).toBeNull();
    expect(cover.shadowRoot!.querySelector<HTMLElement>('.pictured')!.style.getPropertyValue('--lines')).toBe('3');
    expect(cover.shadowRoot!.querySelector('img')!.getAttribute('src')).toBe('media/a.png');
  });
});
