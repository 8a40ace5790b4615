import { html, css, nothing } from 'lit';
import { pageColumn, previewBase } from './preview-styles';
import { PreviewElement, boundProperties } from './element-base';
import * as files from './bundle-files';
import { isEdited, type BundleDocument } from './bundle-document';

/**
 * The file bar: which bundle the page holds and whether it is edited, and the ways to get one in
 * (the published bundle, a file of this computer) and out (a download, or the file itself where the
 * browser can write to it). It says what staff asked for; the page does it.
 *
 * @fires published-load - load the published bundle again
 * @fires file-open - a file was chosen; detail: its bytes, name and handle
 * @fires file-download - download the bundle
 * @fires file-save - save the bundle to its file
 */
export class PreviewToolbar extends PreviewElement {
  static override properties = boundProperties('bundleDocument', 'fileName', 'loading');
  /** The bundle the page holds; none before the first has come in (nothing to save then). */
  declare bundleDocument: BundleDocument | undefined;
  /** How the checker names the file. */
  declare fileName: string;
  /** A bundle is on its way in. */
  declare loading: boolean;

  static override styles = [
    previewBase,
    pageColumn,
    css`
      .toolbar {
        padding-top: 0.8rem;
        padding-bottom: 0.8rem;
        display: flex;
        flex-wrap: wrap;
        gap: 0.6rem;
        align-items: center;
      }
      .file {
        display: grid;
        margin-right: auto;
        min-width: 14rem;
      }
      .file .name {
        font-family: var(--p-mono);
        font-weight: 700;
        font-size: 0.95rem;
      }
      .file .state {
        font-size: 0.82rem;
        color: var(--p-muted);
      }
      .file .state.edited {
        color: #9a5b00;
        font-weight: 700;
      }
      .drop-hint {
        font-size: 0.82rem;
        color: var(--p-muted);
      }
    `,
  ];

  constructor() {
    super();
    this.bundleDocument = undefined;
    this.fileName = '';
    this.loading = false;
  }

  /** The browser's own picker where it has one (it gives a handle to save to), else the file input. */
  private async pickFile(): Promise<void> {
    if (!files.hasFilePicker()) {
      this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
      return;
    }
    const file = await files.pickFile();
    if (file) this.emit('file-open', file);
  }

  protected override render() {
    const edited = this.bundleDocument !== undefined && isEdited(this.bundleDocument);
    const empty = this.bundleDocument === undefined;
    return html`<div class="toolbar column">
      <div class="file">
        <span class="name">${this.fileName}</span>
        <span class="state ${edited ? 'edited' : ''}" data-edited=${edited}
          >${this.loading ? this.t('loading') : edited ? this.t('edited') : this.t('unchanged')}</span
        >
      </div>
      <button type="button" data-action="load-published" @click=${() => this.emit('published-load', undefined)}>
        ⟳ ${this.t('loadPublished')}
      </button>
      <button type="button" @click=${() => void this.pickFile()}>${this.t('openFile')}</button>
      <input
        type="file"
        accept=".json,application/json"
        hidden
        @change=${(event: Event) => {
          const file = (event.target as HTMLInputElement).files?.[0];
          if (file) void files.readFile(file).then((read) => this.emit('file-open', read));
        }}
      />
      <span class="drop-hint">${this.t('dropHint')}</span>
      <button type="button" class="primary" data-action="download" ?disabled=${empty} @click=${() => this.emit('file-download', undefined)}>
        ⬇ ${this.t('download')}
      </button>
      ${files.canSaveToFile() ? html`<button type="button" data-action="save" ?disabled=${empty} @click=${() => this.emit('file-save', undefined)}>${this.t('saveToDisk')}</button>` : nothing}
    </div>`;
  }
}
customElements.define('preview-toolbar', PreviewToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'preview-toolbar': PreviewToolbar;
  }
}
