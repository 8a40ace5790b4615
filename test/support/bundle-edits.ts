/**
 * Bundles for the hostile-input tests (issue #6): each case is built from content/bundle.json in the
 * test (no megabyte fixtures in the repository) and has one decided outcome from checkBundle, the
 * one door the CLI, the player and the preview share.
 */
import { expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { checkBundle, type CheckResult } from '../../src/content/validate';
import { readText } from '../helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Editable = Record<string, any>;

export const DEFAULT = readText('content/bundle.json');

/** The broken-bundle fixtures (test/fixtures/broken/NAME.json, each with NAME.expected.txt). */
export const brokenDir = new URL('../fixtures/broken/', import.meta.url);
export const brokenCases = readdirSync(brokenDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

/** The default bundle, changed, as staff would save it (two-space indent). */
export function bundle(change: (bundle: Editable) => void): string {
  const value = JSON.parse(DEFAULT) as Editable;
  change(value);
  return JSON.stringify(value, null, 2);
}

/** 1-based line and column of the first occurrence of `needle` (a value as written in the file). */
export function positionOf(text: string, needle: string, from = 0): { line: number; col: number } {
  const offset = text.indexOf(needle, from);
  if (offset === -1) throw new Error(`not in the text: ${needle.slice(0, 40)}`);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}

/** Problems as `LINE:COL  path  message`, the CLI's line without the file name. */
export function lines(result: CheckResult): string[] {
  return result.problems.map((problem) => `${problem.line}:${problem.col}  ${problem.path}  ${problem.message}`);
}

export function refusedOnce(text: string): CheckResult['problems'][number] {
  const result = checkBundle(text);
  expect(result.ok).toBe(false);
  expect(lines(result)).toHaveLength(1);
  return result.problems[0]!;
}
