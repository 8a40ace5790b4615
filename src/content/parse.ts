/**
 * JSON text → value, keeping positions so every problem can point at a line and column.
 * Strict JSON: no comments, no trailing commas (what servers and other tools accept).
 */
// ParseErrorCode is a const enum, which isolated modules cannot read: its numbers are spelled out below.
import { parseTree, findNodeAtLocation, getLocation, type Node, type ParseError, type ParseErrorCode } from 'jsonc-parser';
import { formatPath, type JsonPath, type Problem } from './problems';
import { findRefusedCharacter, quotable, refusedCharacterMessage } from './characters';

import { MAX_DEPTH, MAX_TEXT_LENGTH, scanStructure } from './text-limits';

export { MAX_DEPTH, MAX_TEXT_LENGTH };

/** ParseErrorCode.InvalidCharacter: jsonc-parser's codes are an ambient const enum, not importable as values. */
const INVALID_CHARACTER = 16 as ParseErrorCode;

const SYNTAX_MESSAGES: Record<number, string> = {
  /* InvalidSymbol */ 1: 'Unexpected character here. Text must be in double quotes "…".',
  /* InvalidNumberFormat */ 2: 'This number is not written correctly (use digits and a dot, e.g. 12 or 1.5).',
  /* PropertyNameExpected */ 3: 'A name in double quotes is expected here. If this is a closing }, remove the comma before it.',
  /* ValueExpected */ 4: 'A value is expected here. If this is a closing ] or }, remove the comma before it.',
  /* ColonExpected */ 5: 'A colon ":" is missing between the name and its value.',
  /* CommaExpected */ 6: 'A comma "," is missing before this point, between two items.',
  /* CloseBraceExpected */ 7: 'A closing brace "}" is missing.',
  /* CloseBracketExpected */ 8: 'A closing bracket "]" is missing.',
  /* EndOfFileExpected */ 9: 'There is text after the end of the bundle: remove it.',
  /* InvalidCommentToken */ 10: 'Comments are not allowed in this file: remove it.',
  /* UnexpectedEndOfComment */ 11: 'A comment is not closed (and comments are not allowed): remove it.',
  /* UnexpectedEndOfString */ 12: 'A text is not closed: a closing double quote " is missing.',
  /* UnexpectedEndOfNumber */ 13: 'A number is cut short here.',
  /* InvalidUnicode */ 14: 'A \\u escape is not written correctly (it needs four hex digits).',
  /* InvalidEscapeCharacter */ 15: 'A backslash \\ starts an unknown escape. To write a backslash, write \\\\.',
  /* InvalidCharacter */ 16: 'A line break or control character inside a text is not allowed. Keep each text on one line.',
};

/** Maps character offsets to 1-based line/column, built once per text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.starts.push(index + 1);
  }
  position(offset: number): { line: number; col: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, col: offset - this.starts[low]! + 1 };
  }
}

export interface ParsedJson {
  text: string;
  root: Node | undefined;
  value: unknown;
  lines: LineIndex;
  problems: Problem[];
}

interface Finding {
  path: JsonPath;
  node: Node;
  message: string;
}

/**
 * The value of a tree node. Reported on the way: duplicate keys, since JSON would silently keep only
 * the last, and numbers too large to be numbers at all (1e400 reads as Infinity).
 */
function valueOf(node: Node, path: (string | number)[], findings: Finding[]): unknown {
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = keyNode.value as string;
        if (Object.prototype.hasOwnProperty.call(object, key)) {
          findings.push({ path: [...path, key], node: keyNode, message: `"${quotable(key)}" appears twice in the same group; only the last one would count. Remove one.` });
        }
        path.push(key);
        // defineProperty: a "__proto__" key in content must stay plain data.
        Object.defineProperty(object, key, { value: valueOf(valueNode, path, findings), enumerable: true, writable: true, configurable: true });
        path.pop();
      }
      return object;
    }
    case 'array': {
      const children = node.children ?? [];
      const array: unknown[] = new Array(children.length);
      for (let index = 0; index < children.length; index++) {
        path.push(index);
        array[index] = valueOf(children[index]!, path, findings);
        path.pop();
      }
      return array;
    }
    default:
      if (typeof node.value === 'number' && !Number.isFinite(node.value)) {
        findings.push({ path: [...path], node, message: 'This number is too large. Write an ordinary number, e.g. 12 or 1.5.' });
      }
      return node.value;
  }
}

export function parseJson(input: string): ParsedJson {
  // Editors on Windows start files with a byte-order mark: read as a space, so every position stays put.
  const text = input.charCodeAt(0) === 0xfeff ? ` ${input.slice(1)}` : input;
  if (text.length > MAX_TEXT_LENGTH) {
    const millions = (text.length / 1_000_000).toFixed(1);
    return { text, root: undefined, value: undefined, lines: new LineIndex(''), problems: [{ path: '$', line: 1, col: 1, message: `The file is too big (${millions} million characters); a content bundle is at most ${MAX_TEXT_LENGTH / 1_000_000} million. Check that this is the right file.` }] };
  }
  const lines = new LineIndex(text);
  const at = (offset: number, message: string, path = '$'): Problem => ({ path, ...lines.position(offset), message });
  const failed = (problem: Problem): ParsedJson => ({ text, root: undefined, value: undefined, lines, problems: [problem] });
  if (text.trim() === '') return failed(at(0, 'The file is empty. It should contain the content bundle, starting with {.'));
  const deep = scanStructure(text).tooDeepAt;
  if (deep !== undefined) {
    return failed(at(deep, `Brackets are nested more than ${MAX_DEPTH} levels deep here; a content bundle never needs that. Check for stray [ or {.`));
  }
  // Bytes that are not UTF-8 arrive as U+FFFD: the file was saved in another encoding, and every accent after it may be wrong.
  const unreadable = text.indexOf('\ufffd');
  if (unreadable !== -1) {
    return failed(at(unreadable, 'This character cannot be read: the file is not saved as UTF-8. Save it again choosing the encoding "UTF-8" (in Notepad: File → Save as → Encoding), then check it again.', formatPath(getLocation(text, unreadable).path.filter((segment) => segment !== ''))));
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    // The parser often reports one mistake twice at the same place; staff need it once.
    const seen = new Set<number>();
    const problems = errors
      .filter((error) => !seen.has(error.offset) && seen.add(error.offset))
      .map((error) => {
        const path = formatPath(getLocation(text, error.offset).path.filter((segment) => segment !== ''));
        // InvalidCharacter points at the start of the text: point at the character itself, and name it.
        const found = error.error === INVALID_CHARACTER ? findRefusedCharacter(text.slice(error.offset + 1, error.offset + error.length)) : undefined;
        // eslint-disable-next-line no-control-regex -- the control character the parser refused
        if (found) return at(error.offset + 1 + text.slice(error.offset + 1).search(/[\u0000-\u001f]/), refusedCharacterMessage('This text', found), path);
        return at(error.offset, SYNTAX_MESSAGES[error.error] ?? 'The JSON is not written correctly here.', path);
      });
    return { text, root, value: undefined, lines, problems };
  }
  const findings: Finding[] = [];
  const value = valueOf(root, [], findings);
  const problems = findings.map(({ path, node, message }) => at(node.offset, message, formatPath(path)));
  return { text, root, value, lines, problems };
}

/**
 * Where to point for a path: the value if it exists, else the closest ancestor that does.
 * `onKey` points at the property name instead of its value (for unknown names).
 */
export function locate(parsed: ParsedJson, path: JsonPath, onKey = false): { line: number; col: number } {
  if (!parsed.root) return { line: 1, col: 1 };
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(parsed.root, path.slice(0, length) as (string | number)[]);
    if (!node) continue;
    const target = onKey && length === path.length && node.parent?.type === 'property' ? node.parent.children![0]! : node;
    return parsed.lines.position(target.offset);
  }
  return parsed.lines.position(parsed.root.offset);
}
