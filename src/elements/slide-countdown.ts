import { html, css, nothing } from 'lit';
import { SlideElement } from './slide-element';
import { FitTextController } from './fit-text';
import type { SlideOf } from '../schedule/playlist';

/** "Còn N ngày" to the next congress, with its date. */
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
    const count =
      slide.state === 'upcoming'
        ? html`<span class="word" data-text>Còn</span> <span class="days" data-text>${slide.days}</span>
            <span class="word" data-text>ngày</span>`
        : html`<span class="word" data-text>${slide.state === 'today' ? 'Khai mạc hôm nay' : 'Đang diễn ra'}</span>`;
    return html`
      <p class="kicker" data-text>Hướng tới đại hội</p>
      <div class="count">${count}</div>
      <div class="fit" data-fit><p>${slide.title}</p></div>
      <p class="date" data-text>${slide.approximate ? 'Dự kiến ' : ''}${slide.dateLabel}${slide.inferred ? ' *' : nothing}</p>
    `;
  }
}
customElements.define('slide-countdown', SlideCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'slide-countdown': SlideCountdown;
  }
}
