import { LitElement, html, css } from 'lit';
import { previewBase } from './preview-styles';
import { boundProperties } from './element-base';

/**
 * The bundle's text with line numbers, read only. Lines with a problem are marked; `reveal(line)`
 * scrolls to a line and highlights it. Text only (no markup from the file ever reaches the DOM).
 */
export class PreviewSource extends LitElement {
  static override properties = boundProperties('text', 'problemLines', 'current');
  declare text: string;
  /** 1-based lines that have a problem. */
  declare problemLines: ReadonlySet<number>;
  /** The line last revealed. */
  declare current: number | undefined;

  static override styles = [
    previewBase,
    css`
      .code {
        font-family: var(--p-mono);
        font-size: 0.82rem;
        line-height: 1.5;
        background: #fbfaf8;
        border: 1px solid var(--p-line);
        border-radius: var(--p-radius);
        max-height: 70vh;
        overflow: auto;
        padding: 0.4rem 0;
      }
      .line {
        display: grid;
        grid-template-columns: 4.5em minmax(0, 1fr);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .number {
        text-align: right;
        padding-right: 1em;
        color: #8a837a;
        user-select: none;
      }
      .line.problem {
        background: var(--p-bad-bg);
      }
      .line.problem .number {
        color: var(--p-bad);
        font-weight: 700;
      }
      .line.current {
        outline: 2px solid var(--p-focus);
        outline-offset: -2px;
      }
    `,
  ];

  constructor() {
    super();
    this.text = '';
    this.problemLines = new Set();
    this.current = undefined;
  }

  /** Scrolls to a line and marks it. */
  async reveal(line: number): Promise<void> {
    this.current = line;
    await this.updateComplete;
    this.renderRoot.querySelector(`[data-line="${line}"]`)?.scrollIntoView({ block: 'center' });
  }

  protected override render() {
    const lines = this.text.split('\n');
    return html`<div class="code" role="region" aria-label="JSON">
      ${lines.map((text, index) => {
        const number = index + 1;
        return html`<div
          class="line ${this.problemLines.has(number) ? 'problem' : ''} ${this.current === number ? 'current' : ''}"
          data-line=${number}
        >
          <span class="number">${number}</span><span>${text.replace(/\r$/, '') || ' '}</span>
        </div>`;
      })}
    </div>`;
  }
}
customElements.define('preview-source', PreviewSource);

declare global {
  interface HTMLElementTagNameMap {
    'preview-source': PreviewSource;
  }
}
