/**
 * `npm run bench`: builds, serves the build, drives Debian's Chromium over the DevTools Protocol,
 * prints a table and writes bench/results.json. It reports; it asserts nothing (the cheap budgets
 * are tests in `npm test`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../test/e2e/static-server';
import type { Bundle } from '../src/content/schema';
import { firstSlide, soak, transitions } from './browser';
import { DIST } from './common';
import { checkerTimes, scheduleTimes } from './engine';
import { javascriptShipped } from './javascript';
import { fleetLoad } from './fleet';

const GOALS = { jsKb: 40, firstSlideRatio: 1.5, heapRatio: 1.1, checkMs: 300 };

function viteBuild(outDir: string, env: Record<string, string> = {}): void {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
}

// Run -------------------------------------------------------------------------------------------
/** `npm run bench -- --fleet-only`: the fleet's load alone (2 minutes), merged into bench/results.json. */
async function fleetOnly() {
  console.log('fleet: 1,000 screens against nginx (2 minutes)…');
  const fleet = await fleetLoad();
  const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>;
  writeFileSync('bench/results.json', JSON.stringify({ ...results, fleet: { date: new Date().toISOString(), ...fleet } }, null, 2) + '\n');
  console.log(JSON.stringify(fleet, null, 2));
}

async function main() {
  if (process.argv.includes('--fleet-only')) return fleetOnly();
  console.log('building…');
  viteBuild(DIST);
  const leaky = mkdtempSync(join(tmpdir(), 'signage-leaky-'));
  viteBuild(leaky, { SIGNAGE_BENCH_LEAK: '1', SIGNAGE_BUILD_ID: 'bench-leaky' });

  // The reference page: the same slogan, in the same font files, served the same way.
  // The player's stylesheet (the fonts' @font-face rules), as index.html links it.
  const css = /<link rel="stylesheet"[^>]*href="\.\/assets\/([^"]+\.css)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))![1]!;
  const slogan = (JSON.parse(readFileSync('content/bundle.json', 'utf8')) as Bundle).slogans[0]!.text;
  const referenceDir = mkdtempSync(join(tmpdir(), 'signage-static-'));
  mkdirSync(join(referenceDir, 'assets'));
  for (const name of readdirSync(join(DIST, 'assets')))
    writeFileSync(join(referenceDir, 'assets', name), readFileSync(join(DIST, 'assets', name)));
  writeFileSync(
    join(referenceDir, 'static.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="stylesheet" href="assets/${css}"><style>body{font-family:'Be Vietnam Pro';color:#ffdd66;font-weight:800;font-size:9vh;display:flex;align-items:center;justify-content:center;text-align:center}</style></head><body><p>${slogan}</p></body></html>`,
  );

  const server = await startStaticServer(DIST);
  const reference = await startStaticServer(referenceDir);
  const leakyServer = await startStaticServer(leaky);
  try {
    console.log('1/6 javascript…');
    const javascript = await javascriptShipped();
    console.log('2/6 first slide…');
    const first = await firstSlide(server, reference);
    console.log('3/6 transitions…');
    const steady = await transitions(server);
    console.log('4/6 soak (a few minutes)…');
    const soakResult = await soak(server.url);
    const leakCheck = await soak(leakyServer.url, 100, 600);
    console.log('5/6 checker and schedule…');
    const checker = checkerTimes();
    const schedule = scheduleTimes();
    console.log('6/6 fleet: 1,000 screens against nginx (2 minutes)…');
    const fleet = { date: new Date().toISOString(), ...(await fleetLoad()) };

    const results = {
      date: new Date().toISOString(),
      machine: { node: process.version, chromium: execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim() },
      goals: GOALS,
      javascript,
      firstSlide: first,
      transitions: steady,
      soak: soakResult,
      leakyVariant: leakCheck,
      checker,
      schedule,
      fleet,
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    const rows: [string, string, string, string][] = [
      [
        'Player JavaScript, gzipped',
        `${javascript.totalGzipKb} KB (${Object.entries(javascript.byPartGzipKb)
          .map(([name, size]) => `${name} ${size}`)
          .join(', ')})`,
        `≤ ${GOALS.jsKb} KB`,
        verdict(javascript.totalGzipKb <= GOALS.jsKb),
      ],
      [
        'First slide, repeat visit, CPU 4× slower',
        `${first.playerMs} ms vs static page ${first.staticMs} ms: ${first.ratio}× (median of ${first.pairs} pairs)`,
        `≤ ${GOALS.firstSlideRatio}×`,
        verdict(first.ratio <= GOALS.firstSlideRatio),
      ],
      [
        'Long tasks / dropped frames, 100 transitions',
        `${steady.longTasks} long tasks (longest ${steady.longestTaskMs} ms), ${steady.droppedFrames} dropped of ${steady.frames} frames`,
        '0 / 0',
        verdict(steady.longTasks === 0 && steady.droppedFrames === 0),
      ],
      [
        'Soak: nodes, listeners after 100 → 5,000 changes',
        `nodes ${soakResult.baseline.nodes} → ${soakResult.after.nodes}, listeners ${soakResult.baseline.listeners} → ${soakResult.after.listeners}`,
        'equal',
        verdict(soakResult.after.nodes <= soakResult.baseline.nodes && soakResult.after.listeners <= soakResult.baseline.listeners),
      ],
      [
        'Soak: JS heap ratio',
        `${soakResult.baseline.heapMb} → ${soakResult.after.heapMb} MB: ${soakResult.ratios.heap}`,
        `≤ ${GOALS.heapRatio}`,
        verdict(soakResult.ratios.heap <= GOALS.heapRatio),
      ],
      [
        'Leaky variant (proof the soak catches leaks), 100 → 600',
        `nodes ${leakCheck.baseline.nodes} → ${leakCheck.after.nodes}, listeners ${leakCheck.baseline.listeners} → ${leakCheck.after.listeners}`,
        'must grow',
        leakCheck.after.nodes > leakCheck.baseline.nodes && leakCheck.after.listeners > leakCheck.baseline.listeners
          ? 'caught'
          : 'NOT CAUGHT',
      ],
      [
        'Check a generated bundle',
        `${checker.bundleMb} MB: ${checker.checkMedianMs} ms in process; ${checker.commandMedianMs} ms for the whole \`npm run content:check\``,
        `< ${GOALS.checkMs} ms`,
        verdict(checker.checkMedianMs < GOALS.checkMs),
      ],
      ['Schedule engine', `${schedule.slides} slides: ${schedule.medianMs} ms`, '—', 'reported'],
    ];
    const table = ['| measure | result | goal | |', '|---|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
    writeFileSync(
      'bench/results.md',
      `${table}\n\nMeasured ${results.date} on ${results.machine.chromium}, Node ${results.machine.node}.\n`,
    );
    console.log(`\n${table}\n`);
    console.log('wrote bench/results.json and bench/results.md');
  } finally {
    await server.close();
    await reference.close();
    await leakyServer.close();
  }
}

await main();
