import { html, nothing, type PropertyValues } from 'lit';
import type { Problem } from '../content/problems';
import { DEFAULT_ZONE, type Bundle } from '../content/schema';
import { instantOf, localDate } from '../schedule/time';
import { nothingCurrentSince } from '../schedule/current';
import { screenFor, type Orientation } from '../schedule/playlist';
import { pageColumn, previewBase, stack } from './preview-styles';
import { appStyles } from './preview-app.styles';
import type { Lang, MessageKey } from './i18n';
import { rememberLang } from './lang-memory';
import { currentLang, setLocale } from './localization';
import { fieldForProblem } from './form-problems';
import * as model from './bundle-document';
import type { BundleDocument } from './bundle-document';
import type { ReadFile } from './bundle-files';
import { DocumentController } from './document-controller';
import { PublishingController } from './publishing-controller';
import { timelineModel } from './timeline-model';
import { dayChrome, dayPlan, everySlide } from './day-playlist';
import { PreviewElement } from './element-base';
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
import { editTab, publishingTab } from './tab-views';
import './preview-screens';

const TABS = ['overview', 'edit', 'slides', 'play', 'source', 'publish', 'screens'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, MessageKey> = {
  overview: 'tabOverview',
  edit: 'tabEdit',
  slides: 'tabSlides',
  play: 'tabPlay',
  source: 'tabSource',
  publish: 'tabPublish',
  screens: 'tabScreens',
};

/**
 * The staff preview page: load the published bundle or a local file, see every problem in the
 * checker's words, the campaign on a timeline, what a screen plays on any day, every slide in
 * miniature, the real player at any moment; edit texts with the check running as they type, and
 * download or save the new bundle; sign in to save drafts, publish and restore. The document and
 * its files are the DocumentController's, signing in and publishing the PublishingController's;
 * the page holds the view's choices (tab, day, time, screen), and the parts below are thin views.
 *
 * `?today=2020-05-15` pins "today" (tests, screenshots); `?lang=en` starts in English.
 */
export class PreviewApp extends PreviewElement {
  static override properties = {
    lang: { reflect: true },
    tab: { reflect: true },
    fileName: { attribute: 'file-name', reflect: true },
    status: { reflect: true },
    overflows: { attribute: false },
    date: { attribute: false },
    time: { attribute: false },
    screenId: { attribute: false },
    orientation: { attribute: false },
    dragging: { type: Boolean, reflect: true },
    signedIn: { attribute: 'signed-in', reflect: true },
  };
  declare tab: Tab;
  /** How the problems name the file (as the CLI would), reflected from the document. */
  declare fileName: string;
  /** loading, valid, invalid or failed: for tests and assistive technology. */
  declare status: 'loading' | 'valid' | 'invalid' | 'failed';
  /** The slides the miniatures found overflowing, in the orientation drawn last (the check column lists them). */
  declare overflows: { orientation: Orientation; slides: string[] };
  declare date: string;
  declare time: string;
  declare screenId: string | undefined;
  declare orientation: Orientation;
  /** A file is dragged over the page, reflected from the document's controller. */
  declare dragging: boolean;
  /** The user signed in, reflected for tests and styles; empty when nobody is. */
  declare signedIn: string;

  private readonly documents = new DocumentController(this, {
    message: (key, values) => this.t(key, values),
    lang: () => this.lang,
    confirmDiscard: (question) => confirm(question),
    storage: localStorageOrNothing(),
  });
  private readonly publishing = new PublishingController(this, {
    documents: this.documents,
    server: new URL('./', location.href),
    revealReview: async () => {
      await this.updateComplete;
      await this.renderRoot.querySelector('preview-publishing')?.revealReview();
    },
  });
  private readonly today: string;

  static override styles = [previewBase, pageColumn, stack, appStyles];

  constructor() {
    super();
    const query = new URLSearchParams(location.search);
    // main.ts set the locale (?lang=en, or remembered) before this element was defined.
    this.lang = currentLang();
    this.tab = 'overview';
    this.fileName = model.PUBLISHED_PATH;
    this.status = 'loading';
    this.overflows = { orientation: 'landscape', slides: [] };
    // The page's one reading of the real clock: "today" is an input to everything below.
    const pinned = query.get('today');
    this.today = pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? pinned : localDate(Date.now(), DEFAULT_ZONE);
    this.date = this.today;
    this.time = '08:00';
    this.screenId = undefined;
    this.orientation = 'landscape';
    this.dragging = false;
    this.signedIn = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The controllers' state, reflected as the page's attributes.
    this.fileName = this.documents.fileName;
    this.status = this.documents.status;
    this.dragging = this.documents.dragging;
    this.signedIn = this.publishing.state.session?.user ?? '';
    if (changed.has('lang')) document.documentElement.lang = this.lang;
  }

  // ---- editing and finding ------------------------------------------------------------------

  /** An item added (to a list, or a message to a phase): the form goes to its first field. */
  private async add(adding: (doc: BundleDocument) => { document: BundleDocument; field: string }): Promise<void> {
    const doc = this.documents.document;
    if (!doc) return;
    const added = adding(doc);
    this.documents.set(added.document);
    await this.updateComplete;
    await this.renderRoot.querySelector<PreviewEditor>('preview-editor')?.focusField(added.field);
  }

  /** A problem was clicked: to its field in the form if it has one, else to its line in the text. */
  private async goToProblem(problem: Problem): Promise<void> {
    const doc = this.documents.document;
    const field = doc && fieldForProblem(doc.sections, problem.path);
    if (field && doc?.parsed.value !== undefined) {
      this.tab = 'edit';
      await this.updateComplete;
      if (await this.renderRoot.querySelector<PreviewEditor>('preview-editor')?.focusField(field.key)) return;
    }
    this.tab = 'source';
    await this.updateComplete;
    await this.renderRoot.querySelector<PreviewSource>('preview-source')?.reveal(problem.line, problem.col);
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
    if (this.tab === 'screens') {
      const client = this.publishing.state.session?.client;
      return html`<section class="panel">
        <preview-screens .lang=${this.lang} .client=${client} .newestApp=${__APP_VERSION__}></preview-screens>
      </section>`;
    }
    if (this.tab === 'publish') return publishingTab(this.publishing, doc, this.lang);
    if (this.tab === 'source') {
      return html`<section class="panel">
        <h2>${this.t('sourceTitle')}</h2>
        <p class="hint">${this.t('sourceHint')}</p>
        <preview-source
          .text=${doc.source.text}
          .problems=${doc.check.problems}
          .label=${this.t('tabSource')}
          .lang=${this.lang}
          @text-edit=${({ detail }: CustomEvent<{ text: string }>) => this.documents.edit((now) => model.editText(now, detail.text))}
        ></preview-source>
      </section>`;
    }
    if (this.tab === 'edit') return editTab(this.documents, this.publishing, doc, this.lang, (adding) => void this.add(adding));
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
          @overflow-change=${(event: CustomEvent<{ orientation: Orientation; slides: string[] }>) => (this.overflows = event.detail)}
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

  /** The page's words (msg(), after the language's module has loaded), then what it says in both languages. */
  private async switchLang(lang: Lang): Promise<void> {
    try {
      await setLocale(lang);
    } catch (error) {
      // Its words did not load (the server gone, say): the page stays in the language it has.
      console.warn(`The page's ${lang} words did not load.`, error);
      return;
    }
    // A later choice may have overtaken this one while its words were loading: the last one stands.
    if (currentLang() !== lang) return;
    this.lang = lang;
    rememberLang(lang);
    this.documents.relang(lang);
  }

  protected override render() {
    const doc = this.documents.document;
    return html`
      <preview-header
        .lang=${this.lang}
        @lang-select=${(event: CustomEvent<{ lang: Lang }>) => void this.switchLang(event.detail.lang)}
      ></preview-header>
      <preview-toolbar
        .bundleDocument=${doc}
        .fileName=${this.fileName}
        .loading=${this.status === 'loading'}
        .lang=${this.lang}
        @published-load=${() => void this.documents.loadPublished(true)}
        @file-open=${(event: CustomEvent<ReadFile>) => this.documents.openFile(event.detail)}
        @file-download=${() => this.documents.download()}
        @file-save=${() => void this.documents.save()}
      ></preview-toolbar>
      ${this.documents.note ? html`<p class="note column" role="status">${this.documents.note}</p>` : nothing}
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
            .warnings=${doc?.check.warnings ?? []}
            .overflows=${this.overflows.slides.map((slide) => ({ slide, screen: this.t(this.overflows.orientation) }))}
            .nothingCurrent=${doc?.check.ok ? nothingCurrentSince(doc.check.bundle, instantOf(this.today, doc.check.bundle.timeZone)) : undefined}
            .lang=${this.lang}
            @problem-select=${(event: CustomEvent<Problem>) => void this.goToProblem(event.detail)}
          ></preview-problems>
        </aside>
      </div>
      ${this.dragging ? html`<div class="overlay">${this.t('dropHere')}</div>` : nothing}
    `;
  }
}
/** This computer's storage for unsaved edits, or nothing where the browser refuses it (a locked-down profile). */
function localStorageOrNothing(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

customElements.define('preview-app', PreviewApp);

declare global {
  interface HTMLElementTagNameMap {
    'preview-app': PreviewApp;
  }
}
