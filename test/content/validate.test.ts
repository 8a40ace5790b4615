import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { checkBundle } from '../../src/content/validate';
import { checkBundleWithWarnings } from '../../src/content/warnings';
import { readText } from '../helpers';
import { DEFAULT, lines } from '../support/bundle-edits';

const brokenDir = new URL('../fixtures/broken/', import.meta.url);
const brokenCases = readdirSync(brokenDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('the default bundle', () => {
  it('is valid', () => {
    const result = checkBundle(readText('content/bundle.json'));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(checkBundleWithWarnings(readText('content/bundle.json')).warnings).toEqual([]);
  });

  it('holds the plan: five phases, five slogans verbatim, four congresses', () => {
    const result = checkBundle(readText('content/bundle.json'));
    if (!result.ok) throw new Error('invalid');
    const { bundle } = result;
    expect(bundle.phases.map((phase) => [phase.start, phase.end, phase.inferred ?? false])).toEqual([
      ['2020-01-01', '2020-03-31', false],
      ['2020-04-01', '2020-06-30', false],
      ['2020-07-01', '2020-08-31', false],
      ['2020-09-01', '2020-10-16', true],
      ['2020-10-17', '2021-02-01', true],
    ]);
    const seed = readText('content/plan-215-KH-DU.txt').normalize('NFC').replace(/\s+/g, ' ');
    expect(bundle.slogans).toHaveLength(5);
    for (const slogan of bundle.slogans) expect(seed).toContain(slogan.text);
    for (const phase of bundle.phases) for (const message of phase.messages) expect(seed).toContain(message);
    expect(bundle.themes).toHaveLength(7);
    expect(bundle.purposes).toHaveLength(5);
    expect(bundle.events.map((event) => event.id)).toEqual([
      'event-truong-xxiv',
      'event-khoi-xx',
      'event-tinh-xix',
      'event-toan-quoc-xiii',
    ]);
  });

});

describe('broken bundles: each problem with its exact position and message', () => {
  it.each(brokenCases)('%s', (name) => {
    const text = readFileSync(new URL(name, brokenDir), 'utf8');
    const expected = readFileSync(new URL(name.replace(/\.json$/, '.expected.txt'), brokenDir), 'utf8')
      .trim()
      .split('\n');
    const result = checkBundle(text);
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => `${problem.line}:${problem.col}  ${problem.path}  ${problem.message}`)).toEqual(expected);
  });

  it('the position points at the offending text', () => {
    const text = readFileSync(new URL('misspelt-key.json', brokenDir), 'utf8');
    const [problem] = checkBundle(text).problems;
    const line = text.split('\n')[problem!.line - 1]!;
    expect(line.slice(problem!.col - 1)).toMatch(/^"strat"/);
  });

  it('refuses nesting deep enough to exhaust the parser, with a position', () => {
    const text = '{"version": ' + '['.repeat(10_000) + ']'.repeat(10_000) + '}';
    const result = checkBundle(text);
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.message).toMatch(/nested more than 64 levels/);
  });

  it('keeps a "__proto__" key as plain data', () => {
    const result = checkBundle('{"__proto__": {"polluted": true}}');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.problems.some((problem) => problem.path === '["__proto__"]' || problem.path === '__proto__')).toBe(true);
  });
});

describe('JSON that is valid but not a bundle', () => {
  it.each([
    ['[]', 'a list [ … ]'],
    [`[${DEFAULT}]`, 'a list [ … ]'],
    ['"Đảng"', 'a single text'],
    ['42', 'a single number'],
    ['null', 'only null'],
    ['true', 'only true'],
  ])('%s at the top level', (text, holds) => {
    expect(lines(checkBundle(text))).toEqual([
      `1:1  $  The file must hold one group of named values in braces { … } (the content bundle), but it holds ${holds}.`,
    ]);
  });
});

describe('the plan’s own spellings', () => {
  it('"ĐẢNG UỶ" in the header, as the plan’s header writes it; "Đảng ủy" in running text, as its text does', () => {
    const plan = readText('content/plan-215-KH-DU.txt').normalize('NFC');
    const text = readText('content/bundle.json').normalize('NFC');
    expect(plan).toContain('ĐẢNG UỶ TRƯỜNG CĐ KINH TẾ - KỸ THUẬT CÔNG THƯƠNG');
    expect(JSON.parse(text).organization.committee).toBe('ĐẢNG UỶ TRƯỜNG CĐ KINH TẾ - KỸ THUẬT CÔNG THƯƠNG');
    expect(plan).toContain('Đảng ủy');
    expect(text).toContain('Đảng ủy');
    expect(text).not.toContain('Đảng uỷ');
  });
});

describe('warnings: valid, taken by the screens, but staff should know', () => {
  const withEdit = (edit: (bundle: Record<string, unknown> & { slogans: Record<string, unknown>[] }) => void) => {
    const bundle = JSON.parse(readText('content/bundle.json')) as Record<string, unknown> & { slogans: Record<string, unknown>[] };
    edit(bundle);
    return checkBundleWithWarnings(JSON.stringify(bundle, null, 2));
  };

  it('a word longer than a portrait line, and an item that starts after its event has ended, each with its place', () => {
    const result = withEdit((bundle) => {
      bundle.slogans[1]!.text = 'Truy cập https://truong.example.edu.vn/dai-hoi để xem!';
      bundle.slogans[3]!.from = '2020-10-20';
    });
    expect(result.ok).toBe(true);
    expect(result.warnings!.map((warning) => `${warning.line}:${warning.col}  ${warning.path}  ${warning.message}`)).toEqual([
      '158:15  slogans[1].text  Warning: the word "https://truong.example.edu.vn/dai-hoi" (37 characters) is longer than a line of a portrait screen at the smallest type (17): it will be broken in the middle. Put a space in it or shorten it.',
      '169:15  slogans[3].from  Warning: "from" (2020-10-20) is after the end of its event "event-tinh-xix" (2020-10-16): this item never shows. Check "from" or "event".',
    ]);
  });

  it('a bundle with problems gets no warnings, only its problems', () => {
    const result = withEdit((bundle) => {
      bundle.slogans[1]!.text = 'https://truong.example.edu.vn/dai-hoi';
      bundle.slogans[2]!.id = 'Bad Id';
    });
    expect(result.ok).toBe(false);
    expect(result.warnings).toBeUndefined();
  });
});
