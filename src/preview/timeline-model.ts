/**
 * The campaign at a glance, as geometry: phases as bars and congresses as markers on one day axis,
 * today's line, month ticks. Positions are fractions 0..1 of the axis; the element scales them.
 * Pure: the bundle and today's date in, numbers out.
 */
import type { Bundle } from '../content/schema';
import { daysBetween, dayNumber } from '../schedule/time';
import { dateSpanLabel, monthLabel } from '../schedule/format';

export interface TimelinePhase {
  id: string;
  number: number;
  title: string;
  start: string;
  end: string;
  /** The left and right edges (the end day included). */
  x0: number;
  x1: number;
  inferred: boolean;
  dateLabel: string;
}

export interface TimelineEvent {
  id: string;
  title: string;
  shortTitle: string;
  start: string;
  end: string;
  x0: number;
  x1: number;
  approximate: boolean;
  inferred: boolean;
  dateLabel: string;
}

export interface TimelineTick {
  date: string;
  x: number;
  /** "T4" / "Apr", the year on January and on the first tick. */
  month: number;
  year: number;
  showYear: boolean;
}

export interface TimelineModel {
  first: string;
  last: string;
  /** Days on the axis, the last included. */
  days: number;
  phases: TimelinePhase[];
  events: TimelineEvent[];
  /** Today, when it falls on the axis: the middle of its day. */
  today: { date: string; x: number } | undefined;
  ticks: TimelineTick[];
}

/** The calendar date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

export function timelineModel(bundle: Pick<Bundle, 'phases' | 'events'>, today: string): TimelineModel {
  const starts = [...bundle.phases.map((phase) => phase.start), ...bundle.events.map((event) => event.start)];
  const ends = [...bundle.phases.map((phase) => phase.end), ...bundle.events.map((event) => event.end ?? event.start)];
  const first = starts.length > 0 ? starts.reduce((a, b) => (a < b ? a : b)) : today;
  const last = ends.length > 0 ? ends.reduce((a, b) => (a > b ? a : b)) : today;
  const days = daysBetween(first, last) + 1;
  const at = (date: string, endOfDay = false) => (daysBetween(first, date) + (endOfDay ? 1 : 0)) / days;
  const ticks: TimelineTick[] = [];
  for (let date = `${first.slice(0, 7)}-01`; date <= last;) {
    if (date >= first) {
      const [year, month] = date.split('-').map(Number) as [number, number];
      ticks.push({ date, x: at(date), month, year, showYear: ticks.length === 0 || month === 1 });
    }
    const [year, month] = date.split('-').map(Number) as [number, number];
    date = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  }
  /** An item's place on the axis: its first day's start to its last day's end. */
  const span = (start: string, end: string) => ({ start, end, x0: at(start), x1: at(end, true) });
  return {
    first,
    last,
    days,
    phases: byStart(bundle.phases).map((phase) => ({
      id: phase.id,
      number: phase.number,
      title: phase.title,
      ...span(phase.start, phase.end),
      inferred: phase.inferred === true,
      dateLabel: dateSpanLabel(phase.start, phase.end),
    })),
    events: byStart(bundle.events).map((event) => ({
      id: event.id,
      title: event.title,
      shortTitle: event.shortTitle,
      ...span(event.start, event.end ?? event.start),
      approximate: event.approximate === true,
      inferred: event.inferred === true,
      dateLabel: event.approximate ? monthLabel(event.start) : dateSpanLabel(event.start, event.end),
    })),
    today: today >= first && today <= last ? { date: today, x: (daysBetween(first, today) + 0.5) / days } : undefined,
    ticks,
  };
}

const byStart = <T extends { start: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.start.localeCompare(b.start));

/** The day under a point of the axis (0..1), clamped to the axis. */
export function dateAt(model: Pick<TimelineModel, 'first' | 'days'>, fraction: number): string {
  const day = Math.min(model.days - 1, Math.max(0, Math.floor(fraction * model.days)));
  return addDays(model.first, day);
}

/** The middle of a day on the axis (0..1), or undefined off the axis. */
export function positionOf(model: Pick<TimelineModel, 'first' | 'last' | 'days'>, date: string): number | undefined {
  if (date < model.first || date > model.last) return undefined;
  return (daysBetween(model.first, date) + 0.5) / model.days;
}
