import { describe, expect, it } from 'vitest';
import { checkBundle } from '../../src/content/validate';
import { detectFormatting, fromFileText, nextId, removeItem, setValue, toFileText } from '../../src/preview/edit';
import { formSections as editableSections } from '../../src/preview/form-model';
import { writeForField } from '../../src/preview/field-input';
import { fieldForProblem } from '../../src/preview/form-problems';
import { addListItem } from '../../src/preview/list-edits';

const addItem = (text: string, value: unknown, section: 'slogans' | 'announcements') => {
  const added = addListItem(text, value, section);
  return { text: added.text, path: [section, Number(/\[(\d+)\]/.exec(added.focus)![1])] };
};
const valueForField = (field: { kind: 'date' | 'priority' | 'text'; optional: boolean }, input: string) => {
  const write = writeForField({ ...field, path: ['phases', 0, 'end'] }, input);
  return 'write' in write ? write.write : write.refuse.en;
};
import { readText } from '../helpers';

const original = readText('content/bundle.json');
const valueOf = (text: string) =>
  JSON.parse(text) as { slogans: { id: string; text: string; from?: string }[]; announcements: { id: string; text: string }[] };

describe('preview edits', () => {
  it('gives back the same bytes when nothing changed, byte-order mark included', () => {
    expect(toFileText(fromFileText(original))).toBe(original);
    const withBom = `\ufeff${original}`;
    const source = fromFileText(withBom);
    expect(source.bom).toBe(true);
    expect(checkBundle(source.text).ok).toBe(true);
    expect(toFileText(source)).toBe(withBom);
  });

  it('changes only the edited text, keeping the formatting of the rest', () => {
    const edited = setValue(original, ['slogans', 0, 'text'], 'Khẩu hiệu mới cho ngày mai!');
    expect(valueOf(edited).slogans[0]!.text).toBe('Khẩu hiệu mới cho ngày mai!');
    const before = original.split('\n');
    const after = edited.split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((line, index) => line !== before[index])).toHaveLength(1);
    expect(edited).toContain('"text": "Khẩu hiệu mới cho ngày mai!"'); // no \u escapes for Vietnamese
    expect(checkBundle(edited).ok).toBe(true);
  });

  it('adds an empty slogan that the checker then asks to fill, and removes it again', () => {
    const added = addItem(original, JSON.parse(original), 'slogans');
    expect(added.path).toEqual(['slogans', 5]);
    const value = valueOf(added.text);
    expect(value.slogans[5]).toEqual({ id: 'slogan-6', text: '' });
    const result = checkBundle(added.text);
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => problem.path)).toEqual(['slogans[5].text']);
    const filled = setValue(added.text, ['slogans', 5, 'text'], 'Mừng Đảng, mừng Xuân!');
    expect(checkBundle(filled).ok).toBe(true);
    expect(removeItem(filled, ['slogans', 5])).toBe(original);
  });

  it('adds announcements to an empty list in the file’s own indentation', () => {
    const added = addItem(original, JSON.parse(original), 'announcements');
    expect(valueOf(added.text).announcements).toEqual([{ id: 'announcement-1', text: '' }]);
    expect(added.text).toMatch(/\n {4}\{\n {6}"id": "announcement-1",\n {6}"text": ""\n {4}\}/);
  });

  it('removes optional fields left empty instead of writing ""', () => {
    const dated = setValue(original, ['slogans', 1, 'from'], valueForField({ kind: 'date', optional: true }, '2020-05-16'));
    expect(valueOf(dated).slogans[1]!.from).toBe('2020-05-16');
    expect(checkBundle(dated).ok).toBe(true);
    expect(setValue(dated, ['slogans', 1, 'from'], valueForField({ kind: 'date', optional: true }, ''))).toBe(original);
    expect(valueForField({ kind: 'priority', optional: true }, 'normal')).toBeUndefined();
    expect(valueForField({ kind: 'text', optional: false }, '')).toBe('');
  });

  it('detects the indentation and line endings of a file', () => {
    expect(detectFormatting(original)).toEqual({ insertSpaces: true, tabSize: 2, eol: '\n' });
    expect(detectFormatting('{\r\n\t"a": 1\r\n}')).toEqual({ insertSpaces: false, tabSize: 1, eol: '\r\n' });
    expect(nextId('slogan', ['slogan-1', 'slogan-3'])).toBe('slogan-2');
  });

  it('lists the editable fields and finds the field a problem names', () => {
    const sections = editableSections(JSON.parse(original));
    expect(sections.find((section) => section.id === 'phases')!.items[0]!.messages!.fields[0]!.key).toBe('phases[0].messages[0]');
    expect(fieldForProblem(sections, 'slogans[2].text')?.key).toBe('slogans[2].text');
    expect(fieldForProblem(sections, 'phases[1].messages[3]')?.key).toBe('phases[1].messages[3]');
    expect(fieldForProblem(sections, 'phases[1].strat')).toBeUndefined();
    expect(fieldForProblem(sections, 'slogans[1].id')?.key).toBe('slogans[1].text');
  });

  it('keeps a bundle with problems editable', () => {
    const broken = original.replace('"id": "slogan-1"', '"id": "Slogan 1"');
    expect(checkBundle(broken).ok).toBe(false);
    expect(editableSections(JSON.parse(broken)).find((section) => section.id === 'slogans')!.items[0]!.id).toBe('Slogan 1');
    expect(editableSections(undefined).every((section) => !section.list || section.items.length === 0)).toBe(true);
  });
});
