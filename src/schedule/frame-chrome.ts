/**
 * What the frame around the slides says: the header's lines (party, unit, phase, clock, day) and
 * the slogans the ticker runs. Pure, for the player and the preview alike.
 */
import { DEFAULT_ZONE, type Bundle } from '../content/schema';
import { clockLabel, dayLabel } from './format';
import type { Playlist } from './playlist';
import type { Instant } from './time';

/** The header's first line before any bundle has loaded. */
export const DEFAULT_PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';

export interface FrameChrome {
  party: string;
  unit: string;
  /** "Đợt 2 · 01/04–30/06/2020"; empty outside every phase. */
  phaseLabel: string;
  /** "08:05"; empty when the date cannot be trusted. */
  clock: string;
  /** "Thứ Sáu, 15/05/2020"; empty when the date cannot be trusted. */
  day: string;
  /** The slogans the schedule plays now (validity windows and phases applied; none under an urgent notice), when the screen has a ticker. */
  ticker: string[];
}

/**
 * @param bundle the content on screen; undefined while loading
 * @param playlist what the schedule plays at `instant`; undefined while loading
 * @param datesKnown false when the clock cannot be trusted: no clock and no day
 */
export function frameChrome(
  bundle: Bundle | undefined,
  playlist: Playlist | undefined,
  instant: Instant,
  datesKnown: boolean,
): FrameChrome {
  const zone = bundle?.timeZone ?? DEFAULT_ZONE;
  const phase = playlist?.phase;
  return {
    party: bundle?.organization.party ?? DEFAULT_PARTY,
    unit: bundle?.organization.committee ?? '',
    phaseLabel: phase ? `Đợt ${phase.number} · ${phase.dateLabel}` : '',
    clock: datesKnown ? clockLabel(instant, zone) : '',
    day: datesKnown ? dayLabel(instant, zone) : '',
    ticker: playlist?.screen.ticker ? [...new Set(playlist.slides.flatMap((slide) => (slide.kind === 'slogan' ? [slide.text] : [])))] : [],
  };
}
