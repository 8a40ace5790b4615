/**
 * The building blocks of the bundle's schema (schema.ts): ids, texts, dates, times, links, lists and
 * groups, each with its messages in English and Vietnamese (say.ts). Messages are written for staff
 * who are not programmers: they say what is wrong and how to fix it.
 */
import * as v from 'valibot';
import { isSafeUrl } from './urls';
import { findRefusedCharacter, refusedCharacterMessage } from './characters';
import { said, viNoun } from './say';
import { clockTimeWords, dateFormatWords, noSuchDate } from './date-words';

/** Bounds on text, chosen so that the longest allowed text still fits a slide at 4% of the screen height. */
export const LIMITS = {
  id: 40,
  shortText: 120,
  slogan: 200,
  message: 1200,
  paragraph: 2000,
  announcement: 400,
  figure: 12,
  /** A milestone's caption: what fits under the longest figure on a portrait screen at 4% of its height. */
  caption: 160,
  /** A phase's or a congress's title: what fits a portrait screen at 4% of its height above the phase's first messages or the countdown. */
  title: 160,
  /** An achievement's title: one line above the figure on a portrait screen. */
  achievementTitle: 60,
  /** The party line and the committee in the screen's header: one line each on an 800×480 landscape screen at 2.2% of its height (the real ones are 22 and 47 characters). */
  headerLine: 60,
  listItems: 500,
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a real calendar date: 2020-02-29 yes, 2020-02-30 and 2021-02-29 no. */
export function isRealCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export function isRealLocalDateTime(text: string): boolean {
  if (!ISO_LOCAL_DATE_TIME.test(text)) return false;
  if (!isRealCalendarDate(text.slice(0, 10))) return false;
  if (text.length === 10) return true;
  const [hour, minute, second = 0] = text.slice(11).split(':').map(Number) as [number, number, number?];
  return hour < 24 && minute < 60 && second < 60;
}

export const id = v.pipe(
  v.string(said({ en: 'Must be a text id in quotes, e.g. "p1".', vi: 'Phải là một mã (id) viết trong ngoặc kép, ví dụ "p1".' })),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, said({ en: 'An id uses only lowercase letters a-z, digits and "-", e.g. "phase-2".', vi: 'Mã (id) chỉ gồm chữ thường a-z không dấu, chữ số và dấu "-", ví dụ "phase-2".' })),
  v.maxLength(LIMITS.id, said({ en: `An id is at most ${LIMITS.id} characters.`, vi: `Mã (id) dài tối đa ${LIMITS.id} ký tự.` })),
);

/**
 * No control characters, bidirectional overrides or broken characters: they are invisible in an
 * editor and can reorder or hide what the screen shows. Checked before trimming, so that the
 * position in the message is the position in the file's text.
 */
function printable(what: string) {
  return v.check<string, (issue: v.CheckIssue<string>) => string>(
    (value) => findRefusedCharacter(value) === undefined,
    (issue) => refusedCharacterMessage(what, findRefusedCharacter(issue.input)!, issue.lang),
  );
}

export function text(max: number, what: string) {
  return v.pipe(
    v.string(said({ en: `${what} must be text in quotes.`, vi: `${viNoun(what)} phải là chữ viết trong ngoặc kép "…".` })),
    printable(what),
    v.trim(),
    v.nonEmpty(said({ en: `${what} is empty: write the text, or remove the item.`, vi: `${viNoun(what)} đang để trống: hãy viết nội dung, hoặc xóa mục này.` })),
    v.maxLength(max, said({ en: `${what} is too long: at most ${max} characters. Shorten it or split it in two.`, vi: `${viNoun(what)} quá dài: tối đa ${max} ký tự. Hãy rút gọn hoặc tách làm hai.` })),
  );
}

// A text in the wrong pattern gets the pattern's message only (with what was probably meant, e.g.
// 28/11/2026 → "2026-11-28"); "There is no … in the calendar" is only said of a well-written date.
export const calendarDate = v.pipe(
  v.string(said({ en: 'A date must be text in quotes, written YYYY-MM-DD, e.g. "2020-04-01".', vi: 'Ngày phải viết trong ngoặc kép, dạng NĂM-THÁNG-NGÀY, ví dụ "2020-04-01".' })),
  v.regex(ISO_DATE, said<string>((input) => dateFormatWords(input, false))),
  v.check((text) => !ISO_DATE.test(text) || isRealCalendarDate(text), said<string>((input) => noSuchDate(input, false))),
);

export const localDateTime = v.pipe(
  v.string(said({ en: 'A date must be text in quotes, e.g. "2020-04-01" or "2020-04-01T08:00".', vi: 'Ngày phải viết trong ngoặc kép, ví dụ "2020-04-01" hoặc "2020-04-01T08:00".' })),
  v.regex(ISO_LOCAL_DATE_TIME, said<string>((input) => dateFormatWords(input, true))),
  v.check((text) => !ISO_LOCAL_DATE_TIME.test(text) || isRealLocalDateTime(text), said<string>((input) => noSuchDate(input, true))),
);

export const clockTime = v.pipe(
  v.string(said({ en: 'A time must be text in quotes, written HH:MM, e.g. "22:00".', vi: 'Giờ phải viết trong ngoặc kép, dạng GIỜ:PHÚT, ví dụ "22:00".' })),
  v.regex(CLOCK_TIME, said<string>(clockTimeWords)),
);

const LINK_RULE = {
  en: 'Links must be relative (e.g. "content/media/logo.png") or start with https:// — http:, data: and javascript: are not allowed.',
  vi: 'Đường dẫn phải là đường dẫn tương đối (ví dụ "content/media/logo.png") hoặc bắt đầu bằng https:// — không dùng http:, data: hay javascript:.',
};

export const safeUrl = v.pipe(
  v.string(said({ en: 'A link must be text in quotes.', vi: 'Đường dẫn phải viết trong ngoặc kép "…".' })),
  v.maxLength(500, said({ en: 'A link is at most 500 characters.', vi: 'Đường dẫn dài tối đa 500 ký tự.' })),
  // One problem per link: a hidden character is named (it is what hides "javascript:"), else the rule.
  v.check<string, (issue: v.CheckIssue<string>) => string>(
    (url) => isSafeUrl(url) && findRefusedCharacter(url) === undefined,
    (issue) => {
      const found = findRefusedCharacter(issue.input);
      return found ? refusedCharacterMessage('The link', found, issue.lang) : issue.lang === 'vi' ? LINK_RULE.vi : LINK_RULE.en;
    },
  ),
);

export const flag = v.boolean(said({ en: 'Must be true or false, without quotes.', vi: 'Phải là true (có) hoặc false (không), không có ngoặc kép.' }));

/**
 * `schema`, except that an input `refuse` picks out is checked by another schema instead, whose
 * single problem replaces whatever `schema` would have said. Shape, types and schema.json stay `schema`'s.
 */
function screened<S extends v.GenericSchema>(schema: S, refuse: (value: unknown) => v.GenericSchema | undefined): S {
  return {
    ...schema,
    '~run'(dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) {
      return (refuse(dataset.value) ?? schema)['~run'](dataset, config);
    },
  } as S;
}

export function list<T extends v.GenericSchema>(item: T, what: string, max: number = LIMITS.listItems) {
  const tooMany = said({ en: `Too many ${what.toLowerCase()}: at most ${max}.`, vi: `Quá nhiều ${viNoun(what)}: tối đa ${max}.` });
  // Counted before any item is checked: 100,000 items get one problem, not one per item, and take no time.
  const count = v.pipe(v.array(v.unknown()), v.maxLength(max, tooMany));
  const notAList = said({ en: `${what} must be a list in square brackets [ … ].`, vi: `Danh sách ${viNoun(what)} phải nằm trong ngoặc vuông [ … ].` });
  return screened(v.pipe(v.array(item, notAList), v.maxLength(max, tooMany)), (value) =>
    Array.isArray(value) && value.length > max ? count : undefined,
  );
}

/**
 * A group of named values { … }. valibot's objects also take arrays (an array is an object in
 * JavaScript), so a list [ … ] where a group belongs would pass or give baffling messages; it is refused.
 */
const notAGroup = v.custom<never>(
  () => false,
  said({ en: 'Must be a group of named values in braces { … }, not a list [ … ].', vi: 'Phải là một nhóm giá trị có tên trong ngoặc nhọn { … }, không phải danh sách [ … ].' }),
);
export function group<const E extends v.ObjectEntries>(entries: E) {
  return screened(v.strictObject(entries), (value) => (Array.isArray(value) ? notAGroup : undefined));
}

export const seconds = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(said({ en: `${what} must be a number of seconds, without quotes.`, vi: `${viNoun(what)} phải là một số giây, không có ngoặc kép.` })),
    v.minValue(min, said({ en: `${what} is at least ${min} seconds.`, vi: `${viNoun(what)} phải ít nhất ${min} giây.` })),
    v.maxValue(max, said({ en: `${what} is at most ${max} seconds.`, vi: `${viNoun(what)} tối đa ${max} giây.` })),
  );

export const wholeNumber = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(said({ en: `${what} must be a number, without quotes.`, vi: `${viNoun(what)} phải là một số, không có ngoặc kép.` })),
    v.integer(said({ en: `${what} must be a whole number.`, vi: `${viNoun(what)} phải là số nguyên.` })),
    v.minValue(min, said({ en: `${what} is at least ${min}.`, vi: `${viNoun(what)} phải ít nhất là ${min}.` })),
    v.maxValue(max, said({ en: `${what} is at most ${max}.`, vi: `${viNoun(what)} tối đa là ${max}.` })),
  );

