import { html, css } from 'lit';
import { previewBase, fieldRow, listTable } from './preview-styles';
import { PreviewElement, boundProperties, formText } from './element-base';
import { timeText } from './i18n';
import { rowActions, savedList } from './saved-list';
import type { DraftEntry } from './drafts';
import type { Role } from './staff-session';

/**
 * Drafts on the server: the form that saves the document as one (a name and a short note), and the
 * list of drafts with who saved each and when, to open (publishers: to review) or delete (one's own;
 * a publisher, any).
 *
 * @fires draft-save - save the document as a draft; detail: { title, note }
 * @fires draft-open - open a draft; detail: { name }
 * @fires draft-delete - delete a draft; detail: { name }
 * @fires staff-refresh - read the list again
 */
export class PreviewDrafts extends PreviewElement {
  static override properties = boundProperties('drafts', 'user', 'role', 'canSave', 'draftTitle', 'draftNote', 'busy');
  declare drafts: DraftEntry[];
  declare user: string;
  declare role: Role;
  /** There is a document to save. */
  declare canSave: boolean;
  /** The name and note the form starts with (the draft open, if any). */
  declare draftTitle: string;
  declare draftNote: string;
  declare busy: boolean;

  static override styles = [
    previewBase,
    listTable,
    fieldRow,
    css`
      .fields .wide {
        flex: 1 1 20rem;
      }
      .fields input {
        width: 100%;
      }
      .name {
        font-weight: 700;
      }
      .file {
        display: block;
        font-family: var(--p-mono);
        font-size: 0.78rem;
        color: var(--p-muted);
      }
    `,
  ];

  constructor() {
    super();
    this.drafts = [];
    this.user = '';
    this.role = 'unknown';
    this.canSave = false;
    this.draftTitle = '';
    this.draftNote = '';
    this.busy = false;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    this.emit('draft-save', {
      title: formText(event.target as HTMLFormElement, 'title'),
      note: formText(event.target as HTMLFormElement, 'note'),
    });
  }

  private confirmDelete(entry: DraftEntry): void {
    if (confirm(this.t('deleteDraftConfirm', { name: entry.meta?.title ?? entry.name }))) this.emit('draft-delete', { name: entry.name });
  }

  protected override render() {
    const publisher = this.role !== 'editor';
    return html`<h2>${this.t('draftsTitle')}</h2>
      <p class="hint">${this.t('draftsHint')}</p>
      <form class="fields" data-form="draft" @submit=${(event: SubmitEvent) => this.submit(event)}>
        <label class="field">${this.t('draftName')}<input name="title" required maxlength="80" .value=${this.draftTitle} /></label>
        <label class="field wide">${this.t('draftNote')}<input name="note" maxlength="300" .value=${this.draftNote} /></label>
        <button type="submit" class="primary" ?disabled=${!this.canSave || this.busy}>${this.t('saveDraft')}</button>
      </form>
      ${savedList(
        this.drafts,
        {
          empty: this.t('noDrafts'),
          headings: [this.t('colDraft'), this.t('colAuthor'), this.t('colSavedAt'), this.t('colNote')],
        },
        (entry) =>
          html`<tr data-draft=${entry.name}>
            <td><span class="name">${entry.meta?.title ?? entry.name}</span><span class="file">${entry.name}</span></td>
            <td>${entry.meta?.author ?? '?'}</td>
            <td>${timeText(entry.meta?.savedAt ?? entry.mtime)}</td>
            <td>${entry.meta?.note ?? ''}</td>
            ${rowActions([
              {
                action: 'open',
                label: publisher ? this.t('reviewDraft') : this.t('openDraft'),
                disabled: this.busy,
                run: () => this.emit('draft-open', { name: entry.name }),
              },
              (this.role === 'publisher' || entry.meta?.author === this.user) && {
                action: 'delete',
                label: this.t('deleteDraft'),
                disabled: this.busy,
                danger: true,
                run: () => this.confirmDelete(entry),
              },
            ])}
          </tr>`,
      )}
      <p>
        <button type="button" data-action="refresh" @click=${() => this.emit('staff-refresh', undefined)}>⟳ ${this.t('refresh')}</button>
      </p>`;
  }
}
customElements.define('preview-drafts', PreviewDrafts);

declare global {
  interface HTMLElementTagNameMap {
    'preview-drafts': PreviewDrafts;
  }
}
