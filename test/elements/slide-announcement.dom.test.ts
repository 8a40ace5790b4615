import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements/slide-announcement';
import { mount, text } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('slide elements render what the schedule engine gives them, as text', () => {
  it('<slide-announcement>: urgent ones say so and are marked', async () => {
    const element = await mount('slide-announcement', {
      slide: { kind: 'announcement', id: 'announcement:a', durationMs: 1, text: 'Sơ tán', urgent: true, page: 1, pages: 1 },
    });
    expect(element.hasAttribute('urgent')).toBe(true);
    expect(text(element)).toContain('Thông báo khẩn');
    expect(text(element)).toContain('Sơ tán');
  });
});
