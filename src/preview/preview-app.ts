import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import type { JSONPath } from 'jsonc-parser';
import { parseJson, type ParsedJson } from '../content/parse';
import { checkParsed, type CheckResult } from '../content/validate';
import type { Problem } from '../content/problems';
import { okLine, problemsLine } from '../content/summary';
import type { Bundle } from '../content/schema';
import { localDate } from '../schedule/time';
import { dayLabel } from '../schedule/format';
import { screenFor, type Orientation } from '../schedule/playlist';
import { previewTokens, controls } from './preview-styles';
import { translate, pickLang, type Lang, type MessageKey } from './i18n';
import {
  addItem,
  editableSections,
  fieldForProblem,
  fromFileText,
  removeItem,
  setValue,
  toFileText,
  valueForField,
  type Section,
  type SourceText,
} from './edit';
import { timelineModel } from './timeline-model';
import { dayPlan, everySlide } from './day-playlist';
import type { FrameChrome } from './preview-frame';
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

const PUBLISHED = 'content/bundle.json';
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

/** The File System Access API where the browser offers it (Chromium); absent elsewhere. */
interface WritableFile {
  write(data: string): Promise<void>;
  close(): Promise<void>;
}
interface FileHandle {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<WritableFile>;
}
type PickerWindow = Window & {
  showOpenFilePicker?: (options?: object) => Promise<FileHandle[]>;
  showSaveFilePicker?: (options?: object) => Promise<FileHandle>;
};
const JSON_TYPES = { types: [{ description: 'JSON', accept: { 'application/json': ['.json'] } }] };

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
    source: { attribute: false },
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
  /** The bundle being looked at, as text. */
  declare source: SourceText | undefined;
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

  /** The text as loaded: a download equal to it means nothing changed. */
  private loaded = '';
  private handle: FileHandle | undefined;
  private parsed: ParsedJson | undefined;
  private result: CheckResult | undefined;
  private sections: Section[] = [];
  /** The last valid bundle, so the views stay while staff fix a typo. */
  private lastGood: Bundle | undefined;
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
    this.source = undefined;
    this.fileName = PUBLISHED;
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
    this.addEventListener('drop', (event) => void this.onDrop(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadPublished();
  }

  private t(key: MessageKey, values?: Record<string, string | number>): string {
    return translate(this.lang, key, values);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('source') && this.source) {
      this.parsed = parseJson(this.source.text);
      this.result = checkParsed(this.parsed);
      this.sections = editableSections(this.parsed.value);
      if (this.result.ok) this.lastGood = this.result.bundle;
      this.status = this.result.ok ? 'valid' : 'invalid';
    }
    if (changed.has('lang')) document.documentElement.lang = this.lang;
  }

  // ---- loading and saving -------------------------------------------------------------------

  private open(raw: string, name: string, handle?: FileHandle): void {
    this.handle = handle;
    this.loaded = raw;
    this.fileName = name;
    this.lastGood = undefined;
    this.source = fromFileText(raw);
  }

  async loadPublished(): Promise<void> {
    this.status = 'loading';
    this.note = '';
    try {
      const response = await fetch(PUBLISHED, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.open(await response.text(), PUBLISHED);
    } catch (error) {
      this.status = 'failed';
      this.note = this.t('loadFailed', { name: PUBLISHED, reason: String(error) });
    }
  }

  private async openFile(file: File, handle?: FileHandle): Promise<void> {
    this.note = '';
    this.open(await file.text(), file.name, handle);
  }

  private async pickFile(): Promise<void> {
    const picker = (window as PickerWindow).showOpenFilePicker;
    if (picker) {
      try {
        const [handle] = await picker(JSON_TYPES);
        if (handle) await this.openFile(await handle.getFile(), handle);
      } catch {
        // cancelled
      }
      return;
    }
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
  }

  private async onDrop(event: DragEvent): Promise<void> {
    event.preventDefault();
    this.dragging = false;
    const item = event.dataTransfer?.items?.[0] as
      (DataTransferItem & { getAsFileSystemHandle?: () => Promise<FileHandle | null> }) | undefined;
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    const handle = item?.getAsFileSystemHandle ? ((await item.getAsFileSystemHandle().catch(() => null)) ?? undefined) : undefined;
    await this.openFile(file, handle && 'createWritable' in handle ? handle : undefined);
  }

  /** The file as it would be downloaded now. */
  fileText(): string {
    return this.source ? toFileText(this.source) : '';
  }

  private download(): void {
    const url = URL.createObjectURL(new Blob([this.fileText()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'bundle.json';
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async save(): Promise<void> {
    const picker = (window as PickerWindow).showSaveFilePicker;
    try {
      const handle = this.handle ?? (picker ? await picker({ suggestedName: 'bundle.json', ...JSON_TYPES }) : undefined);
      if (!handle) return;
      const writable = await handle.createWritable();
      await writable.write(this.fileText());
      await writable.close();
      this.handle = handle;
      this.loaded = this.fileText();
      this.note = this.t('saved', { name: handle.name });
      this.requestUpdate();
    } catch (error) {
      if ((error as DOMException)?.name !== 'AbortError') this.note = this.t('saveFailed', { reason: String(error) });
    }
  }

  // ---- editing ------------------------------------------------------------------------------

  private edit(text: string): void {
    if (!this.source) return;
    this.source = { ...this.source, text };
  }

  private onFieldInput(detail: FieldInputDetail): void {
    if (!this.source) return;
    this.edit(setValue(this.source.text, detail.field.path, valueForField(detail.field, detail.input)));
  }

  private async onAdd(section: 'slogans' | 'announcements'): Promise<void> {
    if (!this.source || !this.parsed) return;
    const added = addItem(this.source.text, this.parsed.value, section);
    this.edit(added.text);
    await this.updateComplete;
    await this.renderRoot.querySelector<PreviewEditor>('preview-editor')?.focusField(`${section}[${added.path[1]}].text`);
  }

  private onRemove(path: JSONPath): void {
    if (this.source) this.edit(removeItem(this.source.text, path));
  }

  /** A problem was clicked: to its field in the form if it has one, else to its line in the text. */
  private async goToProblem(problem: Problem): Promise<void> {
    const field = fieldForProblem(this.sections, problem.path);
    if (field && this.parsed?.value !== undefined) {
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

  private chromeFor(bundle: Bundle): (date: string) => FrameChrome {
    return (date) => {
      const plan = dayPlan(bundle, date, this.time, this.screenId, this.orientation);
      const phase = plan.playlist.phase;
      const slogan = plan.playlist.slides.find((slide) => slide.kind === 'slogan');
      return {
        party: bundle.organization.party,
        unit: bundle.organization.committee,
        phaseLabel: phase ? `Đợt ${phase.number} · ${phase.dateLabel}` : '',
        clock: this.time,
        day: dayLabel(plan.instant, bundle.timeZone),
        ticker: plan.playlist.screen.ticker && slogan?.kind === 'slogan' ? slogan.text : undefined,
      };
    };
  }

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

  private renderTab(bundle: Bundle | undefined) {
    if (this.tab === 'source') {
      const lines = new Set((this.result?.problems ?? []).map((problem) => problem.line));
      return html`<section class="panel">
        <h2>${this.t('sourceTitle')}</h2>
        <p class="hint">${this.t('sourceHint')}</p>
        <preview-source .text=${this.source?.text ?? ''} .problemLines=${lines}></preview-source>
      </section>`;
    }
    if (this.tab === 'edit') {
      return html`<preview-editor
        .sections=${this.sections}
        .problems=${this.result?.problems ?? []}
        .lang=${this.lang}
        .unavailable=${this.parsed?.value === undefined}
        @field-input=${(event: CustomEvent<FieldInputDetail>) => this.onFieldInput(event.detail)}
        @item-add=${(event: CustomEvent<{ section: 'slogans' | 'announcements' }>) => void this.onAdd(event.detail.section)}
        @item-remove=${(event: CustomEvent<{ path: JSONPath }>) => this.onRemove(event.detail.path)}
      ></preview-editor>`;
    }
    if (!bundle) return html`<p class="panel hint">${this.t('invalidNoView')}</p>`;
    const stale = !this.result?.ok ? html`<p class="panel hint">${this.t('invalidNoView')}</p>` : nothing;
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
          .chromeFor=${this.chromeFor(bundle)}
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
        .edited=${this.fileText() !== this.loaded || this.fileName !== PUBLISHED}
        .lang=${this.lang}
      ></preview-play>
    </section>`;
  }

  protected override render() {
    const result = this.result;
    const bundle = result?.ok ? result.bundle : this.lastGood;
    const edited = this.source !== undefined && this.fileText() !== this.loaded;
    const fsAccess = typeof (window as PickerWindow).showSaveFilePicker === 'function';
    const verdict = result ? (result.ok ? okLine(this.fileName, result.bundle) : problemsLine(this.fileName, result.problems.length)) : '';
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
            if (file) void this.openFile(file);
          }}
        />
        <span class="drop-hint">${this.t('dropHint')}</span>
        <button type="button" class="primary" data-action="download" ?disabled=${!this.source} @click=${() => this.download()}>
          ⬇ ${this.t('download')}
        </button>
        ${fsAccess ? html`<button type="button" data-action="save" ?disabled=${!this.source} @click=${() => void this.save()}>${this.t('saveToDisk')}</button>` : nothing}
      </div>
      ${this.note ? html`<p class="note" role="status">${this.note}</p>` : nothing}
      <div class="layout">
        <main>
          <nav role="tablist">
            ${TABS.map((tab) => html`<button type="button" role="tab" data-tab=${tab} aria-selected=${this.tab === tab} @click=${() => (this.tab = tab)}>${this.t(TAB_LABEL[tab])}</button>`)}
          </nav>
          ${this.source ? this.renderTab(bundle) : nothing}
        </main>
        <aside class="panel">
          <h2>${this.t('check')}</h2>
          <preview-problems
            .problems=${result?.problems ?? []}
            .fileName=${this.fileName}
            .verdict=${verdict}
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
