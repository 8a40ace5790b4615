/** Writes content/schema.json from the valibot schema (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { bundleJsonSchema } from '../content/json-schema';

const target = new URL('../../content/schema.json', import.meta.url);
writeFileSync(target, bundleJsonSchema());
console.log(`wrote ${target.pathname}`);
