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
  });
});
