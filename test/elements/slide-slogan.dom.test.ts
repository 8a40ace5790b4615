import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/elements/slide-slogan';
import '../../src/elements/slide-phase';
import '../../src/elements/slide-milestone';
import '../../src/elements/slide-theme';
import '../../src/elements/slide-countdown';
import '../../src/elements/slide-timeline';
import '../../src/elements/slide-announcement';
import '../../src/elements/slide-fallback';
import '../../src/elements/signage-header';
import '../../src/elements/signage-ticker';
import { buildPlaylist, type Slide, type SlideOf } from '../../src/schedule/playlist';
import { SlideElement } from '../../src/elements/slide-element';
import type { LitElement } from 'lit';
import { loadBundle, vn } from '../helpers';

const bundle = loadBundle();
const slides = buildPlaylist(bundle, vn('2020-05-15T08:00'), 'lobby').slides;
const first = <K extends Slide['kind']>(kind: K): SlideOf<K> => slides.find((slide): slide is SlideOf<K> => slide.kind === kind)!;

async function mount<T extends LitElement>(tag: string, properties: Record<string, unknown>): Promise<T> {
  const element = document.createElement(tag) as T;
  Object.assign(element, properties);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const text = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => document.body.replaceChildren());

describe('slide elements render what the schedule engine gives them, as text', () => {
  it('<slide-slogan>', async () => {
    const slide = first('slogan');
    const element = await mount('slide-slogan', { slide });
    expect(text(element)).toBe(slide.text);
  });

  it('<slide-slogan> re-renders when its property changes (no shadowing class field)', async () => {
    const element = await mount<LitElement & { slide: Slide }>('slide-slogan', { slide: first('slogan') });
    element.slide = { ...first('slogan'), text: 'Khẩu hiệu mới' };
    await element.updateComplete;
    expect(text(element)).toBe('Khẩu hiệu mới');
  });

  it('<slide-slogan> shows markup literally', async () => {
    const element = await mount('slide-slogan', { slide: { ...first('slogan'), text: '<b onclick=x>đậm</b>' } });
    expect(element.shadowRoot!.querySelector('b')).toBeNull();
    expect(text(element)).toBe('<b onclick=x>đậm</b>');
  });

  it('<slide-phase>: number, dates, title, messages and page', async () => {
    const slide = first('phase');
    const element = await mount('slide-phase', { slide });
    expect(text(element)).toContain(`Đợt 2 · 01/04 – 30/06/2020`);
    expect(text(element)).toContain(slide.phase.title);
    expect(element.shadowRoot!.querySelectorAll('li')).toHaveLength(slide.parts.length);
    expect(text(element)).toContain(`Trang 1/${slide.pages}`);
  });

  it('<slide-milestone>: figure, unit, caption; an unsafe image URL is not bound', async () => {
    const slide = first('milestone');
    const element = await mount('slide-milestone', { slide: { ...slide, image: 'javascript:alert(1)' } });
    expect(text(element)).toContain(slide.figure);
    expect(text(element)).toContain(slide.caption);
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
  });

  it('<slide-milestone> drops an image that fails to load', async () => {
    const element = await mount<LitElement>('slide-milestone', { slide: { ...first('milestone'), image: 'media/missing.png' } });
    const image = element.shadowRoot!.querySelector('img')!;
    expect(image.getAttribute('src')).toBe('media/missing.png');
    image.dispatchEvent(new Event('error'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
  });

  it('<slide-theme>', async () => {
    const slide = first('theme');
    const element = await mount('slide-theme', { slide });
    expect(text(element)).toContain(slide.heading);
    expect(text(element)).toContain(slide.parts[0]!.text);
  });

  it('<slide-countdown>: "Còn N ngày" and the date', async () => {
    const slide = first('countdown');
    const element = await mount('slide-countdown', { slide });
    expect(text(element)).toContain(`Còn ${slide.days} ngày`);
    expect(text(element)).toContain('Dự kiến Tháng 6/2020');
    const today = await mount('slide-countdown', { slide: { ...slide, state: 'ongoing', days: 0 } });
    expect(text(today)).toContain('Đang diễn ra');
  });

  it('<slide-timeline>: one bar per phase, the active one marked', async () => {
    const element = await mount('slide-timeline', { slide: first('timeline') });
    expect(element.shadowRoot!.querySelectorAll('.bar')).toHaveLength(5);
    expect(element.shadowRoot!.querySelectorAll('.bar.active')).toHaveLength(1);
    expect(element.shadowRoot!.querySelectorAll('.today')).toHaveLength(5);
  });

  it('<slide-announcement>: urgent ones say so and are marked', async () => {
    const element = await mount('slide-announcement', {
      slide: { kind: 'announcement', id: 'announcement:a', durationMs: 1, text: 'Sơ tán', urgent: true },
    });
    expect(element.hasAttribute('urgent')).toBe(true);
    expect(text(element)).toContain('Thông báo khẩn');
    expect(text(element)).toContain('Sơ tán');
  });

  it('<slide-fallback>', async () => {
    const element = await mount('slide-fallback', {
      slide: { kind: 'fallback', id: 'fallback', durationMs: 1, party: 'ĐẢNG CỘNG SẢN VIỆT NAM', unit: 'Trường' },
    });
    expect(text(element)).toBe('ĐẢNG CỘNG SẢN VIỆT NAM Trường');
  });

  it('a slide that throws while rendering fires slide-failed and stays empty', async () => {
    class SlideBroken extends SlideElement {
      protected renderSlide(): unknown {
        throw new Error('boom');
      }
    }
    customElements.define('slide-broken', SlideBroken);
    const failed = vi.fn();
    document.body.addEventListener('slide-failed', (event) => failed((event as CustomEvent).detail.id));
    const element = await mount('slide-broken', { slide: first('slogan') }).catch(() => document.querySelector('slide-broken')!);
    expect(failed).toHaveBeenCalledWith(first('slogan').id);
    expect(element.shadowRoot!.childNodes).toHaveLength(0);
  });
});

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

  it('<signage-ticker> lists the slogans', async () => {
    const element = await mount('signage-ticker', { items: ['Một', 'Hai'] });
    expect([...element.shadowRoot!.querySelectorAll('.item')].map((item) => item.textContent)).toEqual(['Một', 'Hai']);
  });
});
