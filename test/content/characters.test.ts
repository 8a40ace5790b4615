/**
 * Hostile and broken input (issue #6): each case is built from content/bundle.json in the test
 * (test/support/bundle-edits.ts) and has one decided outcome from checkBundle: refused with a plain
 * message at a line and column, or accepted as text, which the browser test (test/e2e/hostile.test.ts)
 * then proves inert. Here: characters that cannot be seen in an editor, or are broken, in display text.
 */
import { describe, expect, it } from 'vitest';
import { checkBundle } from '../../src/content/validate';
import { bundle, lines, positionOf, refusedOnce, type Editable } from '../support/bundle-edits';

describe('invisible characters in display text are refused by name', () => {
  const named: [number, string, 'bidi' | 'control'][] = [
    [0x00, 'NULL', 'control'],
    [0x07, 'BELL', 'control'],
    [0x09, 'TAB', 'control'],
    [0x0a, 'LINE FEED', 'control'],
    [0x0d, 'CARRIAGE RETURN', 'control'],
    [0x1b, 'ESCAPE', 'control'],
    [0x1f, 'CONTROL CHARACTER', 'control'],
    [0x7f, 'DELETE', 'control'],
    [0x80, 'CONTROL CHARACTER', 'control'],
    [0x85, 'NEXT LINE', 'control'],
    [0x9f, 'CONTROL CHARACTER', 'control'],
    [0x2028, 'LINE SEPARATOR', 'control'],
    [0x2029, 'PARAGRAPH SEPARATOR', 'control'],
    [0xfeff, 'ZERO WIDTH NO-BREAK SPACE', 'control'],
    [0x061c, 'ARABIC LETTER MARK', 'bidi'],
    [0x200e, 'LEFT-TO-RIGHT MARK', 'bidi'],
    [0x200f, 'RIGHT-TO-LEFT MARK', 'bidi'],
    [0x202a, 'LEFT-TO-RIGHT EMBEDDING', 'bidi'],
    [0x202b, 'RIGHT-TO-LEFT EMBEDDING', 'bidi'],
    [0x202c, 'POP DIRECTIONAL FORMATTING', 'bidi'],
    [0x202d, 'LEFT-TO-RIGHT OVERRIDE', 'bidi'],
    [0x202e, 'RIGHT-TO-LEFT OVERRIDE', 'bidi'],
    [0x2066, 'LEFT-TO-RIGHT ISOLATE', 'bidi'],
    [0x2067, 'RIGHT-TO-LEFT ISOLATE', 'bidi'],
    [0x2068, 'FIRST STRONG ISOLATE', 'bidi'],
    [0x2069, 'POP DIRECTIONAL ISOLATE', 'bidi'],
  ];
  const code = (value: number) => `U+${value.toString(16).toUpperCase().padStart(4, '0')}`;
  const expectedMessage = (what: string, value: number, name: string, kind: string, position: number) =>
    `${what} contains an invisible control character (${code(value)} ${name}, character ${position} of the text) that ${kind === 'bidi' ? 'can reorder or hide text' : 'does not belong in text'}; delete it and retype the text.`;

  it.each(named)('U+%s, written as a \\u escape, in each kind of text', (value, name, kind) => {
    const character = String.fromCharCode(value);
    const places: [string, string, (bundle: Editable) => void][] = [
      ['slogans[0].text', 'The slogan', (b) => (b.slogans[0].text = `Đoàn kết${character} dân chủ`)],
      ['announcements[0].text', 'The announcement', (b) => (b.announcements = [{ id: 'a', text: `Đoàn kết${character} dân chủ` }])],
      ['milestones[0].caption', 'The caption', (b) => (b.milestones[0].caption = `Đoàn kết${character} dân chủ`)],
      ['phases[1].messages[2]', 'A message', (b) => (b.phases[1].messages[2] = `Đoàn kết${character} dân chủ`)],
      ['organization.unit', 'The unit name', (b) => (b.organization.unit = `Đoàn kết${character} dân chủ`)],
    ];
    for (const [path, what, change] of places) {
      const text = bundle(change);
      // JSON.stringify writes C0 and lone surrogates as \u escapes, other characters as they are: both kinds reach the schema.
      const written = JSON.stringify(`Đoàn kết${character} dân chủ`);
      expect(refusedOnce(text)).toEqual({ path, ...positionOf(text, written), message: expectedMessage(what, value, name, kind, 9) });
    }
  });

  it('written as the character itself: C0 is a JSON syntax error, pointed at and named; C1 and bidi reach the schema', () => {
    const raw = (character: string) =>
      bundle((value) => (value.slogans[0].text = 'MARK')).replace('"MARK"', `"Đoàn kết${character} dân chủ"`);
    for (const [c0, name] of [
      ['\u0000', 'NULL'],
      ['\u001b', 'ESCAPE'],
      ['\t', 'TAB'],
    ] as const) {
      const text = raw(c0);
      expect(refusedOnce(text)).toEqual({
        path: 'slogans[0].text',
        ...positionOf(text, c0),
        message: expectedMessage('This text', c0.charCodeAt(0), name, 'control', 9),
      });
    }
    for (const [character, name, kind] of [
      ['\u0085', 'NEXT LINE', 'control'],
      ['\u202e', 'RIGHT-TO-LEFT OVERRIDE', 'bidi'],
      ['\u2066', 'LEFT-TO-RIGHT ISOLATE', 'bidi'],
    ] as const) {
      const text = raw(character);
      expect(refusedOnce(text)).toEqual({
        path: 'slogans[0].text',
        ...positionOf(text, '"Đoàn kết'),
        message: expectedMessage('The slogan', character.charCodeAt(0), name, kind, 9),
      });
    }
  });

  it('a right-to-left override that disguises a slogan is refused even at its very start or end (not trimmed away)', () => {
    for (const slogan of ['\u202e!gnảĐ', 'Đảng\u202c', '\u2067Đảng\u2069']) {
      const problem = refusedOnce(bundle((value) => (value.slogans[0].text = slogan)));
      expect(problem.message).toMatch(/^The slogan contains an invisible control character \(U\+(202E|202C|2067) /);
    }
  });

  it('only the first is named, once per text', () => {
    const result = checkBundle(bundle((value) => (value.slogans[0].text = '\u202ea\u202eb\u0000c')));
    expect(lines(result)).toHaveLength(1);
    expect(result.problems[0]!.message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE, character 1 of the text');
  });

});

describe('broken characters and bytes', () => {
  it('a lone surrogate (half of an emoji) is refused', () => {
    for (const half of ['\ud83c', '\udf89']) {
      const text = bundle((value) => (value.slogans[0].text = `Chào mừng ${half}!`));
      expect(refusedOnce(text)).toEqual({
        path: 'slogans[0].text',
        ...positionOf(text, '"Chào mừng'),
        message: `The slogan contains a broken character (U+${half.charCodeAt(0).toString(16).toUpperCase()}, character 11 of the text): half of a character whose other half is missing. Delete it and retype the text.`,
      });
    }
  });

});
