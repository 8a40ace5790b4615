import type { Bundle, CampaignEvent } from '../content/schema';
import { daysBetween, localDate, type Instant } from './time';

export interface EventStatus {
  event: CampaignEvent;
  /** Calendar days from today to the first day, in the bundle's zone (0 on the day itself). */
  daysUntilStart: number;
  state: 'upcoming' | 'today' | 'ongoing' | 'past';
}

export function eventStatus(event: CampaignEvent, today: string): EventStatus {
  const daysUntilStart = daysBetween(today, event.start);
  const end = event.end ?? event.start;
  let state: EventStatus['state'];
  if (daysUntilStart > 0) state = 'upcoming';
  else if (daysUntilStart === 0) state = 'today';
  else if (today <= end) state = 'ongoing';
  else state = 'past';
  return { event, daysUntilStart, state };
}

/** Events not yet over, soonest first. */
export function upcomingEvents(bundle: Pick<Bundle, 'events' | 'timeZone'>, instant: Instant): EventStatus[] {
  const today = localDate(instant, bundle.timeZone);
  return bundle.events
    .map((event) => eventStatus(event, today))
    .filter((status) => status.state !== 'past')
    .sort((a, b) => a.event.start.localeCompare(b.event.start) || a.event.id.localeCompare(b.event.id));
}
