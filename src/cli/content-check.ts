/**
 * `npm run content:check [-- FILE] [--lang vi|en]`: every problem as `FILE:LINE:COL  path  message`,
 * exit 1; or its warnings (the screens take the bundle) and one summary line, and exit 0. Exit 2 when
 * the file cannot be read at all. The messages are Vietnamese with `--lang vi` or a Vietnamese locale
 * (LANG=vi_VN.UTF-8), English otherwise; the positions are the same in both.
 */
import { readFileSync } from 'node:fs';
import { checkBundleWithWarnings } from '../content/warnings';
import { formatProblem } from '../content/problems';
import { okLine, problemsLine } from '../content/summary';
import { langFromCli, say } from '../content/say';

const { lang, rest, error } = langFromCli(process.argv.slice(2), process.env);
if (error) {
  console.error(error);
  process.exit(2);
}
const file = rest[0] ?? 'content/bundle.json';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (failure) {
  const code = (failure as NodeJS.ErrnoException).code ?? String(failure);
  console.error(say(lang, { en: `${file}: cannot read the file (${code}).`, vi: `${file}: không đọc được tệp (${code}).` }));
  process.exit(2);
}
if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // editors on Windows add a byte-order mark

const result = checkBundleWithWarnings(text, lang);
if (result.ok) {
  for (const warning of result.warnings ?? []) console.log(formatProblem(file, warning));
  console.log(okLine(file, result.bundle, lang));
  process.exit(0);
}
for (const problem of result.problems) console.log(formatProblem(file, problem));
console.log(problemsLine(file, result.problems.length, lang));
process.exit(1);
