import { html, css } from 'lit';
import { SlideElement, pageLabel } from './slide-element';
import { FitTextController } from './fit-text';
import type { SlideOf } from '../schedule/playlist';

/** A propaganda theme (section II) or purpose (section I) of the plan, paged when long. */
export class SlideTheme extends SlideElement<SlideOf<'theme'>> {
  static override styles = [
    ...SlideElement.styles,
    css`
      .number {
        color: var(--gold);
      }
      .fit p {
        margin: 0 0 0.5em;
      }
    `,
  ];

  constructor() {
    super();
    new FitTextController(this, { selector: '.fit', min: 0.04, max: 0.075 });
  }

  protected renderSlide(slide: SlideOf<'theme'>) {
    return html`
      <p class="kicker" data-text>${slide.heading} <span class="number">· ${slide.number}</span></p>
      <hr class="rule" />
      <div class="fit" data-fit>
        ${slide.parts.map((part) => html`<p>${part.midClauseBefore ? '… ' : ''}${part.text}${part.midClauseAfter ? ' …' : ''}</p>`)}
      </div>
      ${pageLabel(slide)}
    `;
  }
}
customElements.define('slide-theme', SlideTheme);

declare global {
  interface HTMLElementTagNameMap {
    'slide-theme': SlideTheme;
  }
}
