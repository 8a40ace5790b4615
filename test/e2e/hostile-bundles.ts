/**
 * What test/e2e/hostile.test.ts publishes and under which policy: the Content-Security-Policy of
 * deploy/nginx.conf by request path, and the hostile bundles, refused or accepted as text (their
 * exact messages are the unit tests', test/content/*.test.ts).
 */
import { readFileSync } from 'node:fs';
import { defaultBundle } from './harness';

export const BUNDLE_PATH = '/content/bundle.json';

export type Editable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * deploy/nginx.conf's Content-Security-Policy for a request path, chosen as nginx chooses a
 * location: an exact match, else a regex in order, else the longest prefix (no `^~` in that file).
 */
export function nginxPolicies(conf = readFileSync('deploy/nginx.conf', 'utf8')): (path: string) => string | undefined {
  const variables = new Map([...conf.matchAll(/^\s*set \$(\w+) "([^"]*)";/gm)].map((match) => [match[1]!, match[2]!]));
  const locations: { kind: '=' | '~' | 'prefix'; pattern: string; policy: string | undefined }[] = [];
  for (const match of conf.matchAll(/^\s*location\s+(?:(=|~)\s+)?(\S+)\s*\{/gm)) {
    let depth = 1;
    let end = match.index + match[0].length;
    while (depth > 0 && end < conf.length) {
      const character = conf[end++];
      if (character === '{') depth++;
      else if (character === '}') depth--;
    }
    const body = conf.slice(match.index + match[0].length, end - 1);
    const header = /add_header\s+Content-Security-Policy\s+(?:"([^"]*)"|\$(\w+))/.exec(body);
    const policy = header ? (header[1] ?? variables.get(header[2]!)) : undefined;
    if (header && policy === undefined) throw new Error(`deploy/nginx.conf: unknown variable $${header[2]}`);
    locations.push({ kind: (match[1] as '=' | '~' | undefined) ?? 'prefix', pattern: match[2]!, policy });
  }
  return (path) => {
    const exact = locations.find((location) => location.kind === '=' && location.pattern === path);
    if (exact) return exact.policy;
    const regex = locations.find((location) => location.kind === '~' && new RegExp(location.pattern).test(path));
    if (regex) return regex.policy;
    const prefixes = locations.filter((location) => location.kind === 'prefix' && path.startsWith(location.pattern));
    return prefixes.sort((a, b) => b.pattern.length - a.pattern.length)[0]?.policy;
  };
}

export function bundleText(change: (bundle: Editable) => void = () => {}): string {
  const bundle = defaultBundle() as Editable;
  change(bundle);
  return JSON.stringify(bundle, null, 2);
}

export const GOOD = bundleText((bundle) => (bundle.version = 'good-1'));

/** The good bundle with one place name saved in Latin-1, as an editor set to another encoding would. */
function latin1Place(): Buffer {
  const good = Buffer.from(GOOD, 'utf8');
  const at = good.indexOf(Buffer.from('Thanh Hóa', 'utf8'));
  if (at === -1) throw new Error('no "Thanh Hóa" in the bundle');
  return Buffer.concat([good.subarray(0, at), Buffer.from('Thanh H\u00f3a', 'latin1'), good.subarray(at + Buffer.byteLength('Thanh Hóa'))]);
}

/** Refused bundles, each with a fragment of its content-error: the messages differ, so each change shows. */
export const REFUSED: { name: string; body: () => string | Buffer; error: string }[] = [
  {
    name: 'a javascript: link disguised in mixed case',
    body: () => bundleText((b) => (b.milestones[0].image = 'JaVaScRiPt:window.__hostile=1')),
    error: 'milestones[0].image: Links must be relative',
  },
  {
    name: 'a data: link',
    body: () => bundleText((b) => (b.organization.logo = 'data:image/svg+xml,<svg onload=alert(1)>')),
    error: 'organization.logo: Links must be relative',
  },
  {
    name: 'a 1 MB slogan',
    body: () => bundleText((b) => (b.slogans[0].text = 'Đ'.repeat(1_000_000))),
    error: 'slogans[0].text: The slogan is too long',
  },
  {
    name: '10,000-deep nesting',
    body: () => bundleText((b) => (b.slogans[0].text = 'NEST')).replace('"NEST"', '['.repeat(10_000) + ']'.repeat(10_000)),
    error: 'nested more than 64 levels',
  },
  {
    name: '100,000 slogans',
    body: () =>
      bundleText((b) => (b.slogans = Array.from({ length: 100_000 }, (_, index) => ({ id: `s-${index}`, text: `Khẩu hiệu ${index}` })))),
    error: 'slogans: Too many slogans: at most 1000.',
  },
  {
    name: 'a right-to-left override in a slogan',
    body: () => bundleText((b) => (b.slogans[1].text = '\u202e!gnảĐ nợm oáhC')),
    error: 'slogans[1].text: The slogan contains an invisible control character (U+202E RIGHT-TO-LEFT OVERRIDE',
  },
  {
    name: 'NUL and ESC in an announcement',
    body: () => bundleText((b) => (b.announcements = [{ id: 'a', text: 'Họp\u0000\u001b[2J lúc 14 giờ' }])),
    error: 'The announcement contains an invisible control character (U+0000 NULL',
  },
  {
    name: 'a "__proto__" name',
    body: () => GOOD.replace('{\n', '{\n  "__proto__": {"polluted": true, "toString": "x"},\n'),
    error: 'Unknown name "__proto__"',
  },
  {
    name: 'bytes that are not UTF-8',
    body: () => latin1Place(),
    error: 'plan.place: This character cannot be read: the file is not saved as UTF-8',
  },
  {
    name: 'a lone surrogate',
    body: () => bundleText((b) => (b.slogans[0].text = 'Chào mừng \ud83c!')),
    error: 'contains a broken character (U+D83C',
  },
  { name: '1e400', body: () => GOOD.replace('"slideSeconds": 12', '"slideSeconds": 1e400'), error: 'This number is too large' },
  { name: 'an empty file', body: () => '', error: 'The file is empty' },
  { name: 'a JSON list at the top level', body: () => `[${GOOD}]`, error: 'but it holds a list' },
];

/** Markup in every kind of text: accepted as text. Each payload would set window.__hostile if it ran. */
export const PAYLOADS = {
  script: '<script>window.__hostile = "script"</script>',
  img: '<img src=x onerror="window.__hostile = \'img\'">',
  svg: '<svg><script>window.__hostile = "svg"</script></svg><iframe srcdoc="<script>parent.__hostile=1</script>"></iframe>',
};
export const MARKUP = bundleText((bundle) => {
  bundle.version = 'markup-1';
  bundle.slogans = [{ id: 'xss-script', text: PAYLOADS.script }, { id: 'xss-img', text: PAYLOADS.img }, ...bundle.slogans];
  bundle.announcements = [{ id: 'xss', title: PAYLOADS.img, text: PAYLOADS.svg }];
  bundle.milestones[0].caption = PAYLOADS.img;
  bundle.milestones[0].figure = '<b>35</b>';
});
