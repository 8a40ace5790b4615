/**
 * What the staff page's forms show and edit, for every section of the bundle (issue #17): read from
 * the parsed value (valid or not, so a broken bundle stays editable) as sections of items of fields.
 * What a field writes back is `valueForField`; the edits themselves are edit.ts's (jsonc-parser, so
 * every untouched line keeps its bytes). Pure: no DOM.
 */
import type { JSONPath } from 'jsonc-parser';
import { LIMITS, SLIDE_KINDS } from '../content/schema';
import { formatPath } from '../content/problems';
import { dateForDisplay } from './field-input';

export type FieldKind = 'line' | 'text' | 'date' | 'time' | 'number' | 'flag' | 'priority' | 'orientation' | 'url';

/** Labels of fields: each is a key `field_LABEL` of the page's strings. */
export type FieldLabel =
  | 'text'
  | 'title'
  | 'message'
  | 'figure'
  | 'unit'
  | 'unitName'
  | 'caption'
  | 'from'
  | 'until'
  | 'priority'
  | 'image'
  | 'year'
  | 'party'
  | 'committee'
  | 'logo'
  | 'number'
  | 'place'
  | 'issued'
  | 'basis'
  | 'start'
  | 'end'
  | 'inferred'
  | 'approximate'
  | 'countdown'
  | 'note'
  | 'shortTitle'
  | 'name'
  | 'orientation'
  | 'slideSeconds'
  | 'ticker'
  | 'offFrom'
  | 'offUntil'
  | 'defaultScreen'
  | 'pollSeconds'
  | 'updateCheckSeconds'
  | 'staleAfterHours'
  | 'dailyReloadAt'
  | 'duration'
  | 'event';

export interface Field {
  path: JSONPath;
  /** `slogans[2].text`: the path in the checker's words, to match problems to fields. */
  key: string;
  label: FieldLabel;
  kind: FieldKind;
  /** What the control shows: text as in the file, a date as day/month/year, a flag as "true"/"false". */
  value: string;
  /** Longest text the checker accepts, shown as a counter. */
  limit?: number;
  optional: boolean;
  /** For a flag: what an absent value means. */
  defaultOn?: boolean;
  /** For a flag: the file names it (set back to its default, it is then written, not removed). */
  present?: boolean;
  /** For a duration: the slide kind it is for (its label names the kind). */
  slideKind?: string;
}

/** A list inside an item whose entries can be added, removed and reordered: a phase's messages. */
export interface NestedList {
  key: string;
  path: JSONPath;
  fields: Field[];
}

/** A screen's slide kinds: which play, in which order. */
export interface KindsList {
  key: string;
  path: JSONPath;
  /** The kinds on, in their order, then the kinds off. */
  order: { kind: string; on: boolean }[];
}

export interface Item {
  /** `slogans[2]` */
  key: string;
  path: JSONPath;
  id: string;
  fields: Field[];
  messages?: NestedList;
  kinds?: KindsList;
}

/** The sections of the forms, in the order of the bundle. */
export const SECTION_IDS = [
  'organization',
  'plan',
  'purposes',
  'themes',
  'phases',
  'slogans',
  'milestones',
  'events',
  'announcements',
  'screens',
  'settings',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The lists whose items can be added, removed and reordered in the forms. */
export type ListSection = Exclude<SectionId, 'organization' | 'plan' | 'settings'>;

export interface Section {
  id: SectionId;
  items: Item[];
  /** A list: items can be added, removed and reordered. */
  list: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
export const listAt = (value: unknown, key: string | number): unknown[] => {
  const inner: unknown = isRecord(value) ? value[key] : Array.isArray(value) ? (value as unknown[])[key as number] : undefined;
  return Array.isArray(inner) ? inner : [];
};
const at = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);
const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);

interface FieldOptions {
  optional?: boolean;
  limit?: number;
  defaultOn?: boolean;
  label?: FieldLabel;
  slideKind?: string;
}

function field(path: JSONPath, kind: FieldKind, raw: unknown, options: FieldOptions = {}): Field {
  const label = options.label ?? (path[path.length - 1] as FieldLabel);
  let value = textOf(raw);
  if (kind === 'date') value = dateForDisplay(value);
  if (kind === 'flag') value = raw === undefined ? String(options.defaultOn ?? false) : textOf(raw);
  if (kind === 'priority') value = raw === 'urgent' ? 'urgent' : 'normal';
  return {
    path,
    key: formatPath(path),
    label,
    kind,
    value,
    optional: options.optional ?? false,
    ...(options.limit ? { limit: options.limit } : {}),
    ...(options.defaultOn !== undefined ? { defaultOn: options.defaultOn } : {}),
    ...(kind === 'flag' ? { present: raw !== undefined } : {}),
    ...(options.slideKind ? { slideKind: options.slideKind } : {}),
  };
}

type Own = (name: string, kind: FieldKind, options?: FieldOptions) => Field;

function items(
  value: unknown,
  list: ListSection,
  fieldsOf: (own: Own, raw: unknown, path: JSONPath) => Field[],
  extra?: (raw: unknown, path: JSONPath) => Partial<Item>,
): Item[] {
  return listAt(value, list).map((raw, index) => {
    const path = [list, index];
    const own: Own = (name, kind, options) => field([...path, name], kind, at(raw, name), options);
    return { key: formatPath(path), path, id: textOf(at(raw, 'id')), fields: fieldsOf(own, raw, path), ...extra?.(raw, path) };
  });
}

const validity = (own: Own) => [
  own('from', 'date', { optional: true }),
  own('until', 'date', { optional: true }),
  own('event', 'line', { optional: true }),
];

/** A section that is a list of items alike (slogans, phases…): each can be added, removed and moved. */
function listSection(
  value: unknown,
  list: ListSection,
  fieldsOf: (own: Own, raw: unknown, path: JSONPath) => Field[],
  extra?: (raw: unknown, path: JSONPath) => Partial<Item>,
): Section {
  return { id: list, list: true, items: items(value, list, fieldsOf, extra) };
}

/** A section that is one object (the organization, the plan, the settings): a single item, its fields. */
function objectSection(value: unknown, name: Exclude<SectionId, ListSection>, fieldsOf: (own: Own) => Field[]): Section {
  const raw = at(value, name);
  const own: Own = (key, kind, options) => field([name, key], kind, at(raw, key), options);
  return { id: name, list: false, items: [{ key: name, path: [name], id: '', fields: fieldsOf(own) }] };
}

function screenItems(value: unknown): Item[] {
  return items(
    value,
    'screens',
    (own, raw, path) => [
      own('name', 'line', { limit: LIMITS.shortText }),
      own('orientation', 'orientation'),
      own('slideSeconds', 'number'),
      own('ticker', 'flag', { optional: true, defaultOn: false }),
      field([...path, 'offHours', 'from'], 'time', at(at(raw, 'offHours'), 'from'), { optional: true, label: 'offFrom' }),
      field([...path, 'offHours', 'until'], 'time', at(at(raw, 'offHours'), 'until'), { optional: true, label: 'offUntil' }),
      ...SLIDE_KINDS.map((kind) =>
        field([...path, 'durations', kind], 'number', at(at(raw, 'durations'), kind), {
          optional: true,
          label: 'duration',
          slideKind: kind,
        }),
      ),
    ],
    (raw, path) => {
      const on = listAt(raw, 'slideKinds').filter((kind): kind is string => typeof kind === 'string');
      const off = SLIDE_KINDS.filter((kind) => !on.includes(kind));
      return {
        kinds: {
          key: formatPath([...path, 'slideKinds']),
          path: [...path, 'slideKinds'],
          order: [...on.map((kind) => ({ kind, on: true })), ...off.map((kind) => ({ kind, on: false }))],
        },
      };
    },
  );
}

/** Every section of the bundle, as the forms show them, in the order of the bundle. */
export function formSections(value: unknown): Section[] {
  const text = (limit: number) => ({ limit });
  return [
    objectSection(value, 'organization', (own) => [
      own('party', 'line', text(LIMITS.headerLine)),
      own('committee', 'line', text(LIMITS.headerLine)),
      own('unit', 'line', { limit: LIMITS.shortText, label: 'unitName' }),
      own('logo', 'url', { optional: true }),
    ]),
    objectSection(value, 'plan', (own) => [
      own('number', 'line', text(LIMITS.shortText)),
      own('place', 'line', text(LIMITS.shortText)),
      own('issued', 'date'),
      own('title', 'text', text(LIMITS.paragraph)),
      own('basis', 'text', { optional: true, limit: LIMITS.paragraph }),
    ]),
    listSection(value, 'purposes', (own) => [own('text', 'text', text(LIMITS.paragraph))]),
    listSection(value, 'themes', (own) => [own('text', 'text', text(LIMITS.paragraph))]),
    listSection(
      value,
      'phases',
      (own) => [
        own('title', 'text', text(LIMITS.title)),
        own('start', 'date'),
        own('end', 'date'),
        own('inferred', 'flag', { optional: true, defaultOn: false }),
        own('note', 'text', { optional: true, limit: LIMITS.paragraph }),
      ],
      (raw, path) => ({
        messages: {
          key: formatPath([...path, 'messages']),
          path: [...path, 'messages'],
          fields: listAt(raw, 'messages').map((message, index) =>
            field([...path, 'messages', index], 'text', message, { label: 'message', limit: LIMITS.message }),
          ),
        },
      }),
    ),
    listSection(value, 'slogans', (own) => [own('text', 'text', text(LIMITS.slogan)), ...validity(own)]),
    listSection(value, 'milestones', (own) => [
      own('title', 'line', { optional: true, limit: LIMITS.achievementTitle }),
      own('year', 'number', { optional: true }),
      own('figure', 'line', text(LIMITS.figure)),
      own('unit', 'line', { optional: true, limit: 40 }),
      own('caption', 'text', text(LIMITS.caption)),
      own('image', 'url', { optional: true }),
      ...validity(own),
    ]),
    listSection(value, 'events', (own) => [
      own('title', 'text', text(LIMITS.title)),
      own('shortTitle', 'line', text(80)),
      own('start', 'date'),
      own('end', 'date', { optional: true }),
      own('approximate', 'flag', { optional: true, defaultOn: false }),
      own('inferred', 'flag', { optional: true, defaultOn: false }),
      own('countdown', 'flag', { optional: true, defaultOn: true }),
      own('note', 'text', { optional: true, limit: LIMITS.paragraph }),
    ]),
    listSection(value, 'announcements', (own) => [
      own('title', 'line', { optional: true, limit: LIMITS.shortText }),
      own('text', 'text', text(LIMITS.announcement)),
      own('priority', 'priority', { optional: true }),
      own('image', 'url', { optional: true }),
      ...validity(own),
    ]),
    { id: 'screens', list: true, items: screenItems(value) },
    objectSection(value, 'settings', (own) => [
      own('defaultScreen', 'line'),
      own('pollSeconds', 'number', { optional: true }),
      own('updateCheckSeconds', 'number', { optional: true }),
      own('staleAfterHours', 'number', { optional: true }),
      own('dailyReloadAt', 'time', { optional: true }),
    ]),
  ];
}
