import { LitElement, html, css } from 'lit';
import { styleProperties } from './style-properties';

/** Slogans gliding along the bottom. Moves by transform only, so it costs the compositor, not layout. */
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
        padding-left: 100vw;
        animation: scroll linear infinite;
        will-change: transform;
      }
      .item::after {
        content: '★';
        margin: 0 1.2em;
      }
      @keyframes scroll {
        from {
          transform: translateX(0);
        }
        to {
          transform: translateX(-100%);
        }
      }
      :host([still]) .track {
        animation: none;
        padding-left: 3vmin;
      }
      @media (prefers-reduced-motion: reduce) {
        .track {
          animation: none;
          padding-left: 3vmin;
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
    const characters = this.items.reduce((sum, item) => sum + item.length, 0);
    // About 12 characters a second: slow enough to read while walking past.
    const seconds = Math.max(20, characters / 12);
    return html`<div class="track" ${styleProperties({ 'animation-duration': `${seconds}s` })}>
      ${this.items.map((item) => html`<span class="item">${item}</span>`)}
    </div>`;
  }
}
customElements.define('signage-ticker', SignageTicker);

declare global {
  interface HTMLElementTagNameMap {
    'signage-ticker': SignageTicker;
  }
}
