import { html, css, nothing, type PropertyValues } from 'lit';
import { SlideElement } from './slide-element';
import { FitTextController } from './fit-text';
import { styleProperties } from './style-properties';
import type { SlideOf } from '../schedule/playlist';

/**
 * An achievement: the figure and its unit read as one phrase ("35 năm"), the caption under it; a
 * picture beside the text (under it on a portrait screen), the three composed as one block. The
 * figure's size follows its length, so the longest figure the schema allows (12 characters) fits
 * the width at every screen size. A missing image is dropped, never shown broken.
 */
export class SlideMilestone extends SlideElement<SlideOf<'milestone'>> {
  static override styles = [
    ...SlideElement.styles,
    css`
      :host {
        flex-direction: row;
        align-items: safe center;
        justify-content: safe center;
        gap: calc(var(--gap) * 3);
        /* The width the text block may take: the slide's, less a picture beside it. */
        --room: 86vw;
      }
      /* Beside a picture, the text keeps what the picture's share (--share, picture-room.ts) leaves. */
      :host([pictured]) {
        --room: calc(86vw - var(--share) * 100vw - 7.2vmin);
      }
      .block {
        flex: 0 1 auto;
        max-width: var(--room);
        max-height: 100%;
        display: flex;
        flex-direction: column;
        align-items: safe center;
        justify-content: safe center;
        gap: calc(var(--gap) * 1.5);
        text-align: center;
        min-height: 0;
      }
      .heading {
        flex: none;
        margin: 0;
        font-weight: 700;
        font-size: 4.2vmin;
        letter-spacing: 0.04em;
        text-transform: uppercase;
        opacity: 0.85;
      }
      .phrase {
        flex: none;
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: center;
        column-gap: 0.25em;
        color: var(--gold);
        line-height: 1.4;
        max-width: 100%;
      }
      .number {
        font-weight: 800;
        /* About 0.62em a character in this face: a figure of --chars characters fits --room. */
        font-size: min(24vmin, calc(var(--room) / (var(--chars) * 0.62)));
        letter-spacing: -0.03em;
        white-space: nowrap;
      }
      .unit {
        font-weight: 700;
        font-size: max(var(--text-min), 8vmin);
        overflow-wrap: anywhere;
      }
      /* A unit too long to sit beside the figure goes under it, at the caption's scale. */
      .unit.long {
        font-size: max(var(--text-min), 5vmin);
      }
      .fit {
        flex: 0 1 auto;
        min-height: 0;
        width: 100%;
        display: flex;
        justify-content: safe center;
        font-weight: 600;
      }
      .fit p {
        margin: 0;
      }
      /* A long text leaves the picture a place beside the heading only (portrait). */
      .top {
        flex: none;
        display: flex;
        align-items: center;
        justify-content: center;
        gap: var(--gap);
        align-self: stretch;
      }
      .top .heading {
        flex: 0 1 auto;
        min-width: 0;
      }
      .top img {
        max-width: 30vw;
      }
      img {
        flex: none;
        width: calc(var(--share) * 100vw);
        max-height: 60vh;
        object-fit: contain;
      }
      @media (orientation: portrait) {
        :host {
          flex-direction: column;
        }
        :host([pictured]) {
          --room: 86vw;
          gap: calc(var(--gap) * 1.5);
        }
        :host([pictured]) .block {
          gap: var(--gap);
        }
        :host([pictured]) .phrase {
          line-height: 1.3;
        }
        /* Above the text (or beside the heading), --lines lines of body text high. */
        img {
          width: auto;
          max-width: 80vw;
          height: calc(var(--lines) * 5.2vh);
        }
      }
    `,
  ];

  constructor() {
    super();
    new FitTextController(this, { selector: '.fit', min: 0.04, max: 0.075 });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.toggleAttribute('pictured', this.slide?.picture !== undefined);
    this.style.setProperty('--share', String(this.slide?.picture?.share ?? 0));
    this.style.setProperty('--lines', String(this.slide?.picture?.lines ?? 0));
  }

  protected renderSlide(slide: SlideOf<'milestone'>) {
    const beside = slide.picture?.place === 'heading';
    const heading =
      slide.title || slide.year !== undefined
        ? html`<p class="heading" data-text>${[slide.title, slide.year].filter((part) => part !== undefined).join(' · ')}</p>`
        : nothing;
    return html`
      ${beside ? nothing : this.contentImage(slide.image)}
      <div class="block">
        ${beside ? html`<div class="top">${this.contentImage(slide.image)}${heading}</div>` : heading}
        <p class="phrase" ${styleProperties({ '--chars': String(phraseWidth(slide)) })}>
          <span class="number" data-text>${slide.figure}</span
          >${slide.unit ? html` <span class=${[...slide.unit].length > 10 ? 'unit long' : 'unit'} data-text>${slide.unit}</span>` : nothing}
        </p>
        <div class="fit" data-fit><p>${slide.caption}</p></div>
      </div>
    `;
  }
}

/**
 * The phrase's width in characters of the figure's size: the figure, and a short unit beside it
 * (at about a third of the figure's size). A long unit goes on the next line and is not counted.
 */
function phraseWidth(slide: SlideOf<'milestone'>): number {
  const figure = Math.max(3, [...slide.figure].length);
  const unit = slide.unit && [...slide.unit].length <= 10 ? [...slide.unit].length * 0.35 + 0.5 : 0;
  return figure + unit;
}

customElements.define('slide-milestone', SlideMilestone);

declare global {
  interface HTMLElementTagNameMap {
    'slide-milestone': SlideMilestone;
  }
}
