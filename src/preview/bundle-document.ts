/**
 * The bundle staff work on in the preview page, as one immutable value: where its bytes came from
 * and what they were, its text now, and what the checker says of it. Every change returns a new
 * document (so the page sees it). Edits go through jsonc-parser (edit.ts): the lines staff did not
 * touch keep their bytes, and a document edited back to what it was is its opened bytes again.
 * Pure: no DOM, no network, no files (those are bundle-files.ts); tested in Node.
 *
 * A document comes from the published bundle, a file, or a draft on the server (drafts.ts); saving
 * a draft or a file is `savedTo`; what a draft would change on the screens is review.ts's.
 */
import type { JSONPath } from 'jsonc-parser';
import { parseJson, type ParsedJson } from '../content/parse';
import type { CheckResult } from '../content/validate';
import { checkParsedWithWarnings } from '../content/warnings';
import { okLine, problemsLine } from '../content/summary';
import { formatPath, type JsonPath } from '../content/problems';
import type { Bundle } from '../content/schema';
import * as edits from './edit';
import type { Field, Section, SourceText } from './edit';
import type { DraftBase, DraftMeta } from './drafts';
import { normalizeEtag } from '../publish/webdav';

/** The bundle the screens play, as the pages name it (relative to them). */
export const PUBLISHED_PATH = 'content/bundle.json';

/** Where a document's bytes came from (or were last saved to). */
export type Origin =
  /** The bundle the screens play, fetched from the server; its ETag when the server sent one. */
  | { kind: 'published'; path: string; etag: string | undefined }
  /** A file of this computer: opened, dropped, or saved to. */
  | { kind: 'file'; name: string }
  /** A draft on the server (`content/drafts/NAME`), with what its meta file says (who, why, made from which live bundle). */
  | { kind: 'draft'; name: string; meta: DraftMeta | undefined };

export interface BundleDocument {
  readonly origin: Origin;
  /** The bytes as opened (or last saved): "edited" means the bytes to save are not these. */
  readonly openedBytes: string;
  /** The text now, without the byte-order mark (which is kept for saving). */
  readonly source: SourceText;
  readonly parsed: ParsedJson;
  readonly check: CheckResult;
  /** What the form lets staff edit, read from the text (valid or not). */
  readonly sections: Section[];
  /** The last text since opening that passed the check, as a bundle: the views keep it while staff fix a typo. */
  readonly lastGood: Bundle | undefined;
}

/** Slogans and announcements can be added; the other lists are the plan's. */
export type GrowableSection = 'slogans' | 'announcements';

function withSource(origin: Origin, openedBytes: string, source: SourceText, lastGood: Bundle | undefined): BundleDocument {
  const parsed = parseJson(source.text);
  const check = checkParsedWithWarnings(parsed);
  return {
    origin,
    openedBytes,
    source,
    parsed,
    check,
    sections: edits.editableSections(parsed.value),
    lastGood: check.ok ? check.bundle : lastGood,
  };
}

/** A document of the bytes just read from `origin`, checked. */
export function openDocument(bytes: string, origin: Origin): BundleDocument {
  return withSource(origin, bytes, edits.fromFileText(bytes), undefined);
}

/** The document with a new text: the one door every edit goes through. */
export function editText(document: BundleDocument, text: string): BundleDocument {
  return withSource(document.origin, document.openedBytes, { ...document.source, text }, document.lastGood);
}

/** What a field of the form now holds, written into the text (an optional field left empty is removed). */
export function editField(document: BundleDocument, field: Pick<Field, 'path' | 'kind' | 'optional'>, input: string): BundleDocument {
  return editText(document, edits.setValue(document.source.text, field.path, edits.valueForField(field, input)));
}

/** An empty slogan or announcement at the end of its list; `field` names its text field (the checker asks for it). */
export function addItem(document: BundleDocument, section: GrowableSection): { document: BundleDocument; field: string } {
  const added = edits.addItem(document.source.text, document.parsed.value, section);
  return { document: editText(document, added.text), field: `${formatPath(added.path)}.text` };
}

/** The document without the item at `path`. */
export function removeItem(document: BundleDocument, path: JSONPath): BundleDocument {
  return editText(document, edits.removeItem(document.source.text, path));
}

/** How the checker's lines name the file, as `npm run content:check` would. */
export function fileName(document: BundleDocument): string {
  const { origin } = document;
  return origin.kind === 'published' ? origin.path : origin.kind === 'draft' ? `content/drafts/${origin.name}` : origin.name;
}

/** The checker's last line: OK with a summary, or the number of problems. */
export function verdict(document: BundleDocument): string {
  const { check } = document;
  return check.ok ? okLine(fileName(document), check.bundle) : problemsLine(fileName(document), check.problems.length);
}

/** The bundle the views show: this one if it passes the check, else the last one that did since opening. */
export function viewedBundle(document: BundleDocument): Bundle | undefined {
  return document.check.ok ? document.check.bundle : document.lastGood;
}

/** The bytes a download or a save writes: the text, with the byte-order mark it was opened with. */
export function bytesToSave(document: BundleDocument): string {
  return edits.toFileText(document.source);
}

/** Edited: the bytes to save differ from the bytes opened (or last saved). The page's one rule for "edited". */
export function isEdited(document: BundleDocument): boolean {
  return bytesToSave(document) !== document.openedBytes;
}

/** The screens play exactly this: the published bundle, not edited. */
export function isPublishedAsIs(document: BundleDocument): boolean {
  return document.origin.kind === 'published' && !isEdited(document);
}

/**
 * The document once `bytes` (its bytes to save, when the write began) are written to `origin`: it
 * now stands for what is there. Edits made while the write went on stay, and stay edited.
 */
export function savedTo(document: BundleDocument, origin: Origin, bytes: string): BundleDocument {
  return { ...document, origin, openedBytes: bytes };
}

/**
 * The live bundle a draft saved from this document is made from, for publishing's conflict check:
 * the published bundle it was opened from (its ETag and version), or the one its draft was made
 * from; nothing for a file of this computer.
 */
export function draftBase(document: BundleDocument): DraftBase {
  const { origin } = document;
  if (origin.kind === 'draft') {
    return {
      ...(origin.meta?.baseEtag ? { etag: origin.meta.baseEtag } : {}),
      ...(origin.meta?.baseVersion ? { version: origin.meta.baseVersion } : {}),
    };
  }
  if (origin.kind !== 'published') return {};
  const opened = parseJson(edits.fromFileText(document.openedBytes).text).value as { version?: unknown } | undefined;
  const version = typeof opened === 'object' && opened !== null && typeof opened.version === 'string' ? opened.version : undefined;
  // A compressed answer's ETag is weak (W/"…"): the same file to nginx, and to the conflict check.
  const etag = normalizeEtag(origin.etag);
  return { ...(etag ? { etag } : {}), ...(version ? { version } : {}) };
}

/** A value that differs between the bytes opened and the text now, by its path in the checker's words. */
export interface Change {
  path: string;
  kind: 'added' | 'removed' | 'changed';
}

/**
 * What changed since opening, value by value (formatting aside): items of lists are compared by
 * place, so removing an item shows as changes to the ones after it and the last one removed.
 */
export function changes(document: BundleDocument): Change[] {
  const found: Change[] = [];
  compare(parseJson(edits.fromFileText(document.openedBytes).text).value, document.parsed.value, [], found);
  return found;
}

const isList = Array.isArray;
const isGroup = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !isList(value);

function compare(before: unknown, after: unknown, path: JsonPath, found: Change[]): void {
  if (Object.is(before, after)) return;
  const bothLists = isList(before) && isList(after);
  if (!bothLists && !(isGroup(before) && isGroup(after))) {
    found.push({ path: formatPath(path), kind: 'changed' });
    return;
  }
  const keys: (string | number)[] = bothLists
    ? Array.from({ length: Math.max(before.length, after.length) }, (_, index) => index)
    : [...new Set([...Object.keys(before as object), ...Object.keys(after as object)])];
  for (const key of keys) {
    const inBefore = Object.hasOwn(before as object, key);
    const inAfter = Object.hasOwn(after as object, key);
    const at = [...path, key];
    if (inBefore && inAfter) compare((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], at, found);
    else found.push({ path: formatPath(at), kind: inAfter ? 'added' : 'removed' });
  }
}
