/**
 * The benchmark's table, made from bench/results.json: written to bench/results.md and into
 * README.md between its bench-table markers. Run by `npm run bench`; alone, after editing this
 * file: `npx tsx bench/table.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The shape run.ts writes (the parts the table reads). */
export interface Results {
  date: string;
  commit: string;
  machine: { node: string; chromium: string; cpus: number; cpuModel: string };
  goals: { jsKb: number; firstSlideRatio: number; cpuPercent: number; heapRatio: number; checkMs: number };
  load: Record<string, { before: number[]; after: number[] }>;
  javascript: { totalGzipKb: number; byPartGzipKb: Record<string, number>; deferredGzipKb: number };
  firstSlide: {
    cpuThrottle: number;
    pairs: number;
    /** The warm-up visit kept a slogan for the first paint (src/first-paint/); older results lack it. */
    firstPaintKept?: boolean;
    playerMs: number;
    staticMs: number;
    ratio: number;
    otherMethods: { fcpRatio: number; lcpRatio: number };
  }[];
  coldStart: { cpuThrottle: number; ms: number; contentSource: string | null | undefined; firstPaintKept?: boolean };
  cpu: { seconds: number; ticker: boolean; slideChanges: number; percentOfOneCore: number; ranApart?: string };
  transitions: {
    cpuThrottle: number;
    transitions: number;
    frames: number;
    droppedFrames: number;
    longTasks: number;
    longestTaskMs: number;
    /** Those overlapping a slide change or the 700 ms of its entrance, and the changes to a slide prepared ahead (older runs lack them). */
    longTasksDuringTransitions?: number;
    longestDuringTransitionMs?: number;
    handedOver?: number;
    ranApart?: string;
    animatedProperties: string[];
  };
  soak: Soak;
  leakyVariant: Soak;
  checker: { bundleMb: number; checkMedianMs: number; commandMedianMs: number };
  schedule: { slides: number; medianMs: number };
}

interface Soak {
  slideChanges: { baseline: number; after: number };
  baseline: { nodes: number; listeners: number; heapMb: number };
  after: { nodes: number; listeners: number; heapMb: number };
  ratios: { heap: number };
  /** The clock's speed, and the day the header showed at each end (the soak's place in the content). */
  speed?: number;
  days?: { baseline: string; after: string };
  /** Set when run apart (`--soak-only`): when, on which commit. */
  ranApart?: string;
  commit?: string;
}

/** The soak's speed, the days it spanned, and when it ran apart. */
const soakNote = (soak: Soak, results: Results) =>
  [
    soak.speed ? `${soak.speed.toLocaleString('en')}× clock` : '',
    soak.days ? `${soak.days.baseline} → ${soak.days.after}` : '',
    loadOf(results, 'soak'),
    soak.ranApart ? `run apart at ${soak.ranApart} on ${soak.commit ?? '?'}` : '',
  ]
    .filter(Boolean)
    .join('; ');

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const loadOf = (results: Results, part: string) => {
  const load = results.load[part];
  return load ? `load ${load.before[0]!.toFixed(1)}→${load.after[0]!.toFixed(1)}` : '';
};

/** Whether the player's samples started on the first paint's layer (the last slogan shown, drawn before the module). */
function firstPaintWords(kept: boolean | undefined): string {
  if (kept === undefined) return 'before the first paint';
  return kept
    ? 'the 15 May 2020 loop, its last slogan drawn first (first paint)'
    : 'the 15 May 2020 loop, no slogan kept for a first paint';
}

export function table(results: Results): string {
  const { goals, javascript, coldStart, cpu, transitions: steady, soak, leakyVariant: leak, checker, schedule } = results;
  const rows: [string, string, string, string][] = [
    [
      'JavaScript evaluated before the first slide, gzipped',
      `${javascript.totalGzipKb} KB (${Object.entries(javascript.byPartGzipKb)
        .map(([name, size]) => `${name} ${size}`)
        .join(', ')}); ${javascript.deferredGzipKb} KB more after it`,
      `≤ ${goals.jsKb} KB`,
      verdict(javascript.totalGzipKb <= goals.jsKb),
    ],
    ...results.firstSlide.map((run): [string, string, string, string] => [
      `First slide, repeat visit, CPU ${run.cpuThrottle}× (filmstrip)`,
      `${run.playerMs} ms vs static page ${run.staticMs} ms: **${run.ratio}×** (median of ${run.pairs} alternating pairs; FCP would say ${run.otherMethods.fcpRatio}×, LCP ${run.otherMethods.lcpRatio}×; ${firstPaintWords(run.firstPaintKept)}; ${loadOf(results, `firstSlide${run.cpuThrottle}`)})`,
      run.cpuThrottle === 6 ? `≤ ${goals.firstSlideRatio}×` : 'reported',
      run.cpuThrottle === 6 ? verdict(run.ratio <= goals.firstSlideRatio) : 'reported',
    ]),
    [
      `Cold start offline, CPU ${coldStart.cpuThrottle}× (filmstrip)`,
      `${coldStart.ms} ms to the first slide (content from ${coldStart.contentSource ?? '?'}; ${firstPaintWords(coldStart.firstPaintKept)})`,
      '—',
      'reported',
    ],
    [
      `CPU between slides, ${Math.round(cpu.seconds / 60)} min at 1×, ticker ${cpu.ticker ? 'on' : 'off'}`,
      `${cpu.percentOfOneCore}% of one core (main-thread TaskDuration; ${cpu.slideChanges} slide changes; ${loadOf(results, 'cpu')}${cpu.ranApart ? `; run apart at ${cpu.ranApart}, with the campaign's 15 May 2020 (the full run measured today, with nothing current)` : ''})`,
      `≤ ${goals.cpuPercent}%`,
      verdict(cpu.percentOfOneCore <= goals.cpuPercent),
    ],
    [
      `Transitions at CPU ${steady.cpuThrottle}×: long tasks / dropped frames`,
      `${steady.longTasks} long tasks (longest ${steady.longestTaskMs} ms) in ${steady.transitions} transitions${steady.longTasksDuringTransitions === undefined ? '' : `, ${steady.longTasksDuringTransitions} of them during a transition (longest ${steady.longestDuringTransitionMs} ms), the others between transitions`}${steady.handedOver === undefined ? '' : `; ${steady.handedOver} of ${steady.transitions} changes to a slide prepared ahead`}${steady.ranApart ? `; ${loadOf(results, 'transitions')}, run apart at ${steady.ranApart}` : ''}; ${steady.frames} frames drawn and ${steady.droppedFrames} missed at 60 Hz (${Math.round((100 * steady.droppedFrames) / (steady.frames + steady.droppedFrames))}% missed); animated: ${steady.animatedProperties.join(', ') || 'nothing'}`,
      'no long task; opacity, transform only',
      verdict(steady.longTasks === 0 && steady.animatedProperties.every((name) => name === 'opacity' || name === 'transform')),
    ],
    [
      `Soak: nodes, listeners ${soak.slideChanges.baseline.toLocaleString('en')} → ${soak.slideChanges.after.toLocaleString('en')} changes`,
      `nodes ${soak.baseline.nodes} → ${soak.after.nodes}, listeners ${soak.baseline.listeners} → ${soak.after.listeners} (${soakNote(soak, results)})`,
      'no growth',
      verdict(soak.after.nodes <= soak.baseline.nodes && soak.after.listeners <= soak.baseline.listeners),
    ],
    [
      'Soak: JS heap ratio',
      `${soak.baseline.heapMb} → ${soak.after.heapMb} MB: ${soak.ratios.heap}`,
      `≤ ${goals.heapRatio}`,
      verdict(soak.ratios.heap <= goals.heapRatio),
    ],
    [
      `Leaky variant (proof the soak catches leaks), ${leak.slideChanges.baseline} → ${leak.slideChanges.after}`,
      `nodes ${leak.baseline.nodes} → ${leak.after.nodes}, listeners ${leak.baseline.listeners} → ${leak.after.listeners}`,
      'must grow',
      leak.after.nodes > leak.baseline.nodes && leak.after.listeners > leak.baseline.listeners ? 'caught' : 'NOT CAUGHT',
    ],
    [
      'Check a generated bundle',
      `${checker.bundleMb} MB: ${checker.checkMedianMs} ms in process; ${checker.commandMedianMs} ms for the whole \`npm run content:check\``,
      `< ${goals.checkMs} ms`,
      verdict(checker.checkMedianMs < goals.checkMs),
    ],
    ['Schedule engine', `${schedule.slides} slides: ${schedule.medianMs} ms`, '—', 'reported'],
  ];
  const lines = ['| measure | result | goal | |', '|---|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)];
  const machine = `${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.chromium}, Node ${results.machine.node}`;
  return `${lines.join('\n')}\n\nMeasured ${results.date} on commit ${results.commit}: ${machine}. Load averages (1 min) before→after each part are in bench/results.json.\n`;
}

const START = '<!-- bench-table: written by bench/table.ts from bench/results.json -->';
const END = '<!-- /bench-table -->';

export function writeTables(results: Results): string {
  const text = table(results);
  writeFileSync('bench/results.md', text);
  const readme = readFileSync('README.md', 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from === -1 || to === -1) throw new Error('README.md has no bench-table markers');
  writeFileSync('README.md', `${readme.slice(0, from + START.length)}\n${text}${readme.slice(to)}`);
  return text;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(writeTables(JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results));
}
