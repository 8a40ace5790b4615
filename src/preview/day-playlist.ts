/**
 * What a screen plays on a chosen day, and every slide a bundle can produce, from the player's own
 * schedule engine (buildPlaylist): the preview shows the real thing, it does not guess.
 * Pure: the bundle and the day in, slides out.
 */
import type { Bundle } from '../content/schema';
import { buildPlaylist, screenFor, type Orientation, type Playlist, type Slide } from '../schedule/playlist';
import { instantOf } from '../schedule/time';
import { frameChrome, type FrameChrome } from '../schedule/frame-chrome';
import { addDays } from './timeline-model';

export interface DayRow {
  /** 1-based place in the cycle. */
  position: number;
  slide: Slide;
  /** One line saying what is on the slide. */
  summary: string;
  durationMs: number;
  /** When the slide starts, from the start of the cycle. */
  offsetMs: number;
}

export interface DayPlan {
  date: string;
  /** The instant used: the day at `time` in the bundle's zone. */
  instant: number;
  playlist: Playlist;
  rows: DayRow[];
  /** One pass through every slide. */
  cycleMs: number;
}

/** One line of what a slide shows, for lists (the text itself, cut short). */
export function slideSummary(slide: Slide, max = 140): string {
  const cut = (text: string) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  switch (slide.kind) {
    case 'slogan':
      return cut(slide.text);
    case 'phase':
      return cut(`Đợt ${slide.phase.number}: ${slide.parts.map((part) => part.text).join(' ')}`);
    case 'milestone':
      return cut(`${slide.figure}${slide.unit ? ` ${slide.unit}` : ''} — ${slide.caption}`);
    case 'theme':
      return cut(`${slide.heading} ${slide.number}: ${slide.parts.map((part) => part.text).join(' ')}`);
    case 'countdown':
      return cut(`${slide.title} — ${slide.dateLabel}`);
    case 'timeline':
      return cut(slide.activeTitle ?? slide.todayLabel);
    case 'announcement':
      return cut(slide.title ? `${slide.title}: ${slide.text}` : slide.text);
    case 'fallback':
      return cut(`${slide.party} — ${slide.unit}`);
    case 'video':
      return cut(slide.caption ?? slide.src);
  }
}

export function dayPlan(bundle: Bundle, date: string, time: string, screenId?: string, orientation?: Orientation): DayPlan {
  const instant = instantOf(`${date}T${time}`, bundle.timeZone);
  const playlist = buildPlaylist(bundle, instant, screenId, orientation);
  let offsetMs = 0;
  const rows = playlist.slides.map((slide, index) => {
    const row = { position: index + 1, slide, summary: slideSummary(slide), durationMs: slide.durationMs, offsetMs };
    offsetMs += slide.durationMs;
    return row;
  });
  return { date, instant, playlist, rows, cycleMs: offsetMs };
}

/** What the frame around the slides says on `date` at `time` on a screen: the player's own rule (frameChrome). */
export function dayChrome(bundle: Bundle, date: string, time: string, screenId?: string, orientation?: Orientation): FrameChrome {
  const plan = dayPlan(bundle, date, time, screenId, orientation);
  return frameChrome(bundle, plan.playlist, plan.instant, true);
}

/**
 * The days on which what plays can change: the first and the day after the last day of every
 * phase, event and validity window, and the days around them. Between two such days the playlist
 * holds the same slides (only countdown numbers move).
 */
export function changeDays(bundle: Bundle): string[] {
  const days = new Set<string>();
  const add = (date: string | undefined, endInclusive = false) => {
    if (!date) return;
    const day = date.slice(0, 10);
    days.add(day);
    days.add(endInclusive ? addDays(day, 1) : addDays(day, -1));
  };
  for (const phase of bundle.phases) {
    add(phase.start);
    add(phase.end, true);
  }
  for (const event of bundle.events) {
    add(event.start);
    add(event.end ?? event.start, true);
  }
  for (const item of [...bundle.slogans, ...bundle.milestones, ...bundle.announcements]) {
    add(item.from);
    add(item.until, true);
  }
  return [...days].sort();
}

export interface SlideSample {
  slide: Slide;
  /** A day on which the slide plays (the chosen day when it plays then). */
  date: string;
}

/**
 * Every slide the bundle can produce on a screen, in the screen's orientation (or the one given):
 * the union of the playlists of every change day and of the chosen day, first seen first. A slide
 * that plays on the chosen day is shown as it is that day.
 */
export function everySlide(bundle: Bundle, chosenDate: string, time: string, screenId?: string, orientation?: Orientation): SlideSample[] {
  const found = new Map<string, SlideSample>();
  const screen = screenFor(bundle, screenId);
  for (const slide of dayPlan(bundle, chosenDate, time, screen.id, orientation).playlist.slides)
    found.set(slide.id, { slide, date: chosenDate });
  for (const date of changeDays(bundle)) {
    for (const slide of dayPlan(bundle, date, time, screen.id, orientation).playlist.slides)
      if (!found.has(slide.id)) found.set(slide.id, { slide, date });
  }
  const order = screen.slideKinds as readonly string[];
  const rank = (slide: Slide) => (order.includes(slide.kind) ? order.indexOf(slide.kind) : order.length);
  return [...found.values()].sort((a, b) => rank(a.slide) - rank(b.slide));
}
