import { html, css } from 'lit';
import { SlideElement } from './slide-element';
import { FitTextController } from './fit-text';
import type { SlideOf } from '../schedule/playlist';

/** A campaign slogan in the largest type that fits. */
export class SlideSlogan extends SlideElement<SlideOf<'slogan'>> {
  static override styles = [
    ...SlideElement.styles,
    css`
      :host {
        justify-content: safe center;
        align-items: safe center;
        text-align: center;
      }
      .fit {
        display: flex;
        align-items: safe center;
        justify-content: safe center;
        width: 100%;
        font-weight: 800;
        color: var(--gold);
        line-height: 1.22;
        text-wrap: balance;
      }
      .fit p {
        margin: 0;
        max-width: 100%;
      }
      .rule {
        align-self: center;
      }
    `,
  ];

  constructor() {
    super();
    new FitTextController(this, { selector: '.fit', min: 0.045, max: 0.14 });
  }

  protected renderSlide(slide: SlideOf<'slogan'>) {
    return html`<hr class="rule" />
      <div class="fit" data-fit><p lang="vi">${slide.text}</p></div>
      <hr class="rule" />`;
  }
}
customElements.define('slide-slogan', SlideSlogan);

declare global {
  interface HTMLElementTagNameMap {
    'slide-slogan': SlideSlogan;
  }
}
