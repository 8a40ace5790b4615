/** Large valid bundles for the fault-injection tests (storage limits, repeated bytes). */
import { readFileSync } from 'node:fs';

function defaultBundle(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../../content/bundle.json', import.meta.url), 'utf8'));
}

export /** A valid bundle of about `chars` characters: phases in the 2030s full of long messages, no two alike. */
function bigBundle(chars: number, version: string): string {
  const bundle = defaultBundle();
  bundle.version = version;
  const words =
    'tuyên truyền kết quả thực hiện chương trình trọng tâm khâu đột phá nghị quyết đại hội đảng bộ tỉnh lần thứ nhiệm kỳ xây dựng chỉnh đốn'.split(
      ' ',
    );
  // Varied text (a small linear congruential generator), so storage cannot compress it away.
  let seed = 12345;
  const message = () => {
    let text = '';
    while (text.length < 1000) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += `${words[seed % words.length]!} `;
    }
    return text.slice(0, 1000).trim();
  };
  // At most 500 messages a phase (the schema's limit): as many phases as it takes.
  const perPhase = 450;
  const phases = Math.ceil(chars / (perPhase * 1008));
  bundle.phases = Array.from({ length: phases }, (_, index) => ({
    id: `phase-${index + 1}`,
    number: index + 1,
    title: `Đợt ${index + 1}`,
    start: `${2030 + index}-01-01`,
    end: `${2030 + index}-12-31`,
    messages: Array.from({ length: perPhase }, message),
  }));
  return JSON.stringify(bundle, null, 2);
}
