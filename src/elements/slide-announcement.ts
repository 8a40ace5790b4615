import { html, css, nothing, type PropertyValues } from 'lit';
import { SlideElement, pageLabel } from './slide-element';
import { FitTextController } from './fit-text';
import { styleProperties } from './style-properties';
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
      /* A later page's running head: the title in one line at body size (the schedule engine shortened it). */
      .title.running {
        font-size: var(--text-min);
        font-weight: 600;
      }
      .fit p {
        margin: 0;
      }
      /* The picture and the text side by side (under each other in portrait), the picture in the
         room the schedule engine gave it (picture-room.ts): --share of the width, --lines of height. */
      .pictured {
        flex: 1 1 auto;
        min-height: 0;
        display: flex;
        gap: calc(var(--gap) * 2);
      }
      img {
        flex: none;
        width: calc(var(--share) * 100%);
        height: 100%;
        object-fit: contain;
      }
      .pictured .fit {
        flex: 1 1 0;
        min-width: 0;
      }
      @media (orientation: portrait) {
        .pictured {
          flex-direction: column;
        }
        img {
          width: 100%;
          height: calc(var(--lines) * 5.2vh);
        }
        .pictured .fit {
          flex: 1 1 auto;
        }
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
    const body = slide.text ? html`<div class="fit" data-fit><p>${slide.text}</p></div>` : nothing;
    const picture = this.contentImage(slide.image);
    const room = { '--share': String(slide.picture?.share ?? 0.3), '--lines': String(slide.picture?.lines ?? 4) };
    return html`
      <p class="kicker" data-text>${slide.urgent ? 'Thông báo khẩn' : 'Thông báo'}</p>
      ${slide.title ? html`<h2 class="title" data-text>${slide.title}</h2>` : nothing}
      ${slide.runningHead ? html`<h2 class="title running" data-text>${slide.runningHead}</h2>` : nothing}
      ${picture === nothing ? body : html`<div class="pictured" ${styleProperties(room)}>${picture}${body}</div>`} ${pageLabel(slide)}
    `;
  }
}
customElements.define('slide-announcement', SlideAnnouncement);

declare global {
  interface HTMLElementTagNameMap {
    'slide-announcement': SlideAnnouncement;
  }
}
