/**
 * Warnings: what a valid bundle does that staff should know, decided without laying anything out.
 * The screens take such a bundle; the CLI and the staff page say it. Apart from validate.ts so that
 * the player, which needs no warnings, does not carry them.
 */
import type { Bundle } from './schema';
import { compareProblems, formatPath, type JsonPath, type Problem } from './problems';
import { locate, parseJson, type ParsedJson } from './parse';
import { untilStamp } from './dates';
import type { RuleViolation } from './rules';
import { checkParsed, type CheckResult } from './validate';
import { say, type Lang } from './say';

/**
 * The longest word a portrait screen's line holds at the smallest type (4% of its height): about
 * 17 characters (PAGE_CAPACITY.portrait.perLine in schedule/page-capacity.ts). A longer word cannot fit a line and is
 * broken in the middle.
 */
export const LONGEST_WORD = 17;

/** Every text a slide shows, with where it is. */
function displayTexts(bundle: Bundle): { path: JsonPath; text: string }[] {
  const out: { path: JsonPath; text: string }[] = [];
  const add = (path: JsonPath, text: string | undefined) => text !== undefined && out.push({ path, text });
  bundle.purposes.forEach((item, index) => add(['purposes', index, 'text'], item.text));
  bundle.themes.forEach((item, index) => add(['themes', index, 'text'], item.text));
  bundle.phases.forEach((phase, index) => {
    add(['phases', index, 'title'], phase.title);
    phase.messages.forEach((message, at) => add(['phases', index, 'messages', at], message));
  });
  bundle.slogans.forEach((item, index) => add(['slogans', index, 'text'], item.text));
  bundle.milestones.forEach((item, index) => {
    add(['milestones', index, 'unit'], item.unit);
    add(['milestones', index, 'caption'], item.caption);
  });
  bundle.events.forEach((item, index) => add(['events', index, 'title'], item.title));
  bundle.announcements.forEach((item, index) => {
    add(['announcements', index, 'title'], item.title);
    add(['announcements', index, 'text'], item.text);
  });
  return out;
}

/**
 * What a valid bundle does that staff should know, decided without laying anything out: a word
 * too long for a portrait line, an item whose event ends before it may start. The screens take the
 * bundle; the checker says it as a warning.
 */
export function checkWarnings(bundle: Bundle): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const { path, text } of displayTexts(bundle)) {
    const word = text.split(/\s+/).find((candidate) => [...candidate].length > LONGEST_WORD);
    if (word)
      out.push({
        path,
        message: {
          en: `Warning: the word "${word.slice(0, 40)}" (${[...word].length} characters) is longer than a line of a portrait screen at the smallest type (${LONGEST_WORD}): it will be broken in the middle. Put a space in it or shorten it.`,
          vi: `Cảnh báo: từ “${word.slice(0, 40)}” (${[...word].length} ký tự) dài hơn một dòng của màn hình dọc ở cỡ chữ nhỏ nhất (${LONGEST_WORD} ký tự): từ này sẽ bị ngắt giữa chừng. Hãy thêm dấu cách hoặc rút ngắn.`,
        },
      });
  }
  for (const key of ['slogans', 'milestones', 'announcements'] as const)
    bundle[key].forEach((item, index) => {
      const event = item.event === undefined ? undefined : bundle.events.find((candidate) => candidate.id === item.event);
      const end = event && (event.end ?? event.start);
      if (end !== undefined && item.from !== undefined && item.from > untilStamp(end))
        out.push({
          path: [key, index, 'from'],
          message: {
            en: `Warning: "from" (${item.from}) is after the end of its event "${event!.id}" (${end}): this item never shows. Check "from" or "event".`,
            vi: `Cảnh báo: ngày bắt đầu "from" (${item.from}) sau khi sự kiện "${event!.id}" kết thúc (${end}): mục này sẽ không bao giờ được chiếu. Hãy xem lại "from" hoặc "event".`,
          },
        });
    });
  return out;
}

/** checkParsed, and for a valid bundle its warnings, each located like a problem. */
export function checkParsedWithWarnings(parsed: ParsedJson, lang: Lang = 'en'): CheckResult {
  const result = checkParsed(parsed, lang);
  if (!result.ok) return result;
  const warnings = checkWarnings(result.bundle).map((warning): Problem => ({
    path: formatPath(warning.path),
    ...locate(parsed, warning.path),
    message: say(lang, warning.message),
  }));
  return { ...result, warnings: warnings.sort(compareProblems) };
}

/** Text of a bundle → checkBundle's result, with the warnings of a valid bundle. */
export function checkBundleWithWarnings(text: string, lang: Lang = 'en'): CheckResult {
  return checkParsedWithWarnings(parseJson(text, lang), lang);
}
