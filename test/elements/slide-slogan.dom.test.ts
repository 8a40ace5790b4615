import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements/slide-slogan';
import type { LitElement } from 'lit';
import type { Slide } from '../../src/schedule/playlist';
import { first, mount, text } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('slide elements render what the schedule engine gives them, as text', () => {
  it('<slide-slogan>', async () => {
    const slide = first('slogan');
    const element = await mount('slide-slogan', { slide });
    expect(text(element)).toBe(slide.text);
  });

  it('<slide-slogan> re-renders when its property changes (no shadowing class field)', async () => {
    const element = await mount<LitElement & { slide: Slide }>('slide-slogan', { slide: first('slogan') });
    element.slide = { ...first('slogan'), text: 'Khẩu hiệu mới' };
    await element.updateComplete;
    expect(text(element)).toBe('Khẩu hiệu mới');
  });

  it('<slide-slogan> shows markup literally', async () => {
    const element = await mount('slide-slogan', { slide: { ...first('slogan'), text: '<b onclick=x>đậm</b>' } });
    expect(element.shadowRoot!.querySelector('b')).toBeNull();
    expect(text(element)).toBe('<b onclick=x>đậm</b>');
  });
});
