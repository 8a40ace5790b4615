/**
 * The forms for every section (issue #17), in Node: what each section shows, and that each edit
 * changes only the lines it means to (the rest byte for byte), checked by the real checker.
 */
import { describe, expect, it } from 'vitest';
import { checkBundle } from '../../src/content/validate';
import { SECTION_IDS, formSections, type Field, type Section } from '../../src/preview/form-model';
import { dateForDisplay, writeForField } from '../../src/preview/field-input';
import { addListItem, addMessage, moveItem, setSlideKinds, writeField } from '../../src/preview/list-edits';
import { removeItem } from '../../src/preview/edit';
import { readText } from '../helpers';

const original = readText('content/bundle.json');
const value = JSON.parse(original) as unknown;
const sections = formSections(value);
const section = (id: Section['id']) => sections.find((entry) => entry.id === id)!;
const fieldOf = (key: string): Field => {
  const found = sections
    .flatMap((entry) => entry.items.flatMap((item) => [...item.fields, ...(item.messages?.fields ?? [])]))
    .find((entry) => entry.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};

/** The lines that differ, as [before, after] pairs, for texts of the same number of lines. */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [[line, b[index]!] as [string, string]]));
}

/** Applies what the form would write for `input` in the field `key`. */
function type(text: string, key: string, input: string): string {
  const field = fieldOf(key);
  const write = writeForField(field, input);
  if (!('write' in write)) throw new Error(`refused: ${write.refuse.en}`);
  return writeField(text, field.path, write.write);
}

describe('every section of the bundle has its form', () => {
  it('lists the sections in the order of the bundle, with their items', () => {
    expect(sections.map((entry) => entry.id)).toEqual(SECTION_IDS);
    expect(sections.map((entry) => entry.items.length)).toEqual([1, 1, 5, 7, 5, 5, 10, 4, 0, 3, 1]);
    expect(fieldOf('plan.issued').value).toBe('10/02/2020'); // dates as Vietnam writes them
    expect(fieldOf('phases[3].inferred').value).toBe('true');
    expect(fieldOf('phases[0].inferred').value).toBe('false');
    expect(fieldOf('events[0].countdown').value).toBe('true'); // absent: on, as the player takes it
    expect(section('phases').items[1]!.messages!.fields.length).toBeGreaterThan(3);
    expect(section('screens').items[0]!.kinds!.order.slice(0, 3)).toEqual([
      { kind: 'slogan', on: true },
      { kind: 'phase', on: true },
      { kind: 'milestone', on: true },
    ]);
  });

  it.each([
    ['organization.unit', 'Trường Cao đẳng Kinh tế - Kỹ thuật Công Thương Thanh Hoá'],
    ['plan.number', '216-KH/ĐU'],
    ['plan.issued', '11/02/2020'],
    ['purposes[2].text', 'Mục đích mới'],
    ['themes[6].text', 'Nội dung mới'],
    ['phases[1].title', 'Đợt hai'],
    ['phases[1].end', '29/6/2020'],
    ['phases[1].messages[0]', 'Thông điệp mới'],
    ['slogans[2].text', 'Khẩu hiệu mới'],
    ['milestones[0].caption', 'đổi mới toàn diện'],
    ['events[0].start', '2020-06-10'],
    ['events[0].shortTitle', 'Đại hội Trường XXIV'],
    ['screens[0].name', 'Sảnh chính'],
    ['screens[0].slideSeconds', '14'],
    ['screens[0].orientation', 'portrait'],
    ['settings.pollSeconds', '120'],
  ])('%s: one line changes, and the bundle stays valid', (key, input) => {
    const edited = type(original, key, input);
    const changed = changedLines(original, edited);
    expect(changed).toHaveLength(1);
    expect(checkBundle(edited).problems).toEqual([]);
  });

  it('flags: a flag the file did not name is written when set, and goes again at its default; one the file names stays written', () => {
    const on = type(original, 'phases[0].inferred', 'true');
    const added = on.split('\n').filter((line) => !original.split('\n').includes(line));
    expect(added.map((line) => line.trim())).toEqual(['"inferred": true', expect.stringMatching(/,$/)].slice(0, added.length)); // the new line, and a comma on the line before
    expect(type(on, 'phases[0].inferred', 'false')).toBe(original);
    const off = type(original, 'events[0].countdown', 'false'); // "countdown": true is in the file
    expect(changedLines(original, off)).toEqual([['      "countdown": true', '      "countdown": false']]);
    expect(type(off, 'events[0].countdown', 'true')).toBe(original);
    expect(checkBundle(off).ok).toBe(true);
  });

  it('an achievement gets a title and a year, and loses them again', () => {
    const titled = type(type(original, 'milestones[0].title', 'Đổi mới'), 'milestones[0].year', '2021');
    expect(checkBundle(titled).ok).toBe(true);
    expect(type(type(titled, 'milestones[0].title', ''), 'milestones[0].year', '')).toBe(original);
  });

  it('off hours: "6:00" is written "06:00"; emptied, the group goes', () => {
    const off = type(type(original, 'screens[2].offHours.from', '22:00'), 'screens[2].offHours.until', '6:00');
    const parsed = JSON.parse(off) as { screens: { offHours?: unknown }[] };
    expect(parsed.screens[2]!.offHours).toEqual({ from: '22:00', until: '06:00' });
    expect(checkBundle(off).ok).toBe(true);
    expect(type(type(off, 'screens[2].offHours.from', ''), 'screens[2].offHours.until', '')).toBe(original);
  });

  it('a date not yet a date writes nothing and says why, in both languages', () => {
    const write = writeForField(fieldOf('phases[1].end'), '31/6/2020');
    expect(write).toEqual({
      refuse: {
        en: 'There is no day 31 in month 6 of 2020. Check the day and the month.',
        vi: 'Tháng 6 năm 2020 không có ngày 31. Hãy xem lại ngày và tháng.',
      },
    });
    expect(writeForField(fieldOf('slogans[0].from'), '28/11/2026 7:30')).toEqual({ write: '2026-11-28T07:30' });
    expect(dateForDisplay('2026-11-28T07:30')).toBe('28/11/2026 07:30');
    expect(writeForField(fieldOf('screens[0].slideSeconds'), 'mười')).toEqual({
      refuse: { en: '"mười" is not a number.', vi: '"mười" không phải là một số.' },
    });
  });
});

describe('lists: add, remove, reorder', () => {
  it.each(['purposes', 'themes', 'phases', 'slogans', 'milestones', 'events', 'announcements', 'screens'] as const)(
    '%s: an added item asks to be filled at its first field; removed, the file is the original',
    (list) => {
      const added = addListItem(original, value, list);
      const result = checkBundle(added.text);
      expect(result.ok).toBe(false);
      expect(result.problems.map((problem) => problem.path)).toContain(added.focus);
      const index = (JSON.parse(added.text) as Record<string, unknown[]>)[list]!.length - 1;
      expect(removeItem(added.text, [list, index])).toBe(original);
    },
  );

  it('a message is added to a phase and removed again', () => {
    const added = addMessage(original, value, 1);
    expect(added.focus).toMatch(/^phases\[1\]\.messages\[\d+\]$/);
    expect(checkBundle(added.text).problems.map((problem) => problem.path)).toEqual([added.focus]);
  });

  it('moving an item one step swaps two items and keeps every other line', () => {
    const moved = moveItem(original, ['slogans'], 1, 2);
    const before = JSON.parse(original) as { slogans: unknown[] };
    const after = JSON.parse(moved) as { slogans: unknown[] };
    expect(after.slogans).toEqual([before.slogans[0], before.slogans[2], before.slogans[1], before.slogans[3], before.slogans[4]]);
    const changed = changedLines(original, moved);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every(([line]) => /"(id|text|event|from|until)"/.test(line))).toBe(true);
    expect(moveItem(moved, ['slogans'], 2, 1)).toBe(original);
    expect(checkBundle(moved).ok).toBe(true);
  });

  it('moving a message far (a drag) rotates the messages between', () => {
    const messages = (JSON.parse(original) as { phases: { messages: string[] }[] }).phases[1]!.messages;
    const moved = moveItem(original, ['phases', 1, 'messages'], 0, 2);
    expect((JSON.parse(moved) as { phases: { messages: string[] }[] }).phases[1]!.messages.slice(0, 3)).toEqual([
      messages[1],
      messages[2],
      messages[0],
    ]);
    expect(changedLines(original, moved)).toHaveLength(3);
    expect(moveItem(original, ['slogans'], 0, 9)).toBe(original); // out of range: nothing
  });

  it("a screen's slide kinds: turned off, reordered; only that list changes", () => {
    const kinds = setSlideKinds(
      original,
      ['screens', 0, 'slideKinds'],
      ['phase', 'slogan', 'milestone', 'countdown', 'theme', 'timeline', 'video'],
    );
    const changed = changedLines(original, kinds.replace('"timeline",\n', '"timeline",\n        "announcement",\n')).length;
    expect(changed).toBe(2);
    expect(checkBundle(kinds).ok).toBe(true);
  });
});
