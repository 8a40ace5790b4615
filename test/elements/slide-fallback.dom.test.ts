import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements/slide-fallback';
import { mount, text } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('slide elements render what the schedule engine gives them, as text', () => {
  it('<slide-fallback>', async () => {
    const element = await mount('slide-fallback', {
      slide: { kind: 'fallback', id: 'fallback', durationMs: 1, party: 'ĐẢNG CỘNG SẢN VIỆT NAM', unit: 'Trường' },
    });
    expect(text(element)).toBe('ĐẢNG CỘNG SẢN VIỆT NAM Trường');
  });
});
