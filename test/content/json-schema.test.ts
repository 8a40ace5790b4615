import { describe, expect, it } from 'vitest';
import { bundleJsonSchema } from '../../src/content/json-schema';
import { readText } from '../helpers';

describe('the default bundle', () => {
  it('names its JSON schema, and the committed schema.json is what `npm run schema` writes', () => {
    expect(JSON.parse(readText('content/bundle.json')).$schema).toBe('./schema.json');
    expect(readText('content/schema.json')).toBe(bundleJsonSchema());
  });
});
