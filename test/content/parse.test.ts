/**
 * Hostile and broken input (issue #6): each case is built from content/bundle.json in the test (no
 * megabyte fixtures in the repository) and has one decided outcome from checkBundle, the one door
 * the CLI, the player and the preview share: refused with a plain message at a line and column, or
 * accepted as text, which the browser test (test/e2e/hostile.test.ts) then proves inert.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBundle, type CheckResult } from '../../src/content/validate';
import { MAX_DEPTH, MAX_TEXT_LENGTH } from '../../src/content/parse';
import { LIMITS } from '../../src/content/schema';
import { readText } from '../helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editable = Record<string, any>;

const DEFAULT = readText('content/bundle.json');

/** The default bundle, changed, as staff would save it (two-space indent). */
function bundle(change: (bundle: Editable) => void): string {
  const value = JSON.parse(DEFAULT) as Editable;
  change(value);
  return JSON.stringify(value, null, 2);
}

/** 1-based line and column of the first occurrence of `needle` (a value as written in the file). */
function positionOf(text: string, needle: string, from = 0): { line: number; col: number } {
  const offset = text.indexOf(needle, from);
  if (offset === -1) throw new Error(`not in the text: ${needle.slice(0, 40)}`);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}

/** Problems as `LINE:COL  path  message`, the CLI's line without the file name. */
function lines(result: CheckResult): string[] {
  return result.problems.map((problem) => `${problem.line}:${problem.col}  ${problem.path}  ${problem.message}`);
}

function refusedOnce(text: string): CheckResult['problems'][number] {
  const result = checkBundle(text);
  expect(result.ok).toBe(false);
  expect(lines(result)).toHaveLength(1);
  return result.problems[0]!;
}

const LINK_RULE =
  'Links must be relative (e.g. "content/media/logo.png") or start with https:// — http:, data: and javascript: are not allowed.';

describe('markup in text is accepted as text, kept character for character (the browser test proves it inert)', () => {
  const payloads = [
    '<script>window.__hostile = "script"</script>',
    '<img src=x onerror="window.__hostile = \'img\'">',
    '<svg onload=alert(1)><a href="javascript:alert(1)">x</a>',
    '&lt;b&gt; &amp; {{constructor.constructor("alert(1)")()}} ${alert(1)}',
  ];

  it.each(payloads)('%s in a slogan, an announcement and a milestone', (payload) => {
    const text = bundle((value) => {
      value.slogans[0].text = payload;
      value.announcements = [{ id: 'hostile', title: payload.slice(0, LIMITS.shortText), text: payload }];
      value.milestones[0].caption = payload;
      value.phases[0].messages[0] = payload;
    });
    const result = checkBundle(text);
    expect(lines(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.bundle.slogans[0]!.text).toBe(payload);
    expect(result.bundle.announcements[0]!.text).toBe(payload);
    expect(result.bundle.milestones[0]!.caption).toBe(payload);
    expect(result.bundle.phases[0]!.messages[0]).toBe(payload);
  });

  it('emoji, Vietnamese in either normal form and a no-break space are ordinary text', () => {
    const accepted = ['Chào mừng 🇻🇳 🎉 👩‍🏫', 'Đảng'.normalize('NFD') + ' ' + 'Đảng'.normalize('NFC'), 'nhiệm kỳ\u00a02020 - 2025'];
    for (const sample of accepted) expect(checkBundle(bundle((value) => (value.slogans[0].text = sample))).ok, sample).toBe(true);
  });
});

describe('links in pictures are relative or https, whatever the disguise', () => {
  const rejected: [string, string][] = [
    ['javascript:alert(1)', LINK_RULE],
    ['JaVaScRiPt:alert(1)', LINK_RULE],
    ['data:image/png;base64,iVBORw0KGgo=', LINK_RULE],
    ['data:text/html,<script>alert(1)</script>', LINK_RULE],
    ['http://evil.example/a.png', LINK_RULE],
    ['//evil.example/a.png', LINK_RULE],
    ['\\\\evil.example\\a.png', LINK_RULE],
    ['/\\evil.example/a.png', LINK_RULE],
    [' javascript:alert(1)', LINK_RULE],
    ['\u00a0javascript:alert(1)', LINK_RULE],
    ['javascript:alert(1) ', LINK_RULE],
    ['vbscript:msgbox(1)', LINK_RULE],
    ['blob:https://evil.example/1', LINK_RULE],
    [
      'java\tscript:alert(1)',
      'The link contains an invisible control character (U+0009 TAB, character 5 of the text) that does not belong in text; delete it and retype the text.',
    ],
    [
      'java\nscript:alert(1)',
      'The link contains an invisible control character (U+000A LINE FEED, character 5 of the text) that does not belong in text; delete it and retype the text.',
    ],
    [
      'javascript\u0000:alert(1)',
      'The link contains an invisible control character (U+0000 NULL, character 11 of the text) that does not belong in text; delete it and retype the text.',
    ],
    [
      '\u0001JaVaScRiPt:alert(1)',
      'The link contains an invisible control character (U+0001 CONTROL CHARACTER, character 1 of the text) that does not belong in text; delete it and retype the text.',
    ],
    [
      '\u202egnp.a/aidem/tnetnoc',
      'The link contains an invisible control character (U+202E RIGHT-TO-LEFT OVERRIDE, character 1 of the text) that can reorder or hide text; delete it and retype the text.',
    ],
  ];

  it.each(rejected)('%j is refused', (url, message) => {
    for (const place of ['organization.logo', 'milestones[0].image', 'announcements[0].image'] as const) {
      const text = bundle((value) => {
        if (place === 'organization.logo') value.organization.logo = url;
        else if (place === 'milestones[0].image') value.milestones[0].image = url;
        else value.announcements = [{ id: 'a', text: 'Thông báo', image: url }];
      });
      const problem = refusedOnce(text);
      expect(problem, place).toEqual({ path: place, ...positionOf(text, JSON.stringify(url)), message });
    }
  });

  it("the position is the value's, not the key's", () => {
    const text = bundle((value) => (value.milestones[0].image = 'javascript:alert(1)'));
    const problem = refusedOnce(text);
    const line = text.split('\n')[problem.line - 1]!;
    expect(line.slice(problem.col - 1)).toBe('"javascript:alert(1)"');
  });

  it.each([
    'content/media/logo.png',
    './a.png',
    '/content/media/a.jpg',
    'https://example.org/a.png',
    'HTTPS://example.org/a.png',
    'jav&#x09;ascript:alert(1)',
  ])('%j is accepted (a harmless path or https)', (url) => {
    expect(lines(checkBundle(bundle((value) => (value.milestones[0].image = url))))).toEqual([]);
  });
});

describe('a megabyte where a few words belong', () => {
  const MEGABYTE = 'Đ'.repeat(1_000_000);

  /** No message or path may echo more than a few words of what was sent. */
  function short(result: CheckResult): void {
    for (const problem of result.problems) {
      expect(problem.message.length).toBeLessThan(300);
      expect(problem.path.length).toBeLessThan(120);
      expect(problem.message + problem.path).not.toContain('Đ'.repeat(50));
    }
  }

  it('in a slogan: too long, said once, without the megabyte', () => {
    const text = bundle((value) => (value.slogans[0].text = MEGABYTE));
    const started = performance.now();
    const problem = refusedOnce(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(problem).toEqual({
      path: 'slogans[0].text',
      ...positionOf(text, `"${MEGABYTE.slice(0, 10)}`),
      message: `The slogan is too long: at most ${LIMITS.slogan} characters. Shorten it or split it in two.`,
    });
    short(checkBundle(text));
  });

  it('as an unknown name: the name is clipped in the message and the path', () => {
    const text = bundle((value) => (value[MEGABYTE] = 1));
    const problem = refusedOnce(text);
    expect(problem.message).toMatch(/^Unknown name "Đ{40}…": remove it\. Names allowed here: \$schema, version,/);
    expect(problem.path).toBe(`["${'Đ'.repeat(40)}…"]`);
    short(checkBundle(text));
  });

  it('in the places that are not display text: $schema, a link, the time zone, the version', () => {
    const cases: [(value: Editable) => void, string, string][] = [
      [(value) => (value.$schema = MEGABYTE), '$schema', 'The schema link is at most 500 characters.'],
      [(value) => (value.organization.logo = `content/${MEGABYTE}.png`), 'organization.logo', 'A link is at most 500 characters.'],
      [(value) => (value.timeZone = MEGABYTE), 'timeZone', 'Unknown time zone. Use an IANA name such as "Asia/Ho_Chi_Minh".'],
      [
        (value) => (value.version = MEGABYTE),
        'version',
        'The content version is too long: at most 60 characters. Shorten it or split it in two.',
      ],
      [
        (value) => (value.slogans[0].id = MEGABYTE),
        'slogans[0].id',
        'An id uses only lowercase letters a-z, digits and "-", e.g. "phase-2".',
      ],
    ];
    for (const [change, path, message] of cases) {
      const result = checkBundle(bundle(change));
      expect(
        lines(result).map((line) => line.replace(/^\d+:\d+ {2}/, '')),
        path,
      ).toContain(`${path}  ${message}`);
      short(result);
    }
  });

  it(`a file over ${MAX_TEXT_LENGTH / 1_000_000} million characters is refused before it is parsed`, () => {
    const text = bundle((value) => (value.plan.basis = 'x'.repeat(MAX_TEXT_LENGTH)));
    const started = performance.now();
    expect(lines(checkBundle(text))).toEqual([
      `1:1  $  The file is too big (${(text.length / 1_000_000).toFixed(1)} million characters); a content bundle is at most 10 million. Check that this is the right file.`,
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
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

describe('100,000 slogans: one problem, quickly', () => {
  it.each([
    ['valid ones', (index: number) => ({ id: `s-${index}`, text: `Khẩu hiệu số ${index}` })],
    ['each of them broken too', () => ({ id: 'S', text: '', colour: 'red' })],
  ])(
    '%s',
    (_, make) => {
      const text = bundle((value) => (value.slogans = Array.from({ length: 100_000 }, (__, index) => make(index))));
      const started = performance.now();
      const result = checkBundle(text);
      const elapsed = performance.now() - started;
      expect(lines(result)).toEqual([
        `${positionOf(text, '"slogans": [').line}:${positionOf(text, '"slogans": [').col + 11}  slogans  Too many slogans: at most 1000.`,
      ]);
      // About 0.6 s on an idle 2-core machine, nearly all of it the JSON parser's; the bound catches a
      // per-item cost (a problem, a suggestion) for 100,000 items, not the machine's load.
      expect(elapsed).toBeLessThan(15_000);
    },
    60_000,
  );

  it('the same for 100,000 messages of a phase, and 1,001 slogans is already one too many', () => {
    const messages = checkBundle(bundle((value) => (value.phases[0].messages = Array.from({ length: 100_000 }, () => ''))));
    expect(lines(messages).map((line) => line.replace(/^\d+:\d+ {2}/, ''))).toEqual([
      `phases[0].messages  Too many messages: at most ${LIMITS.listItems}.`,
    ]);
    const over = checkBundle(
      bundle((value) => (value.slogans = Array.from({ length: 1001 }, (__, index) => ({ id: `s-${index}`, text: 'x' })))),
    );
    expect(lines(over).map((line) => line.replace(/^\d+:\d+ {2}/, ''))).toEqual(['slogans  Too many slogans: at most 1000.']);
  });
});

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

  it('in a name, the CLI prints the character as its code, never the character itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signage-hostile-'));
    const file = join(dir, 'hostile.json');
    writeFileSync(
      file,
      bundle((value) => (value.settings['\u001b[2J\u001b]0;owned\u0007\u202eevil'] = 1)),
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content-check.ts', file], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(run.stdout).toContain(
      'settings["<U+001B>[2J<U+001B>]0;owned<U+0007><U+202E>evil"]  Unknown name "<U+001B>[2J<U+001B>]0;owned<U+0007><U+202E>evil": remove it.',
    );
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

  it('1e300 is a number, but no phase number', () => {
    const text = DEFAULT.replace('"number": 1,', '"number": 1e300,');
    expect(refusedOnce(text)).toEqual({
      path: 'phases[0].number',
      ...positionOf(text, '1e300'),
      message: 'The phase number is at most 50.',
    });
  });

  it.each(['', '   \n\t\n', '\ufeff'])('an empty file (%j)', (text) => {
    expect(lines(checkBundle(text))).toEqual(['1:1  $  The file is empty. It should contain the content bundle, starting with {.']);
  });

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

  it('a list where a group belongs is said once, at the list', () => {
    const text = bundle((value) => (value.organization = [value.organization]));
    const list = positionOf(text, '"organization": [');
    expect(refusedOnce(text)).toEqual({
      path: 'organization',
      line: list.line,
      col: list.col + '"organization": '.length,
      message: 'Must be a group of named values in braces { … }, not a list [ … ].',
    });
  });
});
