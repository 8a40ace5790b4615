import { LitElement, html, css, nothing } from 'lit';
import { FitTextController } from './fit-text';

/**
 * The persistent top of the screen: the party line and the unit, the current phase, the clock.
 * Labels arrive ready-made; this element holds no date logic.
 */
export class SignageHeader extends LitElement {
  static override properties = {
    party: {},
    unit: {},
    phaseLabel: { attribute: false },
    clock: { attribute: false },
    day: { attribute: false },
  };
  declare party: string;
  declare unit: string;
  /** "Đợt 2: …", or empty outside every phase. */
  declare phaseLabel: string;
  /** "10:05" */
  declare clock: string;
  /** "Thứ Sáu, 27/11/2026" */
  declare day: string;

  // The organization's lines (.fit), one each (two in portrait): a long one is set smaller until
  // it fits (FitTextController), whole, never cut. Nothing is hidden: Vietnamese stacks two marks
  // over a capital (Ả, Ộ), and a clipped line box could lose the top one ("ĐẢNG" read "ĐÁNG").
  static override styles = [
    css`
      :host {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr) auto;
        align-items: center;
        gap: 3vmin;
        padding: 1.6vmin 3vmin;
        background: var(--red-deep);
        border-bottom: 0.6vmin solid var(--gold);
      }
      .emblem {
        width: 9vmin;
        height: 9vmin;
        color: var(--gold);
      }
      .who {
        min-width: 0;
      }
      .fit {
        font-size: 3.4vmin;
        line-height: 1.3;
        white-space: nowrap;
      }
      .party {
        margin: 0;
        color: var(--gold);
        font-weight: 800;
        letter-spacing: 0.04em;
      }
      .unit {
        margin: 0.4vmin 0 0;
        font-weight: 600;
      }
      .phase {
        margin: 0.6vmin 0 0;
        color: var(--gold);
        font-weight: 600;
        font-size: 3vmin;
        white-space: nowrap;
        /* As .party: clipped sideways only. */
        overflow-x: clip;
        overflow-y: visible;
        text-overflow: ellipsis;
      }
      .time {
        text-align: right;
        white-space: nowrap;
      }
      .clock {
        margin: 0;
        font-weight: 800;
        font-size: 7vmin;
        line-height: 1.3;
        color: var(--gold);
        font-variant-numeric: tabular-nums;
      }
      .day {
        margin: 0.6vmin 0 0;
        font-size: 3vmin;
        font-weight: 600;
      }
      @media (orientation: portrait) {
        :host {
          grid-template-columns: auto minmax(0, 1fr);
        }
        .fit {
          white-space: normal;
          max-height: 8.9vmin;
        }
        .time {
          grid-column: 1 / -1;
          display: flex;
          align-items: baseline;
          justify-content: space-between;
          text-align: left;
        }
      }
    `,
  ];

  constructor() {
    super();
    new FitTextController(this, { selector: '.fit', min: 0.018, max: 0.034, vmin: true });
    this.party = '';
    this.unit = '';
    this.phaseLabel = '';
    this.clock = '';
    this.day = '';
  }

  protected override render() {
    return html`
      <svg class="emblem" viewBox="0 0 100 100" aria-hidden="true">
        <circle cx="50" cy="50" r="48" fill="none" stroke="currentColor" stroke-width="4" />
        <polygon fill="currentColor" points="50,12 59,40 89,40 65,58 74,87 50,69 26,87 35,58 11,40 41,40" />
      </svg>
      <div class="who">
        <p class="party fit" data-text>${this.party}</p>
        <p class="unit fit" data-text>${this.unit}</p>
        ${this.phaseLabel ? html`<p class="phase" data-text>${this.phaseLabel}</p>` : nothing}
      </div>
      <div class="time">
        <p class="clock" data-text>${this.clock}</p>
        <p class="day" data-text>${this.day}</p>
      </div>
    `;
  }
}
customElements.define('signage-header', SignageHeader);

declare global {
  interface HTMLElementTagNameMap {
    'signage-header': SignageHeader;
  }
}
