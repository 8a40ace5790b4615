import { html, css, nothing } from 'lit';
import { styleProperties } from './style-properties';
import { SlideElement } from './slide-element';
import { FitTextController } from './fit-text';
import { INFERRED_MARK, INFERRED_NOTE } from '../schedule/format';
import type { SlideOf } from '../schedule/playlist';

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** The campaign's phases as bars on one time axis, today as a gold line. */
export class SlideTimeline extends SlideElement<SlideOf<'timeline'>> {
  static override styles = [
    ...SlideElement.styles,
    css`
      .fit {
        display: flex;
        flex-direction: column;
        justify-content: safe center;
        gap: 0.7em;
        line-height: 1.25;
      }
      .chart {
        display: grid;
        grid-template-columns: max-content max-content minmax(0, 1fr);
        column-gap: 0.8em;
        row-gap: 0.55em;
        align-items: center;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: contents;
      }
      .number {
        white-space: nowrap;
        font-weight: 800;
        color: var(--gold);
      }
      .dates {
        white-space: nowrap;
      }
      .short {
        display: none;
      }
      .track {
        position: relative;
        height: 1.1em;
        border-bottom: 0.08em solid var(--cream);
      }
      .bar {
        position: absolute;
        top: 0.1em;
        bottom: 0.1em;
        background: var(--cream);
        border-radius: 0.15em;
      }
      .bar.inferred {
        background: repeating-linear-gradient(135deg, var(--cream) 0 0.35em, #d9c79a 0.35em 0.7em);
      }
      .bar.active {
        background: var(--gold);
        box-shadow: 0 0 0 0.12em var(--cream);
      }
      .today {
        position: absolute;
        top: -0.35em;
        bottom: -0.35em;
        width: 0.22em;
        margin-left: -0.11em;
        background: var(--gold);
      }
      .caption,
      .note {
        margin: 0;
      }
      .caption b {
        color: var(--gold);
      }
      @media (orientation: portrait) {
        .chart {
          grid-template-columns: max-content minmax(0, 1fr);
          row-gap: 0.1em;
        }
        .long {
          display: none;
        }
        .short {
          display: inline;
        }
        .track {
          grid-column: 1 / -1;
          height: 0.45em;
          margin-bottom: 0.2em;
        }
        /* Today's marker stays inside its track, clear of the labels above it (row-gap 0.1em). */
        .today {
          top: -0.08em;
          bottom: -0.08em;
        }
        /* "Hôm nay" and the date; the active phase's title is its highlighted bar. */
        .caption .title {
          display: none;
        }
      }
    `,
  ];

  constructor() {
    super();
    new FitTextController(this, { selector: '.fit', min: 0.04, max: 0.06 });
  }

  protected renderSlide(slide: SlideOf<'timeline'>) {
    const today = slide.today === null ? nothing : html`<span class="today" ${styleProperties({ left: percent(slide.today) })}></span>`;
    return html`
      <p class="kicker" data-text>Các đợt tuyên truyền ${slide.yearsLabel}</p>
      <div class="fit" data-fit>
        <ul class="chart">
          ${slide.bars.map(
            (bar) =>
              html`<li>
                <span class="number">Đợt ${bar.number}</span>
                <span class="dates"
                  ><span class="long">${bar.dateLabel}</span
                  ><span class="short">${bar.dayMonthLabel}</span>${bar.inferred ? INFERRED_MARK : ''}</span
                >
                <span class="track" aria-hidden="true">
                  <span
                    class=${`bar${bar.active ? ' active' : ''}${bar.inferred ? ' inferred' : ''}`}
                    ${styleProperties({ left: percent(bar.from), width: percent(bar.to - bar.from) })}
                  ></span>
                  ${today}
                </span>
              </li>`,
          )}
        </ul>
        <p class="caption" data-text>
          <b>Hôm nay ${slide.todayLabel}</b>${slide.activeTitle ? html`<span class="title">: ${slide.activeTitle}</span>` : ''}
        </p>
        ${slide.bars.some((bar) => bar.inferred) ? html`<p class="note" data-text>${INFERRED_NOTE}</p>` : nothing}
      </div>
    `;
  }
}
customElements.define('slide-timeline', SlideTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'slide-timeline': SlideTimeline;
  }
}
