/**
 * Edits to the bundle's JSON text, for the preview page. Every edit is applied to the text itself
 * (jsonc-parser's modify + applyEdits), so the staff's formatting is kept and a bundle downloaded
 * without changes is byte for byte the one that was loaded. Pure: text in, text out.
 */
import { applyEdits, modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import { LIMITS } from '../content/schema';
import { formatPath } from '../content/problems';

/** A loaded bundle file as text, with what must be given back on download. */
export interface SourceText {
  /** The text the checker sees (without a byte-order mark). */
  text: string;
  /** The file began with a byte-order mark (editors on Windows add one); it is put back on download. */
  bom: boolean;
}

export function fromFileText(raw: string): SourceText {
  return raw.charCodeAt(0) === 0xfeff ? { text: raw.slice(1), bom: true } : { text: raw, bom: false };
}

export function toFileText(source: SourceText): string {
  return source.bom ? `\ufeff${source.text}` : source.text;
}

/** The indentation and line ending the file already uses, so inserted items look like their neighbours. */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indents = [...text.matchAll(/\n([ \t]+)\S/g)].map((match) => match[1]!);
  if (indents.some((indent) => indent.startsWith('\t'))) return { insertSpaces: false, tabSize: 1, eol };
  const widths = indents.map((indent) => indent.length).filter((width) => width > 0);
  const tabSize = widths.length > 0 ? Math.min(...widths) : 2;
  return { insertSpaces: true, tabSize, eol };
}

/** Sets (or, with undefined, removes) the value at a path. */
export function setValue(text: string, path: JSONPath, value: unknown): string {
  const edits = modify(text, path, value, { formattingOptions: detectFormatting(text) });
  return applyEdits(text, edits);
}

/** Appends an item to the list at `listPath`; returns the text and the new item's index. */
export function appendItem(text: string, listPath: JSONPath, length: number, item: unknown): { text: string; index: number } {
  const edits = modify(text, [...listPath, length], item, { formattingOptions: detectFormatting(text), isArrayInsertion: true });
  return { text: applyEdits(text, edits), index: length };
}

export function removeItem(text: string, path: JSONPath): string {
  return setValue(text, path, undefined);
}

/** "slogan-6": the first free id with this prefix. */
export function nextId(prefix: string, taken: readonly unknown[]): string {
  const used = new Set(taken.filter((id): id is string => typeof id === 'string'));
  for (let number = 1; ; number++) if (!used.has(`${prefix}-${number}`)) return `${prefix}-${number}`;
}

// ---------------------------------------------------------------------------------------------
// What staff may edit, read from the parsed value (valid or not, so a broken bundle stays editable).

export type FieldKind = 'line' | 'text' | 'date' | 'priority';

export interface Field {
  path: JSONPath;
  /** `slogans[2].text`: the path in the checker's words, to match problems to fields. */
  key: string;
  /** Key of the label in the interface strings. */
  label: 'text' | 'title' | 'message' | 'figure' | 'unit' | 'caption' | 'from' | 'until' | 'priority';
  kind: FieldKind;
  value: string;
  /** Longest text the checker accepts, shown as a counter. */
  limit?: number;
  optional: boolean;
}

export interface Item {
  /** `slogans[2]` */
  key: string;
  path: JSONPath;
  id: string;
  fields: Field[];
  removable: boolean;
}

export type SectionId = 'slogans' | 'phases' | 'milestones' | 'announcements';

export interface Section {
  id: SectionId;
  items: Item[];
  /** Items can be added and removed here. */
  growable: boolean;
  /** For phases: the phase title and dates, shown above its messages. */
  headings?: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const listAt = (value: unknown, key: string): unknown[] => (isRecord(value) && Array.isArray(value[key]) ? (value[key] as unknown[]) : []);
const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);

function field(path: JSONPath, label: Field['label'], kind: FieldKind, value: unknown, optional: boolean, limit?: number): Field {
  return {
    path,
    key: formatPath(path),
    label,
    kind,
    value: kind === 'date' ? textOf(value).slice(0, 10) : textOf(value),
    optional,
    ...(limit ? { limit } : {}),
  };
}

/** The items of a list of the bundle, each with the fields `fieldsOf` finds in it. */
function itemsOf(value: unknown, list: SectionId, removable: boolean, fieldsOf: (path: JSONPath, raw: unknown) => Field[]): Item[] {
  return listAt(value, list).map((raw, index) => {
    const path = [list, index];
    return { key: formatPath(path), path, id: isRecord(raw) ? textOf(raw.id) : '', fields: fieldsOf(path, raw), removable };
  });
}

/** The item's own value at `key`, edited as a field of its own. */
function own(path: JSONPath, raw: unknown, key: Field['label'], kind: FieldKind, optional: boolean, limit?: number): Field {
  return field([...path, key], key, kind, isRecord(raw) ? raw[key] : undefined, optional, limit);
}

/** The days an item is shown (both optional). */
const validity = (path: JSONPath, raw: unknown) => [own(path, raw, 'from', 'date', true), own(path, raw, 'until', 'date', true)];

/** The editable parts of a bundle's value: slogans, phase messages, milestones, announcements. */
export function editableSections(value: unknown): Section[] {
  const slogans = itemsOf(value, 'slogans', true, (path, raw) => [
    own(path, raw, 'text', 'text', false, LIMITS.slogan),
    ...validity(path, raw),
  ]);
  const phases = itemsOf(value, 'phases', false, (path, raw) =>
    listAt(raw, 'messages').map((message, at) => field([...path, 'messages', at], 'message', 'text', message, false, LIMITS.message)),
  );
  const milestones = itemsOf(value, 'milestones', false, (path, raw) => [
    own(path, raw, 'figure', 'line', false, LIMITS.figure),
    own(path, raw, 'unit', 'line', true, 40),
    own(path, raw, 'caption', 'text', false, LIMITS.shortText * 3),
  ]);
  const announcements = itemsOf(value, 'announcements', true, (path, raw) => [
    own(path, raw, 'title', 'line', true, LIMITS.shortText),
    own(path, raw, 'text', 'text', false, LIMITS.announcement),
    field([...path, 'priority'], 'priority', 'priority', (isRecord(raw) ? raw.priority : undefined) ?? 'normal', true),
    ...validity(path, raw),
  ]);
  return [
    { id: 'slogans', items: slogans, growable: true },
    {
      id: 'phases',
      items: phases,
      growable: false,
      headings: listAt(value, 'phases').map((raw) =>
        isRecord(raw) ? `${textOf(raw.number)}. ${textOf(raw.title)} (${textOf(raw.start)} – ${textOf(raw.end)})` : '',
      ),
    },
    { id: 'milestones', items: milestones, growable: false },
    { id: 'announcements', items: announcements, growable: true },
  ];
}

/**
 * The value a field's input writes: optional fields left empty are removed from the bundle
 * (not written as ""), and "normal" priority is the default, so it is removed too.
 */
export function valueForField(field: Pick<Field, 'kind' | 'optional'>, input: string): string | undefined {
  if (field.kind === 'priority') return input === 'urgent' ? 'urgent' : undefined;
  if (field.optional && input.trim() === '') return undefined;
  return input;
}

/** Adds an empty slogan or announcement (the checker then asks for its text); returns the new text and the new item's path. */
export function addItem(text: string, value: unknown, section: 'slogans' | 'announcements'): { text: string; path: JSONPath } {
  const list = listAt(value, section);
  const id = nextId(
    section === 'slogans' ? 'slogan' : 'announcement',
    list.map((entry) => (isRecord(entry) ? entry.id : undefined)),
  );
  const { text: next, index } = appendItem(text, [section], list.length, { id, text: '' });
  return { text: next, path: [section, index] };
}

/**
 * The field a problem names: the same path, or a field inside which the problem points (a slogan's
 * text for `slogans[2].text`), or the first field of an item the problem names as a whole or by its id
 * (the item shows that problem). Problems
 * about anything else (a misspelt name, a date of a phase) have no field here: the page shows them
 * in the file's text instead.
 */
export function fieldForProblem(sections: readonly Section[], problemPath: string): Field | undefined {
  const fields = sections.flatMap((section) => section.items.flatMap((entry) => entry.fields));
  const exact = fields.find((candidate) => candidate.key === problemPath);
  if (exact) return exact;
  const inside = fields.find((candidate) => problemPath.startsWith(`${candidate.key}.`) || problemPath.startsWith(`${candidate.key}[`));
  if (inside) return inside;
  const owner = sections
    .flatMap((section) => section.items)
    .find((entry) => problemPath === entry.key || problemPath === `${entry.key}.id`);
  return owner?.fields[0];
}
