/** Limits on a bundle's text, shared by the full parser (parse.ts) and the player's quick check. */

/** Deeper nesting than this is never legitimate content and would blow the parser's stack. */
export const MAX_DEPTH = 64;

/** The largest file checked at all (characters): ten times the biggest real bundle, and still quick to refuse. */
export const MAX_TEXT_LENGTH = 10_000_000;
