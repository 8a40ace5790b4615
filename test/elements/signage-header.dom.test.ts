import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements/signage-header';
import { mount, text } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('frame elements', () => {
  it('<signage-header> shows the party line, unit, phase and clock', async () => {
    const element = await mount('signage-header', {
      party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      unit: 'ĐẢNG UỶ TRƯỜNG',
      phaseLabel: 'Đợt 2 · 01/04 – 30/06/2020',
      clock: '10:05',
      day: 'Thứ Sáu, 27/11/2026',
    });
    expect(text(element)).toBe('ĐẢNG CỘNG SẢN VIỆT NAM ĐẢNG UỶ TRƯỜNG Đợt 2 · 01/04 – 30/06/2020 10:05 Thứ Sáu, 27/11/2026');
  });

  it('<signage-header> omits the phase line outside every phase', async () => {
    const element = await mount('signage-header', { party: 'A', unit: 'B', phaseLabel: '', clock: '10:05', day: 'd' });
    expect(element.shadowRoot!.querySelector('.phase')).toBeNull();
  });
});
