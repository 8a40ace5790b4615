/**
 * Edits to the bundle's JSON text, for the preview page. Every edit is applied to the text itself
 * (jsonc-parser's modify + applyEdits), so the staff's formatting is kept and a bundle downloaded
 * without changes is byte for byte the one that was loaded. Pure: text in, text out.
 */
import { applyEdits, modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';

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
