import { html, css, nothing } from 'lit';
import { SlideElement } from './slide-element';
import { FitTextController } from './fit-text';
import type { SlideOf } from '../schedule/playlist';
import { INFERRED_MARK, INFERRED_NOTE } from '../schedule/format';

/**
 * "Còn N ngày" to the next congress, with its date; "Khai mạc hôm nay" on its first day and
 * "Đang diễn ra" while it runs (under "Chào mừng đại hội", not "Hướng tới"). A congress dated
 * only to the month gets no day count: "Dự kiến tháng 6/2020". A date the plan does not give is
 * starred and the star explained.
 */
export class SlideCountdown extends SlideElement<SlideOf<'countdown'>> {
  protected static override centred = true;

  static override styles = [
    ...SlideElement.styles,
    css`
      .count {
        flex: none;
        display: flex;
        align-items: baseline;
        gap: 3vmin;
        color: var(--gold);
        font-weight: 800;
        line-height: 1.3;
      }
      .days {
        font-size: 24vmin;
        letter-spacing: -0.03em;
      }
      .word {
        font-size: max(var(--text-min), 7vmin);
      }
      .fit {
        width: 100%;
        flex: 1 1 0;
        display: flex;
        align-items: safe center;
        justify-content: safe center;
        font-weight: 600;
      }
      .fit p {
        margin: 0;
      }
      .note {
        flex: none;
        margin: 0;
      }
      .date {
        flex: none;
        margin: 0;
        font-size: max(var(--text-min), 5vmin);
        font-weight: 800;
        color: var(--cream);
      }
    `,
  ];

  constructor() {
    super();
    new FitTextController(this, { selector: '.fit', min: 0.04, max: 0.065 });
  }

  protected renderSlide(slide: SlideOf<'countdown'>) {
    const underWay = !slide.approximate && slide.state !== 'upcoming';
    const count = slide.approximate
      ? html`<span class="word" data-text>Dự kiến ${slide.dateLabel}</span>`
      : slide.state === 'upcoming'
        ? html`<span class="word" data-text>Còn</span> <span class="days" data-text>${slide.days}</span>
            <span class="word" data-text>ngày</span>`
        : html`<span class="word" data-text>${slide.state === 'today' ? 'Khai mạc hôm nay' : 'Đang diễn ra'}</span>`;
    return html`
      <p class="kicker" data-text>${underWay ? 'Chào mừng đại hội' : 'Hướng tới đại hội'}</p>
      <div class="count">${count}</div>
      <div class="fit" data-fit><p>${slide.title}</p></div>
      ${slide.approximate ? nothing : html`<p class="date" data-text>${slide.dateLabel}${slide.inferred ? ` ${INFERRED_MARK}` : nothing}</p>`}
      ${slide.inferred ? html`<p class="meta note" data-text>${INFERRED_NOTE}</p>` : nothing}
    `;
  }
}
customElements.define('slide-countdown', SlideCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'slide-countdown': SlideCountdown;
  }
}
