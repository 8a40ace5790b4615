import { toJsonSchema } from '@valibot/to-json-schema';
import { BundleSchema } from './schema';

/**
 * content/schema.json, generated from the valibot schema so editors autocomplete and flag mistakes.
 * Checks that JSON Schema cannot express (real calendar dates, URL policy, time zones, cross-field
 * rules) are left to `npm run content:check`; errorMode 'ignore' drops them here on purpose.
 */
export function bundleJsonSchema(): string {
  return JSON.stringify(bundleJsonSchemaObject(), null, 2) + '\n';
}

/** The same, as an object: the staff page's JSON editor completes from it. */
export function bundleJsonSchemaObject(): Record<string, unknown> {
  const schema = toJsonSchema(BundleSchema, { errorMode: 'ignore' });
  return { ...schema, $id: 'https://signage.local/content/schema.json', title: 'Campus campaign signage: content bundle' };
}
