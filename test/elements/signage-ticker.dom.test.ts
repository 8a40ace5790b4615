import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements/signage-ticker';
import { mount } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('frame elements', () => {
  it('<signage-ticker> lists the slogans', async () => {
    const element = await mount('signage-ticker', { items: ['Một', 'Hai'] });
    expect([...element.shadowRoot!.querySelectorAll('.item')].map((item) => item.textContent)).toEqual(['Một', 'Hai']);
  });
});
