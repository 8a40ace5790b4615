import { html, css, nothing } from 'lit';
import { outcomes, previewBase } from './preview-styles';
import { PreviewElement, boundProperties, formText } from './element-base';
import { dayText, isMessageKey } from './i18n';
import type { DayRange, ReviewChange } from './review';

/**
 * The review before publishing: what would change on the screens, in the staff's terms (items
 * added, removed and changed, with the words before and after), the days on which a screen would
 * play something else, and the Publish button, which says why it cannot publish when it cannot.
 *
 * @fires publish - publish the document; detail: { note } for the history
 * @csspart changes - the list of changes
 */
export class PreviewReview extends PreviewElement {
  static override properties = boundProperties(
    'changes',
    'days',
    'liveVersion',
    'origin',
    'blocked',
    'warning',
    'note',
    'progress',
    'outcome',
    'failed',
  );
  declare changes: ReviewChange[];
  /** Undefined while the content has problems: the schedule engine runs on valid content only. */
  declare days: DayRange[] | undefined;
  declare liveVersion: string;
  /** Where the document comes from, in a sentence (a draft's author, time and note), if worth saying. */
  declare origin: string;
  /** The draft's note: what and why. */
  declare originNote: string;
  /** Why publishing cannot go ahead; empty when it can. */
  declare blocked: string;
  /** Worth knowing before publishing, but no reason not to. */
  declare warning: string;
  /** The note the history keeps (the draft's, to start with). */
  declare note: string;
  /** The step of a publish under way; empty when none is. */
  declare progress: string;
  /** What the last publish did, as a sentence. */
  declare outcome: string;
  declare failed: boolean;

  static override styles = [
    previewBase,
    outcomes,
    css`
      ul.changes {
        list-style: none;
        margin: 0 0 1rem;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      ul.changes li {
        border-left: 4px solid var(--p-gold);
        padding: 0.4rem 0.7rem;
        background: #fbf8f2;
        border-radius: 0 6px 6px 0;
      }
      li[data-kind='added'] {
        border-left-color: var(--p-ok);
      }
      li[data-kind='removed'] {
        border-left-color: var(--p-bad);
      }
      .what {
        font-weight: 700;
      }
      .kind {
        text-transform: uppercase;
        font-size: 0.75rem;
        letter-spacing: 0.04em;
        margin-right: 0.4rem;
        color: var(--p-muted);
      }
      .field {
        color: var(--p-muted);
        font-weight: 600;
      }
      .values {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.15rem 0.6rem;
        margin-top: 0.3rem;
        font-size: 0.92rem;
      }
      .values del {
        color: var(--p-bad);
      }
      .values ins {
        color: var(--p-ok);
        text-decoration: none;
        font-weight: 600;
      }
      .origin {
        margin: 0 0 0.3rem;
      }
      .origin-note {
        margin: 0 0 1rem;
        padding: 0.4rem 0.8rem;
        border-left: 4px solid var(--p-line);
        font-style: italic;
      }
      ul.days {
        margin: 0 0 1rem;
        padding-left: 1.2rem;
      }
      .publish {
        display: grid;
        gap: 0.5rem;
        max-width: 48rem;
      }
      .publish input {
        width: 100%;
      }
      .warning {
        color: #7a4a00;
        margin: 0;
      }
    `,
  ];

  constructor() {
    super();
    this.changes = [];
    this.days = [];
    this.liveVersion = '';
    this.origin = '';
    this.originNote = '';
    this.blocked = '';
    this.warning = '';
    this.note = '';
    this.progress = '';
    this.outcome = '';
    this.failed = false;
  }

  private sectionName(section: string): string {
    const key = `section_${section}`;
    return isMessageKey(key) ? this.t(key) : section;
  }

  /** `text` as "Nội dung", `messages[1]` as "Thông điệp 2"; a path with no name stays as the checker says it. */
  private fieldName(field: string): string {
    const message = /^messages\[(\d+)\]$/.exec(field);
    if (message) return this.t('field_messages', { n: Number(message[1]) + 1 });
    const key = `field_${field}`;
    return isMessageKey(key) ? this.t(key) : field;
  }

  private dayRange(range: DayRange): string {
    if (range.earlier && range.later) return this.t('daysEvery');
    if (range.earlier) return this.t('daysUntil', { to: dayText(range.to) });
    if (range.later) return this.t('daysFrom', { from: dayText(range.from) });
    return range.from === range.to ? dayText(range.from) : this.t('daysRange', { from: dayText(range.from), to: dayText(range.to) });
  }

  private renderChange(change: ReviewChange) {
    return html`<li data-kind=${change.kind} data-section=${change.section} data-field=${change.field ?? ''}>
      <span class="kind">${this.t(`change_${change.kind}`)}</span>
      <span class="what">${this.sectionName(change.section)}${change.item ? html` “${change.item}”` : nothing}</span>
      ${change.field ? html` — <span class="field" title=${change.field}>${this.fieldName(change.field)}</span>` : nothing}
      ${
        change.before !== undefined || change.after !== undefined
          ? html`<div class="values">
              ${change.before !== undefined ? html`<span>${this.t('before')}</span><del>${change.before}</del>` : nothing}
              ${change.after !== undefined ? html`<span>${this.t('after')}</span><ins>${change.after}</ins>` : nothing}
            </div>`
          : nothing
      }
    </li>`;
  }

  private renderDays() {
    if (this.days === undefined) return html`<p class="hint">${this.t('daysUnknown')}</p>`;
    if (this.days.length === 0) return html`<p class="hint">${this.t('daysNone')}</p>`;
    return html`<ul class="days">
      ${this.days.map(
        (range) =>
          html`<li data-from=${range.from} data-to=${range.to}>
            ${this.dayRange(range)} — ${this.t('daysScreens', { screens: range.screens.join(', ') })}
          </li>`,
      )}
    </ul>`;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    this.emit('publish', { note: formText(event.target as HTMLFormElement, 'note') });
  }

  protected override render() {
    return html`<h2>${this.t('reviewTitle')}</h2>
      <p class="hint">${this.t('reviewHint', { version: this.liveVersion })}</p>
      ${this.origin ? html`<p class="origin">${this.origin}</p>` : nothing}
      ${this.originNote ? html`<blockquote class="origin-note">${this.originNote}</blockquote>` : nothing}
      ${
        this.changes.length === 0
          ? html`<p class="hint" data-none>${this.t('reviewNoChange')}</p>`
          : html`<h3>${this.t('reviewChangesCount', { count: this.changes.length })}</h3>
              <ul class="changes" part="changes">
                ${this.changes.map((change) => this.renderChange(change))}
              </ul>
              <h3>${this.t('daysTitle')}</h3>
              ${this.renderDays()}`
      }
      <form class="publish" @submit=${(event: SubmitEvent) => this.submit(event)}>
        <label>${this.t('publishNote')}<input name="note" maxlength="300" .value=${this.note} /></label>
        ${this.warning && !this.blocked ? html`<p class="warning">${this.warning}</p>` : nothing}
        ${this.blocked ? html`<p class=${this.outcome && !this.failed ? 'hint' : 'blocked failed'} data-blocked>${this.blocked}</p>` : nothing}
        <div>
          <button type="submit" class="primary" data-action="publish" ?disabled=${this.blocked !== '' || this.progress !== ''}>
            ${this.progress ? this.t('publishing') : `⬆ ${this.t('publish')}`}
          </button>
          ${this.progress ? html`<span class="hint" role="status">${this.progress}</span>` : nothing}
        </div>
        ${this.outcome ? html`<p class=${this.failed ? 'failed' : 'done'} role="status" data-outcome>${this.outcome}</p>` : nothing}
      </form>`;
  }
}
customElements.define('preview-review', PreviewReview);

declare global {
  interface HTMLElementTagNameMap {
    'preview-review': PreviewReview;
  }
}
