import { afterEach, describe, expect, it, vi } from 'vitest';
import { SlideElement } from '../../src/elements/slide-element';
import { first, mount } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('slide elements render what the schedule engine gives them, as text', () => {
  it('a slide that throws while rendering fires slide-failed and stays empty', async () => {
    class SlideBroken extends SlideElement {
      protected renderSlide(): unknown {
        throw new Error('boom');
      }
    }
    customElements.define('slide-broken', SlideBroken);
    const failed = vi.fn();
    document.body.addEventListener('slide-failed', (event) => failed((event as CustomEvent).detail.id));
    const element = await mount('slide-broken', { slide: first('slogan') }).catch(() => document.querySelector('slide-broken')!);
    expect(failed).toHaveBeenCalledWith(first('slogan').id);
    expect(element.shadowRoot!.childNodes).toHaveLength(0);
  });
});
