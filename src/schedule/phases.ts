import type { Bundle, Phase } from '../content/schema';
import { localDate, type Instant } from './time';

/** The phase whose calendar days (end inclusive, in the bundle's zone) contain the instant. */
export function activePhase(bundle: Pick<Bundle, 'phases' | 'timeZone'>, instant: Instant): Phase | undefined {
  const today = localDate(instant, bundle.timeZone);
  return bundle.phases.find((phase) => phase.start <= today && today <= phase.end);
}
