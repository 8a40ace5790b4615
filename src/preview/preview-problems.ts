import { html, css } from 'lit';
import { formatProblem, type Problem } from '../content/problems';
import type { NothingCurrent } from '../schedule/current';
import { dateSpanLabel } from '../schedule/format';
import { previewBase } from './preview-styles';
import { PreviewElement, boundProperties } from './element-base';

/**
 * The checker's verdict, in its own words: each problem is the line `npm run content:check` prints
 * (FILE:LINE:COL  path  message), and a button that takes staff to the place it names.
 *
 * @fires problem-select - a problem was clicked; detail: the Problem
 */
export class PreviewProblems extends PreviewElement {
  static override properties = boundProperties('problems', 'warnings', 'overflows', 'fileName', 'verdict', 'nothingCurrent');
  declare problems: Problem[];
  /** The checker's warnings: the screens take the bundle, but staff should look again. */
  declare warnings: Problem[];
  /** Slides the miniatures found overflowing, and the screen they overflow on. */
  declare overflows: { slide: string; screen: string }[];
  /** As the CLI names the file. */
  declare fileName: string;
  /** The checker's last line (OK — summary, or the count). */
  declare verdict: string;
  /** Nothing in a valid bundle is current today (schedule/current.ts): the screens show only the record. */
  declare nothingCurrent: NothingCurrent | undefined;

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
        background: var(--p-warn-bg, #fff4d6);
        color: var(--p-warn, #7a5200);
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
        /* A message quotes staff's own words: a word with no space in it must not push its card out of the column. */
        overflow-wrap: anywhere;
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
        min-width: 0;
        border-left: 4px solid var(--p-bad);
        padding: 0.55rem 0.7rem;
      }
      .warnings li button,
      .warnings li.overflow {
        border-left: 4px solid var(--p-warn, #b7860b);
        padding: 0.55rem 0.7rem;
      }
      .warnings .where {
        color: var(--p-warn, #7a5200);
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
    this.warnings = [];
    this.overflows = [];
    this.fileName = 'content/bundle.json';
    this.verdict = '';
    this.nothingCurrent = undefined;
  }

  /** A problem, or a warning, as the button that takes staff to its place. */
  private renderEntry(problem: Problem) {
    return html`<li>
      <button type="button" data-line=${problem.line} data-path=${problem.path} @click=${() => this.emit('problem-select', problem)}>
        <span class="where">${this.t('line', { line: problem.line, col: problem.col })} · ${problem.path}</span>
        <span class="message">${problem.message}</span>
        <code class="cli machine-words">${formatProblem(this.fileName, problem)}</code>
      </button>
    </li>`;
  }

  private renderWarnings() {
    const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
    return html`<p class="state warn" role="status" data-warnings>
        <span class="mark" aria-hidden="true">!</span
        ><span>${this.t('checkWarnings', { count: this.warnings.length + this.overflows.length })}</span>
      </p>
      <ol class="warnings">
        ${this.warnings.map((warning) => this.renderEntry(warning))}
        ${this.overflows.map(
          (overflow) =>
            html`<li class="message overflow" data-slide=${overflow.slide}>
              ${this.t('overflowWarning', { slide: overflow.slide, screen: lower(overflow.screen) })}
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
                ${this.problems.map((problem) => this.renderEntry(problem))}
              </ol>`
      }
      ${ok && this.warnings.length + this.overflows.length > 0 ? this.renderWarnings() : ''}
      ${
        this.nothingCurrent
          ? html`<p class="state warn" role="status" data-nothing-current>
              <span class="mark" aria-hidden="true">!</span
              ><span
                >${this.t(this.nothingCurrent.since ? 'nothingCurrentSince' : 'nothingCurrent', { date: dateSpanLabel(this.nothingCurrent.since ?? '') })}</span
              >
            </p>`
          : ''
      }
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
