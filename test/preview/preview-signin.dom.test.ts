import { afterEach, describe, expect, it } from 'vitest';
import '../../src/preview/preview-signin';
import { mountWithRoot as mount } from '../support/elements';
import { setLocale } from '../../src/preview/localization';

afterEach(async () => {
  document.body.replaceChildren();
  await setLocale('vi');
});

describe('the sign-in form', () => {
  it('sends the name and password up and keeps no password in its field', async () => {
    const { root } = await mount('preview-signin', {});
    const heard: unknown[] = [];
    document.addEventListener('sign-in', (event) => heard.push(event.detail));
    root.querySelector<HTMLInputElement>('input[name="user"]')!.value = 'bob';
    root.querySelector<HTMLInputElement>('input[name="password"]')!.value = 'bob-editor-pw';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(heard).toEqual([{ user: 'bob', password: 'bob-editor-pw' }]);
    expect(root.querySelector<HTMLInputElement>('input[name="password"]')!.value).toBe('');
  });

  it('signed in: who, the role, and the way out', async () => {
    await setLocale('en');
    const { root } = await mount('preview-signin', { user: 'alice', role: 'publisher', lang: 'en' });
    expect(root.querySelector('.who')!.textContent).toBe('Signed in as alice');
    expect(root.querySelector('.role')!.textContent).toBe('publisher (may publish)');
    const heard: string[] = [];
    document.addEventListener('sign-out', () => heard.push('out'));
    root.querySelector<HTMLButtonElement>('[data-action="sign-out"]')!.click();
    expect(heard).toEqual(['out']);
  });
});
