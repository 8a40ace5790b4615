import { afterEach, describe, expect, it } from 'vitest';
import '../../src/preview/preview-form-field';
import '../../src/preview/preview-section-form';
import { formSections, type Field } from '../../src/preview/form-model';
import { readText } from '../helpers';
import { setLocale } from '../../src/preview/localization';

const sections = formSections(JSON.parse(readText('content/bundle.json')));
const fieldOf = (key: string): Field =>
  sections.flatMap((section) => section.items.flatMap((item) => item.fields)).find((field) => field.key === key)!;

afterEach(async () => {
  document.body.replaceChildren();
  await setLocale('vi');
});

async function mountField(key: string, lang: 'vi' | 'en' = 'vi') {
  await setLocale(lang);
  const element = document.createElement('preview-form-field');
  Object.assign(element, { field: fieldOf(key), lang });
  document.body.append(element);
  await element.updateComplete;
  const heard: unknown[] = [];
  element.addEventListener('field-write', (event) => heard.push(event.detail));
  const type = async (value: string) => {
    const control = element.shadowRoot!.querySelector<HTMLInputElement>('input, textarea')!;
    control.value = value;
    control.dispatchEvent(new Event('input'));
    await element.updateComplete;
  };
  return { element, heard, type };
}

describe('a field of the forms', () => {
  it('is labelled, shows a date as day/month/year, and writes what is typed as the bundle writes dates', async () => {
    const { element, heard, type } = await mountField('phases[1].end');
    const input = element.shadowRoot!.querySelector('input')!;
    expect(element.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).toContain('Đến hết ngày');
    expect(input.value).toBe('30/06/2020');
    await type('29/6/2020');
    expect(heard).toEqual([{ path: ['phases', 1, 'end'], value: '2020-06-29' }]);
  });

  it('says why it writes nothing for a day that does not exist, in the page’s language', async () => {
    const { element, heard, type } = await mountField('phases[1].end', 'en');
    await type('31/6/2020');
    expect(heard).toEqual([]);
    expect(element.shadowRoot!.querySelector('p.problem')!.textContent).toBe(
      'There is no day 31 in month 6 of 2020. Check the day and the month.',
    );
    expect(element.shadowRoot!.querySelector('input')!.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('a flag is a labelled checkbox that writes true or false', async () => {
    const { element, heard } = await mountField('events[0].countdown');
    const box = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(true);
    expect(element.shadowRoot!.querySelector(`label[for="${box.id}"]`)!.textContent).toContain('Đếm ngược');
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    expect(heard).toEqual([{ path: ['events', 0, 'countdown'], value: false }]);
  });
});

describe('a section of the forms', () => {
  it('moves an item with its buttons, each labelled with the item it moves', async () => {
    const element = document.createElement('preview-section-form');
    Object.assign(element, { section: sections.find((section) => section.id === 'slogans')!, lang: 'vi' });
    document.body.append(element);
    await element.updateComplete;
    const heard: unknown[] = [];
    element.addEventListener('item-move', (event) => heard.push(event.detail));
    const down = element.shadowRoot!.querySelector<HTMLButtonElement>('.item[data-item="slogans[0]"] .item-head button[data-move="down"]')!;
    expect(down.getAttribute('aria-label')).toBe('Chuyển “slogan-1” xuống');
    expect(
      element.shadowRoot!.querySelector<HTMLButtonElement>('.item[data-item="slogans[0]"] .item-head button[data-move="up"]')!.disabled,
    ).toBe(true);
    down.click();
    expect(heard).toEqual([{ path: ['slogans'], from: 0, to: 1 }]);
  });
});
