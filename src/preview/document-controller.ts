import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as model from './bundle-document';
import type { BundleDocument, Origin } from './bundle-document';
import * as files from './bundle-files';
import type { FileHandle, ReadFile } from './bundle-files';
import { timeText, type Lang, type MessageKey } from './i18n';
import { keepWork, keptWork, restoreWork, type WorkStorage } from './unsaved-work';

export interface DocumentOptions {
  /** One of the page's messages in the language it shows now, for the note a load or a save leaves. */
  message: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** The language the checker speaks: the page's (English when not given). */
  lang?: () => Lang;
  /** Asks staff whether to drop unsaved edits (window.confirm in the page); without it, nothing is asked. */
  confirmDiscard?: (question: string) => boolean;
  /** Where unsaved edits are kept across a reload (localStorage in the page); without it, nowhere. */
  storage?: WorkStorage | undefined;
}

/** Loading, valid, invalid or failed: what the page reflects for tests and assistive technology. */
export type DocumentStatus = 'loading' | 'valid' | 'invalid' | 'failed';

/**
 * The staff page's document and where its bytes go: the published bundle loaded when the page
 * connects, a file opened or dropped on the page (with the handle to write it back where the browser
 * gives one), a save to that file, a download. The bytes are bundle-files.ts's, what they mean
 * bundle-document.ts's; this only wires them to the host and says how it went.
 */
export class DocumentController implements ReactiveController {
  /** The bundle being looked at: where it came from, its text, its check. */
  document: BundleDocument | undefined = undefined;
  status: DocumentStatus = 'loading';
  /** What the last load or save did. */
  note = '';
  /** A file is dragged over the page. */
  dragging = false;
  /** The file the document was opened from or saved to, when the browser gave a handle to write to it. */
  private handle: FileHandle | undefined;

  private readonly onDragOver = (event: DragEvent) => {
    event.preventDefault();
    this.setDragging(true);
  };
  private readonly onDragLeave = (event: DragEvent) => {
    if (event.relatedTarget === null) this.setDragging(false);
  };
  private readonly onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.setDragging(false);
    void files.droppedFile(event.dataTransfer).then((file) => file && this.openFile(file));
  };
  /** Closing or reloading the tab with unsaved edits: the browser asks first (they are also kept, see set). */
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.document || !model.isEdited(this.document)) return;
    event.preventDefault();
    event.returnValue = '';
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DocumentOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('dragover', this.onDragOver);
    this.host.addEventListener('dragleave', this.onDragLeave);
    this.host.addEventListener('drop', this.onDrop);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    // Edits left unsaved at the last visit come back as they were; else the published bundle.
    const kept = keptWork(this.options.storage);
    if (kept) {
      this.set(restoreWork(kept, this.lang));
      this.setNote(this.options.message('workRestored', { at: timeText(kept.savedAt) }));
    } else void this.loadPublished();
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragover', this.onDragOver);
    this.host.removeEventListener('dragleave', this.onDragLeave);
    this.host.removeEventListener('drop', this.onDrop);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  private get lang(): Lang {
    return this.options.lang?.() ?? 'en';
  }

  /**
   * Asked before anything replaces the document (a file, the published bundle, a draft, a version
   * from the history): false when it has unsaved edits and staff chose to keep them.
   */
  mayDiscard(): boolean {
    if (!this.document || !model.isEdited(this.document) || !this.options.confirmDiscard) return true;
    return this.options.confirmDiscard(this.options.message('discardConfirm'));
  }

  /** The checker speaks the page's language again (after the language switch). */
  relang(lang: Lang): void {
    if (this.document) this.set(model.inLanguage(this.document, lang));
  }

  /** How the problems name the file (as the CLI would). */
  get fileName(): string {
    return this.document ? model.fileName(this.document) : model.PUBLISHED_PATH;
  }

  /** The document is now this one (an edit of it, or the same file saved somewhere else). */
  set(document: BundleDocument): void {
    this.document = document;
    this.status = document.check.ok ? 'valid' : 'invalid';
    keepWork(this.options.storage, document, new Date());
    this.host.requestUpdate();
  }

  /** Applies an edit to the document as it is now. */
  edit(change: (document: BundleDocument) => BundleDocument): void {
    if (this.document) this.set(change(this.document));
  }

  /** The bytes read from `origin` become the document; `handle` is where a save writes them back. */
  open(bytes: string, origin: Origin, handle?: FileHandle): void {
    this.handle = handle;
    this.set(model.openDocument(bytes, origin, this.lang));
  }

  /** The published bundle becomes the document; `ask`: staff asked for it, so unsaved edits are asked about first. */
  async loadPublished(ask = false): Promise<void> {
    if (ask && !this.mayDiscard()) return;
    this.status = 'loading';
    this.setNote('');
    try {
      const { bytes, etag } = await files.fetchPublished(model.PUBLISHED_PATH);
      this.open(bytes, { kind: 'published', path: model.PUBLISHED_PATH, etag });
    } catch (error) {
      this.status = 'failed';
      this.setNote(this.options.message('loadFailed', { name: model.PUBLISHED_PATH, reason: String(error) }));
    }
  }

  openFile(file: ReadFile): void {
    if (!this.mayDiscard()) return;
    this.note = '';
    this.open(file.bytes, { kind: 'file', name: file.name }, file.handle);
  }

  /** Writes the document to its file, or to one the browser's picker asks for. */
  async save(): Promise<void> {
    if (!this.document) return;
    const bytes = model.bytesToSave(this.document);
    try {
      const written = await files.saveToFile(bytes, this.handle);
      if (!written || !this.document) return;
      this.handle = written;
      this.note = this.options.message('saved', { name: written.name });
      this.set(model.savedTo(this.document, { kind: 'file', name: written.name }, bytes));
    } catch (error) {
      this.setNote(this.options.message('saveFailed', { reason: String(error) }));
    }
  }

  /**
   * The document's bytes as of `bytes` now stand for what is at `origin` (a draft on the server):
   * a save to a file goes through the picker again.
   */
  savedElsewhere(origin: Origin, bytes: string): void {
    if (!this.document) return;
    this.handle = undefined;
    this.set(model.savedTo(this.document, origin, bytes));
  }

  download(): void {
    if (this.document) files.downloadBundle(model.bytesToSave(this.document));
  }

  private setNote(note: string): void {
    this.note = note;
    this.host.requestUpdate();
  }

  private setDragging(dragging: boolean): void {
    this.dragging = dragging;
    this.host.requestUpdate();
  }
}
