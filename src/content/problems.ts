import { quotable } from './characters';

/** A mistake in a content bundle, located in the JSON text so staff can find it. */
export interface Problem {
  /** Path into the JSON, e.g. `phases[1].end`; `$` for the whole document. */
  path: string;
  /** 1-based line and column of the offending value (or key) in the JSON text. */
  line: number;
  col: number;
  /** Plain words: what is wrong and how to fix it. */
  message: string;
}

export type JsonPath = ReadonlyArray<string | number>;

export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment) && segment.length <= 40) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(quotable(segment))}]`;
  }
  return out === '' ? '$' : out;
}

/** The CLI's line format, also shown by the preview page: `FILE:LINE:COL  path  message`. */
export function formatProblem(file: string, problem: Problem): string {
  return `${file}:${problem.line}:${problem.col}  ${problem.path}  ${problem.message}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.line - b.line || a.col - b.col || a.path.localeCompare(b.path);
}
