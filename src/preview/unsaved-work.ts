/**
 * Unsaved edits kept on this computer (issue #17): a reload, a crash or a closed tab does not lose
 * them. While the document is edited, its text, where it came from and the bytes it was opened with
 * are written to storage; a clean document clears it. At the next visit the page offers them back.
 * Storage is passed in (localStorage in the page, a Map in tests); a full or missing storage loses
 * only this safety net, never the page. No password or credential is ever part of what is kept.
 */
import { isEdited, openDocument, editText, type BundleDocument, type Origin } from './bundle-document';
import type { Lang } from '../content/say';

export const UNSAVED_KEY = 'preview-unsaved-work';

/** The part of Storage used here. */
export type WorkStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface UnsavedWork {
  origin: Origin;
  openedBytes: string;
  /** The edited text (without a byte-order mark; the mark, if any, is in openedBytes). */
  text: string;
  /** When it was kept (ISO instant). */
  savedAt: string;
}

/** Keeps the document's edits, or clears what was kept when it is not edited. False when storage refused. */
export function keepWork(storage: WorkStorage | undefined, document: BundleDocument, now: Date): boolean {
  try {
    if (!isEdited(document)) {
      storage?.removeItem(UNSAVED_KEY);
      return true;
    }
    // A draft's meta holds no secret, but the origin is kept without it: the page reads it again.
    const origin: Origin =
      document.origin.kind === 'draft' ? { kind: 'draft', name: document.origin.name, meta: undefined } : document.origin;
    const work: UnsavedWork = { origin, openedBytes: document.openedBytes, text: document.source.text, savedAt: now.toISOString() };
    storage?.setItem(UNSAVED_KEY, JSON.stringify(work));
    return storage !== undefined;
  } catch {
    return false;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** The work kept at the last visit, if any (anything unreadable is dropped). */
export function keptWork(storage: WorkStorage | undefined): UnsavedWork | undefined {
  try {
    const raw = storage?.getItem(UNSAVED_KEY);
    if (!raw) return undefined;
    const work = JSON.parse(raw) as Partial<UnsavedWork> | null;
    const origin = work?.origin as Partial<Origin> | undefined;
    if (!work || !isString(work.openedBytes) || !isString(work.text) || !isString(work.savedAt) || !origin) return undefined;
    if (origin.kind !== 'published' && origin.kind !== 'file' && origin.kind !== 'draft') return undefined;
    return work as UnsavedWork;
  } catch {
    return undefined;
  }
}

/** The document the kept work stands for: opened as it was, with the edits on top. */
export function restoreWork(work: UnsavedWork, lang: Lang): BundleDocument {
  const opened = openDocument(work.openedBytes, work.origin, lang);
  return editText(opened, work.text);
}

export function forgetWork(storage: WorkStorage | undefined): void {
  try {
    storage?.removeItem(UNSAVED_KEY);
  } catch {
    // storage unavailable: nothing was kept
  }
}
