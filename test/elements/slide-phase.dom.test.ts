import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements/slide-phase';
import { first, mount, text } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('slide elements render what the schedule engine gives them, as text', () => {
  it('<slide-phase>: number, dates, title, messages and page', async () => {
    const slide = first('phase');
    const element = await mount('slide-phase', { slide });
    expect(text(element)).toContain(`Đợt 2 · 01/04 – 30/06/2020`);
    expect(text(element)).toContain(slide.phase.title);
    expect(element.shadowRoot!.querySelectorAll('li')).toHaveLength(slide.parts.length);
    expect(text(element)).toContain(`Trang 1/${slide.pages}`);
    expect(element.shadowRoot!.querySelector('.title')!.classList.contains('running')).toBe(false);
  });

  it('<slide-phase>: a later page carries the running head the schedule engine gave it, not the whole title', async () => {
    const slide = { ...first('phase'), page: 2, pages: 2, runningHead: 'Tuyên truyền…' };
    const element = await mount('slide-phase', { slide });
    const heads = [...element.shadowRoot!.querySelectorAll('h2')];
    expect(heads.map((head) => [head.className, head.textContent])).toEqual([['title running', 'Tuyên truyền…']]);
    expect(text(element)).not.toContain(slide.phase.title);
  });
});
