/**
 * `npm run bench`: builds, serves the build, drives Debian's Chromium over the DevTools Protocol,
 * prints a table and writes bench/results.json. It reports; it asserts nothing (the cheap budgets
 * are tests in `npm test`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../test/e2e/static-server';
import type { Bundle } from '../src/content/schema';
import { soak } from './soak';
import { coldStartOffline, firstSlide } from './first-slide';
import { cpuBetweenSlides, transitions } from './steady';
import { DIST } from './common';
import { checkerTimes, scheduleTimes } from './engine';
import { javascriptShipped } from './javascript';
import { writeTables, type Results } from './table';
import { fleetLoad } from './fleet';

const GOALS = { jsKb: 45, firstSlideRatio: 1.15, cpuPercent: 2, heapRatio: 1.05, checkMs: 300 };

/** The machine's load averages (1, 5, 15 min) before and after each part: these figures are noisy on a busy machine. */
const load: Results['load'] = {};
async function part<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const before = loadavg().map((value) => Math.round(value * 100) / 100);
  console.log(`${name}… (load ${before.join(' ')})`);
  const result = await run();
  load[name] = { before, after: loadavg().map((value) => Math.round(value * 100) / 100) };
  return result;
}

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

/**
 * `npm run bench -- --cpu-only`: the CPU-between-slides part alone (5 minutes), merged into
 * bench/results.json with its own date (the table says it was run apart).
 */
async function cpuOnly() {
  const server = await startStaticServer(DIST);
  try {
    const cpu = await part('cpu', () => cpuBetweenSlides(server));
    const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results;
    const merged = { ...results, cpu: { ...cpu, ranApart: new Date().toISOString() }, load: { ...results.load, ...load } };
    writeFileSync('bench/results.json', JSON.stringify(merged, null, 2) + '\n');
    console.log(`\n${writeTables(merged)}`);
  } finally {
    await server.close();
  }
}

/** `npm run bench -- --transitions-only`: the transitions part alone (a few minutes), merged into bench/results.json likewise. */
async function transitionsOnly() {
  const server = await startStaticServer(DIST);
  try {
    const steady = await part('transitions', () => transitions(server));
    const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results;
    const merged = { ...results, transitions: { ...steady, ranApart: new Date().toISOString() }, load: { ...results.load, ...load } };
    writeFileSync('bench/results.json', JSON.stringify(merged, null, 2) + '\n');
    console.log(`\n${writeTables(merged)}`);
  } finally {
    await server.close();
  }
}

/**
 * `npm run bench -- --soak-only`: the soak alone (up to 30 minutes after its first 5,000 changes),
 * on a fresh build, merged into bench/results.json with its own date and commit.
 */
async function soakOnly() {
  viteBuild(DIST);
  const server = await startStaticServer(DIST);
  try {
    const soaked = await part('soak', () => soak(server.url));
    const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results;
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const merged = { ...results, soak: { ...soaked, ranApart: new Date().toISOString(), commit }, load: { ...results.load, ...load } };
    writeFileSync('bench/results.json', JSON.stringify(merged, null, 2) + '\n');
    console.log(`\n${writeTables(merged)}`);
  } finally {
    await server.close();
  }
}

async function main() {
  if (process.argv.includes('--fleet-only')) return fleetOnly();
  if (process.argv.includes('--transitions-only')) return transitionsOnly();
  if (process.argv.includes('--soak-only')) return soakOnly();
  if (process.argv.includes('--cpu-only')) return cpuOnly();
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
    const javascript = await part('javascript', () => javascriptShipped());
    const first = [];
    for (const rate of [6, 4]) first.push(...(await part(`firstSlide${rate}`, () => firstSlide(server, reference, [rate]))));
    const coldStart = await part('coldStart', () => coldStartOffline(() => startStaticServer(DIST)));
    const steady = await part('transitions', () => transitions(server));
    const cpu = await part('cpu', () => cpuBetweenSlides(server));
    const soakResult = await part('soak', () => soak(server.url));
    const leakCheck = await part('leakyVariant', () => soak(leakyServer.url, 100, 600));
    const checker = await part('checker', () => checkerTimes());
    const schedule = await part('schedule', () => scheduleTimes());
    const fleet = await part('fleet', async () => ({ date: new Date().toISOString(), ...(await fleetLoad()) }));
    const cpu0 = cpus()[0];
    const results = {
      date: new Date().toISOString(),
      commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
      machine: {
        node: process.version,
        chromium: execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim(),
        cpus: cpus().length,
        cpuModel: cpu0?.model ?? 'unknown',
      },
      goals: GOALS,
      load,
      javascript,
      firstSlide: first,
      coldStart,
      cpu,
      transitions: steady,
      soak: soakResult,
      leakyVariant: leakCheck,
      checker,
      schedule,
      fleet,
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
    console.log(`\n${writeTables(results)}`);
    console.log('wrote bench/results.json, bench/results.md and the table in README.md');
  } finally {
    await server.close();
    await reference.close();
    await leakyServer.close();
  }
}

await main();
