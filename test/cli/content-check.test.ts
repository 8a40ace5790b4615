import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { checkBundle } from '../../src/content/validate';
import { bundleJsonSchema } from '../../src/content/json-schema';
import { isRealCalendarDate } from '../../src/content/schema';
import { isSafeUrl } from '../../src/content/urls';
import { readText } from '../helpers';

const brokenDir = new URL('../fixtures/broken/', import.meta.url);
const brokenCases = readdirSync(brokenDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('the default bundle', () => {
  it('is valid', () => {
    const result = checkBundle(readText('content/bundle.json'));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
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

  it('names its JSON schema, and the committed schema.json is what `npm run schema` writes', () => {
    expect(JSON.parse(readText('content/bundle.json')).$schema).toBe('./schema.json');
    expect(readText('content/schema.json')).toBe(bundleJsonSchema());
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

describe('rules', () => {
  it('calendar dates are real', () => {
    expect(isRealCalendarDate('2020-02-29')).toBe(true);
    expect(isRealCalendarDate('2021-02-29')).toBe(false);
    expect(isRealCalendarDate('2020-02-30')).toBe(false);
    expect(isRealCalendarDate('2020-13-01')).toBe(false);
    expect(isRealCalendarDate('2020-1-01')).toBe(false);
  });

  it('URLs are relative or https only', () => {
    for (const ok of ['media/logo.png', '/content/media/a.jpg', './a.png', 'https://example.org/a.png'])
      expect(isSafeUrl(ok), ok).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:image/png;base64,AA',
      'http://example.org/a.png',
      '//evil.example/a.png',
      'java\tscript:alert(1)',
      ' https://a.b',
      'vbscript:x',
      '\\\\evil\\a',
    ])
      expect(isSafeUrl(bad), bad).toBe(false);
  });
});

describe('npm run content:check', () => {
  const cli = (file?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content-check.ts', ...(file ? [file] : [])], { encoding: 'utf8' });

  it('exits 0 with one summary line on the default content', () => {
    const run = cli();
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      'content/bundle.json: OK — 5 phases, 5 slogans, 10 milestones, 4 events, 0 announcements, 4 inferred dates',
    ]);
  });

  it('exits 1 and prints FILE:LINE:COL  path  message for each problem', () => {
    const run = cli('test/fixtures/broken/misspelt-key.json');
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe(
      'test/fixtures/broken/misspelt-key.json:31:7  phases[1].strat  Unknown name "strat": did you mean "start"?',
    );
  });

  it('exits 2 when the file cannot be read', () => {
    const run = cli('test/fixtures/no-such-file.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot read the file \(ENOENT\)/);
  });

  it("a bundle of over 1.5 MB is checked as valid (the 5 MB timing is npm run bench's)", () => {
    const bundle = JSON.parse(readText('test/fixtures/minimal.json'));
    const slogan = 'Chào mừng Đại hội đại biểu toàn quốc lần thứ XIII của Đảng! '.repeat(2).trim();
    bundle.slogans = Array.from({ length: 1000 }, (_, index) => ({ id: `s${index}`, text: slogan }));
    bundle.milestones = Array.from({ length: 500 }, (_, index) => ({
      id: `m${index}`,
      figure: '35',
      unit: 'năm',
      caption: 'đổi mới '.repeat(40).trim(),
    }));
    bundle.themes = Array.from({ length: 500 }, (_, index) => ({ id: `t${index}`, text: 'Tuyên truyền '.repeat(150).trim() }));
    bundle.purposes = Array.from({ length: 500 }, (_, index) => ({ id: `u${index}`, text: 'Mục đích '.repeat(200).trim() }));
    const text = JSON.stringify(bundle, null, 2);
    expect(text.length).toBeGreaterThan(1_500_000);
    expect(checkBundle(text).ok).toBe(true);
  });
});

it('the CLI is runnable through npm', () => {
  const out = execFileSync('npm', ['run', '-s', 'content:check', '--', 'test/fixtures/minimal.json'], { encoding: 'utf8' });
  expect(out).toMatch(/^test\/fixtures\/minimal\.json: OK/);
});
