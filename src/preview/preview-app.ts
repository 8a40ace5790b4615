import { html, nothing, type PropertyValues } from 'lit';
import type { JSONPath } from 'jsonc-parser';
import type { Problem } from '../content/problems';
import { DEFAULT_ZONE, type Bundle } from '../content/schema';
import { localDate } from '../schedule/time';
import { screenFor, type Orientation } from '../schedule/playlist';
import { pageColumn, previewBase } from './preview-styles';
import { appStyles } from './preview-app.styles';
import { pickLang, translate, type Lang, type MessageKey } from './i18n';
import { rememberLang, rememberedLang } from './lang-memory';
import { fieldForProblem } from './form-problems';
import * as model from './bundle-document';
import type { BundleDocument, GrowableSection, Origin } from './bundle-document';
import * as files from './bundle-files';
import type { FileHandle, ReadFile } from './bundle-files';
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
import './preview-signin';
import './preview-drafts';
import './preview-review';
import './preview-history';
import { signIn, type StaffSession } from './staff-session';
import { deleteDraft, listDrafts, openDraft, saveDraft, type DraftEntry } from './drafts';
import { daysThatDiffer, reviewChanges, type DayRange, type ReviewChange } from './review';
import { timeText } from './i18n';
import { listHistory, readHistoryBundle, readMeta, type HistoryEntry } from '../publish/history';
import { publish, versionOf, type PublishOutcome, type PublishStep } from '../publish/publish';
import { BUNDLE_PATH } from '../publish/paths';
import { PublishError, type Sentence } from '../publish/webdav';

const TABS = ['overview', 'edit', 'slides', 'play', 'source', 'publish'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, MessageKey> = {
  overview: 'tabOverview',
  edit: 'tabEdit',
  slides: 'tabSlides',
  play: 'tabPlay',
  source: 'tabSource',
  publish: 'tabPublish',
};

/** The live bundle as the signed-in staff last read it, for the review. */
interface LiveBundle {
  text: string;
  etag: string | undefined;
  version: string | undefined;
}

/** How many history entries' meta files (who, the note) a refresh reads. */
const HISTORY_META_READ = 15;

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

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
    session: { attribute: false },
    signedIn: { attribute: 'signed-in', reflect: true },
    signInBusy: { attribute: false },
    signInError: { attribute: false },
    drafts: { attribute: false },
    historyEntries: { attribute: false },
    live: { attribute: false },
    staffBusy: { attribute: false },
    staffNote: { attribute: false },
    staffNoteFailed: { attribute: false },
    publishProgress: { attribute: false },
    publishOutcome: { attribute: false },
    publishFailed: { attribute: false },
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
  /**
   * The staff member signed in: their user name, role, and the client that sends their password.
   * In memory only (see staff-session.ts): closing or reloading the tab signs out.
   */
  declare session: StaffSession | undefined;
  /** The user signed in, reflected for tests and styles; empty when nobody is. */
  declare signedIn: string;
  declare signInBusy: boolean;
  /** Why the last sign-in failed, in both languages (the page may switch). */
  declare signInError: Sentence | undefined;
  declare drafts: DraftEntry[];
  declare historyEntries: HistoryEntry[];
  declare live: LiveBundle | undefined;
  /** A request of the drafts or history is under way. */
  declare staffBusy: boolean;
  /** What the last draft or history action did, or why it failed. */
  declare staffNote: Sentence | undefined;
  declare staffNoteFailed: boolean;
  declare publishProgress: string;
  declare publishOutcome: Sentence | undefined;
  declare publishFailed: boolean;

  /** The review of the document against the live bundle, kept while neither changes. */
  private reviewCache: { key: string; changes: ReviewChange[]; days: DayRange[] | undefined } | undefined;

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
    this.session = undefined;
    this.signedIn = '';
    this.signInBusy = false;
    this.signInError = undefined;
    this.drafts = [];
    this.historyEntries = [];
    this.live = undefined;
    this.staffBusy = false;
    this.staffNote = undefined;
    this.staffNoteFailed = false;
    this.publishProgress = '';
    this.publishOutcome = undefined;
    this.publishFailed = false;
    this.reviewCache = undefined;
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
    if (changed.has('session')) this.signedIn = this.session?.user ?? '';
  }

  // ---- loading and saving -------------------------------------------------------------------

  private open(bytes: string, origin: Origin, handle?: FileHandle): void {
    this.handle = handle;
    this.bundleDocument = model.openDocument(bytes, origin, this.lang);
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

  private async addMessage(phase: number): Promise<void> {
    if (!this.bundleDocument) return;
    const added = model.addMessage(this.bundleDocument, phase);
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
    await this.renderRoot.querySelector<PreviewSource>('preview-source')?.reveal(problem.line, problem.col);
  }

  // ---- signing in, drafts, publishing, history ----------------------------------------------

  /** A failure as a sentence a person can act on, in both languages. */
  private sentence(error: unknown): Sentence {
    return error instanceof PublishError ? error.sentence : { vi: String(error), en: String(error) };
  }

  /** One of the page's messages in both languages: notes stay right when the page switches. */
  private both(key: MessageKey, values?: Record<string, string | number>): Sentence {
    return { vi: translate('vi', key, values), en: translate('en', key, values) };
  }

  private async signIn(user: string, password: string): Promise<void> {
    this.signInBusy = true;
    this.signInError = undefined;
    try {
      this.session = await signIn({ user, password }, { server: new URL('./', location.href) });
      await this.refreshStaff();
    } catch (error) {
      this.signInError = this.sentence(error);
    } finally {
      this.signInBusy = false;
    }
  }

  private signOut(): void {
    this.session = undefined;
    this.drafts = [];
    this.historyEntries = [];
    this.live = undefined;
    this.staffNote = undefined;
    this.publishOutcome = undefined;
  }

  /** Runs a request of the signed-in staff, saying what it did or why it failed. */
  private async staffAction(action: (session: StaffSession) => Promise<Sentence | undefined>): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.staffBusy = true;
    try {
      const done = await action(session);
      if (done !== undefined) {
        this.staffNote = done;
        this.staffNoteFailed = false;
      }
    } catch (error) {
      this.staffNote = this.sentence(error);
      this.staffNoteFailed = true;
    } finally {
      this.staffBusy = false;
    }
  }

  /** The drafts, the history and the live bundle, read again. */
  private async refreshStaff(): Promise<void> {
    await this.staffAction(async (session) => {
      const [drafts, history, live] = await Promise.all([
        listDrafts(session.client),
        listHistory(session.client),
        session.client.get(BUNDLE_PATH, 'read'),
      ]);
      // Who and why for the newest entries only: one request each, and nginx lets a signed-in
      // address make about 40 in a burst (older entries show the version and user their names hold).
      await Promise.all(
        history.slice(0, HISTORY_META_READ).map(async (entry) => {
          const meta = await readMeta(session.client, entry);
          if (meta) entry.meta = meta;
        }),
      );
      this.drafts = drafts;
      this.historyEntries = history;
      this.live = live ? { text: decode(live.bytes), etag: live.etag, version: versionOf(live.bytes) } : undefined;
      return undefined;
    });
  }

  private async saveDraft(title: string, note: string): Promise<void> {
    await this.staffAction(async (session) => {
      const doc = this.bundleDocument;
      if (!doc) return undefined;
      const bytes = model.bytesToSave(doc);
      const saved = await saveDraft(session.client, { title, note, bytes: encode(bytes), base: model.draftBase(doc) });
      if (this.bundleDocument)
        this.bundleDocument = model.savedTo(this.bundleDocument, { kind: 'draft', name: saved.name, meta: saved.meta }, bytes);
      this.handle = undefined;
      this.drafts = await listDrafts(session.client);
      return this.both('draftSaved', { name: saved.meta.title });
    });
  }

  private async openDraft(name: string): Promise<void> {
    await this.staffAction(async (session) => {
      const [draft, live] = await Promise.all([openDraft(session.client, name), session.client.get(BUNDLE_PATH, 'read')]);
      this.live = live ? { text: decode(live.bytes), etag: live.etag, version: versionOf(live.bytes) } : undefined;
      this.open(decode(draft.bytes), { kind: 'draft', name, meta: draft.meta });
      this.publishOutcome = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector('preview-review')?.scrollIntoView({ block: 'start' });
      return this.both('draftOpened', { name: draft.meta?.title ?? name, author: draft.meta?.author ?? '?' });
    });
  }

  private async deleteDraft(name: string): Promise<void> {
    await this.staffAction(async (session) => {
      const title = this.drafts.find((entry) => entry.name === name)?.meta?.title ?? name;
      await deleteDraft(session.client, name);
      this.drafts = await listDrafts(session.client);
      return this.both('draftDeleted', { name: title });
    });
  }

  private async openHistory(name: string): Promise<void> {
    await this.staffAction(async (session) => {
      const bytes = await readHistoryBundle(session.client, { name });
      this.open(decode(bytes), { kind: 'file', name: `content/history/${name}` });
      this.publishOutcome = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector('preview-review')?.scrollIntoView({ block: 'start' });
      const entry = this.historyEntries.find((item) => item.name === name);
      return this.both('historyOpened', { version: entry?.meta?.version ?? entry?.versionInName ?? name });
    });
  }

  /** A publish or a restore: its steps shown as they go, its outcome as a sentence, the page then on what is live. */
  private async runPublish(
    run: (
      session: StaffSession,
      onStep: (step: PublishStep) => void,
    ) => Promise<PublishOutcome | { kind: 'not-in-history'; sentence: { vi: string; en: string } }>,
  ): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.publishOutcome = undefined;
    this.publishProgress = this.t('publishStep_check');
    try {
      const outcome = await run(session, (step) => (this.publishProgress = this.t(`publishStep_${step}`)));
      this.publishFailed = outcome.kind !== 'published' && outcome.kind !== 'unchanged';
      if (outcome.kind === 'invalid') {
        this.publishOutcome = this.both('cannotPublishInvalid', { count: outcome.problems.length });
      } else if (outcome.kind === 'published') {
        const failure = outcome.historyFailure?.sentence;
        this.publishOutcome = failure
          ? { vi: `${outcome.sentence.vi} ${failure.vi}`, en: `${outcome.sentence.en} ${failure.en}` }
          : outcome.sentence;
        this.open(decode(outcome.bytes), { kind: 'published', path: model.PUBLISHED_PATH, etag: outcome.etag });
      } else {
        this.publishOutcome = outcome.sentence;
      }
    } catch (error) {
      this.publishFailed = true;
      this.publishOutcome = this.sentence(error);
    } finally {
      this.publishProgress = '';
    }
    const outcome = this.publishOutcome;
    const failed = this.publishFailed;
    await this.refreshStaff();
    this.publishOutcome = outcome;
    this.publishFailed = failed;
  }

  private async publishDocument(note: string): Promise<void> {
    const doc = this.bundleDocument;
    if (!doc) return;
    const base = model.draftBase(doc);
    await this.runPublish((session, onStep) =>
      publish({
        client: session.client,
        bytes: encode(model.bytesToSave(doc)),
        mode: 'new-version',
        ...(base.etag ? { baseEtag: base.etag } : {}),
        note,
        via: 'staff page',
        onStep,
      }),
    );
  }

  private async restoreVersion(name: string): Promise<void> {
    const entry = this.historyEntries.find((item) => item.name === name);
    const version = entry?.meta?.version ?? entry?.versionInName ?? name;
    // restore() would read the meta of every history entry to find a version by name; the page
    // knows the file, so it publishes its bytes as restore() does, without those requests.
    await this.runPublish(async (session, onStep) =>
      publish({
        client: session.client,
        bytes: await readHistoryBundle(session.client, { name }),
        mode: 'as-given',
        restoredFrom: name,
        note: this.t('restoreNote', { version }),
        via: 'staff page',
        onStep,
      }),
    );
    await this.updateComplete;
    this.renderRoot.querySelector('preview-review')?.scrollIntoView({ block: 'start' });
  }

  /** What publishing the document would change, against the live bundle last read (kept until either changes). */
  private review(doc: BundleDocument, live: LiveBundle | undefined): { changes: ReviewChange[]; days: DayRange[] | undefined } {
    const key = `${live?.text ?? ''}\u0000${doc.source.text}`;
    if (this.reviewCache?.key === key) return this.reviewCache;
    const liveValue = live ? (JSON.parse(stripBom(live.text)) as unknown) : {};
    const draftValue = doc.parsed.value;
    const liveBundle = live
      ? model.openDocument(live.text, { kind: 'published', path: model.PUBLISHED_PATH, etag: live.etag }).check.bundle
      : undefined;
    const draftBundle = doc.check.ok ? doc.check.bundle : undefined;
    const result = {
      key,
      changes: reviewChanges(liveValue, draftValue),
      days: liveBundle && draftBundle ? daysThatDiffer(liveBundle, draftBundle) : undefined,
    };
    this.reviewCache = result;
    return result;
  }

  private renderReview(doc: BundleDocument, session: StaffSession) {
    const { changes, days } = this.review(doc, this.live);
    const origin = doc.origin;
    const meta = origin.kind === 'draft' ? origin.meta : undefined;
    const base = model.draftBase(doc);
    const blocked =
      session.role === 'editor'
        ? this.t('cannotPublishRole')
        : !doc.check.ok
          ? this.t('cannotPublishInvalid', { count: doc.check.problems.length })
          : this.live && stripBom(this.live.text) === doc.source.text
            ? this.t('cannotPublishUnchanged')
            : '';
    return html`<section class="panel">
      <preview-review
        .changes=${changes}
        .days=${days}
        .liveVersion=${this.live?.version ?? '—'}
        .origin=${meta ? this.t('reviewFrom', { title: meta.title, author: meta.author, at: timeText(meta.savedAt) }) : ''}
        .originNote=${meta?.note ?? ''}
        .blocked=${blocked}
        .warning=${!base.etag ? this.t('cannotPublishNoBase') : this.live?.etag && this.live.etag !== base.etag ? this.t('baseChanged') : ''}
        .note=${meta?.note ?? ''}
        .progress=${this.publishProgress}
        .outcome=${this.publishOutcome?.[this.lang] ?? ''}
        .failed=${this.publishFailed}
        .lang=${this.lang}
        @publish=${({ detail }: CustomEvent<{ note: string }>) => void this.publishDocument(detail.note)}
      ></preview-review>
    </section>`;
  }

  private renderPublishTab(doc: BundleDocument) {
    const session = this.session;
    const draftTitle = doc.origin.kind === 'draft' ? (doc.origin.meta?.title ?? doc.origin.name.replace(/\.json$/, '')) : '';
    return html`<div class="stack">
      <section class="panel">
        <preview-signin
          .user=${session?.user}
          .role=${session?.role ?? 'unknown'}
          .busy=${this.signInBusy}
          .error=${this.signInError?.[this.lang] ?? ''}
          .lang=${this.lang}
          @sign-in=${({ detail }: CustomEvent<{ user: string; password: string }>) => void this.signIn(detail.user, detail.password)}
          @sign-out=${() => this.signOut()}
        ></preview-signin>
      </section>
      ${
        session
          ? html`${
                this.staffNote
                  ? html`<p class="panel staff-note ${this.staffNoteFailed ? 'failed' : ''}" role="status">${this.staffNote[this.lang]}</p>`
                  : nothing
              }
              <section class="panel">
                <preview-drafts
                  .drafts=${this.drafts}
                  .user=${session.user}
                  .role=${session.role}
                  .canSave=${true}
                  .draftTitle=${draftTitle}
                  .draftNote=${doc.origin.kind === 'draft' ? (doc.origin.meta?.note ?? '') : ''}
                  .busy=${this.staffBusy}
                  .lang=${this.lang}
                  @draft-save=${({ detail }: CustomEvent<{ title: string; note: string }>) => void this.saveDraft(detail.title, detail.note)}
                  @draft-open=${({ detail }: CustomEvent<{ name: string }>) => void this.openDraft(detail.name)}
                  @draft-delete=${({ detail }: CustomEvent<{ name: string }>) => void this.deleteDraft(detail.name)}
                  @staff-refresh=${() => void this.refreshStaff()}
                ></preview-drafts>
              </section>
              ${this.renderReview(doc, session)}
              <section class="panel">
                <preview-history
                  .entries=${this.historyEntries}
                  .liveVersion=${this.live?.version ?? ''}
                  .canRestore=${session.role !== 'editor'}
                  .busy=${this.staffBusy || this.publishProgress !== ''}
                  .lang=${this.lang}
                  @history-open=${({ detail }: CustomEvent<{ name: string }>) => void this.openHistory(detail.name)}
                  @history-restore=${({ detail }: CustomEvent<{ name: string }>) => void this.restoreVersion(detail.name)}
                  @staff-refresh=${() => void this.refreshStaff()}
                ></preview-history>
              </section>`
          : html`<p class="panel hint">${this.t('signInToPublish')}</p>`
      }
    </div>`;
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
    if (this.tab === 'publish') return this.renderPublishTab(doc);
    if (this.tab === 'source') {
      return html`<section class="panel">
        <h2>${this.t('sourceTitle')}</h2>
        <p class="hint">${this.t('sourceHint')}</p>
        <preview-source
          .text=${doc.source.text}
          .problems=${doc.check.problems}
          .label=${this.t('tabSource')}
          .lang=${this.lang}
          @text-edit=${({ detail }: CustomEvent<{ text: string }>) => this.edit((now) => model.editText(now, detail.text))}
        ></preview-source>
      </section>`;
    }
    if (this.tab === 'edit') {
      return html`<preview-editor
        .sections=${doc.sections}
        .problems=${doc.check.problems}
        .lang=${this.lang}
        .unavailable=${doc.parsed.value === undefined}
        @field-write=${({ detail }: CustomEvent<{ path: JSONPath; value: unknown }>) => this.edit((now) => model.writeAt(now, detail.path, detail.value))}
        @item-add=${({ detail }: CustomEvent<{ section: GrowableSection }>) => void this.add(detail.section)}
        @item-remove=${({ detail }: CustomEvent<{ path: JSONPath }>) => this.edit((now) => model.removeItem(now, detail.path))}
        @item-move=${({ detail }: CustomEvent<{ path: JSONPath; from: number; to: number }>) => this.edit((now) => model.moveItem(now, detail.path, detail.from, detail.to))}
        @message-add=${({ detail }: CustomEvent<{ phase: number }>) => void this.addMessage(detail.phase)}
        @kinds-change=${({ detail }: CustomEvent<{ path: JSONPath; kinds: string[] }>) => this.edit((now) => model.setKinds(now, detail.path, detail.kinds))}
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
          if (this.bundleDocument) this.bundleDocument = model.inLanguage(this.bundleDocument, this.lang);
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
