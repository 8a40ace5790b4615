/** The header's party line and committee (LIMITS.headerLine, 60): the same limit in the checker, in both languages, and in the JSON Schema. */
import { describe, expect, it } from 'vitest';
import { checkBundle } from '../../src/content/validate';
import { bundleJsonSchema } from '../../src/content/json-schema';
import { LIMITS } from '../../src/content/schema';
import { bundle } from '../support/bundle-edits';

describe('the header’s organization lines', () => {
  it('the limit is 60 characters, one header line at 800×480', () => {
    expect(LIMITS.headerLine).toBe(60);
  });

  it.each([
    ['party', 'The party line', 'Dòng tên Đảng'],
    ['committee', 'The committee', 'Tên cấp ủy'],
  ] as const)('%s: 60 characters pass, 61 are refused with the limit, in English and Vietnamese', (field, en, vi) => {
    const at = (length: number) => bundle((value) => Object.assign(value.organization, { [field]: 'Đ'.repeat(length) }));
    expect(checkBundle(at(LIMITS.headerLine)).ok).toBe(true);
    expect(checkBundle(at(LIMITS.headerLine + 1)).problems.map((problem) => [problem.path, problem.message])).toEqual([
      [`organization.${field}`, `${en} is too long: at most 60 characters. Shorten it or split it in two.`],
    ]);
    expect(checkBundle(at(LIMITS.headerLine + 1), 'vi').problems.map((problem) => problem.message)).toEqual([
      `${vi} quá dài: tối đa 60 ký tự. Hãy rút gọn hoặc tách làm hai.`,
    ]);
  });

  it('the JSON Schema editors use says the same', () => {
    const schema = JSON.parse(bundleJsonSchema()) as { properties: { organization: { properties: Record<string, { maxLength: number }> } } };
    expect(schema.properties.organization.properties.party!.maxLength).toBe(60);
    expect(schema.properties.organization.properties.committee!.maxLength).toBe(60);
    expect(schema.properties.organization.properties.unit!.maxLength).toBe(LIMITS.shortText);
  });
});
