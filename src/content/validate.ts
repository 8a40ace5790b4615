/**
 * The one door every bundle goes through: the CLI, the player's loader and the preview page all call checkBundle.
 */
import * as v from 'valibot';
import { BundleSchema, type Bundle } from './schema';
import { parseJson, locate, type ParsedJson } from './parse';
import { compareProblems, formatPath, type JsonPath, type Problem } from './problems';
import { checkRules } from './rules';
import { nearestName } from './suggest';
import { quotable } from './characters';
import { say, type Lang } from './say';

/**
 * Problems refuse the bundle. Warnings (warnings.ts: the CLI and the staff page ask for them, the
 * player does not) say what staff should know of a valid bundle, which the screens take.
 */
export type CheckResult =
  | { ok: true; bundle: Bundle; problems: []; warnings?: Problem[] }
  | { ok: false; bundle?: undefined; problems: Problem[]; warnings?: undefined };

type AnySchema = v.GenericSchema & { entries?: Record<string, AnySchema>; item?: AnySchema; wrapped?: AnySchema };

/** The object keys the schema allows at a path (for "did you mean" suggestions). */
function allowedKeysAt(path: JsonPath): string[] {
  let schema: AnySchema | undefined = BundleSchema as unknown as AnySchema;
  for (const segment of path) {
    while (schema?.wrapped) schema = schema.wrapped;
    if (!schema) return [];
    schema = typeof segment === 'number' ? schema.item : schema.entries?.[segment];
  }
  while (schema?.wrapped) schema = schema.wrapped;
  return schema?.entries ? Object.keys(schema.entries) : [];
}

function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

function schemaProblems(parsed: ParsedJson, issues: v.BaseIssue<unknown>[], lang: Lang): Problem[] {
  const problems: Problem[] = [];
  const suggested = new Set<string>();
  const missing: { path: JsonPath; key: string }[] = [];
  for (const issue of issues) {
    const path = issuePath(issue);
    const isStrictKeyIssue = issue.type === 'strict_object' && path.length > 0 && issue.input !== undefined && issue.expected === 'never';
    if (isStrictKeyIssue) {
      const parent = path.slice(0, -1);
      const key = String(path[path.length - 1]);
      const allowed = allowedKeysAt(parent);
      const guess = nearestName(key, allowed.filter((name) => !(getOwn(parsed.value, [...parent, name]) !== undefined)));
      if (guess) suggested.add(formatPath([...parent, guess]));
      const message = say(
        lang,
        guess
          ? { en: `Unknown name "${quotable(key)}": did you mean "${guess}"?`, vi: `Không có tên "${quotable(key)}": có phải bạn muốn viết "${guess}"?` }
          : {
              en: `Unknown name "${quotable(key)}": remove it. Names allowed here: ${allowed.join(', ')}.`,
              vi: `Không có tên "${quotable(key)}": hãy xóa đi. Các tên dùng được ở đây: ${allowed.join(', ')}.`,
            },
      );
      problems.push({ path: formatPath(path), ...locate(parsed, path, true), message });
      continue;
    }
    if (issue.type === 'strict_object' && issue.input === undefined && path.length > 0) {
      missing.push({ path: path.slice(0, -1), key: String(path[path.length - 1]) });
      continue;
    }
    let message = issue.message;
    if (issue.type === 'strict_object') message = say(lang, { en: 'Must be a group of named values in braces { … }.', vi: 'Phải là một nhóm giá trị có tên trong ngoặc nhọn { … }.' });
    problems.push({ path: formatPath(path), ...locate(parsed, path), message });
  }
  for (const { path, key } of missing) {
    const full = formatPath([...path, key]);
    if (suggested.has(full)) continue; // the misspelt name already says it
    const where = path.length === 0 ? say(lang, { en: 'the bundle', vi: 'tệp nội dung' }) : formatPath(path);
    problems.push({ path: full, ...locate(parsed, path), message: say(lang, { en: `"${key}" is missing in ${where}: add it.`, vi: `Thiếu "${key}" trong ${where}: hãy thêm vào.` }) });
  }
  return problems;
}

function getOwn(value: unknown, path: JsonPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function kindOf(value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return say(lang, { en: 'a list [ … ]', vi: 'một danh sách [ … ]' });
  if (typeof value === 'string') return say(lang, { en: 'a single text', vi: 'một đoạn chữ' });
  if (typeof value === 'number') return say(lang, { en: 'a single number', vi: 'một con số' });
  return say(lang, { en: `only ${String(value)}`, vi: `chỉ ${String(value)}` });
}

/** A parsed text → the typed bundle, or every problem; `lang` is the language of the messages only. */
export function checkParsed(parsed: ParsedJson, lang: Lang = 'en'): CheckResult {
  if (parsed.problems.length > 0 && parsed.value === undefined) return { ok: false, problems: parsed.problems };
  const { value } = parsed;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const message = say(lang, {
      en: `The file must hold one group of named values in braces { … } (the content bundle), but it holds ${kindOf(value, lang)}.`,
      vi: `Tệp phải chứa một nhóm giá trị có tên trong ngoặc nhọn { … } (nội dung bảng tin), nhưng nó chứa ${kindOf(value, lang)}.`,
    });
    return { ok: false, problems: [{ path: '$', ...locate(parsed, []), message }] };
  }
  const result = v.safeParse(BundleSchema, value, { abortEarly: false, lang });
  const problems = [...parsed.problems];
  if (!result.success) {
    // One problem per place: where the parser already spoke (1e400), the schema's view adds nothing.
    const reported = new Set(parsed.problems.map((problem) => problem.path));
    problems.push(...schemaProblems(parsed, result.issues, lang).filter((problem) => !reported.has(problem.path)));
  } else {
    for (const violation of checkRules(result.output)) {
      problems.push({ path: formatPath(violation.path), ...locate(parsed, violation.path), message: say(lang, violation.message) });
    }
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort(compareProblems) };
  return { ok: true, bundle: result.output as Bundle, problems: [] };
}

/** Text of a bundle → the typed bundle, or every problem with its line and column. */
export function checkBundle(text: string, lang: Lang = 'en'): CheckResult {
  return checkParsed(parseJson(text, lang), lang);
}
