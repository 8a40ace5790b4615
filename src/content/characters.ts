/**
 * Characters that have no place in text shown on a screen: control characters (C0, DEL, C1), line and
 * paragraph separators, the byte-order mark, and the Unicode bidirectional controls, which can
 * reorder or hide what a slogan seems to say (a right-to-left override makes "abc" display as "cba").
 * Used by the schema (every display text and link) and wherever a message has to quote content.
 */

import { viNoun } from './say';

const BIDI_NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const OTHER_NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x09: 'TAB',
  0x0a: 'LINE FEED',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** Every character refused in display text; in unicode mode [\uD800-\uDFFF] matches only unpaired surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const REFUSED = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff\ud800-\udfff]/u;
const REFUSED_ALL = new RegExp(REFUSED.source, 'gu');

export interface RefusedCharacter {
  /** "U+202E RIGHT-TO-LEFT OVERRIDE" */
  label: string;
  kind: 'bidi' | 'control' | 'broken';
  /** 1-based position in the text, counted in characters as a person counts them. */
  position: number;
}

function hex(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first refused character of a text, or undefined when the text is clean. */
export function findRefusedCharacter(text: string): RefusedCharacter | undefined {
  const match = REFUSED.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  const position = [...text.slice(0, match.index)].length + 1;
  if (code >= 0xd800 && code <= 0xdfff) return { label: hex(code), kind: 'broken', position };
  const bidi = BIDI_NAMES[code];
  if (bidi) return { label: `${hex(code)} ${bidi}`, kind: 'bidi', position };
  return { label: `${hex(code)} ${OTHER_NAMES[code] ?? 'CONTROL CHARACTER'}`, kind: 'control', position };
}

/** The plain message for a text holding a refused character; `what` is e.g. "The slogan" (said in Vietnamese with `lang` "vi"). */
export function refusedCharacterMessage(what: string, found: RefusedCharacter, lang?: string): string {
  if (lang === 'vi') {
    const where = `ký tự thứ ${found.position} của đoạn chữ`;
    const noun = viNoun(what);
    if (found.kind === 'broken') return `${noun} có một ký tự hỏng (${found.label}, ${where}): chỉ còn một nửa, nửa kia đã mất. Hãy xóa nó và gõ lại đoạn chữ.`;
    const effect = found.kind === 'bidi' ? 'có thể đảo thứ tự hoặc che giấu chữ' : 'không được có trong đoạn chữ';
    return `${noun} có một ký tự điều khiển vô hình (${found.label}, ${where}) ${effect}; hãy xóa nó và gõ lại đoạn chữ.`;
  }
  const where = `character ${found.position} of the text`;
  if (found.kind === 'broken') return `${what} contains a broken character (${found.label}, ${where}): half of a character whose other half is missing. Delete it and retype the text.`;
  const effect = found.kind === 'bidi' ? 'can reorder or hide text' : 'does not belong in text';
  return `${what} contains an invisible control character (${found.label}, ${where}) that ${effect}; delete it and retype the text.`;
}

/**
 * Content quoted in a message (an unknown name, a path): clipped, with refused characters shown as
 * their code, so a message never echoes a megabyte back nor carries a terminal escape or an override.
 */
export function quotable(text: string, max = 40): string {
  const characters = [...text.slice(0, max * 2)];
  const clipped = characters.length > max || text.length > max * 2 ? `${characters.slice(0, max).join('')}…` : text;
  return clipped.replace(REFUSED_ALL, (character) => `<${hex(character.charCodeAt(0))}>`);
}
