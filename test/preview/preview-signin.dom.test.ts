import { afterEach, describe, expect, it } from 'vitest';
import '../../src/preview/preview-signin';

afterEach(() => document.body.replaceChildren());

async function mount(_tag: 'preview-signin', properties: Record<string, unknown>) {
  const element = document.createElement('preview-signin');
  Object.assign(element, properties);
  document.body.append(element);
  await element.updateComplete;
  return { element, root: element.shadowRoot! };
}

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
    const { root } = await mount('preview-signin', { user: 'alice', role: 'publisher', lang: 'en' });
    expect(root.querySelector('.who')!.textContent).toBe('Signed in as alice');
    expect(root.querySelector('.role')!.textContent).toBe('publisher (may publish)');
    const heard: string[] = [];
    document.addEventListener('sign-out', () => heard.push('out'));
    root.querySelector<HTMLButtonElement>('[data-action="sign-out"]')!.click();
    expect(heard).toEqual(['out']);
  });
});
