/** The JSON editor's completions from content/schema.json (the generated JSON Schema of the bundle). */
import { describe, expect, it } from 'vitest';
import { completionsAt, schemaAt, shapeOf, type JsonSchema } from '../../src/preview/schema-completion';
import { readText } from '../helpers';

const schema = JSON.parse(readText('content/schema.json')) as JsonSchema;

/** The text with `|` taken out, and the cursor's offset where it stood. */
function at(marked: string): [string, number] {
  const offset = marked.indexOf('|');
  return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}

describe('schema completions in the JSON editor', () => {
  it('offers the fields an announcement may still take, required ones first, with their shape, and not the ones it has', () => {
    const [text, offset] = at('{\n  "announcements": [\n    { "text": "Họp chi bộ", "| }\n  ]\n}');
    const found = completionsAt(text, offset, schema)!;
    const labels = found.options.map((option) => option.label);
    expect(labels).not.toContain('text');
    expect(labels).toEqual(expect.arrayContaining(['id', 'title', 'priority', 'from', 'until', 'image']));
    expect(found.options.find((option) => option.label === 'from')!.detail).toBe('"YYYY-MM-DD"');
    const priority = found.options.find((option) => option.label === 'priority')!;
    expect(priority).toMatchObject({ apply: '"priority": "normal"', detail: '"normal" | "urgent"', kind: 'property' });
    // The typed quote is replaced, not doubled.
    expect(text.slice(found.from, found.to)).toBe('"');
    const requiredFirst = found.options.map((option) => option.required);
    expect(requiredFirst).toEqual([...requiredFirst].sort((a, b) => Number(b) - Number(a)));
  });

  it('at the top level, offers the sections a bundle lacks; a new text field puts the cursor between its quotes', () => {
    const [text, offset] = at('{\n  "timeZone": "Asia/Ho_Chi_Minh",\n  "ver|\n}');
    const found = completionsAt(text, offset, schema)!;
    const labels = found.options.map((option) => option.label);
    expect(labels).toEqual(expect.arrayContaining(['slogans', 'phases', 'screens', 'settings']));
    // The key being typed is not taken for one the bundle has; "$schema" is never offered.
    expect(labels).toContain('version');
    expect(labels).not.toContain('timeZone');
    expect(labels).not.toContain('$schema');
    expect(text.slice(found.from, found.to)).toBe('"ver');
    const version = found.options.find((option) => option.label === 'version')!;
    expect(version.apply).toBe('"version": ""');
    expect(version.apply.slice(0, version.cursor)).toBe('"version": "');
    expect(found.options.find((option) => option.label === 'slogans')!.apply).toBe('"slogans": []');
  });

  it('offers the values a field allows: a screen orientation, a slide kind in a list, true or false', () => {
    const [orientationText, orientationAt] = at('{ "screens": [ { "name": "sanh", "orientation": | } ] }');
    expect(completionsAt(orientationText, orientationAt, schema)!.options.map((option) => option.label)).toEqual([
      '"landscape"',
      '"portrait"',
    ]);
    const [kindText, kindAt] = at('{ "screens": [ { "slideKinds": ["slogan", "co|"] } ] }');
    const kinds = completionsAt(kindText, kindAt, schema)!;
    expect(kinds.options.map((option) => option.label)).toContain('"countdown"');
    expect(kindText.slice(kinds.from, kinds.to)).toBe('"co"');
    const booleanPath = findBooleanPath(schema, []);
    expect(booleanPath, 'the schema has a true/false field').toBeDefined();
    expect(schemaAt(schema, booleanPath!)).toBeDefined();
  });

  it('offers nothing where the schema says nothing (a free text, an unknown section)', () => {
    const [text, offset] = at('{ "slogans": [ { "text": "Chào mừ|" } ] }');
    expect(completionsAt(text, offset, schema)).toBeUndefined();
    const [unknown, unknownAt] = at('{ "khongCo": { "| } }');
    expect(completionsAt(unknown, unknownAt, schema)).toBeUndefined();
  });

  it('writes shapes in JSON signs with their limits', () => {
    expect(shapeOf({ type: 'string', maxLength: 120 })).toBe('"…" ≤ 120');
    expect(shapeOf({ type: 'array' })).toBe('[ ]');
    expect(shapeOf({ type: 'integer', minimum: 1, maximum: 600 })).toBe('1–600');
    expect(shapeOf({ anyOf: [{ type: 'string' }, { type: 'boolean' }] })).toBe('"…" | true | false');
  });
});

/** The path of some true/false field in the schema, to check values are offered for one. */
function findBooleanPath(node: JsonSchema, path: (string | number)[]): (string | number)[] | undefined {
  if (node.type === 'boolean') return path;
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const found = findBooleanPath(child, [...path, name]);
    if (found) return found;
  }
  return node.items ? findBooleanPath(node.items, [...path, 0]) : undefined;
}
