import { describe, expect, it } from 'vitest';
import { checkBundle } from '../../src/content/validate';
import { okLine, problemsLine } from '../../src/content/summary';
import {
  PUBLISHED_PATH,
  addItem,
  bytesToSave,
  changes,
  editField,
  editText,
  fileName,
  isEdited,
  isPublishedAsIs,
  openDocument,
  removeItem,
  savedTo,
  verdict,
  viewedBundle,
  type BundleDocument,
  type Origin,
} from '../../src/preview/bundle-document';
import type { Field } from '../../src/preview/edit';
import { readText } from '../helpers';

type FieldAt = Pick<Field, 'path' | 'kind' | 'optional'>;

const original = readText('content/bundle.json');
const published: Origin = { kind: 'published', path: PUBLISHED_PATH, etag: '"5f2b-1a"' };
const sloganText: FieldAt = { path: ['slogans', 0, 'text'], kind: 'text', optional: false };
const sloganFrom: FieldAt = { path: ['slogans', 1, 'from'], kind: 'date', optional: true };
/** The same bundle as a Windows editor might save it: byte-order mark, CRLF, tabs, a space before a colon. */
const windowsStyle = `\ufeff${original
  .replace(/^( +)/gm, (indent) => '\t'.repeat(indent.length / 2))
  .replace('"version":', '"version" :')
  .replace(/\n/g, '\r\n')}`;

const textOf = (document: BundleDocument, section: 'slogans' | 'announcements', index: number) =>
  (JSON.parse(bytesToSave(document).replace(/^\ufeff/, '')) as Record<string, { text: string }[]>)[section]![index]?.text;
/** The lines of `after` that are not, byte for byte, the same line of `before` (either line ending). */
const changedLines = (before: string, after: string) => {
  const old = before.split('\n');
  const now = after.split('\n');
  expect(now).toHaveLength(old.length);
  return now.filter((line, index) => line !== old[index]);
};

describe('the preview’s document', () => {
  it('opens bytes from where they came, checked as content:check would', () => {
    const document = openDocument(original, published);
    expect(document.origin).toEqual(published);
    expect(document.openedBytes).toBe(original);
    expect(document.check.ok).toBe(true);
    expect(document.sections.map((section) => section.id)).toEqual(['slogans', 'phases', 'milestones', 'announcements']);
    expect(fileName(document)).toBe('content/bundle.json');
    expect(verdict(document)).toBe(okLine('content/bundle.json', checkBundle(original).bundle!));
    expect(viewedBundle(document)).toEqual(checkBundle(original).bundle);
  });

  it('opens a broken file as it is: its problems, no bundle to view, still editable', () => {
    const broken = original.replace('"id": "slogan-2"', '"id": "Slogan 2"');
    const document = openDocument(broken, { kind: 'file', name: 'ban-sua.json' });
    expect(document.check.problems.map((problem) => problem.path)).toEqual(['slogans[1].id']);
    expect(verdict(document)).toBe(problemsLine('ban-sua.json', 1));
    expect(viewedBundle(document)).toBeUndefined();
    expect(document.sections[0]!.items[1]!.id).toBe('Slogan 2');
    const notJson = openDocument('{ "slogans": [', { kind: 'file', name: 'cut.json' });
    expect(notJson.parsed.value).toBeUndefined();
    expect(notJson.sections.every((section) => section.items.length === 0)).toBe(true);
  });

  it('gives back the bytes it opened when nothing changed: byte-order mark, CRLF, tabs and odd spacing included', () => {
    for (const bytes of [original, `\ufeff${original}`, windowsStyle]) {
      const document = openDocument(bytes, published);
      expect(document.check.problems).toEqual([]);
      expect(bytesToSave(document)).toBe(bytes);
      expect(isEdited(document)).toBe(false);
    }
  });

  it('edits a field by changing only its own line; every other line keeps its bytes', () => {
    const tomorrow = 'Ngày mai: Chào mừng Đại hội Đảng bộ Nhà trường lần thứ XXIV!';
    for (const bytes of [original, windowsStyle]) {
      const edited = editField(openDocument(bytes, published), sloganText, tomorrow);
      expect(textOf(edited, 'slogans', 0)).toBe(tomorrow);
      expect(edited.check.ok).toBe(true);
      const [line] = changedLines(bytes, bytesToSave(edited));
      expect(changedLines(bytes, bytesToSave(edited))).toHaveLength(1);
      expect(line).toContain(`"text": "${tomorrow}"`); // Vietnamese as written, no \u escapes
      expect(bytesToSave(edited).startsWith('\ufeff')).toBe(bytes.startsWith('\ufeff'));
    }
  });

  it('removes an optional field left empty, and is its opened bytes again', () => {
    const opened = openDocument(original, published);
    const dated = editField(opened, sloganFrom, '2020-05-16');
    expect(bytesToSave(dated)).toContain('"from": "2020-05-16"');
    expect(bytesToSave(editField(dated, sloganFrom, ''))).toBe(original);
  });

  it('adds an empty slogan, naming its text field; the checker asks for the text, and the views keep the last good bundle', () => {
    const opened = openDocument(original, published);
    const { document: added, field } = addItem(opened, 'slogans');
    expect(field).toBe('slogans[5].text');
    expect(added.check.problems.map((problem) => problem.path)).toEqual(['slogans[5].text']);
    expect(verdict(added)).toBe(problemsLine('content/bundle.json', 1));
    expect(viewedBundle(added)).toBe(viewedBundle(opened));
    const filled = editField(added, { path: ['slogans', 5, 'text'], kind: 'text', optional: false }, 'Mừng Đảng, mừng Xuân!');
    expect(filled.check.ok).toBe(true);
    expect(viewedBundle(filled)?.slogans).toHaveLength(6);
  });

  it('adds an announcement to the empty list in the file’s own indentation', () => {
    const { document, field } = addItem(openDocument(windowsStyle, published), 'announcements');
    expect(field).toBe('announcements[0].text');
    expect(bytesToSave(document)).toContain('\r\n\t\t{\r\n\t\t\t"id": "announcement-1",\r\n\t\t\t"text": ""\r\n\t\t}');
  });

  it('removes an item, and removing what was added is the opened bytes again', () => {
    const opened = openDocument(original, published);
    const removed = removeItem(opened, ['slogans', 4]);
    expect(removed.check.ok).toBe(true);
    expect(viewedBundle(removed)?.slogans.map((slogan) => slogan.id)).toEqual(['slogan-1', 'slogan-2', 'slogan-3', 'slogan-4']);
    const { document: added } = addItem(opened, 'announcements');
    expect(bytesToSave(removeItem(added, ['announcements', 0]))).toBe(original);
  });

  it('has one rule for edited: the bytes to save are not the bytes opened, whatever happened in between', () => {
    const opened = openDocument(original, published);
    expect(isEdited(opened)).toBe(false);
    const edited = editField(opened, sloganText, 'Khác');
    expect(isEdited(edited)).toBe(true);
    expect(isEdited(editText(edited, opened.source.text))).toBe(false);
    // Typed and typed back is not an edit; a reformatted text is, though its values are the same.
    expect(isEdited(editField(edited, sloganText, textOf(opened, 'slogans', 0)!))).toBe(false);
    expect(isEdited(editText(opened, JSON.stringify(JSON.parse(original))))).toBe(true);
  });

  it('says whether the screens play exactly this: the published bundle, not edited', () => {
    const opened = openDocument(original, published);
    expect(isPublishedAsIs(opened)).toBe(true);
    expect(isPublishedAsIs(editField(opened, sloganText, 'Khác'))).toBe(false);
    expect(isPublishedAsIs(openDocument(original, { kind: 'file', name: 'bundle.json' }))).toBe(false);
  });

  it('once saved, stands for the file it was written to: not edited, named after it, and no longer the published bundle', () => {
    const edited = editField(openDocument(original, published), sloganText, 'Khác');
    const saved = savedTo(edited, { kind: 'file', name: 'bundle-moi.json' }, bytesToSave(edited));
    expect(saved.openedBytes).toBe(bytesToSave(edited));
    expect(isEdited(saved)).toBe(false);
    expect(isPublishedAsIs(saved)).toBe(false);
    expect(fileName(saved)).toBe('bundle-moi.json');
    expect(verdict(saved)).toMatch(/^bundle-moi\.json: OK — /);
    expect(isEdited(editField(saved, sloganText, 'Khác nữa'))).toBe(true);
  });

  it('keeps what was typed while a save was being written, as edited', () => {
    const edited = editField(openDocument(original, published), sloganText, 'Khác');
    const writing = bytesToSave(edited);
    const typedMeanwhile = editField(edited, sloganText, 'Khác nữa');
    const saved = savedTo(typedMeanwhile, { kind: 'file', name: 'bundle.json' }, writing);
    expect(textOf(saved, 'slogans', 0)).toBe('Khác nữa');
    expect(isEdited(saved)).toBe(true);
    expect(isEdited(editField(saved, sloganText, 'Khác'))).toBe(false);
  });

  it('says what changed since opening, value by value', () => {
    const opened = openDocument(original, published);
    expect(changes(opened)).toEqual([]);
    expect(changes(editText(opened, JSON.stringify(JSON.parse(original), null, 4)))).toEqual([]);
    const edited = editField(editField(opened, sloganText, 'Khác'), sloganFrom, '2020-05-16');
    expect(changes(edited)).toEqual([
      { path: 'slogans[0].text', kind: 'changed' },
      { path: 'slogans[1].from', kind: 'added' },
    ]);
    expect(changes(addItem(opened, 'announcements').document)).toEqual([{ path: 'announcements[0]', kind: 'added' }]);
    expect(changes(removeItem(opened, ['slogans', 4]))).toEqual([{ path: 'slogans[4]', kind: 'removed' }]);
    expect(changes(removeItem(opened, ['slogans', 3]))).toEqual([
      { path: 'slogans[3].id', kind: 'changed' },
      { path: 'slogans[3].event', kind: 'changed' },
      { path: 'slogans[3].text', kind: 'changed' },
      { path: 'slogans[4]', kind: 'removed' },
    ]);
    expect(changes(editText(opened, '{'))).toEqual([{ path: '$', kind: 'changed' }]);
  });
});
