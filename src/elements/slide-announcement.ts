import { html, css, nothing, type PropertyValues } from 'lit';
import { SlideElement, pageLabel } from './slide-element';
import { FitTextController } from './fit-text';
import type { SlideOf } from '../schedule/playlist';

/** A notice from staff; an urgent one is drawn on gold so it stands out from the rotation. */
export class SlideAnnouncement extends SlideElement<SlideOf<'announcement'>> {
  static override styles = [
    ...SlideElement.styles,
    css`
      :host {
        justify-content: safe center;
      }
      :host([urgent]) {
        background: var(--gold);
        color: var(--ink);
      }
      :host([urgent]) .kicker {
        color: var(--ink);
      }
      .title {
        flex: none;
        margin: 0;
        font-size: max(var(--text-min), 6vmin);
        font-weight: 800;
        line-height: 1.3;
      }
      .fit p {
        margin: 0;
      }
      img {
        flex: none;
        max-height: 30vh;
        max-width: 100%;
        object-fit: contain;
        align-self: center;
      }
    `,
  ];

  constructor() {
    super();
    new FitTextController(this, { selector: '.fit', min: 0.04, max: 0.09 });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.toggleAttribute('urgent', this.slide?.urgent === true);
  }

  protected renderSlide(slide: SlideOf<'announcement'>) {
    return html`
      <p class="kicker" data-text>${slide.urgent ? 'Thông báo khẩn' : 'Thông báo'}</p>
      ${slide.title ? html`<h2 class="title" data-text>${slide.title}</h2>` : nothing} ${this.contentImage(slide.image)}
      <div class="fit" data-fit><p>${slide.text}</p></div>
      ${pageLabel(slide)}
    `;
  }
}
customElements.define('slide-announcement', SlideAnnouncement);

declare global {
  interface HTMLElementTagNameMap {
    'slide-announcement': SlideAnnouncement;
  }
}
