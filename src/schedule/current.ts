/**
 * What is current at an instant, and since when nothing is. A slogan, milestone or announcement
 * tied to an event (`"event": ID`) stops once that event has ended, as one with `until` stops
 * after that day; the campaign is current while a phase runs or a congress is still to come.
 * Pure: every function takes the instant.
 */
import type { Bundle } from '../content/schema';
import { untilStamp } from '../content/dates';
import { activePhase } from './phases';
import { upcomingEvents } from './events';
import { localStamp, withinWindow, type Instant } from './time';

/** An item that may be bounded in time: its own window, and the event it is about. */
export interface Timed {
  from?: string | undefined;
  until?: string | undefined;
  event?: string | undefined;
}

/** The last local moment (a sortable stamp) an event includes: the whole of its last day. */
function eventEnd(bundle: Pick<Bundle, 'events'>, id: string): string | undefined {
  const event = bundle.events.find((candidate) => candidate.id === id);
  return event ? untilStamp(event.end ?? event.start) : undefined;
}

/** The last local moment the item may show: the earlier of its `until` and its event's end; undefined when open-ended. */
export function lastMoment(bundle: Pick<Bundle, 'events'>, item: Timed): string | undefined {
  const ends = [
    item.until === undefined ? undefined : untilStamp(item.until),
    item.event === undefined ? undefined : eventEnd(bundle, item.event),
  ];
  return ends.filter((end): end is string => end !== undefined).sort()[0];
}

/** Does the item show at `stamp` (a localStamp in the bundle's zone)? */
export function showsAt(bundle: Pick<Bundle, 'events'>, item: Timed, stamp: string): boolean {
  return withinWindow(stamp, item.from, lastMoment(bundle, item));
}

/** The day from which nothing is current, after an end stamp: the next day after a whole day, else that day. */
function dayAfter(stamp: string): string {
  if (!stamp.endsWith('T23:59:59.999')) return stamp.slice(0, 10);
  const next = new Date(Date.parse(`${stamp.slice(0, 10)}T00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

export interface NothingCurrent {
  /** The first local day (YYYY-MM-DD) with nothing current; undefined when nothing ever was. */
  since: string | undefined;
}

/**
 * Undefined while something current shows at `instant`: a slogan, milestone or announcement in
 * its window and before its event's end, a phase, or a congress not yet over. Otherwise since when
 * nothing has been: the screens then show the organization, the clock and the campaign as a record
 * (the timeline), and staff should publish new content.
 */
export function nothingCurrentSince(
  bundle: Pick<Bundle, 'events' | 'phases' | 'slogans' | 'milestones' | 'announcements' | 'timeZone'>,
  instant: Instant,
): NothingCurrent | undefined {
  const stamp = localStamp(instant, bundle.timeZone);
  const items: Timed[] = [...bundle.slogans, ...bundle.milestones, ...bundle.announcements];
  if (items.some((item) => showsAt(bundle, item, stamp))) return undefined;
  if (activePhase(bundle, instant)) return undefined;
  if (upcomingEvents(bundle, instant).some((status) => status.event.countdown !== false)) return undefined;
  const ends = [
    ...items.map((item) => lastMoment(bundle, item)),
    ...bundle.phases.map((phase) => untilStamp(phase.end)),
    ...bundle.events.map((event) => untilStamp(event.end ?? event.start)),
  ].filter((end): end is string => end !== undefined && end < stamp);
  const last = ends.sort().at(-1);
  return { since: last === undefined ? undefined : dayAfter(last) };
}
