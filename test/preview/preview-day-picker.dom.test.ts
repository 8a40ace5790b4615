import { afterEach, describe, expect, it } from 'vitest';
import '../../src/preview/preview-day-picker';
import { loadBundle } from '../helpers';

const bundle = loadBundle();

afterEach(() => document.body.replaceChildren());

async function mount() {
  const picker = document.createElement('preview-day-picker');
  Object.assign(picker, { date: '2020-05-15', time: '08:00', screens: bundle.screens, screenId: 'lobby-portrait' });
  document.body.append(picker);
  await picker.updateComplete;
  const heard: [string, unknown][] = [];
  for (const name of ['day-select', 'time-select', 'screen-select'] as const)
    document.addEventListener(name, (event) => heard.push([name, event.detail]));
  const change = (selector: string, value: string) => {
    const control = picker.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
    control.value = value;
    control.dispatchEvent(new Event('change'));
  };
  return { picker, heard, change };
}

describe('the day picker', () => {
  it('shows the day, the time and the chosen screen among the bundle’s', async () => {
    const { picker } = await mount();
    const root = picker.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('#day')!.value).toBe('2020-05-15');
    expect(root.querySelector<HTMLInputElement>('#time')!.value).toBe('08:00');
    expect([...root.querySelectorAll('option')].map((option) => option.value)).toEqual(bundle.screens.map((screen) => screen.id));
    expect(root.querySelector<HTMLOptionElement>('option[value="lobby-portrait"]')!.selected).toBe(true);
  });

  it('says what was chosen; a field emptied keeps its value', async () => {
    const { heard, change } = await mount();
    change('#day', '2020-10-14');
    change('#time', '17:30');
    change('#screen', 'slogans-only');
    change('#day', '');
    expect(heard).toEqual([
      ['day-select', { date: '2020-10-14' }],
      ['time-select', { time: '17:30' }],
      ['screen-select', { screenId: 'slogans-only' }],
      ['day-select', { date: '2020-05-15' }],
    ]);
  });
});
