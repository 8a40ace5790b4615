/**
 * Hostile and broken input (issue #6): each case is built from content/bundle.json in the test
 * (test/support/bundle-edits.ts) and has one decided outcome from checkBundle: refused with a plain
 * message at a line and column, or accepted as text, which the browser test (test/e2e/hostile.test.ts)
 * then proves inert. Here: the schema's decisions (markup is text; sizes, counts and numbers have limits).
 */
import { describe, expect, it } from 'vitest';
import { checkBundle, type CheckResult } from '../../src/content/validate';
import { isRealCalendarDate, LIMITS } from '../../src/content/schema';
import { bundle, DEFAULT, lines, positionOf, refusedOnce, type Editable } from '../support/bundle-edits';

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
    const problem = refusedOnce(text);
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

describe('JSON that is valid but not a bundle', () => {
  it('1e300 is a number, but no phase number', () => {
    const text = DEFAULT.replace('"number": 1,', '"number": 1e300,');
    expect(refusedOnce(text)).toEqual({
      path: 'phases[0].number',
      ...positionOf(text, '1e300'),
      message: 'The phase number is at most 50.',
    });
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

describe('rules', () => {
  it('calendar dates are real', () => {
    expect(isRealCalendarDate('2020-02-29')).toBe(true);
    expect(isRealCalendarDate('2021-02-29')).toBe(false);
    expect(isRealCalendarDate('2020-02-30')).toBe(false);
    expect(isRealCalendarDate('2020-13-01')).toBe(false);
    expect(isRealCalendarDate('2020-1-01')).toBe(false);
  });

});
