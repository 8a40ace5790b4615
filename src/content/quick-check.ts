/**
 * The player's door for a bundle: the same schema and rules as checkBundle (validate.ts), on the
 * engine's own JSON.parse instead of the position-keeping parser. A bundle that passes here passes
 * there; anything else is handed to checkBundle, loaded only then (jsonc-parser and the problem
 * messages with their lines and columns are needed only to explain a refusal), so a screen that
 * shows valid content never loads it.
 */
import * as v from 'valibot';
import { BundleSchema, type Bundle } from './schema';
import { checkRules } from './rules';
import type { CheckResult } from './validate';
import { MAX_TEXT_LENGTH, scanStructure } from './text-limits';


/**
 * Properties kept in the parsed value, or undefined when it holds what the full parser refuses:
 * a number too large to be one (1e400 reads as Infinity).
 */
function propertiesKept(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? 0 : undefined;
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value as Record<string, unknown>);
  let count = Array.isArray(value) ? 0 : children.length;
  for (const child of children) {
    const inner = propertiesKept(child);
    if (inner === undefined) return undefined;
    count += inner;
  }
  return count;
}

/**
 * The bundle when `text` is one the full checker accepts; undefined when it may not be (then only
 * checkBundle can say, and explain why). Never accepts what checkBundle refuses: the same schema
 * and rules, and the parser's own refusals (duplicate names, a byte that is not UTF-8, depth, size,
 * anything JSON.parse refuses) make it give up.
 */
export function quickCheck(input: string): Bundle | undefined {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length > MAX_TEXT_LENGTH || text.includes('\ufffd')) return undefined;
  // Checked before JSON.parse, as the full parser does: too deep a nesting could exhaust the stack.
  const structure = scanStructure(text);
  if (structure.tooDeepAt !== undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  // JSON.parse keeps the last of two equal names silently; the full parser refuses the file.
  if (propertiesKept(value) !== structure.colons) return undefined;
  const result = v.safeParse(BundleSchema, value, { abortEarly: true });
  if (!result.success || checkRules(result.output).length > 0) return undefined;
  return result.output as Bundle;
}

/** checkBundle's answer, loading checkBundle only when the quick check cannot accept the text. */
export async function checkBundleLazily(text: string): Promise<CheckResult> {
  const bundle = quickCheck(text);
  if (bundle) return { ok: true, bundle, problems: [] };
  const { checkBundle } = await import('./validate');
  return checkBundle(text);
}
