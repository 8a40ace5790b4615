/**
 * The campaign laid out along its span, as the timeline slide draws it: each phase as a bar from 0
 * (the first phase's first day) to 1 (the last phase's last day), and where today falls. Pure.
 */
import type { Bundle } from '../content/schema';
import { compactSpanLabel, dateSpanLabel, dayMonthSpanLabel } from './format';
import { daysBetween, localDate, type Instant } from './time';

export interface TimelineBar {
  id: string;
  number: number;
  title: string;
  dateLabel: string;
  /** "17/10–01/02": the same without years, for narrow screens. */
  dayMonthLabel: string;
  /** Position along the campaign, 0..1. */
  from: number;
  to: number;
  active: boolean;
  inferred: boolean;
}

export interface CampaignSpan {
  bars: TimelineBar[];
  /** Where today falls along the campaign, 0..1; null before or after it. */
  today: number | null;
  todayLabel: string;
  yearsLabel: string;
  activeTitle: string | undefined;
}

/** The span at `instant`, with the phase `activeId` marked; undefined when the bundle has no phases. */
export function campaignSpan(
  bundle: Pick<Bundle, 'phases' | 'timeZone'>,
  instant: Instant,
  activeId: string | undefined,
): CampaignSpan | undefined {
  if (bundle.phases.length === 0) return undefined;
  const first = bundle.phases.map((phase) => phase.start).reduce((a, b) => (a < b ? a : b));
  const last = bundle.phases.map((phase) => phase.end).reduce((a, b) => (a > b ? a : b));
  const span = daysBetween(first, last) + 1;
  const position = (date: string, endOfDay = false) => (daysBetween(first, date) + (endOfDay ? 1 : 0)) / span;
  const today = localDate(instant, bundle.timeZone);
  const todayAt = today < first || today > last ? null : Math.min(1, (daysBetween(first, today) + 0.5) / span);
  return {
    bars: [...bundle.phases]
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((phase) => ({
        id: phase.id,
        number: phase.number,
        title: phase.title,
        dateLabel: compactSpanLabel(phase.start, phase.end),
        dayMonthLabel: dayMonthSpanLabel(phase.start, phase.end),
        from: position(phase.start),
        to: position(phase.end, true),
        active: phase.id === activeId,
        inferred: phase.inferred === true,
      })),
    activeTitle: bundle.phases.find((phase) => phase.id === activeId)?.title,
    today: todayAt,
    todayLabel: dateSpanLabel(today),
    yearsLabel: first.slice(0, 4) === last.slice(0, 4) ? first.slice(0, 4) : `${first.slice(0, 4)}–${last.slice(0, 4)}`,
  };
}
