/**
 * The header and the ticker of a screen as the preview's miniatures draw them, computed from the
 * day's playlist. Kept apart on purpose: a shared pure `frameChrome` in src/schedule/ (issue #12)
 * will take its place, and the player and the preview will then say the same thing.
 */
import type { Bundle } from '../content/schema';
import type { Orientation } from '../schedule/playlist';
import { dayLabel } from '../schedule/format';
import { dayPlan } from './day-playlist';
import type { FrameChrome } from './preview-frame';

/** What the frame around a slide says on `date` at `time` on a screen: the header's lines, and the ticker's first slogan if the screen has a ticker. */
export function previewFrameChrome(bundle: Bundle, date: string, time: string, screenId?: string, orientation?: Orientation): FrameChrome {
  const plan = dayPlan(bundle, date, time, screenId, orientation);
  const phase = plan.playlist.phase;
  const slogan = plan.playlist.slides.find((slide) => slide.kind === 'slogan');
  return {
    party: bundle.organization.party,
    unit: bundle.organization.committee,
    phaseLabel: phase ? `Đợt ${phase.number} · ${phase.dateLabel}` : '',
    clock: time,
    day: dayLabel(plan.instant, bundle.timeZone),
    ticker: plan.playlist.screen.ticker && slogan?.kind === 'slogan' ? slogan.text : undefined,
  };
}
