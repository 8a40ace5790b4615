/**
 * JSON text → value, keeping positions so every problem can point at a line and column.
 * Strict JSON: no comments, no trailing commas (what servers and other tools accept).
 */
// ParseErrorCode is a const enum, which isolated modules cannot read: its numbers are spelled out below.
import { createScanner, parseTree, findNodeAtLocation, getLocation, type Node, type ParseError, type ParseErrorCode, type SyntaxKind } from 'jsonc-parser';
import { formatPath, type JsonPath, type Problem } from './problems';
import { findRefusedCharacter, quotable, refusedCharacterMessage } from './characters';
import { say, type Lang, type Words } from './say';

import { MAX_DEPTH, MAX_TEXT_LENGTH, scanStructure } from './text-limits';

export { MAX_DEPTH, MAX_TEXT_LENGTH };

/** ParseErrorCode.InvalidCharacter: jsonc-parser's codes are an ambient const enum, not importable as values. */
const INVALID_CHARACTER = 16 as ParseErrorCode;

const SYNTAX_MESSAGES: Record<number, Words> = {
  /* InvalidSymbol */ 1: { en: 'Unexpected character here. Text must be in double quotes "…".', vi: 'Ký tự không đúng chỗ. Chữ phải nằm trong ngoặc kép "…".' },
  /* InvalidNumberFormat */ 2: { en: 'This number is not written correctly (use digits and a dot, e.g. 12 or 1.5).', vi: 'Số này viết không đúng (dùng chữ số và dấu chấm, ví dụ 12 hoặc 1.5).' },
  /* PropertyNameExpected */ 3: { en: 'A name in double quotes is expected here. If this is a closing }, remove the comma before it.', vi: 'Ở đây cần một tên trong ngoặc kép. Nếu đây là dấu } đóng nhóm, hãy xóa dấu phẩy ngay trước nó.' },
  /* ValueExpected */ 4: { en: 'A value is expected here. If this is a closing ] or }, remove the comma before it.', vi: 'Ở đây cần một giá trị. Nếu đây là dấu ] hoặc } đóng, hãy xóa dấu phẩy ngay trước nó.' },
  /* ColonExpected */ 5: { en: 'A colon ":" is missing between the name and its value.', vi: 'Thiếu dấu hai chấm ":" giữa tên và giá trị.' },
  /* CommaExpected */ 6: { en: 'A comma "," is missing before this point, between two items.', vi: 'Thiếu dấu phẩy "," ngay trước chỗ này, giữa hai mục.' },
  /* CloseBraceExpected */ 7: { en: 'A closing brace "}" is missing.', vi: 'Thiếu dấu ngoặc nhọn đóng "}".' },
  /* CloseBracketExpected */ 8: { en: 'A closing bracket "]" is missing.', vi: 'Thiếu dấu ngoặc vuông đóng "]".' },
  /* EndOfFileExpected */ 9: { en: 'There is text after the end of the bundle: remove it.', vi: 'Có chữ thừa sau phần cuối của tệp: hãy xóa đi.' },
  /* InvalidCommentToken */ 10: { en: 'Comments are not allowed in this file: remove it.', vi: 'Tệp này không được có chú thích (comment): hãy xóa đi.' },
  /* UnexpectedEndOfComment */ 11: { en: 'A comment is not closed (and comments are not allowed): remove it.', vi: 'Một chú thích (comment) chưa đóng (và tệp này không được có chú thích): hãy xóa đi.' },
  /* UnexpectedEndOfString */ 12: { en: 'A text is not closed: a closing double quote " is missing.', vi: 'Một đoạn chữ chưa đóng: thiếu dấu ngoặc kép " ở cuối.' },
  /* UnexpectedEndOfNumber */ 13: { en: 'A number is cut short here.', vi: 'Số bị cắt cụt ở đây.' },
  /* InvalidUnicode */ 14: { en: 'A \\u escape is not written correctly (it needs four hex digits).', vi: 'Mã \\u viết không đúng (cần đủ bốn chữ số hệ mười sáu).' },
  /* InvalidEscapeCharacter */ 15: { en: 'A backslash \\ starts an unknown escape. To write a backslash, write \\\\.', vi: 'Dấu gạch chéo ngược \\ mở đầu một mã không hợp lệ. Muốn viết dấu \\, hãy viết \\\\.' },
  /* InvalidCharacter */ 16: { en: 'A line break or control character inside a text is not allowed. Keep each text on one line.', vi: 'Trong một đoạn chữ không được xuống dòng hay có ký tự điều khiển. Hãy viết mỗi đoạn chữ trên một dòng.' },
};

const UNESCAPED_QUOTE: Words = {
  en: 'This double quote " ends the text too early. Inside a text, write the quotation marks “ ” instead, or \\" .',
  vi: 'Dấu ngoặc kép " này kết thúc đoạn chữ quá sớm. Bên trong một đoạn chữ, hãy dùng dấu ngoặc kép “ ”, hoặc viết \\" .',
};

/** jsonc-parser's SyntaxKind numbers (an ambient const enum): a text in quotes, and the end of the file. */
const STRING_LITERAL = 10 as SyntaxKind;
const END_OF_FILE = 17 as SyntaxKind;

/**
 * Where a parse error is really a double quote typed inside a text ("Chào "đại biểu" …"): the text
 * seemed to end at that quote, and the words after it on the same line go on to another quote.
 * Returns the offset of that quote, or undefined when the error is something else.
 */
export function unescapedQuoteAt(text: string, errorOffset: number): number | undefined {
  const scanner = createScanner(text, true);
  let lastString: number | undefined; // end of the text in quotes just before the error
  for (let kind = scanner.scan(); kind !== END_OF_FILE && scanner.getTokenOffset() < errorOffset; kind = scanner.scan()) {
    lastString = kind === STRING_LITERAL ? scanner.getTokenOffset() + scanner.getTokenLength() : undefined;
  }
  if (lastString === undefined || !/^[ \t]*$/.test(text.slice(lastString, errorOffset))) return undefined;
  if (/["',:}\]\r\n]/.test(text[errorOffset] ?? '\n')) return undefined;
  const lineEnd = text.indexOf('\n', errorOffset);
  return text.slice(errorOffset, lineEnd === -1 ? undefined : lineEnd).includes('"') ? lastString - 1 : undefined;
}

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
  message: Words;
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
          findings.push({ path: [...path, key], node: keyNode, message: {
              en: `"${quotable(key)}" appears twice in the same group; only the last one would count. Remove one.`,
              vi: `"${quotable(key)}" xuất hiện hai lần trong cùng một nhóm; chỉ lần cuối được tính. Hãy xóa một lần.`,
            },
          });
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
        findings.push({ path: [...path], node, message: { en: 'This number is too large. Write an ordinary number, e.g. 12 or 1.5.', vi: 'Số này quá lớn. Hãy viết một số bình thường, ví dụ 12 hoặc 1.5.' } });
      }
      return node.value;
  }
}

export function parseJson(input: string, lang: Lang = 'en'): ParsedJson {
  // Editors on Windows start files with a byte-order mark: read as a space, so every position stays put.
  const text = input.charCodeAt(0) === 0xfeff ? ` ${input.slice(1)}` : input;
  if (text.length > MAX_TEXT_LENGTH) {
    const millions = (text.length / 1_000_000).toFixed(1);
    return { text, root: undefined, value: undefined, lines: new LineIndex(''), problems: [{ path: '$', line: 1, col: 1, message: say(lang, {
            en: `The file is too big (${millions} million characters); a content bundle is at most ${MAX_TEXT_LENGTH / 1_000_000} million. Check that this is the right file.`,
            vi: `Tệp quá lớn (${millions} triệu ký tự); tệp nội dung tối đa ${MAX_TEXT_LENGTH / 1_000_000} triệu. Hãy xem có đúng tệp không.`,
          }),
        },
      ],
    };
  }
  const lines = new LineIndex(text);
  const at = (offset: number, message: Words, path = '$'): Problem => ({ path, ...lines.position(offset), message: say(lang, message) });
  const failed = (problem: Problem): ParsedJson => ({ text, root: undefined, value: undefined, lines, problems: [problem] });
  if (text.trim() === '') return failed(at(0, { en: 'The file is empty. It should contain the content bundle, starting with {.', vi: 'Tệp trống. Tệp phải chứa nội dung bảng tin, bắt đầu bằng {.' }));
  const deep = scanStructure(text).tooDeepAt;
  if (deep !== undefined) {
    return failed(
      at(deep, {
        en: `Brackets are nested more than ${MAX_DEPTH} levels deep here; a content bundle never needs that. Check for stray [ or {.`,
        vi: `Ở đây ngoặc lồng nhau quá ${MAX_DEPTH} tầng; tệp nội dung không bao giờ cần như vậy. Hãy tìm dấu [ hoặc { thừa.`,
      }),
    );
  }
  // Bytes that are not UTF-8 arrive as U+FFFD: the file was saved in another encoding, and every accent after it may be wrong.
  const unreadable = text.indexOf('\ufffd');
  if (unreadable !== -1) {
    return failed(at(unreadable, {
          en: 'This character cannot be read: the file is not saved as UTF-8. Save it again choosing the encoding "UTF-8" (in Notepad: File → Save as → Encoding), then check it again.',
          vi: 'Không đọc được ký tự này: tệp không được lưu dạng UTF-8. Hãy lưu lại và chọn bảng mã "UTF-8" (trong Notepad: File → Save as → Encoding), rồi kiểm tra lại.',
        }, formatPath(getLocation(text, unreadable).path.filter((segment) => segment !== ''))));
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    // The parser often reports one mistake twice at the same place; staff need it once.
    // A double quote typed inside a text breaks everything after it: one problem, at that quote, with the way out.
    const quote = unescapedQuoteAt(text, errors[0]!.offset);
    if (quote !== undefined) {
      return { text, root, value: undefined, lines, problems: [at(quote, UNESCAPED_QUOTE, formatPath(getLocation(text, quote).path.filter((segment) => segment !== '')))] };
    }
    const seen = new Set<number>();
    const problems = errors
      .filter((error) => !seen.has(error.offset) && seen.add(error.offset))
      .map((error) => {
        const path = formatPath(getLocation(text, error.offset).path.filter((segment) => segment !== ''));
        // InvalidCharacter points at the start of the text: point at the character itself, and name it.
        const found = error.error === INVALID_CHARACTER ? findRefusedCharacter(text.slice(error.offset + 1, error.offset + error.length)) : undefined;
        // eslint-disable-next-line no-control-regex -- the control character the parser refused
        if (found) return at(error.offset + 1 + text.slice(error.offset + 1).search(/[\u0000-\u001f]/), { en: refusedCharacterMessage('This text', found), vi: refusedCharacterMessage('This text', found, 'vi') }, path);
        return at(error.offset, SYNTAX_MESSAGES[error.error] ?? { en: 'The JSON is not written correctly here.', vi: 'JSON viết không đúng ở chỗ này.' }, path);
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
