import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as model from './bundle-document';
import type { DocumentController } from './document-controller';
import { decodeKeepingBom } from './bundle-files';
import { signIn, type StaffSession } from './staff-session';
import { deleteDraft, listDrafts, openDraft, saveDraft, type DraftEntry } from './drafts';
import { pageMessage, outcomeSentence, sentenceOf, type LiveBundle, type Said } from './publishing-model';
import { translate } from './i18n';
import { listHistory, readHistoryBundle, readMeta, type HistoryEntry } from '../publish/history';
import { publish, versionOf, type PublishOutcome, type PublishStep } from '../publish/publish';
import { BUNDLE_PATH } from '../publish/paths';
import type { Fetched, Sentence } from '../publish/webdav';

/** How many history entries' meta files (who, the note) a refresh reads. */
const HISTORY_META_READ = 15;

export interface PublishingOptions {
  /** The document staff work on: drafts, versions and the bundle just published are opened in it. */
  documents: Pick<DocumentController, 'document' | 'open' | 'savedElsewhere' | 'mayDiscard'>;
  /** The site's address, which the staff's requests go to. */
  server: URL;
  /** Brings the review into view, once the host has rendered the document just opened. */
  revealReview: () => Promise<void>;
}

/** Everything the publishing tab shows: a new object at every change, so a view bound to it renders again. */
export interface PublishingState {
  /**
   * The staff member signed in: their user name, role, and the client that sends their password.
   * In memory only (see staff-session.ts): closing or reloading the tab signs out.
   */
  session: StaffSession | undefined;
  signInBusy: boolean;
  /** Why the last sign-in failed, in both languages (the page may switch). */
  signInError: Said | undefined;
  drafts: DraftEntry[];
  history: HistoryEntry[];
  live: LiveBundle | undefined;
  /** A request of the drafts or history is under way. */
  busy: boolean;
  /** What the last draft or history action did, or why it failed. */
  note: Said | undefined;
  noteFailed: boolean;
  /** The step of a publish under way. */
  step: PublishStep | undefined;
  outcome: Said | undefined;
  publishFailed: boolean;
}

const SIGNED_OUT: PublishingState = {
  session: undefined,
  signInBusy: false,
  signInError: undefined,
  drafts: [],
  history: [],
  live: undefined,
  busy: false,
  note: undefined,
  noteFailed: false,
  step: undefined,
  outcome: undefined,
  publishFailed: false,
};

type PublishRun = (
  session: StaffSession,
  onStep: (step: PublishStep) => void,
) => Promise<PublishOutcome | { kind: 'not-in-history'; sentence: Sentence }>;

const liveOf = (fetched: Fetched | undefined): LiveBundle | undefined =>
  fetched && { text: decodeKeepingBom(fetched.bytes), etag: fetched.etag, version: versionOf(fetched.bytes) };

/**
 * Signing in, drafts, publishing and the history, for the staff page: the requests of the staff
 * signed in (src/publish/, drafts.ts), what they did as sentences (publishing-model.ts), and the
 * document they open (the DocumentController). It holds no timer; the host renders its `state`.
 */
export class PublishingController implements ReactiveController {
  state: PublishingState = SIGNED_OUT;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PublishingOptions,
  ) {
    host.addController(this);
  }

  /** The password lives no longer than the page that holds it. */
  hostDisconnected(): void {
    this.signOut();
  }

  private change(next: Partial<PublishingState>): void {
    this.state = { ...this.state, ...next };
    this.host.requestUpdate();
  }

  async signIn(user: string, password: string): Promise<void> {
    this.change({ signInBusy: true, signInError: undefined });
    try {
      this.change({ session: await signIn({ user, password }, { server: this.options.server }) });
      await this.refresh();
    } catch (error) {
      this.change({ signInError: sentenceOf(error) });
    } finally {
      this.change({ signInBusy: false });
    }
  }

  signOut(): void {
    this.change({ session: undefined, drafts: [], history: [], live: undefined, note: undefined, outcome: undefined });
  }

  /** Runs a request of the signed-in staff, saying what it did or why it failed. */
  private async act(action: (session: StaffSession) => Promise<Said | undefined>): Promise<void> {
    const { session } = this.state;
    if (!session) return;
    this.change({ busy: true });
    try {
      const done = await action(session);
      if (done !== undefined) this.change({ note: done, noteFailed: false });
    } catch (error) {
      this.change({ note: sentenceOf(error), noteFailed: true });
    } finally {
      this.change({ busy: false });
    }
  }

  /** The drafts, the history and the live bundle, read again. */
  async refresh(): Promise<void> {
    await this.act(async ({ client }) => {
      const [drafts, history, live] = await Promise.all([listDrafts(client), listHistory(client), client.get(BUNDLE_PATH, 'read')]);
      // Who and why for the newest entries only: one request each, and nginx lets a signed-in
      // address make about 40 in a burst (older entries show the version and user their names hold).
      await Promise.all(
        history.slice(0, HISTORY_META_READ).map(async (entry) => {
          const meta = await readMeta(client, entry);
          if (meta) entry.meta = meta;
        }),
      );
      this.change({ drafts, history, live: liveOf(live) });
      return undefined;
    });
  }

  async saveDraft(title: string, note: string): Promise<void> {
    await this.act(async ({ client }) => {
      const doc = this.options.documents.document;
      if (!doc) return undefined;
      const bytes = model.bytesToSave(doc);
      const saved = await saveDraft(client, { title, note, bytes: new TextEncoder().encode(bytes), base: model.draftBase(doc) });
      this.options.documents.savedElsewhere({ kind: 'draft', name: saved.name, meta: saved.meta }, bytes);
      this.change({ drafts: await listDrafts(client) });
      return pageMessage('draftSaved', { name: saved.meta.title });
    });
  }

  async openDraft(name: string): Promise<void> {
    if (!this.options.documents.mayDiscard()) return;
    await this.act(async ({ client }) => {
      const [draft, live] = await Promise.all([openDraft(client, name), client.get(BUNDLE_PATH, 'read')]);
      this.change({ live: liveOf(live), outcome: undefined });
      this.options.documents.open(decodeKeepingBom(draft.bytes), { kind: 'draft', name, meta: draft.meta });
      await this.options.revealReview();
      return pageMessage('draftOpened', { name: draft.meta?.title ?? name, author: draft.meta?.author ?? '?' });
    });
  }

  async deleteDraft(name: string): Promise<void> {
    await this.act(async ({ client }) => {
      const title = this.state.drafts.find((entry) => entry.name === name)?.meta?.title ?? name;
      await deleteDraft(client, name);
      this.change({ drafts: await listDrafts(client) });
      return pageMessage('draftDeleted', { name: title });
    });
  }

  async openHistory(name: string): Promise<void> {
    if (!this.options.documents.mayDiscard()) return;
    await this.act(async ({ client }) => {
      const bytes = await readHistoryBundle(client, { name });
      this.options.documents.open(decodeKeepingBom(bytes), { kind: 'file', name: `content/history/${name}` });
      this.change({ outcome: undefined });
      await this.options.revealReview();
      return pageMessage('historyOpened', { version: this.versionName(name) });
    });
  }

  /** The document, published as a new version. */
  async publishDocument(note: string): Promise<void> {
    const doc = this.options.documents.document;
    if (!doc) return;
    const base = model.draftBase(doc);
    await this.runPublish((session, onStep) =>
      publish({
        client: session.client,
        bytes: new TextEncoder().encode(model.bytesToSave(doc)),
        mode: 'new-version',
        ...(base.etag ? { baseEtag: base.etag } : {}),
        note,
        via: 'staff page',
        onStep,
      }),
    );
  }

  /** A version from the history, published again byte for byte. */
  async restoreVersion(name: string): Promise<void> {
    // The page shows what is live once the version is restored: unsaved edits would be lost.
    if (!this.options.documents.mayDiscard()) return;
    const note = translate('restoreNote', { version: this.versionName(name) });
    // restore() would read the meta of every history entry to find a version by name; the page
    // knows the file, so it publishes its bytes as restore() does, without those requests.
    await this.runPublish(async (session, onStep) =>
      publish({
        client: session.client,
        bytes: await readHistoryBundle(session.client, { name }),
        mode: 'as-given',
        restoredFrom: name,
        note,
        via: 'staff page',
        onStep,
      }),
    );
    await this.options.revealReview();
  }

  /** A history file by the version people know it as. */
  private versionName(name: string): string {
    const entry = this.state.history.find((item) => item.name === name);
    return entry?.meta?.version ?? entry?.versionInName ?? name;
  }

  /** A publish or a restore: its steps shown as they go, its outcome as a sentence, the page then on what is live. */
  private async runPublish(run: PublishRun): Promise<void> {
    const { session } = this.state;
    if (!session) return;
    this.change({ outcome: undefined, step: 'check' });
    try {
      const outcome = await run(session, (step) => this.change({ step }));
      const { sentence, failed } = outcomeSentence(outcome);
      this.change({ outcome: sentence, publishFailed: failed });
      if (outcome.kind === 'published') {
        const origin = { kind: 'published', path: model.PUBLISHED_PATH, etag: outcome.etag } as const;
        this.options.documents.open(decodeKeepingBom(outcome.bytes), origin);
      }
    } catch (error) {
      this.change({ outcome: sentenceOf(error), publishFailed: true });
    } finally {
      this.change({ step: undefined });
    }
    const { outcome, publishFailed } = this.state;
    await this.refresh();
    this.change({ outcome, publishFailed });
  }
}
