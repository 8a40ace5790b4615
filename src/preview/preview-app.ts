import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import type { JSONPath } from 'jsonc-parser';
import type { Problem } from '../content/problems';
import type { Bundle } from '../content/schema';
import { localDate } from '../schedule/time';
import { screenFor, type Orientation } from '../schedule/playlist';
import { previewTokens, controls } from './preview-styles';
import { translate, pickLang, type Lang, type MessageKey } from './i18n';
import { fieldForProblem } from './edit';
import {
  PUBLISHED_PATH,
  addItem,
  bytesToSave,
  editField,
  fileName,
  isEdited,
  isPublishedAsIs,
  openDocument,
  removeItem,
  savedTo,
  verdict,
  viewedBundle,
  type BundleDocument,
  type GrowableSection,
  type Origin,
} from './bundle-document';
import {
  canSaveToFile,
  downloadBundle,
  droppedFile,
  fetchPublished,
  hasFilePicker,
  pickFile,
  readFile,
  saveToFile,
  type FileHandle,
  type ReadFile,
} from './bundle-files';
import { previewFrameChrome } from './frame-chrome';
import { timelineModel } from './timeline-model';
import { dayPlan, everySlide } from './day-playlist';
import type { PreviewEditor, FieldInputDetail } from './preview-editor';
import type { PreviewSource } from './preview-source';
import type { PreviewPlay } from './preview-play';
import './preview-problems';
import './preview-editor';
import './preview-timeline';
import './preview-day';
import './preview-slides';
import './preview-play';
import './preview-source';

const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';
const TABS = ['overview', 'edit', 'slides', 'play', 'source'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, MessageKey> = {
  overview: 'tabOverview',
  edit: 'tabEdit',
  slides: 'tabSlides',
  play: 'tabPlay',
  source: 'tabSource',
};

/**
 * The staff preview page: load the published bundle or a local file, see every problem in the
 * checker's words, the campaign on a timeline, what a screen plays on any day, every slide in
 * miniature, the real player at any moment; edit texts with the check running as they type, and
 * download or save the new bundle. State lives here; the parts below are thin views.
 *
 * `?today=2020-05-15` pins "today" (tests, screenshots); `?lang=en` starts in English.
 */
export class PreviewApp extends LitElement {
  static override properties = {
    lang: { reflect: true },
    tab: { reflect: true },
    bundleDocument: { attribute: false },
    fileName: { attribute: 'file-name', reflect: true },
    status: { reflect: true },
    note: { attribute: false },
    date: { attribute: false },
    time: { attribute: false },
    screenId: { attribute: false },
    orientation: { attribute: false },
    dragging: { type: Boolean, reflect: true },
  };
  declare lang: Lang;
  declare tab: Tab;
  /** The bundle being looked at: its text, its check, where it came from. */
  declare bundleDocument: BundleDocument | undefined;
  /** How the problems name the file (as the CLI would). */
  declare fileName: string;
  /** loading, valid, invalid or failed: for tests and assistive technology. */
  declare status: 'loading' | 'valid' | 'invalid' | 'failed';
  /** What the last load or save did. */
  declare note: string;
  declare date: string;
  declare time: string;
  declare screenId: string | undefined;
  declare orientation: Orientation;
  declare dragging: boolean;

  /** The file the document was opened from or saved to, when the browser gave a handle to write to it. */
  private handle: FileHandle | undefined;
  private readonly today: string;

  static override styles = [
    previewTokens,
    controls,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--p-bg);
      }
      header {
        background: var(--p-accent);
        color: #fff;
        border-bottom: 4px solid #d4a72c;
      }
      .bar {
        max-width: 1600px;
        margin: 0 auto;
        padding: 0.8rem 1.5rem;
        display: flex;
        align-items: center;
        gap: 1rem;
      }
      .brand {
        flex: 1 1 auto;
        min-width: 0;
      }
      h1 {
        margin: 0;
        font-size: 1.3rem;
        font-weight: 800;
      }
      .subtitle {
        margin: 0.1rem 0 0;
        font-size: 0.88rem;
        opacity: 0.92;
      }
      header a,
      header button {
        color: #fff;
        background: transparent;
        border-color: #ffffff80;
      }
      header button[aria-pressed='true'] {
        background: #fff;
        color: var(--p-accent);
      }
      .langs {
        display: inline-flex;
        gap: 0.3rem;
      }
      .toolbar {
        max-width: 1600px;
        margin: 0 auto;
        padding: 0.8rem 1.5rem;
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
      .note {
        max-width: 1600px;
        margin: 0 auto;
        padding: 0 1.5rem;
        font-weight: 600;
      }
      .layout {
        max-width: 1600px;
        margin: 0 auto;
        padding: 0 1.5rem 3rem;
        display: grid;
        grid-template-columns: minmax(0, 1fr) 24rem;
        gap: 1.2rem;
        align-items: start;
      }
      aside {
        position: sticky;
        top: 0.8rem;
        max-height: calc(100vh - 1.6rem);
        overflow: auto;
      }
      nav {
        display: flex;
        gap: 0.2rem;
        border-bottom: 2px solid var(--p-line);
        margin: 0 0 1rem;
      }
      nav button {
        border: 0;
        border-radius: 6px 6px 0 0;
        background: transparent;
        padding: 0.6rem 1rem;
        color: var(--p-muted);
        margin-bottom: -2px;
        border-bottom: 3px solid transparent;
      }
      nav button[aria-selected='true'] {
        color: var(--p-accent);
        border-bottom-color: var(--p-accent);
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.8rem 1.2rem;
        align-items: end;
        margin: 0 0 1rem;
      }
      .controls .field {
        display: grid;
        gap: 0.25rem;
      }
      .stack {
        display: grid;
        gap: 1.2rem;
      }
      .overlay {
        position: fixed;
        inset: 0;
        display: grid;
        place-items: center;
        background: #8f1010d9;
        color: #fff;
        font-size: 1.6rem;
        font-weight: 800;
        z-index: 5;
        pointer-events: none;
      }
      @media (max-width: 1100px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
        aside {
          position: static;
          max-height: none;
        }
      }
    `,
  ];

  constructor() {
    super();
    const query = new URLSearchParams(location.search);
    let remembered: string | null = null;
    try {
      remembered = localStorage.getItem('preview-lang');
    } catch {
      remembered = null;
    }
    this.lang = pickLang(query.get('lang'), remembered);
    this.tab = 'overview';
    this.bundleDocument = undefined;
    this.fileName = PUBLISHED_PATH;
    this.status = 'loading';
    this.note = '';
    // The page's one reading of the real clock: "today" is an input to everything below.
    const pinned = query.get('today');
    this.today = pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? pinned : localDate(Date.now(), DEFAULT_ZONE);
    this.date = this.today;
    this.time = '08:00';
    this.screenId = undefined;
    this.orientation = 'landscape';
    this.dragging = false;
    this.addEventListener('dragover', (event) => {
      event.preventDefault();
      this.dragging = true;
    });
    this.addEventListener('dragleave', (event) => {
      if (event.relatedTarget === null) this.dragging = false;
    });
    this.addEventListener('drop', (event) => {
      event.preventDefault();
      this.dragging = false;
      void droppedFile(event.dataTransfer).then((file) => file && this.openFile(file));
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadPublished();
  }

  private t(key: MessageKey, values?: Record<string, string | number>): string {
    return translate(this.lang, key, values);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('bundleDocument') && this.bundleDocument) {
      this.fileName = fileName(this.bundleDocument);
      this.status = this.bundleDocument.check.ok ? 'valid' : 'invalid';
    }
    if (changed.has('lang')) document.documentElement.lang = this.lang;
  }

  // ---- loading and saving -------------------------------------------------------------------

  private open(bytes: string, origin: Origin, handle?: FileHandle): void {
    this.handle = handle;
    this.bundleDocument = openDocument(bytes, origin);
  }

  async loadPublished(): Promise<void> {
    this.status = 'loading';
    this.note = '';
    try {
      const { bytes, etag } = await fetchPublished(PUBLISHED_PATH);
      this.open(bytes, { kind: 'published', path: PUBLISHED_PATH, etag });
    } catch (error) {
      this.status = 'failed';
      this.note = this.t('loadFailed', { name: PUBLISHED_PATH, reason: String(error) });
    }
  }

  private openFile(file: ReadFile): void {
    this.note = '';
    this.open(file.bytes, { kind: 'file', name: file.name }, file.handle);
  }

  private async pickFile(): Promise<void> {
    if (!hasFilePicker()) {
      this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
      return;
    }
    const file = await pickFile();
    if (file) this.openFile(file);
  }

  private async save(): Promise<void> {
    if (!this.bundleDocument) return;
    try {
      const written = await saveToFile(bytesToSave(this.bundleDocument), this.handle);
      if (!written) return;
      this.handle = written;
      this.bundleDocument = savedTo(this.bundleDocument, { kind: 'file', name: written.name });
      this.note = this.t('saved', { name: written.name });
    } catch (error) {
      this.note = this.t('saveFailed', { reason: String(error) });
    }
  }

  // ---- editing ------------------------------------------------------------------------------

  private async onAdd(section: GrowableSection): Promise<void> {
    if (!this.bundleDocument) return;
    const added = addItem(this.bundleDocument, section);
    this.bundleDocument = added.document;
    await this.updateComplete;
    await this.renderRoot.querySelector<PreviewEditor>('preview-editor')?.focusField(added.field);
  }

  /** A problem was clicked: to its field in the form if it has one, else to its line in the text. */
  private async goToProblem(problem: Problem): Promise<void> {
    const field = this.bundleDocument && fieldForProblem(this.bundleDocument.sections, problem.path);
    if (field && this.bundleDocument?.parsed.value !== undefined) {
      this.tab = 'edit';
      await this.updateComplete;
      if (await this.renderRoot.querySelector<PreviewEditor>('preview-editor')?.focusField(field.key)) return;
    }
    this.tab = 'source';
    await this.updateComplete;
    await this.renderRoot.querySelector<PreviewSource>('preview-source')?.reveal(problem.line);
  }

  private setLang(lang: Lang): void {
    this.lang = lang;
    try {
      localStorage.setItem('preview-lang', lang);
    } catch {
      // storage may be unavailable; the choice then lasts for this visit
    }
  }

  // ---- views --------------------------------------------------------------------------------

  private renderDayControls(bundle: Bundle) {
    const screen = screenFor(bundle, this.screenId);
    return html`<div class="controls">
      <div class="field">
        <label for="day">${this.t('day')}</label>
        <input
          id="day"
          type="date"
          .value=${this.date}
          @change=${(event: Event) => (this.date = (event.target as HTMLInputElement).value || this.date)}
        />
      </div>
      <div class="field">
        <label for="time">${this.t('time')}</label>
        <input
          id="time"
          type="time"
          .value=${this.time}
          @change=${(event: Event) => (this.time = (event.target as HTMLInputElement).value || this.time)}
        />
      </div>
      <div class="field">
        <label for="screen">${this.t('screen')}</label>
        <select
          id="screen"
          @change=${(event: Event) => {
            this.screenId = (event.target as HTMLSelectElement).value;
            this.orientation = screenFor(bundle, this.screenId).orientation;
          }}
        >
          ${bundle.screens.map((candidate) => html`<option value=${candidate.id} ?selected=${candidate.id === screen.id}>${candidate.name} (${candidate.id})</option>`)}
        </select>
      </div>
    </div>`;
  }

  private renderTab(document: BundleDocument) {
    if (this.tab === 'source') {
      const lines = new Set(document.check.problems.map((problem) => problem.line));
      return html`<section class="panel">
        <h2>${this.t('sourceTitle')}</h2>
        <p class="hint">${this.t('sourceHint')}</p>
        <preview-source .text=${document.source.text} .problemLines=${lines}></preview-source>
      </section>`;
    }
    if (this.tab === 'edit') {
      return html`<preview-editor
        .sections=${document.sections}
        .problems=${document.check.problems}
        .lang=${this.lang}
        .unavailable=${document.parsed.value === undefined}
        @field-input=${(event: CustomEvent<FieldInputDetail>) => (this.bundleDocument = editField(document, event.detail.field, event.detail.input))}
        @item-add=${(event: CustomEvent<{ section: GrowableSection }>) => void this.onAdd(event.detail.section)}
        @item-remove=${(event: CustomEvent<{ path: JSONPath }>) => (this.bundleDocument = removeItem(document, event.detail.path))}
      ></preview-editor>`;
    }
    const bundle = viewedBundle(document);
    if (!bundle) return html`<p class="panel hint">${this.t('invalidNoView')}</p>`;
    const stale = !document.check.ok ? html`<p class="panel hint">${this.t('invalidNoView')}</p>` : nothing;
    if (this.tab === 'overview') {
      const plan = dayPlan(bundle, this.date, this.time, this.screenId);
      return html`<div class="stack">
        ${stale}
        <section class="panel">
          <h2>${this.t('timelineTitle')}</h2>
          <p class="hint">${this.t('timelineHint')}</p>
          <preview-timeline
            .model=${timelineModel(bundle, this.today)}
            .chosen=${this.date}
            .today=${this.today}
            .lang=${this.lang}
            @day-select=${(event: CustomEvent<{ date: string }>) => (this.date = event.detail.date)}
          ></preview-timeline>
        </section>
        <section class="panel">
          ${this.renderDayControls(bundle)}
          <preview-day
            .plan=${plan}
            .time=${this.time}
            .lang=${this.lang}
            @play-day=${async () => {
              this.tab = 'play';
              await this.updateComplete;
              this.renderRoot.querySelector<PreviewPlay>('preview-play')?.start();
            }}
          ></preview-day>
        </section>
      </div>`;
    }
    if (this.tab === 'slides') {
      return html`<section class="panel">
        <h2>${this.t('slidesTitle')}</h2>
        ${this.renderDayControls(bundle)}
        <preview-slides
          .samples=${everySlide(bundle, this.date, this.time, this.screenId, this.orientation)}
          .orientation=${this.orientation}
          .chromeFor=${(date: string) => previewFrameChrome(bundle, date, this.time, this.screenId, this.orientation)}
          .lang=${this.lang}
          @orientation-change=${(event: CustomEvent<{ orientation: Orientation }>) => (this.orientation = event.detail.orientation)}
        ></preview-slides>
      </section>`;
    }
    return html`<section class="panel">
      <preview-play
        .screens=${bundle.screens}
        .screenId=${screenFor(bundle, this.screenId).id}
        .date=${this.date}
        .time=${this.time}
        .unpublished=${!isPublishedAsIs(document)}
        .lang=${this.lang}
      ></preview-play>
    </section>`;
  }

  protected override render() {
    const document = this.bundleDocument;
    const edited = document !== undefined && isEdited(document);
    return html`
      <header>
        <div class="bar">
          <div class="brand">
            <h1>${this.t('appTitle')}</h1>
            <p class="subtitle">${this.t('appSubtitle')}</p>
          </div>
          <a class="button" href="./">${this.t('backToPlayer')} ↗</a>
          <span class="langs" role="group" aria-label=${this.t('language')}>
            <button type="button" lang="vi" aria-pressed=${this.lang === 'vi'} @click=${() => this.setLang('vi')}>Tiếng Việt</button>
            <button type="button" lang="en" aria-pressed=${this.lang === 'en'} @click=${() => this.setLang('en')}>English</button>
          </span>
        </div>
      </header>
      <div class="toolbar">
        <div class="file">
          <span class="name">${this.fileName}</span>
          <span class="state ${edited ? 'edited' : ''}" data-edited=${edited}
            >${this.status === 'loading' ? this.t('loading') : edited ? this.t('edited') : this.t('unchanged')}</span
          >
        </div>
        <button type="button" @click=${() => void this.loadPublished()}>⟳ ${this.t('loadPublished')}</button>
        <button type="button" @click=${() => void this.pickFile()}>${this.t('openFile')}</button>
        <input
          type="file"
          accept=".json,application/json"
          hidden
          @change=${(event: Event) => {
            const file = (event.target as HTMLInputElement).files?.[0];
            if (file) void readFile(file).then((read) => this.openFile(read));
          }}
        />
        <span class="drop-hint">${this.t('dropHint')}</span>
        <button
          type="button"
          class="primary"
          data-action="download"
          ?disabled=${!document}
          @click=${() => document && downloadBundle(bytesToSave(document))}
        >
          ⬇ ${this.t('download')}
        </button>
        ${canSaveToFile() ? html`<button type="button" data-action="save" ?disabled=${!document} @click=${() => void this.save()}>${this.t('saveToDisk')}</button>` : nothing}
      </div>
      ${this.note ? html`<p class="note" role="status">${this.note}</p>` : nothing}
      <div class="layout">
        <main>
          <nav role="tablist">
            ${TABS.map((tab) => html`<button type="button" role="tab" data-tab=${tab} aria-selected=${this.tab === tab} @click=${() => (this.tab = tab)}>${this.t(TAB_LABEL[tab])}</button>`)}
          </nav>
          ${document ? this.renderTab(document) : nothing}
        </main>
        <aside class="panel">
          <h2>${this.t('check')}</h2>
          <preview-problems
            .problems=${document?.check.problems ?? []}
            .fileName=${this.fileName}
            .verdict=${document ? verdict(document) : ''}
            .lang=${this.lang}
            @problem-select=${(event: CustomEvent<Problem>) => void this.goToProblem(event.detail)}
          ></preview-problems>
        </aside>
      </div>
      ${this.dragging ? html`<div class="overlay">${this.t('dropHere')}</div>` : nothing}
    `;
  }
}
customElements.define('preview-app', PreviewApp);

declare global {
  interface HTMLElementTagNameMap {
    'preview-app': PreviewApp;
  }
}
