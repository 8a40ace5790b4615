/**
 * Hostile and broken input (issue #6): each case is built from content/bundle.json in the test
 * (test/support/bundle-edits.ts) and has one decided outcome from checkBundle: refused with a plain
 * message at a line and column, or accepted as text, which the browser test (test/e2e/hostile.test.ts)
 * then proves inert. Here: what the parser decides before any schema (size, nesting, encoding, names, numbers).
 */
import { describe, expect, it } from 'vitest';
import { checkBundle } from '../../src/content/validate';
import { MAX_DEPTH, MAX_TEXT_LENGTH } from '../../src/content/parse';
import { bundle, DEFAULT, lines, positionOf, refusedOnce, type Editable } from '../support/bundle-edits';

describe('a megabyte where a few words belong', () => {
  it(`a file over ${MAX_TEXT_LENGTH / 1_000_000} million characters is refused before it is parsed`, () => {
    const text = bundle((value) => (value.plan.basis = 'x'.repeat(MAX_TEXT_LENGTH)));
    expect(lines(checkBundle(text))).toEqual([
      `1:1  $  The file is too big (${(text.length / 1_000_000).toFixed(1)} million characters); a content bundle is at most 10 million. Check that this is the right file.`,
    ]);
  });
});

describe('10,000-deep nesting is refused before any recursive step', () => {
  const message = `Brackets are nested more than ${MAX_DEPTH} levels deep here; a content bundle never needs that. Check for stray [ or {.`;

  // The slogan's text sits 3 levels down ({ "slogans": [ { ): the refused bracket is the 62nd of the nest.
  it.each([
    ['arrays', (depth: number) => '['.repeat(depth) + ']'.repeat(depth), 61],
    ['objects', (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), 61 * 5],
    [
      'mixed, with brackets inside strings',
      (depth: number) => '[{"x":"]]]}}}",'.repeat(depth / 2) + '"y":1' + '}]'.repeat(depth / 2),
      30 * 15 + 1,
    ],
  ])('%s, in a slogan', (_, nest, refusedAt) => {
    for (const depth of [10_000, 1_000_000]) {
      const text = bundle((value) => (value.slogans[0].text = 'NEST-HERE')).replace('"NEST-HERE"', nest(depth));
      const start = positionOf(text, nest(4).slice(0, 4));
      const problem = refusedOnce(text);
      expect(problem.path).toBe('$');
      expect(problem.message).toBe(message);
      expect([problem.line, problem.col]).toEqual([start.line, start.col + refusedAt]);
    }
  });

  it('64 levels are parsed normally (and refused by the schema, not the parser)', () => {
    const text = bundle((value) => (value.slogans[0].text = 'NEST-HERE')).replace(
      '"NEST-HERE"',
      '['.repeat(MAX_DEPTH - 3) + ']'.repeat(MAX_DEPTH - 3),
    );
    expect(lines(checkBundle(text))).toEqual([
      `${positionOf(text, '[[[').line}:${positionOf(text, '[[[').col}  slogans[0].text  The slogan must be text in quotes.`,
    ]);
  });
});

describe('broken characters and bytes', () => {
  it('bytes that are not UTF-8 (a file saved as Windows-1258 or Latin-1) are refused at the first one, as the loader and the CLI decode them', () => {
    const good = Buffer.from(
      bundle(() => {}),
      'utf8',
    );
    const at = good.indexOf(Buffer.from('Thanh Hóa', 'utf8'));
    const broken = Buffer.concat([
      good.subarray(0, at),
      Buffer.from('Thanh H\xf3a', 'latin1'),
      good.subarray(at + Buffer.byteLength('Thanh Hóa')),
    ]);
    // response.text() in the player and readFileSync(…, 'utf8') in the CLI both decode like this.
    const text = new TextDecoder('utf-8').decode(broken);
    expect(text).toBe(broken.toString('utf8'));
    expect(lines(checkBundle(text))).toEqual([
      `${positionOf(text, '\ufffd').line}:${positionOf(text, '\ufffd').col}  plan.place  This character cannot be read: the file is not saved as UTF-8. Save it again choosing the encoding "UTF-8" (in Notepad: File → Save as → Encoding), then check it again.`,
    ]);
  });

  it('a byte-order mark at the start is accepted, and positions stay those of the file', () => {
    expect(checkBundle(`\ufeff${DEFAULT}`).ok).toBe(true);
    const broken = bundle((value) => (value.slogans[0].text = ''));
    expect(lines(checkBundle(`\ufeff${broken}`))).toEqual(lines(checkBundle(broken)));
  });
});

describe('names that JavaScript treats specially', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('"%s" is an unknown name, wherever it is, and pollutes nothing', (key) => {
    const places: [string, string, string][] = [
      [key, '{\n', `{\n  "${key}": {"polluted": true, "toString": 1},\n`],
      [`settings.${key}`, '"settings": {\n', `"settings": {\n    "${key}": {"polluted": true},\n`],
      [`slogans[0].${key}`, '"slogans": [\n    {\n', `"slogans": [\n    {\n      "${key}": {"polluted": true},\n`],
    ];
    for (const [path, anchor, replacement] of places) {
      const text = DEFAULT.replace(anchor, replacement);
      const result = checkBundle(text);
      expect(result.ok).toBe(false);
      expect(result.problems.map((problem) => [problem.path, problem.line, problem.col])).toEqual([
        [path, positionOf(text, `"${key}"`, text.indexOf(replacement)).line, positionOf(text, `"${key}"`, text.indexOf(replacement)).col],
      ]);
      expect(result.problems[0]!.message).toMatch(new RegExp(`^Unknown name "${key}": remove it\\. Names allowed here: `));
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Editable).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('a "__proto__" given twice is a duplicate like any other name', () => {
    const text = DEFAULT.replace('{\n', '{\n  "__proto__": 1,\n  "__proto__": {"polluted": 1},\n');
    expect(lines(checkBundle(text))).toContain(
      `3:3  __proto__  "__proto__" appears twice in the same group; only the last one would count. Remove one.`,
    );
    expect(({} as Editable).polluted).toBeUndefined();
  });
});

describe('JSON that is valid but not a bundle', () => {
  it('a duplicate name is reported at its second appearance', () => {
    const text = DEFAULT.replace('"text": "Thi đua lập thành tích', '"text": "Lần một", "text": "Thi đua lập thành tích');
    expect(refusedOnce(text)).toEqual({
      path: 'slogans[0].text',
      ...positionOf(text, '"text": "Thi đua lập'),
      message: '"text" appears twice in the same group; only the last one would count. Remove one.',
    });
  });

  it.each(['1e400', '-1e400', '1E+999'])('%s, a number too large to be one, is said once', (number) => {
    const text = DEFAULT.replace('"slideSeconds": 12', `"slideSeconds": ${number}`);
    expect(refusedOnce(text)).toEqual({
      path: 'screens[0].slideSeconds',
      ...positionOf(text, number),
      message: 'This number is too large. Write an ordinary number, e.g. 12 or 1.5.',
    });
  });

  it.each(['', '   \n\t\n', '\ufeff'])('an empty file (%j)', (text) => {
    expect(lines(checkBundle(text))).toEqual(['1:1  $  The file is empty. It should contain the content bundle, starting with {.']);
  });

});
