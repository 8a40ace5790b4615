import { html, css, nothing } from 'lit';
import { SlideElement } from './slide-element';
import { FitTextController } from './fit-text';
import type { SlideOf } from '../schedule/playlist';

/** An achievement: a big figure and its caption. A missing image is dropped, never shown broken. */
export class SlideMilestone extends SlideElement<SlideOf<'milestone'>> {
  static override styles = [
    ...SlideElement.styles,
    css`
      :host {
        flex-direction: row;
        align-items: safe center;
        justify-content: safe center;
        gap: calc(var(--gap) * 3);
      }
      .figure {
        flex: none;
        display: flex;
        flex-direction: column;
        align-items: safe center;
        color: var(--gold);
        line-height: 1.3;
      }
      .number {
        font-weight: 800;
        font-size: 34vmin;
        letter-spacing: -0.03em;
      }
      .unit {
        font-weight: 600;
        font-size: max(var(--text-min), 6vmin);
        margin-top: 1vmin;
      }
      .fit {
        flex: 0 1 auto;
        align-self: stretch;
        display: flex;
        align-items: safe center;
        font-weight: 600;
        max-width: 60%;
      }
      .fit p {
        margin: 0;
      }
      img {
        max-height: 40vh;
        max-width: 25vw;
        object-fit: contain;
      }
      @media (orientation: portrait) {
        :host {
          flex-direction: column;
          text-align: center;
        }
        .fit {
          max-width: 100%;
          justify-content: safe center;
        }
      }
    `,
  ];

  constructor() {
    super();
    new FitTextController(this, { selector: '.fit', min: 0.04, max: 0.08 });
  }

  protected renderSlide(slide: SlideOf<'milestone'>) {
    return html`
      ${this.contentImage(slide.image)}
      <div class="figure">
        <span class="number" data-text>${slide.figure}</span>
        ${slide.unit ? html`<span class="unit" data-text>${slide.unit}</span>` : nothing}
      </div>
      <div class="fit" data-fit><p>${slide.caption}</p></div>
    `;
  }
}
customElements.define('slide-milestone', SlideMilestone);

declare global {
  interface HTMLElementTagNameMap {
    'slide-milestone': SlideMilestone;
  }
}
