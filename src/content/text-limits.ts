/** Limits on a bundle's text and the one scan that checks them, shared by the full parser (parse.ts) and the player's quick check. */

/** Deeper nesting than this is never legitimate content and would blow the parser's stack. */
export const MAX_DEPTH = 64;

/** The largest file checked at all (characters): ten times the biggest real bundle, and still quick to refuse. */
export const MAX_TEXT_LENGTH = 10_000_000;

/**
 * One pass over JSON text, outside strings: the offset of the first place nested deeper than
 * MAX_DEPTH (the scan stops there), and the colons (in valid JSON, one per property written).
 */
export function scanStructure(text: string): { tooDeepAt: number | undefined; colons: number } {
  let depth = 0;
  let colons = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92 /* \ */) index++;
      else if (code === 34 /* " */) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 58 /* : */) colons++;
    else if (code === 123 || code === 91 /* { [ */) {
      if (++depth > MAX_DEPTH) return { tooDeepAt: index, colons };
    } else if (code === 125 || code === 93) depth--;
  }
  return { tooDeepAt: undefined, colons };
}
