/**
 * The checker in Vietnamese and English: the same problems at the same places, only the words differ;
 * and the trip-ups staff met (issue #17): a quote inside a text, day/month/year dates, "6:00".
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { checkBundle } from '../../src/content/validate';
import { hasViNoun, langFromCli } from '../../src/content/say';
import { okLine, problemsLine } from '../../src/content/summary';
import { readText } from '../helpers';
import { DEFAULT, bundle, lines, positionOf } from '../support/bundle-edits';

const brokenDir = new URL('../fixtures/broken/', import.meta.url);
const brokenCases = readdirSync(brokenDir)
  .filter((name) => name.endsWith('.json'))
  .sort();
const where = (result: ReturnType<typeof checkBundle>) => result.problems.map(({ line, col, path }) => ({ line, col, path }));

describe('the checker speaks Vietnamese and English', () => {
  it.each(brokenCases)('%s: the same places in both, and Vietnamese words in Vietnamese', (name) => {
    const text = readFileSync(new URL(name, brokenDir), 'utf8');
    const english = checkBundle(text, 'en');
    const vietnamese = checkBundle(text, 'vi');
    expect(english.ok).toBe(false);
    expect(where(vietnamese)).toEqual(where(english));
    expect(checkBundle(text).problems).toEqual(english.problems); // English stays the default (the player, publish)
    vietnamese.problems.forEach((problem, index) => {
      expect(problem.message).not.toBe(english.problems[index]!.message);
      // Vietnamese, not English with a word changed: a letter only Vietnamese writes.
      expect(problem.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    });
  });

  it('names each field of the schema in Vietnamese (no English noun inside a Vietnamese message)', () => {
    const sources = ['src/content/schema.ts', 'src/content/schema-parts.ts'].map(readText).join('\n');
    const nouns = [...sources.matchAll(/(?:text|seconds|wholeNumber|list)\([^'`]*?'([A-Z][^']+)'/g)].map((match) => match[1]!);
    expect(nouns.length).toBeGreaterThan(30);
    expect(nouns.filter((noun) => !hasViNoun(noun))).toEqual([]);
  });

  it('says the summary and the verdict in both languages', () => {
    const result = checkBundle(DEFAULT, 'vi');
    if (!result.ok) throw new Error('the default bundle is valid');
    expect(okLine('content/bundle.json', result.bundle, 'vi')).toBe(
      'content/bundle.json: Hợp lệ — 5 đợt, 5 khẩu hiệu, 10 con số và thành tích, 4 sự kiện, 0 thông báo, 4 ngày theo thông tin công khai',
    );
    expect(problemsLine('x.json', 3, 'vi')).toBe('x.json: 3 lỗi; các màn hình vẫn chiếu nội dung hợp lệ gần nhất cho đến khi sửa xong.');
    expect(problemsLine('x.json', 1, 'en')).toBe('x.json: 1 problem; the screens keep showing the last good content until it is fixed.');
  });

  it('takes the language from --lang, else from the locale', () => {
    expect(langFromCli(['--lang', 'vi', 'a.json'], {})).toEqual({ lang: 'vi', rest: ['a.json'] });
    expect(langFromCli(['a.json', '--lang=en'], { LANG: 'vi_VN.UTF-8' })).toEqual({ lang: 'en', rest: ['a.json'] });
    expect(langFromCli(['a.json'], { LANG: 'vi_VN.UTF-8' }).lang).toBe('vi');
    expect(langFromCli([], { LC_ALL: 'C.UTF-8', LANG: 'vi_VN.UTF-8' }).lang).toBe('en');
    expect(langFromCli([], {}).lang).toBe('en');
    expect(langFromCli(['--lang', 'fr'], {}).error).toMatch(/--lang takes "vi" or "en"/);
  });
});

describe('a double quote typed inside a text', () => {
  const quoted = (inner: string) => DEFAULT.replace('"text": "Thi đua lập thành tích', `"text": "${inner}Thi đua lập thành tích`);

  it('is one problem, at the quote, with the way out', () => {
    const text = quoted('Chào "đại biểu" ');
    const result = checkBundle(text);
    const at = positionOf(text, '"đại biểu"');
    expect(lines(result)).toEqual([
      `${at.line}:${at.col}  slogans[0].text  This double quote " ends the text too early. Inside a text, write the quotation marks “ ” instead, or \\" .`,
    ]);
    expect(checkBundle(text, 'vi').problems.map((problem) => problem.message)).toEqual([
      'Dấu ngoặc kép " này kết thúc đoạn chữ quá sớm. Bên trong một đoạn chữ, hãy dùng dấu ngoặc kép “ ”, hoặc viết \\" .',
    ]);
  });

  it('written as “ ” or \\" is fine', () => {
    expect(checkBundle(quoted('Chào “đại biểu” ')).ok).toBe(true);
    expect(checkBundle(quoted('Chào \\"đại biểu\\" ')).ok).toBe(true);
  });

  it('a missing comma between two lines is still a missing comma', () => {
    const text = DEFAULT.replace('"version": "2020-02-10.1",', '"version": "2020-02-10.1"');
    expect(text).not.toBe(DEFAULT);
    expect(checkBundle(text).problems.map((problem) => problem.message)).toEqual(['A comma "," is missing before this point, between two items.']);
  });
});

describe('dates and times as staff write them', () => {
  it('28/11/2026 is explained: written "2026-11-28", and never "no such day"', () => {
    const text = bundle((value) => (value.slogans[0].from = '28/11/2026'));
    const result = checkBundle(text);
    expect(result.problems.map((problem) => [problem.path, problem.message])).toEqual([
      ['slogans[0].from', 'Write the date as YYYY-MM-DD, or a date and time as YYYY-MM-DDTHH:MM: "28/11/2026" is written "2026-11-28".'],
    ]);
    expect(checkBundle(text, 'vi').problems[0]!.message).toBe(
      'Ngày viết theo dạng NĂM-THÁNG-NGÀY, hoặc ngày và giờ dạng NĂM-THÁNG-NGÀYTGIỜ:PHÚT: "28/11/2026" phải viết là "2026-11-28".',
    );
    const phase = checkBundle(bundle((value) => (value.phases[0].end = '31/3/2020')));
    expect(phase.problems.map((problem) => problem.message)).toEqual(['Write the date as YYYY-MM-DD: "31/3/2020" is written "2020-03-31".']);
  });

  it('31/02/2020 is said not to exist, once', () => {
    const result = checkBundle(bundle((value) => (value.phases[0].end = '31/02/2020')));
    expect(result.problems.map((problem) => problem.message)).toEqual(['Write the date as YYYY-MM-DD, e.g. "2020-04-01".']);
    expect(checkBundle(bundle((value) => (value.phases[0].end = '2020-02-31'))).problems.map((problem) => problem.message)).toEqual([
      'There is no 2020-02-31 in the calendar. Check the day and the month.',
    ]);
  });

  it('an off-hours time "6:00" says to write "06:00"', () => {
    const text = bundle((value) => (value.screens[0].offHours = { from: '22:00', until: '6:00' }));
    const result = checkBundle(text);
    expect(lines(result)).toEqual([
      `${positionOf(text, '"6:00"').line}:${positionOf(text, '"6:00"').col}  screens[0].offHours.until  Write the time as HH:MM on the 24-hour clock, two digits for the hour: write "06:00".`,
    ]);
    expect(checkBundle(text, 'vi').problems[0]!.message).toBe('Giờ viết dạng GIỜ:PHÚT theo 24 giờ, giờ có hai chữ số: hãy viết "06:00".');
  });
});
