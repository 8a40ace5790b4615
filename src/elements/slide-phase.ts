import { html, css, nothing } from 'lit';
import { SlideElement, pageLabel } from './slide-element';
import { FitTextController } from './fit-text';
import { INFERRED_MARK, INFERRED_NOTE } from '../schedule/format';
import type { SlideOf } from '../schedule/playlist';

/** The current phase: its title, date window and one page of its messages. */
export class SlidePhase extends SlideElement<SlideOf<'phase'>> {
  static override styles = [
    ...SlideElement.styles,
    css`
      .title {
        flex: none;
        margin: 0;
        font-weight: 800;
        font-size: max(var(--text-min), 5vmin);
        line-height: 1.3;
        color: var(--cream);
      }
      /* A later page's running head: the title in one line at body size (the schedule engine shortened it). */
      .title.running {
        font-size: var(--text-min);
        font-weight: 600;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
        display: flex;
        flex-direction: column;
        gap: 0.6em;
      }
      li {
        position: relative;
        padding-left: 1.1em;
      }
      li::before {
        content: '★';
        position: absolute;
        left: 0;
        color: var(--gold);
        font-size: 0.7em;
        top: 0.25em;
      }
      li.continues::before {
        content: '';
      }
    `,
  ];

  constructor() {
    super();
    new FitTextController(this, { selector: '.fit', min: 0.04, max: 0.075 });
  }

  protected renderSlide(slide: SlideOf<'phase'>) {
    const { phase } = slide;
    return html`
      <p class="kicker" data-text>Đợt ${phase.number} · ${phase.dateLabel}${phase.inferred ? ` ${INFERRED_MARK}` : ''}</p>
      <h2 class=${slide.runningHead ? 'title running' : 'title'} data-text>${slide.runningHead ?? phase.title}</h2>
      <div class="fit" data-fit>
        <ul>
          ${slide.parts.map((part) => html`<li class=${part.continues ? 'continues' : ''}>${part.midClauseBefore ? '… ' : ''}${part.text}${part.midClauseAfter ? ' …' : ''}</li>`)}
        </ul>
      </div>
      ${phase.inferred ? html`<p class="meta note" data-text>${INFERRED_NOTE}</p>` : nothing} ${pageLabel(slide)}
    `;
  }
}
customElements.define('slide-phase', SlidePhase);

declare global {
  interface HTMLElementTagNameMap {
    'slide-phase': SlidePhase;
  }
}
