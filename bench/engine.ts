/** The benchmark's measures in Node: the checker on a large bundle, and the schedule engine. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBundle } from '../src/content/validate';
import { buildPlaylist } from '../src/schedule/playlist';
import type { Bundle } from '../src/content/schema';
import { median } from './common';

// 5. Checker and schedule engine ----------------------------------------------------------------
function bigBundle(): string {
  const bundle = JSON.parse(readFileSync('content/bundle.json', 'utf8'));
  const message =
    'Tuyên truyền kết quả thực hiện 5 chương trình trọng tâm, 4 khâu đột phá của Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII; '
      .repeat(10)
      .trim()
      .slice(0, 1060);
  bundle.phases = Array.from({ length: 10 }, (_, index) => ({
    id: `phase-${index + 1}`,
    number: index + 1,
    title: `Đợt ${index + 1}`,
    start: `20${30 + index}-01-01`,
    end: `20${30 + index}-12-31`,
    messages: Array.from({ length: 500 }, () => message),
  }));
  bundle.slogans = [];
  const text = JSON.stringify(bundle, null, 2);
  return text;
}

export function checkerTimes(runs = 9) {
  const text = bigBundle();
  const file = join(mkdtempSync(join(tmpdir(), 'signage-bench-')), 'big.json');
  writeFileSync(file, text);
  const inProcess: number[] = [];
  let valid = false;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    valid = checkBundle(text).ok;
    inProcess.push(performance.now() - started);
  }
  const command: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const result = spawnSync('npm', ['run', '-s', 'content:check', '--', file], { encoding: 'utf8' });
    command.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`content:check failed on the generated bundle: ${result.stdout.slice(0, 300)}`);
  }
  return {
    bundleMb: Math.round((text.length / 1048576) * 100) / 100,
    valid,
    checkMedianMs: Math.round(median(inProcess)),
    commandMedianMs: Math.round(median(command)),
  };
}

export function scheduleTimes(runs = 9) {
  const result = checkBundle(readFileSync('content/bundle.json', 'utf8'));
  if (!result.ok) throw new Error('default bundle invalid');
  const bundle: Bundle = {
    ...result.bundle,
    slogans: Array.from({ length: 10_000 }, (_, index) => ({ id: `s${index}`, text: `Khẩu hiệu số ${index}` })),
  };
  const times: number[] = [];
  let slides = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    slides = buildPlaylist(bundle, Date.UTC(2020, 4, 15), 'lobby').slides.length;
    times.push(performance.now() - started);
  }
  return { slides, medianMs: Math.round(median(times) * 10) / 10 };
}
