/**
 * What the staff page decides about publishing (src/preview/publishing-model.ts): the review against
 * the live bundle, whether the Publish button is on and why not, and every outcome as a sentence.
 */
import { describe, expect, it } from 'vitest';
import { PUBLISHED_PATH, editField, openDocument, type Origin } from '../../src/preview/bundle-document';
import {
  baseWarning,
  inWords,
  pageMessage,
  draftForm,
  lastReview,
  outcomeSentence,
  publishBlock,
  reviewOf,
  sentenceOf,
  type LiveBundle,
} from '../../src/preview/publishing-model';
import type { Field } from '../../src/preview/form-model';
import { translate } from '../../src/preview/i18n';
import type { PublishOutcome } from '../../src/publish/publish';
import { PublishError } from '../../src/publish/webdav';
import { readText } from '../helpers';

const original = readText('content/bundle.json');
const ETAG = '"5f2b-1a"';
const published: Origin = { kind: 'published', path: PUBLISHED_PATH, etag: ETAG };
const live: LiveBundle = { text: `\ufeff${original}`, etag: ETAG, version: 'v1' };
const sloganText: Pick<Field, 'path' | 'kind' | 'optional'> = { path: ['slogans', 0, 'text'], kind: 'text', optional: false };
const edited = () => editField(openDocument(original, published), sloganText, 'Chào mừng Đại hội!');

describe('the review before publishing', () => {
  it('names the slogan changed, and the days the screens play something else', () => {
    const review = reviewOf(edited(), live);
    expect(review.changes.map((change) => [change.section, change.field, change.after])).toEqual([
      ['slogans', 'text', 'Chào mừng Đại hội!'],
    ]);
    expect(review.days?.length).toBeGreaterThan(0);
  });

  it('has no days while the document does not pass the check, and compares with nothing when no live bundle was read', () => {
    const broken = editField(openDocument(original, published), sloganText, '');
    expect(reviewOf(broken, live).days).toBeUndefined();
    expect(reviewOf(edited(), undefined).days).toBeUndefined();
    expect(reviewOf(edited(), undefined).changes.length).toBeGreaterThan(5);
  });

  it('is worked out again only when the live bundle or the text changes', () => {
    const review = lastReview();
    const document = edited();
    const first = review(document, live);
    expect(review(document, live)).toBe(first);
    expect(review(editField(document, sloganText, 'Chào mừng Đại hội!'), { ...live })).toBe(first);
    expect(review(openDocument(original, published), live)).not.toBe(first);
  });
});

describe('whether the document may be published', () => {
  it('refuses an editor, content with problems, and content the same as the live one, in that order', () => {
    expect(publishBlock('editor', edited(), live)).toEqual({ key: 'cannotPublishRole' });
    const broken = editField(openDocument(original, published), sloganText, '');
    expect(publishBlock('publisher', broken, live)).toEqual({ key: 'cannotPublishInvalid', values: { count: 1 } });
    expect(publishBlock('publisher', openDocument(original, published), live)).toEqual({ key: 'cannotPublishUnchanged' });
    expect(publishBlock('publisher', edited(), live)).toBeUndefined();
    expect(publishBlock('unknown', edited(), undefined)).toBeUndefined();
  });

  it('warns of a document with no live bundle behind it, and of a live bundle changed since', () => {
    expect(baseWarning(openDocument(original, { kind: 'file', name: 'bundle.json' }), live)).toEqual({ key: 'cannotPublishNoBase' });
    expect(baseWarning(edited(), { ...live, etag: '"6000-2b"' })).toEqual({ key: 'baseChanged' });
    expect(baseWarning(edited(), live)).toBeUndefined();
  });
});

describe('the draft form', () => {
  it('starts from the draft’s name and note, its file name without a meta file, and empty for anything else', () => {
    const meta = {
      format: 1,
      draft: 'thang-12.json',
      title: 'Tháng 12',
      author: 'bob',
      savedAt: '2020-12-01T08:00:00Z',
      note: 'why',
    } as const;
    expect(draftForm(openDocument(original, { kind: 'draft', name: 'thang-12.json', meta }))).toEqual({ title: 'Tháng 12', note: 'why' });
    expect(draftForm(openDocument(original, { kind: 'draft', name: 'thang-12.json', meta: undefined }))).toEqual({
      title: 'thang-12',
      note: '',
    });
    expect(draftForm(openDocument(original, published))).toEqual({ title: '', note: '' });
  });
});

describe('sentences', () => {
  it('says a failure in its own words when it is a PublishError, else as it reads, in both languages', () => {
    const sentence = { vi: 'Sai mật khẩu.', en: 'Wrong password.' };
    expect(sentenceOf(new PublishError('sign-in', sentence, 401))).toEqual(sentence);
    expect(sentenceOf(new TypeError('Failed to fetch'))).toEqual({ vi: 'TypeError: Failed to fetch', en: 'TypeError: Failed to fetch' });
  });

  it('keeps its own messages as a key and values, put in words in the language the page has when shown', () => {
    const deleted = pageMessage('draftDeleted', { name: 'x' });
    expect(deleted).toEqual({ key: 'draftDeleted', values: { name: 'x' } });
    expect(pageMessage('signOut')).toEqual({ key: 'signOut' });
    // No locale set (Node): the page's source language, whichever language a sentence in both would take.
    expect(inWords(deleted, 'en')).toBe(translate('draftDeleted', { name: 'x' }));
    expect(inWords(deleted, 'en')).toContain('x');
    expect(inWords({ vi: 'Sai mật khẩu.', en: 'Wrong password.' }, 'en')).toBe('Wrong password.');
  });

  it('says what a publish did: refused for problems, live with the history’s failure added, or the outcome’s own sentence', () => {
    const invalid: PublishOutcome = { kind: 'invalid', problems: [] };
    expect(outcomeSentence(invalid)).toEqual({ sentence: pageMessage('cannotPublishInvalid', { count: 0 }), failed: true });
    const sentence = { vi: 'Đã đăng.', en: 'Published.' };
    const published = {
      kind: 'published',
      sentence,
      historyFailure: new PublishError('server', { vi: 'Lịch sử lỗi.', en: 'History failed.' }),
    };
    expect(outcomeSentence(published as unknown as PublishOutcome)).toEqual({
      sentence: { vi: 'Đã đăng. Lịch sử lỗi.', en: 'Published. History failed.' },
      failed: false,
    });
    expect(outcomeSentence({ kind: 'unchanged', version: 'v1', sentence })).toEqual({ sentence, failed: false });
    expect(outcomeSentence({ kind: 'not-in-history', sentence })).toEqual({ sentence, failed: true });
  });
});
