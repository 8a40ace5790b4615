/** A bundle this build has checked is read without the checker, into the very value the checker gives. */
import { describe, expect, it, vi } from 'vitest';
import type * as v from 'valibot';
import { parseChecked, trustingBuiltIn } from '../../src/content/checked';
import { BundleSchema } from '../../src/content/schema';
import { checkBundle } from '../../src/content/validate';
import { textHash } from '../../src/content/text-hash';
import { readText } from '../helpers';

// The parts of a valibot schema the walk below follows (valibot's types name each kind apart).
type Node = v.GenericSchema & { entries?: Record<string, Node>; item?: Node; wrapped?: Node; pipe?: Node[]; options?: Node[]; default?: unknown };

/** Every place in the schema that fills a value in when the bundle leaves it out. */
function defaultsIn(schema: Node, path: string): string[] {
  const here = schema.default !== undefined ? [path] : [];
  const children: [string, Node][] = [
    ...Object.entries(schema.entries ?? {}).map(([key, child]): [string, Node] => [`${path}.${key}`, child]),
    ...(schema.item ? [[`${path}[]`, schema.item] as [string, Node]] : []),
    ...(schema.wrapped ? [[path, schema.wrapped] as [string, Node]] : []),
    ...(schema.pipe ?? []).filter((part) => part !== schema && part.kind === 'schema').map((part): [string, Node] => [path, part]),
    ...(schema.options ?? []).map((part): [string, Node] => [path, part]),
  ];
  return [...here, ...children.flatMap(([at, child]) => defaultsIn(child, at))];
}

const valid = {
  'content/bundle.json': readText('content/bundle.json'),
  'test/fixtures/minimal.json': readText('test/fixtures/minimal.json'),
  'content/bundle.json with a byte-order mark': `\ufeff${readText('content/bundle.json')}`,
  'content/bundle.json with every setting given': readText('content/bundle.json').replace(
    /"settings": \{[^}]*\}/,
    '"settings": { "defaultScreen": "lobby", "pollSeconds": 30, "updateCheckSeconds": 600, "heartbeatSeconds": 20, "staleAfterHours": 2 }',
  ),
  'content/bundle.json with only the settings it must give': readText('content/bundle.json').replace(/"settings": \{[^}]*\}/, '"settings": { "defaultScreen": "lobby" }'),
};

describe('parseChecked', () => {
  it('the only values the schema adds are those parseChecked fills in', () => {
    expect(defaultsIn(BundleSchema as unknown as Node, '$').sort()).toEqual(
      ['$.settings.heartbeatSeconds', '$.settings.pollSeconds', '$.settings.staleAfterHours', '$.settings.updateCheckSeconds', '$.videos'].sort(),
    );
  });

  it.each(Object.entries(valid))('gives what the checker gives: %s', (_name, text) => {
    const full = checkBundle(text);
    if (!full.ok) throw new Error(full.problems[0]?.message);
    expect(parseChecked(text)).toEqual(full.bundle);
  });
});

describe('trustingBuiltIn', () => {
  const text = readText('content/bundle.json');
  const hash = textHash(text);

  it("takes the build's own bytes without the checker, and checks any others", async () => {
    const check = vi.fn(() => Promise.resolve({ ok: false as const, problems: [] }));
    const trusting = trustingBuiltIn(hash, check);
    expect(await trusting(text, hash)).toEqual({ ok: true, bundle: checkBundle(text).bundle, problems: [] });
    expect(check).not.toHaveBeenCalled();
    const other = text.replace('"version": "2020-02-10.1"', '"version": "v2"');
    expect((await trusting(other, textHash(other))).ok).toBe(false);
    expect(check).toHaveBeenCalledTimes(1);
    // A build whose own bundle failed its check trusts nothing.
    expect((await trustingBuiltIn('', check)(text, hash)).ok).toBe(false);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('bytes that claim the hash but are not JSON go to the checker', async () => {
    const check = vi.fn(() => Promise.resolve({ ok: false as const, problems: [] }));
    expect((await trustingBuiltIn('1:x', check)('{ broken', '1:x')).ok).toBe(false);
    expect(check).toHaveBeenCalledTimes(1);
  });
});
