/**
 * What the frame around the slides says: the header's lines (party, unit, phase, clock, day) and
 * what the ticker runs. Pure, for the player and the preview alike.
 */
import { DEFAULT_ZONE } from '../content/defaults';
import type { Bundle } from '../content/schema';
import { clockLabel, dayLabel } from './format';
import type { Playlist, Slide, SlideOf } from './playlist';
import type { Instant } from './time';

/** The header's first line before any bundle has loaded. */
export const DEFAULT_PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';

export interface FrameChrome {
  party: string;
  unit: string;
  /** "Đợt 2 · 01/04–30/06/2020"; empty outside every phase, and while the phase's own slide says it. */
  phaseLabel: string;
  /** "08:05"; empty when the date cannot be trusted. */
  clock: string;
  /** "Thứ Sáu, 15/05/2020"; empty when the date cannot be trusted. */
  day: string;
  /**
   * What the ticker runs, when the screen has one: the next congress's countdown as a sentence,
   * the announcements, the slogans; never what the slide on screen says (no urgent notice either).
   */
  ticker: string[];
}

/** The countdown as one line of running text. */
export function countdownLine(slide: SlideOf<'countdown'>): string {
  if (slide.approximate) return `${slide.title}: dự kiến ${slide.dateLabel}`;
  if (slide.state === 'upcoming') return `Còn ${slide.days} ngày đến ${slide.title} (${slide.dateLabel})`;
  return slide.state === 'today' ? `Hôm nay khai mạc ${slide.title}` : `${slide.title} đang diễn ra`;
}

/** The item a slide shows, page number aside: `announcement:a:2` and `announcement:a` are one notice. */
function itemId(slide: Slide): string {
  return slide.kind === 'announcement' && slide.pages > 1 ? slide.id.slice(0, slide.id.lastIndexOf(':')) : slide.id;
}

function tickerItems(playlist: Playlist, onScreen: Slide | undefined): string[] {
  const shown = onScreen ? itemId(onScreen) : undefined;
  const others = playlist.slides.filter((slide) => itemId(slide) !== shown);
  const countdown = others.find((slide): slide is SlideOf<'countdown'> => slide.kind === 'countdown');
  const notices = new Map<string, string>();
  for (const slide of others)
    if (slide.kind === 'announcement' && !slide.urgent && !notices.has(itemId(slide)))
      notices.set(
        itemId(slide),
        playlist.slides
          .filter((page): page is SlideOf<'announcement'> => page.kind === 'announcement' && itemId(page) === itemId(slide))
          .map((page) => page.text)
          // A first page that is a picture and the title alone has no text.
          .filter((text) => text !== '')
          .join(' '),
      );
  const items = [
    ...(countdown ? [countdownLine(countdown)] : []),
    ...[...notices.values()],
    ...others.flatMap((slide) => (slide.kind === 'slogan' ? [slide.text] : [])),
  ];
  return [...new Set(items)];
}

/**
 * @param bundle the content on screen; undefined while loading
 * @param playlist what the schedule plays at `instant`; undefined while loading
 * @param datesKnown false when the clock cannot be trusted: no clock and no day
 * @param onScreen the slide on screen, whose text the ticker and the header do not repeat
 */
export function frameChrome(
  bundle: Bundle | undefined,
  playlist: Playlist | undefined,
  instant: Instant,
  datesKnown: boolean,
  onScreen?: Slide,
): FrameChrome {
  const zone = bundle?.timeZone ?? DEFAULT_ZONE;
  const phase = playlist?.phase;
  const urgent = playlist?.slides.some((slide) => slide.kind === 'announcement' && slide.urgent) ?? false;
  return {
    party: bundle?.organization.party ?? DEFAULT_PARTY,
    unit: bundle?.organization.committee ?? '',
    phaseLabel: phase && onScreen?.kind !== 'phase' ? `Đợt ${phase.number} · ${phase.dateLabel}` : '',
    clock: datesKnown ? clockLabel(instant, zone) : '',
    day: datesKnown ? dayLabel(instant, zone) : '',
    ticker: playlist?.screen.ticker && !urgent ? tickerItems(playlist, onScreen) : [],
  };
}
