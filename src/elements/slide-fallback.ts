import { html, css } from 'lit';
import { SlideElement } from './slide-element';
import type { SlideOf } from '../schedule/playlist';

/** Shown when nothing else can be: the organisation's name (the frame keeps the clock). */
export class SlideFallback extends SlideElement<SlideOf<'fallback'>> {
  protected static override centred = true;

  static override styles = [
    ...SlideElement.styles,
    css`
      .party {
        color: var(--gold);
        font-weight: 800;
        font-size: 7vmin;
        margin: 0;
      }
      .unit {
        font-weight: 600;
        font-size: max(var(--text-min), 5vmin);
        margin: 0;
      }
    `,
  ];

  protected renderSlide(slide: SlideOf<'fallback'>) {
    return html`<p class="party" data-text>${slide.party || 'ĐẢNG CỘNG SẢN VIỆT NAM'}</p>
      <hr class="rule" />
      <p class="unit" data-text>${slide.unit}</p>`;
  }
}
customElements.define('slide-fallback', SlideFallback);

declare global {
  interface HTMLElementTagNameMap {
    'slide-fallback': SlideFallback;
  }
}
