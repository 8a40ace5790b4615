/**
 * `npm run bench`: builds, serves the build, drives Debian's Chromium over the DevTools Protocol,
 * prints a table and writes bench/results.json. It reports; it asserts nothing (the cheap budgets
 * are tests in `npm test`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import type { Page } from 'playwright-core';
import { launch } from '../test/e2e/browser';
import { startStaticServer } from '../test/e2e/static-server';
import { lowest, waitForSlideChanges } from '../test/e2e/soak';
import { playerScripts } from '../test/e2e/player-scripts';
import { checkBundle } from '../src/content/validate';
import { buildPlaylist } from '../src/schedule/playlist';
import type { Bundle } from '../src/content/schema';

const ROOT = process.cwd();
const DIST = join(ROOT, 'dist');
const GOALS = { jsKb: 40, firstSlideRatio: 1.5, heapRatio: 1.1, checkMs: 300 };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function viteBuild(outDir: string, env: Record<string, string> = {}): void {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
}

// 1. JavaScript shipped ---------------------------------------------------------------------------
async function javascriptShipped() {
  const assets = join(DIST, 'assets');
  // What the player page loads at start (the budget test counts the same); the staff preview's
  // scripts and the status overlay, loaded on demand, are not the player's.
  const files = playerScripts(DIST);
  const total = files.reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length, 0);
  // Each dependency's share: the gzipped size of the player bundled with, minus without it.
  const bundle = async (external: string[]) => {
    const result = await esbuild({
      entryPoints: ['src/main.ts'],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      // The status overlay's chunk loads only on demand: not part of what the player ships at start.
      external: [...external, join(ROOT, 'src/kiosk/status-tools.ts')],
      loader: { '.css': 'empty' },
      define: { __APP_VERSION__: '"bench"', __BUILD_TIME__: '0', __BENCH_LEAK__: 'false', 'import.meta.env.PROD': 'true' },
      logLevel: 'silent',
    });
    return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
  };
  const dependencies = ['luxon', 'lit', 'jsonc-parser', 'valibot', 'workbox-window'];
  const full = await bundle([]);
  const split: Record<string, number> = {};
  for (const dependency of dependencies) {
    const patterns =
      dependency === 'lit'
        ? ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*']
        : [dependency, `${dependency}/*`];
    split[dependency] = full - (await bundle(patterns));
  }
  split['own code'] = await bundle(
    dependencies.flatMap((dependency) =>
      dependency === 'lit'
        ? ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*']
        : [dependency, `${dependency}/*`],
    ),
  );
  return {
    totalGzipKb: kb(total),
    files,
    estimateGzipKb: kb(full),
    byPartGzipKb: Object.fromEntries(Object.entries(split).map(([name, bytes]) => [name, kb(bytes)])),
  };
}

// Browser helpers -------------------------------------------------------------------------------
/** A page where functions compiled by tsx run: its esbuild keeps names through a __name() helper. */
async function newPage(session: { context: { newPage(): Promise<Page> } }): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  return page;
}

// 2. Time to first slide ------------------------------------------------------------------------
async function firstSlide(server: { url: string }, staticServer: { url: string }, pairs = 9) {
  const session = await launch();
  try {
    const page = await newPage(session);
    const cdp = await session.context.newCDPSession(page);
    // Warm both: the service worker and its caches for the player, the HTTP cache for the static page.
    await page.goto(server.url);
    await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, { timeout: 15_000 });
    await page.goto(server.url);
    await page.goto(`${staticServer.url}static.html`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const fcp = async (url: string, ready: string) => {
      await page.goto(url);
      await page.waitForFunction(ready, undefined, { timeout: 20_000 });
      return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    };
    const player: number[] = [];
    const reference: number[] = [];
    for (let pair = 0; pair < pairs; pair++) {
      player.push(
        await fcp(
          server.url,
          "document.querySelector('signage-app')?.getAttribute('state') === 'playing' && performance.getEntriesByName('first-contentful-paint').length > 0",
        ),
      );
      reference.push(await fcp(`${staticServer.url}static.html`, "performance.getEntriesByName('first-contentful-paint').length > 0"));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const ratio = median(player) / median(reference);
    return {
      pairs,
      cpuThrottle: 4,
      playerMs: Math.round(median(player)),
      staticMs: Math.round(median(reference)),
      ratio: Math.round(ratio * 100) / 100,
      samples: { player: player.map(Math.round), static: reference.map(Math.round) },
    };
  } finally {
    await session.close();
  }
}

// 3. Long tasks and dropped frames ---------------------------------------------------------------
async function transitions(server: { url: string }, count = 100) {
  const session = await launch();
  try {
    const page = await newPage(session);
    await page.goto(`${server.url}?at=2020-05-15T08:00&speed=12&min-slide-ms=900`);
    await page.waitForSelector('signage-app[state="playing"]');
    await page.waitForTimeout(1500);
    return await page.evaluate(async (wanted) => {
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
      observer.observe({ type: 'longtask', buffered: false });
      const app = document.querySelector('signage-app')!;
      let changes = 0;
      let frames = 0;
      let dropped = 0;
      let last = performance.now();
      let running = true;
      const tick = (now: number) => {
        const gap = now - last;
        last = now;
        frames++;
        // A gap of more than 1.5 frames at 60 Hz means at least one frame was missed.
        if (gap > 25) dropped += Math.round(gap / 16.67) - 1;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(tick);
      });
      await new Promise<void>((resolve) => {
        const mutation = new MutationObserver(() => {
          if (++changes >= wanted) {
            mutation.disconnect();
            resolve();
          }
        });
        mutation.observe(app, { attributes: true, attributeFilter: ['slide'] });
      });
      running = false;
      observer.disconnect();
      return {
        transitions: changes,
        frames,
        droppedFrames: dropped,
        longTasks: longTasks.length,
        longestTaskMs: Math.round(Math.max(0, ...longTasks)),
      };
    }, count);
  } finally {
    await session.close();
  }
}

// 4. Soak ---------------------------------------------------------------------------------------
async function soak(url: string, short = 100, long = 5000) {
  const session = await launch({ reducedMotion: 'reduce' });
  try {
    const page = await newPage(session);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${url}?at=2020-05-15T08:00&speed=100000&min-slide-ms=15`);
    await page.waitForSelector('signage-app[state="playing"]');
    await waitForSlideChanges(page, short, 120_000);
    // Slides differ in size, and the rotation does not stop to be measured: each figure is the
    // smallest of several samples taken over a run of slides, the same run before and after.
    const baseline = await lowest(cdp, page);
    const started = Date.now();
    const done = await waitForSlideChanges(page, long - short, 900_000);
    const after = await lowest(cdp, page);
    const pick = (m: Record<string, number>) => ({
      nodes: m.Nodes!,
      listeners: m.JSEventListeners!,
      heapMb: Math.round((m.JSHeapUsedSize! / 1048576) * 100) / 100,
    });
    const [a, b] = [pick(baseline), pick(after)];
    return {
      slideChanges: { baseline: short, after: short + done },
      seconds: Math.round((Date.now() - started) / 1000),
      baseline: a,
      after: b,
      ratios: {
        nodes: Math.round((b.nodes / a.nodes) * 1000) / 1000,
        listeners: Math.round((b.listeners / a.listeners) * 1000) / 1000,
        heap: Math.round((b.heapMb / a.heapMb) * 1000) / 1000,
      },
    };
  } finally {
    await session.close();
  }
}

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

function checkerTimes(runs = 9) {
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

function scheduleTimes(runs = 9) {
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

// Run -------------------------------------------------------------------------------------------
async function main() {
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
    console.log('1/5 javascript…');
    const javascript = await javascriptShipped();
    console.log('2/5 first slide…');
    const first = await firstSlide(server, reference);
    console.log('3/5 transitions…');
    const steady = await transitions(server);
    console.log('4/5 soak (a few minutes)…');
    const soakResult = await soak(server.url);
    const leakCheck = await soak(leakyServer.url, 100, 600);
    console.log('5/5 checker and schedule…');
    const checker = checkerTimes();
    const schedule = scheduleTimes();

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
