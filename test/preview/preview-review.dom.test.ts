import { afterEach, describe, expect, it } from 'vitest';
import '../../src/preview/preview-review';
import { mountWithRoot as mount } from '../support/elements';
import type { ReviewChange } from '../../src/preview/review';

afterEach(() => document.body.replaceChildren());

const CHANGES: ReviewChange[] = [
  { kind: 'changed', section: 'slogans', itemId: 'slogan-1', item: 'Cũ', field: 'text', before: 'Cũ', after: 'Mới' },
  { kind: 'changed', section: 'phases', itemId: 'phase-2', item: '2. Đợt hai', field: 'messages[1]', before: 'a', after: 'b' },
  { kind: 'added', section: 'screens', itemId: 'hall', item: 'Hội trường' },
];

describe('the review', () => {
  it('names each change in the staff’s words, with the days, and publishes with the note', async () => {
    const { root } = await mount('preview-review', {
      changes: CHANGES,
      days: [{ from: '2020-05-15', to: '2020-05-16', screens: ['lobby'], earlier: false, later: false }],
      liveVersion: 'v1',
      note: 'Vì sao',
    });
    const items = [...root.querySelectorAll('ul.changes li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      'Sửa Khẩu hiệu “Cũ” — Nội dung TrướcCũ SauMới',
      'Sửa Đợt tuyên truyền “2. Đợt hai” — Thông điệp 2 Trướca Saub',
      'Thêm Màn hình “Hội trường”',
    ]);
    expect(root.querySelector('ul.days li')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('15/05/2020 – 16/05/2020 — màn hình: lobby');
    const heard: unknown[] = [];
    document.addEventListener('publish', (event) => heard.push(event.detail));
    root.querySelector<HTMLButtonElement>('button[data-action="publish"]')!.click();
    expect(heard).toEqual([{ note: 'Vì sao' }]);
  });

  it('a reason not to publish turns the button off and is said', async () => {
    const { root } = await mount('preview-review', { changes: CHANGES, blocked: 'Chưa đăng được: nội dung còn 1 lỗi.', lang: 'vi' });
    expect(root.querySelector<HTMLButtonElement>('button[data-action="publish"]')!.disabled).toBe(true);
    expect(root.querySelector('[data-blocked]')!.textContent).toBe('Chưa đăng được: nội dung còn 1 lỗi.');
  });
});
