import type { Bundle, Phase } from '../content/schema';
import { localDate, type Instant } from './time';

/** The phase whose calendar days (end inclusive, in the bundle's zone) contain the instant. */
export function activePhase(bundle: Pick<Bundle, 'phases' | 'timeZone'>, instant: Instant): Phase | undefined {
  const today = localDate(instant, bundle.timeZone);
  return bundle.phases.find((phase) => phase.start <= today && today <= phase.end);
}

export type CampaignPosition = 'before' | 'during' | 'between' | 'after' | 'none';

/** Where the instant stands relative to the campaign as a whole. */
export function campaignPosition(bundle: Pick<Bundle, 'phases' | 'timeZone'>, instant: Instant): CampaignPosition {
  if (bundle.phases.length === 0) return 'none';
  const today = localDate(instant, bundle.timeZone);
  if (activePhase(bundle, instant)) return 'during';
  const first = bundle.phases.reduce((min, phase) => (phase.start < min ? phase.start : min), bundle.phases[0]!.start);
  const last = bundle.phases.reduce((max, phase) => (phase.end > max ? phase.end : max), bundle.phases[0]!.end);
  if (today < first) return 'before';
  if (today > last) return 'after';
  return 'between';
}
