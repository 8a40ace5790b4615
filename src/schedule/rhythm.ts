/**
 * The pace of a loop, for people walking past: a lobby visitor looks for 5–10 seconds, so what
 * they meet in any minute must include something short and big (a slogan, or a near congress's
 * countdown), and no long text may hold the screen for long.
 *
 * `arrange` lays out one loop (every item at least once) from short items and content:
 * - a short item at least every `shortEveryMs` of screen time, the loop's wrap-around included;
 * - every near countdown at least every `shortEveryMs` too (slogans take the turns in between);
 * - an item's pages at most `pagesInRow` in a row: a long item is cut into runs of pages, and the
 *   runs of the kinds take turns, so long texts alternate instead of following one another whole.
 * Pure: same input, same loop. The only case the rules cannot hold is a single slide longer than
 * `shortEveryMs`, or no short item at all; `rhythmGaps` measures what a loop does.
 */
import type { Slide } from './playlist';

export interface RhythmKnobs {
  /** The longest screen time without a short item (and, when any, without each near countdown). */
  shortEveryMs: number;
  /** The most pages of one item shown back to back. */
  pagesInRow: number;
}

export interface RhythmInput {
  /** Slogans, in the order they take turns. */
  shorts: readonly Slide[];
  /** Near countdowns: short items that must each come at least every `shortEveryMs`. */
  urgent: readonly Slide[];
  /** The other slides, per kind in the screen's order: each kind's items, each item its pages. */
  content: readonly (readonly (readonly Slide[])[])[];
}

interface Run {
  /** Which item the pages belong to, unique across the loop. */
  item: string;
  slides: readonly Slide[];
}

/** Queues taken in turns, one from each per round, until all are empty. */
function inTurn<T>(queues: T[][]): T[] {
  const out: T[] = [];
  while (queues.some((queue) => queue.length > 0))
    for (const queue of queues) {
      const next = queue.shift();
      if (next !== undefined) out.push(next);
    }
  return out;
}

/**
 * Cuts every item into runs of at most `pagesInRow` pages; the items of a kind take turns, one run
 * each per round (a long theme does not run whole before the next), and so do the kinds.
 */
function runsInTurn(content: RhythmInput['content'], pagesInRow: number): Run[] {
  const queues = content.map((items, kind) =>
    inTurn(
      items.map((pages, index) => {
        const runs: Run[] = [];
        for (let start = 0; start < pages.length; start += pagesInRow)
          runs.push({ item: `${kind}/${index}`, slides: pages.slice(start, start + pagesInRow) });
        return runs;
      }),
    ),
  );
  return inTurn(queues);
}

export function arrange(input: RhythmInput, knobs: RhythmKnobs): Slide[] {
  const limit = knobs.shortEveryMs;
  const urgent = input.urgent;
  const shorts = input.shorts;
  const anyShort = shorts.length > 0 || urgent.length > 0;
  // With a near countdown, slogans come halfway between its turns, so both are seen every minute.
  const shortSpacing = urgent.length > 0 && shorts.length > 0 ? limit / 2 : limit;

  const loop: Slide[] = [];
  let sinceShort = 0;
  // The near countdowns come together, as one block: each then waits the same time between turns.
  let sinceBlock = 0;
  const blockMs = urgent.reduce((sum, slide) => sum + slide.durationMs, 0);
  // Time a countdown in the block waits beyond the time since the block ended: the block's others.
  const blockSlack = blockMs - Math.min(...urgent.map((slide) => slide.durationMs));
  let nextShort = 0;
  let lastItem: string | undefined;

  const push = (slide: Slide, item?: string) => {
    loop.push(slide);
    lastItem = item;
    sinceBlock += slide.durationMs;
    sinceShort = shorts.includes(slide) ? 0 : sinceShort + slide.durationMs;
  };
  const pushBlock = () => {
    urgent.forEach((slide) => push(slide));
    sinceBlock = 0;
    sinceShort = 0;
  };
  /** A short item: the next slogan in turn, or the near countdowns when there are no slogans. */
  const pushShort = () => {
    if (shorts.length > 0) push(shorts[nextShort++ % shorts.length]!);
    else pushBlock();
  };
  /** The near countdowns now, if `durationMs` more first would make one of them wait too long. */
  const keepUrgent = (durationMs: number) => {
    if (urgent.length > 0 && sinceBlock + blockSlack + durationMs > limit) pushBlock();
  };

  // The loop opens with what matters most: the near countdowns, else a slogan.
  if (urgent.length > 0) pushBlock();
  else if (shorts.length > 0) pushShort();

  for (const run of runsInTurn(input.content, knobs.pagesInRow)) {
    // The next run of the same item never follows on directly.
    if (anyShort && lastItem === run.item) {
      keepUrgent(shorts[nextShort % Math.max(1, shorts.length)]?.durationMs ?? 0);
      if (lastItem === run.item) pushShort();
    }
    for (const slide of run.slides) {
      keepUrgent(slide.durationMs);
      if (anyShort && sinceShort > 0 && sinceShort + slide.durationMs > shortSpacing) {
        keepUrgent(shorts[nextShort % Math.max(1, shorts.length)]?.durationMs ?? 0);
        if (sinceShort > 0) pushShort();
        keepUrgent(slide.durationMs);
      }
      push(slide, run.item);
    }
  }
  // Every slogan at least once a loop.
  for (const slogan of shorts) {
    if (loop.includes(slogan)) continue;
    keepUrgent(slogan.durationMs);
    push(slogan);
  }
  return loop;
}

export interface RhythmMeasure {
  /** The longest screen time, around the loop, with no short item on screen. */
  longestWithoutShort: number;
  /** Per near countdown (by id), the longest screen time without it. */
  longestWithout: Map<string, number>;
  /** The most pages of one item back to back, around the loop (an item: the id without its page). */
  longestRun: number;
  loopMs: number;
}

/** The item a slide shows: its id without the page number (`phase:phase-4:7` → `phase:phase-4`). */
export function itemOf(slide: Slide): string {
  const paged = 'pages' in slide && (slide.kind !== 'announcement' || slide.pages > 1);
  return paged ? slide.id.slice(0, slide.id.lastIndexOf(':')) : slide.id;
}

/**
 * Measures a loop as it plays, over and over: the longest stretch without a slide that
 * `isShort` picks, the longest without each slide `watched` picks, and the longest run of one item.
 */
export function rhythmGaps(
  loop: readonly Slide[],
  isShort: (slide: Slide) => boolean,
  watched: (slide: Slide) => boolean = () => false,
): RhythmMeasure {
  const loopMs = loop.reduce((sum, slide) => sum + slide.durationMs, 0);
  const twice = [...loop, ...loop];
  let longestWithoutShort = 0;
  let since = 0;
  for (const slide of twice) {
    since = isShort(slide) ? 0 : since + slide.durationMs;
    longestWithoutShort = Math.max(longestWithoutShort, since);
  }
  if (!loop.some(isShort)) longestWithoutShort = Infinity;
  const longestWithout = new Map<string, number>();
  for (const id of new Set(loop.filter(watched).map((slide) => slide.id))) {
    let gap = 0;
    let worst = 0;
    for (const slide of twice) {
      gap = slide.id === id ? 0 : gap + slide.durationMs;
      worst = Math.max(worst, gap);
    }
    longestWithout.set(id, worst);
  }
  let longestRun = 0;
  let run = 0;
  let previous: string | undefined;
  for (const slide of loop.length > 1 ? twice : loop) {
    const item = itemOf(slide);
    run = item === previous ? run + 1 : 1;
    previous = item;
    longestRun = Math.max(longestRun, run);
  }
  // A loop of one item's pages shows them over and over without end.
  if (loop.length > 1 && new Set(loop.map(itemOf)).size === 1) longestRun = Infinity;
  return { longestWithoutShort, longestWithout, longestRun, loopMs };
}
