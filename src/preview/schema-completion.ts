/**
 * What the JSON editor offers at the cursor, from the bundle's JSON Schema (content/schema.json,
 * generated from the checker's valibot schema): the fields an object may still take, and the values
 * a field allows (its enum, true/false). Pure: the editor (preview-json-editor.ts) turns the answer
 * into CodeMirror completions. The schema's shape here is the part the generator writes (properties,
 * items, required, enum, anyOf/oneOf); an unknown shape offers nothing rather than a wrong guess.
 */
import { findNodeAtLocation, getLocation, parseTree, type JSONPath } from 'jsonc-parser';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: readonly (string | number | boolean)[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
}

export interface SchemaCompletion {
  /** What the list shows: a field's name, or a value as it is written in JSON. */
  label: string;
  /** What replaces the typed part: `"name": ` and an empty value of the field's type, or the value. */
  apply: string;
  /** The cursor's place after `apply`, counted from its start (inside the empty value). */
  cursor: number;
  /** The shape of what goes there, in JSON's own signs: "…" text, [ ] list, { } group, a number's range. */
  detail: string;
  /** The object must have this field (the checker refuses a bundle without it). */
  required: boolean;
  kind: 'property' | 'value';
}

export interface SchemaCompletions {
  /** Offsets of the typed part the chosen completion replaces. */
  from: number;
  to: number;
  options: SchemaCompletion[];
}

/** The schema of the value at `path`, or undefined where the schema says nothing about it. */
export function schemaAt(schema: JsonSchema, path: JSONPath): JsonSchema | undefined {
  let here: JsonSchema | undefined = schema;
  for (const segment of path) {
    if (!here) return undefined;
    const variants = alternatives(here);
    here =
      typeof segment === 'number'
        ? variants.map((each) => each.items).find(Boolean)
        : variants.map((each) => each.properties?.[segment]).find(Boolean);
  }
  return here;
}

function alternatives(schema: JsonSchema): JsonSchema[] {
  const more = schema.anyOf ?? schema.oneOf;
  return more ? [schema, ...more.flatMap(alternatives)] : [schema];
}

function types(schema: JsonSchema): string[] {
  const all = alternatives(schema).flatMap((each) => (each.type === undefined ? [] : [each.type].flat()));
  return [...new Set(all)];
}

/** The empty value a field of this schema starts with, and where the cursor goes in it. */
function emptyValue(schema: JsonSchema): { text: string; cursor: number } {
  if (schema.enum?.length) return { text: JSON.stringify(schema.enum[0]), cursor: JSON.stringify(schema.enum[0]).length };
  const [type] = types(schema);
  switch (type) {
    case 'string':
      return { text: '""', cursor: 1 };
    case 'array':
      return { text: '[]', cursor: 1 };
    case 'object':
      return { text: '{}', cursor: 1 };
    case 'boolean':
      return { text: 'true', cursor: 4 };
    case 'number':
    case 'integer':
      return { text: String(schema.minimum ?? 0), cursor: String(schema.minimum ?? 0).length };
    default:
      return { text: '', cursor: 0 };
  }
}

/** The shape of a value in JSON's own signs, with its limit: "…" ≤ 120, "YYYY-MM-DD", [ ], { }, 1–600, true | false. */
export function shapeOf(schema: JsonSchema): string {
  if (schema.enum?.length) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  return types(schema)
    .map((type) => {
      if (type === 'string' && schema.pattern?.startsWith('^\\d{4}-\\d{2}-\\d{2}')) return '"YYYY-MM-DD"';
      if (type === 'string') return schema.maxLength === undefined ? '"…"' : `"…" ≤ ${schema.maxLength}`;
      if (type === 'array') return schema.maxItems === undefined ? '[ ]' : `[ ] ≤ ${schema.maxItems}`;
      if (type === 'object') return '{ }';
      if (type === 'boolean') return 'true | false';
      if (type === 'number' || type === 'integer')
        return schema.minimum !== undefined && schema.maximum !== undefined ? `${schema.minimum}–${schema.maximum}` : type;
      return type;
    })
    .join(' | ');
}

/** The keys the object at `path` has already (the one being typed is not counted). */
function keysPresent(text: string, path: JSONPath, typing: number): Set<string> {
  const root = parseTree(text);
  const object = root && (path.length === 0 ? root : findNodeAtLocation(root, path));
  const keys = new Set<string>();
  for (const property of object?.type === 'object' ? (object.children ?? []) : []) {
    const key = property.children?.[0];
    if (key && typeof key.value === 'string' && !(typing >= key.offset && typing <= key.offset + key.length)) keys.add(key.value);
  }
  return keys;
}

/** The quoted or bare word that ends at `offset` (what staff have typed of a key or a value). */
function typedPart(text: string, offset: number): { from: number; to: number } {
  const before = /"?[^\s"{}[\],:]*$/.exec(text.slice(0, offset))?.[0] ?? '';
  const after = /^[^\s"{}[\],:]*"?/.exec(text.slice(offset))?.[0] ?? '';
  return { from: offset - before.length, to: offset + after.length };
}

/** The completions at `offset` in `text` (the editor's whole document), or undefined when the schema offers none there. */
export function completionsAt(text: string, offset: number, schema: JsonSchema): SchemaCompletions | undefined {
  const location = getLocation(text, offset);
  const typed = typedPart(text, offset);
  if (location.isAtPropertyKey) {
    const objectPath = location.path.slice(0, -1);
    const object = schemaAt(schema, objectPath);
    if (!object) return undefined;
    const present = keysPresent(text, objectPath, offset);
    const required = new Set(alternatives(object).flatMap((each) => each.required ?? []));
    const fields = alternatives(object).flatMap((each) => Object.entries(each.properties ?? {}));
    const seen = new Set<string>();
    const options: SchemaCompletion[] = [];
    for (const [name, field] of fields) {
      if (present.has(name) || seen.has(name) || name === '$schema') continue;
      seen.add(name);
      const value = emptyValue(field);
      const head = `${JSON.stringify(name)}: `;
      options.push({
        label: name,
        apply: head + value.text,
        cursor: head.length + value.cursor,
        detail: shapeOf(field),
        required: required.has(name),
        kind: 'property',
      });
    }
    // Required fields first: those are what a new item cannot do without.
    options.sort((a, b) => Number(b.required) - Number(a.required));
    return options.length ? { ...typed, options } : undefined;
  }
  const field = schemaAt(schema, location.path);
  if (!field) return undefined;
  const values: (string | number | boolean)[] = field.enum?.length
    ? [...field.enum]
    : types(field).includes('boolean')
      ? [true, false]
      : [];
  if (!values.length) return undefined;
  const options = values.map((value): SchemaCompletion => {
    const written = JSON.stringify(value);
    return { label: written, apply: written, cursor: written.length, detail: shapeOf(field), required: false, kind: 'value' };
  });
  return { ...typed, options };
}
