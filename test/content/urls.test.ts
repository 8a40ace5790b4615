/**
 * Hostile and broken input (issue #6): each case is built from content/bundle.json in the test
 * (test/support/bundle-edits.ts) and has one decided outcome from checkBundle: refused with a plain
 * message at a line and column, or accepted as text, which the browser test (test/e2e/hostile.test.ts)
 * then proves inert. Here: links, relative or https only, whatever the disguise.
 */
import { describe, expect, it } from 'vitest';
import { checkBundle } from '../../src/content/validate';
import { isSafeUrl } from '../../src/content/urls';
import { bundle, lines, positionOf, refusedOnce } from '../support/bundle-edits';

const LINK_RULE =
  'Links must be relative (e.g. "content/media/logo.png") or start with https:// — http:, data: and javascript: are not allowed.';

describe('rules', () => {
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
