/**
 * `npm run content:check [-- FILE]`: every problem as `FILE:LINE:COL  path  message`, exit 1;
 * or its warnings (the screens take the bundle) and one summary line, and exit 0. Exit 2 when the file cannot be read at all.
 */
import { readFileSync } from 'node:fs';
import { checkBundleWithWarnings } from '../content/warnings';
import { formatProblem } from '../content/problems';
import { okLine, problemsLine } from '../content/summary';

const file = process.argv[2] ?? 'content/bundle.json';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  process.exit(2);
}
if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // editors on Windows add a byte-order mark

const result = checkBundleWithWarnings(text);
if (result.ok) {
  for (const warning of result.warnings ?? []) console.log(formatProblem(file, warning));
  console.log(okLine(file, result.bundle));
  process.exit(0);
}
for (const problem of result.problems) console.log(formatProblem(file, problem));
console.log(problemsLine(file, result.problems.length));
process.exit(1);
