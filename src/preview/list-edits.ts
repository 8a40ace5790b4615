/**
 * Edits the forms make to lists and fields, on the bundle's text (issue #17): add an item to any
 * list, move one (by the keyboard's one step or a drag's many), a screen's slide kinds, and a field's
 * value with what an emptied group leaves behind. Each keeps every line it does not mean to change
 * byte for byte: a move swaps the items' own text, separators stay where they were. Pure.
 */
import { findNodeAtLocation, parseTree, type JSONPath, type Node } from 'jsonc-parser';
import { SLIDE_KINDS } from '../content/schema';
import { formatPath } from '../content/problems';
import { appendItem, nextId, setValue } from './edit';
import { listAt, type ListSection } from './form-model';

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A new, empty item of each list: the checker then asks for what is missing, at its place. */
function template(section: ListSection, id: string, list: unknown[]): Record<string, unknown> {
  switch (section) {
    case 'phases':
      return { id, number: list.length + 1, title: '', start: '', end: '', messages: [] };
    case 'milestones':
      return { id, figure: '', caption: '' };
    case 'events':
      return { id, title: '', shortTitle: '', start: '' };
    case 'screens':
      return { id, name: '', orientation: 'landscape', slideKinds: [...SLIDE_KINDS], slideSeconds: 12 };
    default:
      return { id, text: '' };
  }
}

const ID_PREFIX: Record<ListSection, string> = {
  purposes: 'purpose',
  themes: 'theme',
  phases: 'phase',
  slogans: 'slogan',
  milestones: 'milestone',
  events: 'event',
  announcements: 'announcement',
  screens: 'screen',
};

/** The field of a new item that the page focuses first. */
const FIRST_FIELD: Record<ListSection, string> = {
  purposes: 'text',
  themes: 'text',
  phases: 'title',
  slogans: 'text',
  milestones: 'figure',
  events: 'title',
  announcements: 'text',
  screens: 'name',
};

/** Adds an empty item at the end of a list; returns the text and the key of the field to fill first. */
export function addListItem(text: string, value: unknown, section: ListSection): { text: string; focus: string } {
  const list = listAt(value, section);
  const id = nextId(
    ID_PREFIX[section],
    list.map((entry) => (isRecord(entry) ? entry.id : undefined)),
  );
  const added = appendItem(text, [section], list.length, template(section, id, list));
  return { text: added.text, focus: formatPath([section, added.index, FIRST_FIELD[section]]) };
}

/** Adds an empty message at the end of a phase's messages. */
export function addMessage(text: string, value: unknown, phase: number): { text: string; focus: string } {
  const messages = listAt(listAt(value, 'phases')[phase], 'messages');
  const added = appendItem(text, ['phases', phase, 'messages'], messages.length, '');
  return { text: added.text, focus: formatPath(['phases', phase, 'messages', added.index]) };
}

function listNode(text: string, path: JSONPath): Node | undefined {
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  const node = root && findNodeAtLocation(root, path);
  return node?.type === 'array' ? node : undefined;
}

/**
 * Moves the item at `from` to `to` in the list at `path`: the items' texts change places, the commas,
 * line breaks and indentation between them stay. Unchanged text when the move is not possible.
 */
export function moveItem(text: string, path: JSONPath, from: number, to: number): string {
  const node = listNode(text, path);
  const children = node?.children ?? [];
  if (from === to || from < 0 || to < 0 || from >= children.length || to >= children.length) return text;
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  const span = children.slice(low, high + 1);
  const texts = span.map((child) => text.slice(child.offset, child.offset + child.length));
  const order = texts.slice();
  const [moved] = order.splice(from - low, 1);
  order.splice(to - low, 0, moved!);
  let out = '';
  span.forEach((child, index) => {
    out += order[index];
    const next = span[index + 1];
    if (next) out += text.slice(child.offset + child.length, next.offset);
  });
  return text.slice(0, span[0]!.offset) + out + text.slice(span[span.length - 1]!.offset + span[span.length - 1]!.length);
}

/** A screen's slide kinds, as the list of the kinds on, in order. */
export function setSlideKinds(text: string, path: JSONPath, kinds: readonly string[]): string {
  return setValue(text, path, [...kinds]);
}

/**
 * Writes a field's value (undefined removes its name). A group that removing leaves empty and that
 * only makes sense filled (a screen's off hours, its durations) goes too: `{}` would be a mistake.
 */
export function writeField(text: string, path: JSONPath, value: unknown): string {
  let next = setValue(text, path, value);
  if (value === undefined && path.length >= 3) {
    const parentPath = path.slice(0, -1);
    const parentName = parentPath[parentPath.length - 1];
    if (parentName === 'offHours' || parentName === 'durations') {
      const root = parseTree(next, [], { disallowComments: true, allowTrailingComma: false });
      const parent = root && findNodeAtLocation(root, parentPath);
      if (parent?.type === 'object' && (parent.children ?? []).length === 0) next = setValue(next, parentPath, undefined);
    }
  }
  return next;
}
