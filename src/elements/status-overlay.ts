import { LitElement, html, css } from 'lit';

/** One line of the report: what, its value, and a coloured dot that says whether all is well. */
export interface OverlayRow {
  label: string;
  value: string;
  tone: 'ok' | 'warn' | 'bad';
}

/**
 * The screen's own report for whoever maintains it (`?debug=1`, or the D key): the rows it is
 * given (the player makes them in kiosk/status.ts), recent errors, the proof-of-play export and
 * the way to the preview page. Holds no logic.
 *
 * @fires export-play-log - the proof-of-play export was asked for
 * @fires close - the overlay's close button was pressed
 */
export class StatusOverlay extends LitElement {
  static override properties = {
    rows: { attribute: false },
    errors: { attribute: false },
    exportNote: { attribute: false },
  };
  declare rows: OverlayRow[];
  declare errors: { at: string; message: string }[];
  /** What the last export did ("1 234 rows saved"), or why it could not. */
  declare exportNote: string;

  static override styles = css`
    :host {
      position: fixed;
      inset: 3vmin;
      z-index: 10;
      overflow: auto;
      padding: 2.4vmin 3vmin;
      background: rgb(12 12 12 / 0.94);
      color: #f4f4f4;
      border: 0.3vmin solid var(--gold, #f2c94c);
      border-radius: 1vmin;
      font:
        1.9vmin/1.4 system-ui,
        sans-serif;
      cursor: auto;
      user-select: text;
    }
    h2 {
      margin: 0 0 1.4vmin;
      font-size: 2.6vmin;
      color: var(--gold, #f2c94c);
    }
    dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.5vmin 2.4vmin;
      margin: 0;
    }
    dt {
      color: #c9c9c9;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    dd::before {
      display: inline-block;
      width: 1.6vmin;
      content: '●';
      margin-right: 0.8vmin;
    }
    dd[data-tone='ok']::before {
      color: #6fdc8c;
    }
    dd[data-tone='warn']::before {
      color: #f2c94c;
    }
    dd[data-tone='bad']::before {
      color: #ff8a80;
    }
    ol {
      margin: 0;
      padding-left: 3vmin;
      font-family: ui-monospace, monospace;
      font-size: 1.6vmin;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 1.6vmin;
      align-items: center;
      margin-top: 2vmin;
    }
    button,
    a {
      font: inherit;
      color: #111;
      background: var(--gold, #f2c94c);
      border: 0;
      border-radius: 0.6vmin;
      padding: 0.8vmin 1.8vmin;
      text-decoration: none;
      cursor: pointer;
    }
  `;

  constructor() {
    super();
    this.rows = [];
    this.errors = [];
    this.exportNote = '';
  }

  protected override render() {
    return html`
      <h2>Trạng thái màn hình · Screen status</h2>
      <dl>
        ${this.rows.map(
          (row) =>
            html`<dt>${row.label}</dt>
              <dd data-tone=${row.tone}>${row.value}</dd>`,
        )}
      </dl>
      <h2>Lỗi gần đây · Recent errors</h2>
      ${
        this.errors.length === 0
          ? html`<p>không có · none</p>`
          : html`<ol reversed>
              ${this.errors.map((error) => html`<li>${error.at} ${error.message}</li>`)}
            </ol>`
      }
      <div class="actions">
        <button type="button" @click=${() => this.dispatchEvent(new Event('export-play-log'))}>
          Tải nhật ký phát (CSV) · Export proof of play
        </button>
        <a href="preview.html" target="_blank" rel="noopener">Xem trước nội dung · Preview content</a>
        <button type="button" @click=${() => this.dispatchEvent(new Event('close'))}>Đóng · Close (D)</button>
        <span role="status">${this.exportNote}</span>
      </div>
    `;
  }
}
customElements.define('status-overlay', StatusOverlay);

declare global {
  interface HTMLElementTagNameMap {
    'status-overlay': StatusOverlay;
  }
}
