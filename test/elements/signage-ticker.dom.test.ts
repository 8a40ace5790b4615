import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements/signage-ticker';
import { mount } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('frame elements', () => {
  it('<signage-ticker> lists the items once for assistive technology, and runs them twice so the band is never empty', async () => {
    const element = await mount('signage-ticker', { items: ['Một', 'Hai'] });
    const texts = (selector: string) => [...element.shadowRoot!.querySelectorAll(selector)].map((item) => item.textContent);
    expect(texts('.item')).toEqual(['Một', 'Hai']);
    expect(element.shadowRoot!.querySelectorAll('.echo:not([aria-hidden="true"])')).toHaveLength(0);
    // The track moves by half its width: its two halves are the same run, at least a screen wide.
    const all = texts('.item, .echo');
    const half = all.length / 2;
    expect(all.slice(0, half)).toEqual(all.slice(half));
    // A run is about as wide as 160 characters (an item and its ★ separator count about 4 more).
    expect(all.slice(0, half).reduce((sum, text) => sum + text!.length + 4, 0)).toBeGreaterThanOrEqual(160);
    const long = await mount('signage-ticker', { items: ['x'.repeat(400)] });
    expect(long.shadowRoot!.querySelectorAll('.item, .echo')).toHaveLength(2);
  });
});
