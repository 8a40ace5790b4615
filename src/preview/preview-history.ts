import { html, css, nothing } from 'lit';
import { previewBase, listTable } from './preview-styles';
import { PreviewElement, boundProperties } from './element-base';
import { timeText } from './i18n';
import { rowActions, savedList } from './saved-list';
import type { HistoryEntry } from '../publish/history';

/**
 * The history of publishing: every version that was live, newest first, with when, who and the
 * note; open one to see and compare it with the live content, or restore it (a publish like any
 * other, so the restore is in the history too).
 *
 * @fires history-open - open a version as the document; detail: { name }
 * @fires history-restore - publish a version again; detail: { name }
 * @fires staff-refresh - read the list again
 */
export class PreviewHistory extends PreviewElement {
  static override properties = boundProperties('entries', 'liveVersion', 'canRestore', 'busy');
  declare entries: HistoryEntry[];
  /** The version live now, marked in the list. */
  declare liveVersion: string;
  declare canRestore: boolean;
  declare busy: boolean;

  static override styles = [
    previewBase,
    listTable,
    css`
      .version {
        font-family: var(--p-mono);
        font-size: 0.85rem;
        overflow-wrap: anywhere;
      }
      .live {
        display: inline-block;
        margin-left: 0.4rem;
        padding: 0.05rem 0.45rem;
        border-radius: 999px;
        background: var(--p-ok-bg);
        color: var(--p-ok);
        font-size: 0.75rem;
        font-weight: 700;
        font-family: var(--p-font);
      }
      .muted {
        color: var(--p-muted);
      }
    `,
  ];

  constructor() {
    super();
    this.entries = [];
    this.liveVersion = '';
    this.canRestore = false;
    this.busy = false;
  }

  /** A history file as people know it: its version and when it went live. */
  private describe(name: string): string {
    const entry = this.entries.find((item) => item.name === name);
    if (!entry) return name;
    return `${entry.meta?.version ?? entry.versionInName} (${timeText(entry.meta?.publishedAt ?? entry.at.toISOString())})`;
  }

  protected override render() {
    // The newest entry of the live version is the one live (an older one of the same version was replaced).
    const live = this.entries.find((entry) => (entry.meta?.version ?? entry.versionInName) === this.liveVersion);
    return html`<h2>${this.t('historyTitle')}</h2>
      <p class="hint">${this.t('historyHint')}</p>
      ${savedList(
        this.entries,
        {
          empty: this.t('noHistory'),
          headings: [this.t('colPublishedAt'), this.t('colPublisher'), this.t('colVersion'), this.t('colNote')],
        },
        (entry) => {
          const version = entry.meta?.version ?? entry.versionInName;
          return html`<tr data-history=${entry.name} data-version=${version}>
            <td>${timeText(entry.meta?.publishedAt ?? entry.at.toISOString())}</td>
            <td>${entry.meta?.publisher ?? html`<span class="muted">${this.t('foundLive')}</span>`}</td>
            <td>
              <span class="version">${version}</span>${entry === live ? html`<span class="live">${this.t('liveNow')}</span>` : nothing}
            </td>
            <td>
              ${entry.meta?.note ?? ''}
              ${entry.meta?.restoredFrom ? html`<div class="muted">${this.t('restoredFrom', { version: this.describe(entry.meta.restoredFrom) })}</div>` : nothing}
            </td>
            ${rowActions([
              {
                action: 'view',
                label: this.t('viewVersion'),
                disabled: this.busy,
                run: () => this.emit('history-open', { name: entry.name }),
              },
              this.canRestore && {
                action: 'restore',
                label: `↺ ${this.t('restore')}`,
                disabled: this.busy || entry === live,
                run: () => this.emit('history-restore', { name: entry.name }),
              },
            ])}
          </tr>`;
        },
      )}
      <p><button type="button" @click=${() => this.emit('staff-refresh', undefined)}>⟳ ${this.t('refresh')}</button></p>`;
  }
}
customElements.define('preview-history', PreviewHistory);

declare global {
  interface HTMLElementTagNameMap {
    'preview-history': PreviewHistory;
  }
}
