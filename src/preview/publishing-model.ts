/**
 * What the staff page decides about publishing, apart from the requests and the view: the live
 * bundle as last read, the review of the document against it, whether (and why not) the document
 * may be published, and every outcome or failure as something the page can say in either of its
 * languages (a note stays right when the page switches): a sentence in both (the publishing
 * library's) or one of the page's own messages, put in words when shown. Pure: no DOM, no network;
 * tested in Node.
 */
import * as model from './bundle-document';
import type { BundleDocument } from './bundle-document';
import { fromFileText } from './edit';
import { daysThatDiffer, reviewChanges, type DayRange, type ReviewChange } from './review';
import type { Role } from './staff-session';
import { translate, type Lang, type MessageKey } from './i18n';
import { PublishError, type Sentence } from '../publish/webdav';
import type { PublishOutcome } from '../publish/publish';

/** The live bundle as the signed-in staff last read it, for the review. */
export interface LiveBundle {
  /** Its bytes as text, with a byte-order mark if it has one. */
  text: string;
  etag: string | undefined;
  version: string | undefined;
}

/** One of the page's messages, its placeholders filled in the language the page shows. */
export interface PageMessage {
  key: MessageKey;
  values?: Record<string, string | number>;
}

export interface Review {
  changes: ReviewChange[];
  /** Undefined while either side does not pass the check: the schedule engine runs on valid content only. */
  days: DayRange[] | undefined;
}

/** What the page says: a sentence in both languages (the publishing library's), or one of its own messages. */
export type Said = Sentence | PageMessage;

/** One of the page's messages, to put in words when shown (in the language the page has then). */
export function pageMessage(key: MessageKey, values?: Record<string, string | number>): PageMessage {
  return values ? { key, values } : { key };
}

/** What was said, in the page's language now (`lang`: the page's, for the sentences in both). */
export function inWords(said: Said, lang: Lang): string {
  return 'key' in said ? translate(said.key, said.values) : said[lang];
}

/** A failure as a sentence a person can act on: a PublishError's own, else the error as it reads. */
export function sentenceOf(error: unknown): Sentence {
  return error instanceof PublishError ? error.sentence : { vi: String(error), en: String(error) };
}

/** What a publish or a restore did, as the page says it; `failed` when it did not go live. */
export function outcomeSentence(outcome: PublishOutcome | { kind: 'not-in-history'; sentence: Sentence }): {
  sentence: Said;
  failed: boolean;
} {
  const failed = outcome.kind !== 'published' && outcome.kind !== 'unchanged';
  if (outcome.kind === 'invalid') return { sentence: pageMessage('cannotPublishInvalid', { count: outcome.problems.length }), failed };
  if (outcome.kind !== 'published' || !outcome.historyFailure) return { sentence: outcome.sentence, failed };
  const { sentence } = outcome;
  const failure = outcome.historyFailure.sentence;
  return { sentence: { vi: `${sentence.vi} ${failure.vi}`, en: `${sentence.en} ${failure.en}` }, failed };
}

/** What publishing the document would change on the screens, against the live bundle (none read: against nothing). */
export function reviewOf(document: BundleDocument, live: LiveBundle | undefined): Review {
  const liveValue = live ? (JSON.parse(fromFileText(live.text).text) as unknown) : {};
  const liveBundle = live
    ? model.openDocument(live.text, { kind: 'published', path: model.PUBLISHED_PATH, etag: live.etag }).check.bundle
    : undefined;
  const draftBundle = document.check.ok ? document.check.bundle : undefined;
  return {
    changes: reviewChanges(liveValue, document.parsed.value),
    days: liveBundle && draftBundle ? daysThatDiffer(liveBundle, draftBundle) : undefined,
  };
}

/**
 * `reviewOf`, kept while neither the live bundle nor the document's text changes: the page renders
 * on every keystroke, and the days that differ take the schedule engine over the whole campaign.
 */
export function lastReview(): (document: BundleDocument, live: LiveBundle | undefined) => Review {
  let kept: { key: string; review: Review } | undefined;
  return (document, live) => {
    const key = `${live?.text ?? ''}\u0000${document.source.text}`;
    if (kept?.key !== key) kept = { key, review: reviewOf(document, live) };
    return kept.review;
  };
}

/** Why the document cannot be published by this role now; undefined when it can. */
export function publishBlock(role: Role, document: BundleDocument, live: LiveBundle | undefined): PageMessage | undefined {
  if (role === 'editor') return { key: 'cannotPublishRole' };
  if (!document.check.ok) return { key: 'cannotPublishInvalid', values: { count: document.check.problems.length } };
  if (live && fromFileText(live.text).text === document.source.text) return { key: 'cannotPublishUnchanged' };
  return undefined;
}

/** Worth knowing before publishing, but no reason not to: no live bundle to check against, or a newer one. */
export function baseWarning(document: BundleDocument, live: LiveBundle | undefined): PageMessage | undefined {
  const base = model.draftBase(document);
  if (!base.etag) return { key: 'cannotPublishNoBase' };
  if (live?.etag && live.etag !== base.etag) return { key: 'baseChanged' };
  return undefined;
}

/** The name and note the draft form starts with: the draft's own when the document is one. */
export function draftForm(document: BundleDocument): { title: string; note: string } {
  const { origin } = document;
  if (origin.kind !== 'draft') return { title: '', note: '' };
  return { title: origin.meta?.title ?? origin.name.replace(/\.json$/, ''), note: origin.meta?.note ?? '' };
}
