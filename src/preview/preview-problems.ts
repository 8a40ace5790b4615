import { html, css } from 'lit';
import { formatProblem, type Problem } from '../content/problems';
import { say } from '../content/say';
import type { OverflowWarning } from './form-problems';
import { previewBase } from './preview-styles';
import { PreviewElement, boundProperties } from './element-base';

/**
 * The checker's verdict, in its own words: each problem is the line `npm run content:check` prints
 * (FILE:LINE:COL  path  message), and a button that takes staff to the place it names.
 *
 * Below them, warnings: slides the miniatures found overflowing (the screens take the file, and cut
 * the text), each leading to the item to shorten.
 *
 * @fires problem-select - a problem was clicked; detail: the Problem
 * @fires warning-select - a warning was clicked; detail: { itemKey }
 */
export class PreviewProblems extends PreviewElement {
  static override properties = boundProperties('problems', 'fileName', 'verdict', 'warnings');
  declare problems: Problem[];
  /** As the CLI names the file. */
  declare fileName: string;
  /** The checker's last line (OK — summary, or the count). */
  declare verdict: string;
  /** Slides found overflowing (known once the miniatures have been drawn). */
  declare warnings: OverflowWarning[];

  static override styles = [
    previewBase,
    css`
      .state {
        display: flex;
        gap: 0.6rem;
        align-items: flex-start;
        padding: 0.7rem 0.8rem;
        border-radius: 6px;
        font-weight: 600;
        margin: 0 0 0.7rem;
      }
      .state.ok {
        background: var(--p-ok-bg);
        color: var(--p-ok);
      }
      .state.warn {
        background: #fff4d6;
        color: #5c3d00;
      }
      ol.warnings {
        margin-bottom: 0.7rem;
      }
      li button.warning {
        border-left-color: #b7860b;
      }
      .state.bad {
        background: var(--p-bad-bg);
        color: var(--p-bad);
      }
      .mark {
        font-size: 1.2rem;
        line-height: 1.1;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li button {
        display: grid;
        gap: 0.25rem;
        width: 100%;
        text-align: left;
        white-space: normal;
        border-left: 4px solid var(--p-bad);
        padding: 0.55rem 0.7rem;
      }
      .where {
        font-size: 0.8rem;
        color: var(--p-bad);
        font-weight: 700;
      }
      .message {
        font-weight: 500;
        font-size: 0.92rem;
      }
      code,
      .verdict {
        font-size: 0.76rem;
      }
      code {
        font-weight: 400;
      }
      .verdict {
        margin: 0.7rem 0 0;
      }
    `,
  ];

  constructor() {
    super();
    this.problems = [];
    this.fileName = 'content/bundle.json';
    this.verdict = '';
    this.warnings = [];
  }

  private renderWarnings() {
    if (this.warnings.length === 0) return '';
    return html`<p class="state warn" role="status">
        <span class="mark" aria-hidden="true">!</span><span>${this.t('overflowWarnings', { count: this.warnings.length })}</span>
      </p>
      <ol class="warnings">
        ${this.warnings.map(
          (warning) =>
            html`<li>
              <button
                type="button"
                class="warning"
                data-slide=${warning.slideId}
                ?disabled=${!warning.itemKey}
                @click=${() => warning.itemKey && this.emit('warning-select', { itemKey: warning.itemKey })}
              >
                <span class="message">${say(this.lang, warning.words)}</span>
              </button>
            </li>`,
        )}
      </ol>`;
  }

  protected override render() {
    const ok = this.problems.length === 0;
    return html`
      <p class="state ${ok ? 'ok' : 'bad'}" role="status">
        <span class="mark" aria-hidden="true">${ok ? '✓' : '✕'}</span
        ><span>${ok ? this.t('checkOk') : this.t('checkBad', { count: this.problems.length })}</span>
      </p>
      ${
        ok
          ? ''
          : html`<p class="hint">${this.t('checkHint')}</p>
              <ol>
                ${this.problems.map(
                  (problem) =>
                    html`<li>
                      <button
                        type="button"
                        data-line=${problem.line}
                        data-path=${problem.path}
                        @click=${() => this.emit('problem-select', problem)}
                      >
                        <span class="where">${this.t('line', { line: problem.line, col: problem.col })} · ${problem.path}</span>
                        <span class="message">${problem.message}</span>
                        <code class="cli machine-words">${formatProblem(this.fileName, problem)}</code>
                      </button>
                    </li>`,
                )}
              </ol>`
      }
      ${this.renderWarnings()}
      <p class="verdict machine-words">${this.verdict}</p>
    `;
  }
}
customElements.define('preview-problems', PreviewProblems);

declare global {
  interface HTMLElementTagNameMap {
    'preview-problems': PreviewProblems;
  }
}
