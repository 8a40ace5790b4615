import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements/slide-timeline';
import { first, mount } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('slide elements render what the schedule engine gives them, as text', () => {
  it('<slide-timeline>: one bar per phase, the active one marked', async () => {
    const element = await mount('slide-timeline', { slide: first('timeline') });
    expect(element.shadowRoot!.querySelectorAll('.bar')).toHaveLength(5);
    expect(element.shadowRoot!.querySelectorAll('.bar.active')).toHaveLength(1);
    expect(element.shadowRoot!.querySelectorAll('.today')).toHaveLength(5);
  });
});
