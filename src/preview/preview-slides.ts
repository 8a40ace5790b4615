import { html, css, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../elements/style-properties';
import { previewBase, scaledScreen } from './preview-styles';
import { dayText } from './i18n';
import { PreviewElement, boundProperties } from './element-base';
import type { SlideSample } from './day-playlist';
import type { PreviewFrame } from './preview-frame';
import type { FrameChrome } from '../schedule/frame-chrome';
import type { Orientation } from '../schedule/playlist';

/** A miniature: 1920×1080 (or 1080×1920) drawn at this scale. */
const SCALE = { landscape: 0.148, portrait: 0.118 } as const;
const SIZE = { landscape: { width: 1920, height: 1080 }, portrait: { width: 1080, height: 1920 } } as const;

/**
 * Every slide the bundle can produce, each in a miniature screen: an iframe of preview-frame.html
 * at the screen's real size, scaled down with a transform (layout, and so fitted text, is the
 * screen's). Frames load as they scroll into view. A slide whose text overflows is marked.
 *
 * @fires orientation-change - detail: { orientation }
 * @fires overflow-change - detail: { orientation, slides }: the slides found overflowing
 */
export class PreviewSlides extends PreviewElement {
  static override properties = {
    ...boundProperties('samples', 'orientation', 'chromeFor'),
    overflowing: { state: true },
  };
  declare samples: SlideSample[];
  declare orientation: Orientation;
  /** The header and ticker of a screen on a given day. */
  declare chromeFor: (date: string) => FrameChrome;
  /** Ids of slides found overflowing. */
  declare overflowing: ReadonlySet<string>;

  static override styles = [
    previewBase,
    scaledScreen,
    css`
      .switch {
        display: inline-flex;
        border: 1px solid var(--p-line);
        border-radius: 6px;
        overflow: hidden;
        margin: 0 0 1rem;
      }
      .switch button {
        border: 0;
        border-radius: 0;
      }
      .switch button[aria-pressed='true'] {
        background: var(--p-accent);
        color: #fff;
      }
      .grid {
        display: flex;
        flex-wrap: wrap;
        gap: 1.1rem;
      }
      figure {
        margin: 0;
        width: min-content;
        display: grid;
        gap: 0.35rem;
        align-content: start;
      }
      figure[data-overflow] .screen {
        box-shadow: 0 0 0 4px var(--p-bad);
      }
      iframe {
        pointer-events: none;
      }
      figcaption {
        overflow-wrap: anywhere;
        font-size: 0.8rem;
        color: var(--p-muted);
        display: grid;
        gap: 0.1rem;
      }
      figcaption strong {
        color: var(--p-ink);
        font-size: 0.85rem;
      }
      .flag {
        color: var(--p-bad);
        font-weight: 700;
      }
    `,
  ];

  constructor() {
    super();
    this.samples = [];
    this.orientation = 'landscape';
    this.chromeFor = () => ({ party: '', unit: '', phaseLabel: '', clock: '', day: '', ticker: [] });
    this.overflowing = new Set();
  }

  private frameOf(iframe: HTMLIFrameElement): PreviewFrame | null {
    return iframe.contentDocument?.querySelector('preview-frame') ?? null;
  }

  /** Hands a frame its slide (frames are same-origin documents of this build). */
  private feed(iframe: HTMLIFrameElement): void {
    const frame = this.frameOf(iframe);
    const sample = this.samples.find((candidate) => candidate.slide.id === iframe.dataset.slide);
    if (!frame || !sample) return;
    frame.onChecked = (overflow) => {
      const next = new Set(this.overflowing);
      if (overflow) next.add(sample.slide.id);
      else next.delete(sample.slide.id);
      if (next.size !== this.overflowing.size || [...next].some((id) => !this.overflowing.has(id))) this.overflowing = next;
    };
    frame.chrome = this.chromeFor(sample.date);
    frame.slide = sample.slide;
  }

  protected override updated(changed: PropertyValues): void {
    // The check column lists them as warnings, with the slide and the screen.
    if (changed.has('overflowing') && changed.get('overflowing') !== undefined)
      this.emit('overflow-change', { orientation: this.orientation, slides: [...this.overflowing] });
    if (changed.has('samples') || changed.has('chromeFor'))
      for (const iframe of this.renderRoot.querySelectorAll('iframe')) this.feed(iframe);
  }

  protected override render() {
    const size = SIZE[this.orientation];
    const scale = SCALE[this.orientation];
    const width = Math.round(size.width * scale);
    const height = Math.round(size.height * scale);
    const choose = (orientation: Orientation) => this.emit('orientation-change', { orientation });
    return html`
      <div class="switch" role="group">
        <button type="button" aria-pressed=${this.orientation === 'landscape'} @click=${() => choose('landscape')}>
          ${this.t('landscape')}
        </button>
        <button type="button" aria-pressed=${this.orientation === 'portrait'} @click=${() => choose('portrait')}>
          ${this.t('portrait')}
        </button>
      </div>
      <p class="hint">
        ${this.t('slidesHint', { size: `${size.width}×${size.height}` })}
        ${this.t('slidesCount', { count: this.samples.length })}${this.overflowing.size > 0 ? html` · <span class="flag">${this.t('overflow')}: ${this.overflowing.size}</span>` : nothing}
      </p>
      <div class="grid">
        ${repeat(
          this.samples,
          (sample) => `${this.orientation}:${sample.slide.id}`,
          (sample) =>
            html`<figure data-slide=${sample.slide.id} ?data-overflow=${this.overflowing.has(sample.slide.id)}>
              <div class="screen" ${sizeBox(width, height)}>
                <iframe
                  src="preview-frame.html"
                  title=${sample.slide.id}
                  loading="lazy"
                  tabindex="-1"
                  data-slide=${sample.slide.id}
                  width=${size.width}
                  height=${size.height}
                  ${scaleBox(scale)}
                  @load=${(event: Event) => this.feed(event.target as HTMLIFrameElement)}
                ></iframe>
              </div>
              <figcaption>
                <strong
                  >${this.t(`kind_${sample.slide.kind}`)}${this.overflowing.has(sample.slide.id) ? html` · <span class="flag">${this.t('overflow')}</span>` : nothing}</strong
                >
                <span>${sample.slide.id} · ${this.t('playsOn', { date: dayText(sample.date) })}</span>
              </figcaption>
            </figure>`,
        )}
      </div>
    `;
  }
}

/** Sizes through the CSSOM (no style attribute: the page runs under a CSP without 'unsafe-inline'). */
const sizeBox = (width: number, height: number) => styleProperties({ width: `${width}px`, height: `${height}px` });
const scaleBox = (scale: number) => styleProperties({ transform: `scale(${scale})` });

customElements.define('preview-slides', PreviewSlides);

declare global {
  interface HTMLElementTagNameMap {
    'preview-slides': PreviewSlides;
  }
}
