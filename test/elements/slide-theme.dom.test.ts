import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements/slide-theme';
import { first, mount, text } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('slide elements render what the schedule engine gives them, as text', () => {
  it('<slide-theme>', async () => {
    const slide = first('theme');
    const element = await mount('slide-theme', { slide });
    expect(text(element)).toContain(slide.heading);
    expect(text(element)).toContain(slide.parts[0]!.text);
  });
});
