import { html, nothing, type PropertyValues } from 'lit';
import type { JSONPath } from 'jsonc-parser';
import type { Problem } from '../content/problems';
import { DEFAULT_ZONE, type Bundle } from '../content/schema';
import { localDate } from '../schedule/time';
import { screenFor, type Orientation } from '../schedule/playlist';
import { pageColumn, previewBase } from './preview-styles';
import { appStyles } from './preview-app.styles';
import { pickLang, type Lang, type MessageKey } from './i18n';
import { rememberLang, rememberedLang } from './lang-memory';
import { fieldForProblem } from './edit';
import * as model from './bundle-document';
import type { BundleDocument, GrowableSection, Origin } from './bundle-document';
import * as files from './bundle-files';
import type { FileHandle, ReadFile } from './bundle-files';
import { timelineModel } from './timeline-model';
import { dayChrome, dayPlan, everySlide } from './day-playlist';
import { PreviewElement } from './element-base';
import type { FieldInputDetail } from './preview-events';
import type { PreviewEditor } from './preview-editor';
import type { PreviewSource } from './preview-source';
import type { PreviewPlay } from './preview-play';
import './preview-header';
import './preview-toolbar';
import './preview-day-picker';
import './preview-problems';
import './preview-editor';
import './preview-timeline';
import './preview-day';
import './preview-slides';
import './preview-play';
import './preview-source';

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
 * download or save the new bundle. The page holds the document (bundle-document.ts) and the view's
 * choices; the files are bundle-files.ts's; the parts below are thin views.
 *
 * `?today=2020-05-15` pins "today" (tests, screenshots); `?lang=en` starts in English.
 */
export class PreviewApp extends PreviewElement {
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
  declare tab: Tab;
  /** The bundle being looked at: where it came from, its text, its check. */
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

  static override styles = [previewBase, pageColumn, appStyles];

  constructor() {
    super();
    const query = new URLSearchParams(location.search);
    this.lang = pickLang(query.get('lang'), rememberedLang());
    this.tab = 'overview';
    this.bundleDocument = undefined;
    this.fileName = model.PUBLISHED_PATH;
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
      void files.droppedFile(event.dataTransfer).then((file) => file && this.openFile(file));
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadPublished();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('bundleDocument') && this.bundleDocument) {
      this.fileName = model.fileName(this.bundleDocument);
      this.status = this.bundleDocument.check.ok ? 'valid' : 'invalid';
    }
    if (changed.has('lang')) document.documentElement.lang = this.lang;
  }

  // ---- loading and saving -------------------------------------------------------------------

  private open(bytes: string, origin: Origin, handle?: FileHandle): void {
    this.handle = handle;
    this.bundleDocument = model.openDocument(bytes, origin);
  }

  async loadPublished(): Promise<void> {
    this.status = 'loading';
    this.note = '';
    try {
      const { bytes, etag } = await files.fetchPublished(model.PUBLISHED_PATH);
      this.open(bytes, { kind: 'published', path: model.PUBLISHED_PATH, etag });
    } catch (error) {
      this.status = 'failed';
      this.note = this.t('loadFailed', { name: model.PUBLISHED_PATH, reason: String(error) });
    }
  }

  private openFile(file: ReadFile): void {
    this.note = '';
    this.open(file.bytes, { kind: 'file', name: file.name }, file.handle);
  }

  private async save(): Promise<void> {
    if (!this.bundleDocument) return;
    const bytes = model.bytesToSave(this.bundleDocument);
    try {
      const written = await files.saveToFile(bytes, this.handle);
      if (!written || !this.bundleDocument) return;
      this.handle = written;
      this.bundleDocument = model.savedTo(this.bundleDocument, { kind: 'file', name: written.name }, bytes);
      this.note = this.t('saved', { name: written.name });
    } catch (error) {
      this.note = this.t('saveFailed', { reason: String(error) });
    }
  }

  // ---- editing and finding ------------------------------------------------------------------

  /** Applies an edit to the document as it is now. */
  private edit(change: (doc: BundleDocument) => BundleDocument): void {
    if (this.bundleDocument) this.bundleDocument = change(this.bundleDocument);
  }

  private async add(section: GrowableSection): Promise<void> {
    if (!this.bundleDocument) return;
    const added = model.addItem(this.bundleDocument, section);
    this.bundleDocument = added.document;
    await this.updateComplete;
    await this.renderRoot.querySelector<PreviewEditor>('preview-editor')?.focusField(added.field);
  }

  /** A problem was clicked: to its field in the form if it has one, else to its line in the text. */
  private async goToProblem(problem: Problem): Promise<void> {
    const doc = this.bundleDocument;
    const field = doc && fieldForProblem(doc.sections, problem.path);
    if (field && doc?.parsed.value !== undefined) {
      this.tab = 'edit';
      await this.updateComplete;
      if (await this.renderRoot.querySelector<PreviewEditor>('preview-editor')?.focusField(field.key)) return;
    }
    this.tab = 'source';
    await this.updateComplete;
    await this.renderRoot.querySelector<PreviewSource>('preview-source')?.reveal(problem.line);
  }

  // ---- views --------------------------------------------------------------------------------

  private renderDayPicker(bundle: Bundle) {
    return html`<preview-day-picker
      .date=${this.date}
      .time=${this.time}
      .screens=${bundle.screens}
      .screenId=${screenFor(bundle, this.screenId).id}
      .lang=${this.lang}
      @day-select=${(event: CustomEvent<{ date: string }>) => (this.date = event.detail.date)}
      @time-select=${(event: CustomEvent<{ time: string }>) => (this.time = event.detail.time)}
      @screen-select=${(event: CustomEvent<{ screenId: string }>) => {
        this.screenId = event.detail.screenId;
        this.orientation = screenFor(bundle, this.screenId).orientation;
      }}
    ></preview-day-picker>`;
  }

  private renderTab(doc: BundleDocument) {
    if (this.tab === 'source') {
      const lines = new Set(doc.check.problems.map((problem) => problem.line));
      return html`<section class="panel">
        <h2>${this.t('sourceTitle')}</h2>
        <p class="hint">${this.t('sourceHint')}</p>
        <preview-source .text=${doc.source.text} .problemLines=${lines}></preview-source>
      </section>`;
    }
    if (this.tab === 'edit') {
      return html`<preview-editor
        .sections=${doc.sections}
        .problems=${doc.check.problems}
        .lang=${this.lang}
        .unavailable=${doc.parsed.value === undefined}
        @field-input=${({ detail }: CustomEvent<FieldInputDetail>) => this.edit((now) => model.editField(now, detail.field, detail.input))}
        @item-add=${({ detail }: CustomEvent<{ section: GrowableSection }>) => void this.add(detail.section)}
        @item-remove=${({ detail }: CustomEvent<{ path: JSONPath }>) => this.edit((now) => model.removeItem(now, detail.path))}
      ></preview-editor>`;
    }
    const bundle = model.viewedBundle(doc);
    if (!bundle) return html`<p class="panel hint">${this.t('invalidNoView')}</p>`;
    const stale = !doc.check.ok ? html`<p class="panel hint">${this.t('invalidNoView')}</p>` : nothing;
    if (this.tab === 'overview') {
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
          ${this.renderDayPicker(bundle)}
          <preview-day
            .plan=${dayPlan(bundle, this.date, this.time, this.screenId)}
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
        ${this.renderDayPicker(bundle)}
        <preview-slides
          .samples=${everySlide(bundle, this.date, this.time, this.screenId, this.orientation)}
          .orientation=${this.orientation}
          .chromeFor=${(date: string) => dayChrome(bundle, date, this.time, this.screenId, this.orientation)}
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
        .unpublished=${!model.isPublishedAsIs(doc)}
        .lang=${this.lang}
      ></preview-play>
    </section>`;
  }

  protected override render() {
    const doc = this.bundleDocument;
    return html`
      <preview-header
        .lang=${this.lang}
        @lang-select=${(event: CustomEvent<{ lang: Lang }>) => {
          this.lang = event.detail.lang;
          rememberLang(this.lang);
        }}
      ></preview-header>
      <preview-toolbar
        .bundleDocument=${doc}
        .fileName=${this.fileName}
        .loading=${this.status === 'loading'}
        .lang=${this.lang}
        @published-load=${() => void this.loadPublished()}
        @file-open=${(event: CustomEvent<ReadFile>) => this.openFile(event.detail)}
        @file-download=${() => this.bundleDocument && files.downloadBundle(model.bytesToSave(this.bundleDocument))}
        @file-save=${() => void this.save()}
      ></preview-toolbar>
      ${this.note ? html`<p class="note column" role="status">${this.note}</p>` : nothing}
      <div class="layout column">
        <main>
          <nav role="tablist">
            ${TABS.map((tab) => html`<button type="button" role="tab" data-tab=${tab} aria-selected=${this.tab === tab} @click=${() => (this.tab = tab)}>${this.t(TAB_LABEL[tab])}</button>`)}
          </nav>
          ${doc ? this.renderTab(doc) : nothing}
        </main>
        <aside class="panel">
          <h2>${this.t('check')}</h2>
          <preview-problems
            .problems=${doc?.check.problems ?? []}
            .fileName=${this.fileName}
            .verdict=${doc ? model.verdict(doc) : ''}
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
