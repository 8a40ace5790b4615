import { LitElement, html, css } from 'lit';
import { styleProperties } from './style-properties';

/**
 * Lines gliding along the bottom (the next countdown, notices, slogans: frameChrome's ticker).
 * Moves by transform only, so it costs the compositor, not layout. The lines run twice, the second
 * run (`.echo`, hidden from assistive technology) right behind the first, and the track moves by
 * exactly one run: the band is never empty, the loop has no seam.
 */
export class SignageTicker extends LitElement {
  static override properties = { items: { attribute: false }, still: { type: Boolean, reflect: true } };
  declare items: readonly string[];
  /** Stands still, its first item at the start (the staff page's miniatures). */
  declare still: boolean;

  static override styles = [
    css`
      :host {
        display: block;
        overflow: hidden;
        background: var(--gold);
        color: var(--ink);
        font-weight: 800;
        font-size: 3.6vmin;
        line-height: 1.6;
        white-space: nowrap;
        contain: paint;
      }
      .track {
        display: inline-block;
        animation: scroll linear infinite;
        will-change: transform;
      }
      .item::after,
      .echo::after {
        content: '★';
        margin: 0 1.2em;
      }
      @keyframes scroll {
        from {
          transform: translateX(0);
        }
        to {
          transform: translateX(-50%);
        }
      }
      :host([still]) .track {
        animation: none;
        padding-left: 3vmin;
      }
      :host([still]) .echo {
        display: none;
      }
      @media (prefers-reduced-motion: reduce) {
        .track {
          animation: none;
          padding-left: 3vmin;
        }
        .echo {
          display: none;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.items = [];
    this.still = false;
  }

  protected override render() {
    const characters = this.items.reduce((sum, item) => sum + item.length + 4, 0);
    // One run is at least as wide as the widest screen (about 160 characters at this size), so the
    // second run is in view before the first has gone.
    const repeats = characters > 0 ? Math.ceil(160 / characters) : 1;
    const run = Array.from({ length: repeats }, () => this.items).flat();
    // About 12 characters a second: slow enough to read while walking past.
    const seconds = Math.max(20, (characters * repeats) / 12);
    return html`<div class="track" ${styleProperties({ 'animation-duration': `${seconds}s` })}>
      ${run.map((item, index) => (index < this.items.length ? html`<span class="item">${item}</span>` : html`<span class="echo" aria-hidden="true">${item}</span>`))}${run.map(
        (item) => html`<span class="echo" aria-hidden="true">${item}</span>`,
      )}
    </div>`;
  }
}

customElements.define('signage-ticker', SignageTicker);

declare global {
  interface HTMLElementTagNameMap {
    'signage-ticker': SignageTicker;
  }
}
