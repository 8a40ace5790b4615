/**
 * What a screen plays at an instant: an ordered list of slides, each carrying everything its
 * element needs to render (labels included), so elements hold no date logic.
 * Pure and deterministic: same bundle, instant and screen, same playlist.
 */
import { RHYTHM_DEFAULTS } from '../content/defaults';
import type { Bundle, Phase, Screen, SlideKind, Slogan } from '../content/schema';
import { arrange } from './rhythm';
import { activePhase } from './phases';
import { upcomingEvents, type EventStatus } from './events';
import { paginate, pagesUnderTitle, type PagePart } from './paginate';
import { PAGE_CAPACITY, pageBudget, roomUnder, runningHead } from './page-capacity';
import type { PictureRoom } from './picture-room';
import { announcementSlides, milestoneSlide } from './picture-slides';
import { dateSpanLabel, INFERRED_NOTE, monthLabel } from './format';
import { campaignSpan, type CampaignSpan } from './campaign-span';
import { localStamp, type Instant } from './time';
import { showsAt } from './current';
import { videoSlides, type VideoSlide } from './videos';

interface SlideBase {
  /** Stable across rebuilds of the playlist, so the rotation can keep its place. */
  id: string;
  durationMs: number;
}

export interface PhaseSummary {
  id: string;
  number: number;
  title: string;
  dateLabel: string;
  inferred: boolean;
}

export type Slide = SlideBase &
  (
    | { kind: 'slogan'; text: string }
    | {
        kind: 'phase';
        phase: PhaseSummary;
        /** The phase's title in one line (runningHead()), on its later pages; the first shows it whole. */
        runningHead?: string;
        parts: PagePart[];
        page: number;
        pages: number;
      }
    | {
        kind: 'milestone';
        figure: string;
        unit?: string;
        caption: string;
        image?: string;
        picture?: PictureRoom;
        title?: string;
        year?: number;
      }
    | { kind: 'theme'; heading: string; number: number; parts: PagePart[]; page: number; pages: number }
    | {
        kind: 'countdown';
        title: string;
        dateLabel: string;
        days: number;
        state: EventStatus['state'];
        approximate: boolean;
        inferred: boolean;
      }
    | ({ kind: 'timeline' } & CampaignSpan)
    | {
        kind: 'announcement';
        /** The whole title, on the first page. */
        title?: string;
        /** The title in one line (runningHead()), on the later pages. */
        runningHead?: string;
        text: string;
        urgent: boolean;
        image?: string;
        picture?: PictureRoom;
        page: number;
        pages: number;
      }
    | { kind: 'fallback'; party: string; unit: string }
    | Omit<VideoSlide, keyof SlideBase>
  );

export type SlideOf<K extends Slide['kind']> = Extract<Slide, { kind: K }>;

export interface Playlist {
  screen: Screen;
  slides: Slide[];
  phaseId: string | undefined;
  /** The active phase, labelled for the frame. */
  phase: PhaseSummary | undefined;
  /** True when nothing schedulable was found and the fallback slide stands in. */
  fallback: boolean;
}

const MAX_MESSAGES_PER_PAGE = 4;
const MAX_COUNTDOWNS = 2;

export function screenFor(bundle: Bundle, screenId?: string): Screen {
  return (
    bundle.screens.find((screen) => screen.id === screenId) ??
    bundle.screens.find((screen) => screen.id === bundle.settings.defaultScreen) ??
    bundle.screens[0]!
  );
}

function durationOf(screen: Screen, kind: SlideKind): number {
  return (screen.durations?.[kind] ?? screen.slideSeconds) * 1000;
}

/** A group of slides that play back to back (the pages of one phase or theme). */
type Group = Slide[];

function pagedGroup<T extends Slide>(parts: PagePart[][], make: (parts: PagePart[], page: number, pages: number) => T): Group {
  return parts.map((page, index) => make(page, index + 1, parts.length));
}

function summarize(phase: Phase): PhaseSummary {
  return {
    id: phase.id,
    number: phase.number,
    title: phase.title,
    dateLabel: dateSpanLabel(phase.start, phase.end),
    inferred: phase.inferred === true,
  };
}

/** The slides of each kind that hold at `instant` (`stamp` in the bundle's zone), in `phase` if one is active. */
function groupsByKind(
  bundle: Bundle,
  instant: Instant,
  stamp: string,
  phase: Phase | undefined,
  screen: Screen,
  orientation: Orientation,
): Map<SlideKind, Group[]> {
  const groups = new Map<SlideKind, Group[]>();
  const add = (kind: SlideKind, group: Group) => {
    if (group.length > 0) groups.set(kind, [...(groups.get(kind) ?? []), group]);
  };

  for (const slogan of bundle.slogans) {
    if (!showsAt(bundle, slogan, stamp)) continue;
    if (slogan.phases && !(phase && slogan.phases.includes(phase.id))) continue;
    add('slogan', [sloganSlide(slogan, screen)]);
  }

  if (phase) {
    const summary = summarize(phase);
    // The whole title on the first page, a one-line running head on the later ones.
    const { perLine } = PAGE_CAPACITY[orientation];
    const note = phase.inferred ? INFERRED_NOTE.length : 0;
    const head = runningHead(phase.title, orientation);
    add(
      'phase',
      pagedGroup(
        pagesUnderTitle(
          phase.messages,
          roomUnder(orientation, phase.title.length + note),
          pageBudget(orientation, perLine + note),
          perLine * 2,
          MAX_MESSAGES_PER_PAGE,
          perLine,
        ),
        (parts, page, pages) => ({
          kind: 'phase' as const,
          id: `phase:${phase.id}:${page}`,
          durationMs: durationOf(screen, 'phase'),
          phase: summary,
          ...(page > 1 ? { runningHead: head } : {}),
          parts,
          page,
          pages,
        }),
      ),
    );
  }

  for (const milestone of bundle.milestones) {
    if (!showsAt(bundle, milestone, stamp)) continue;
    add('milestone', [milestoneSlide(milestone, durationOf(screen, 'milestone'), orientation)]);
  }

  // Themes and purposes are the campaign's agenda: they belong to its phases, not to the years after.
  if (phase) {
    const theme = (heading: string, items: readonly { id: string; text: string }[]) =>
      items.forEach((item, index) =>
        add(
          'theme',
          pagedGroup(paginate([item.text], pageBudget(orientation)), (parts, page, pages) => ({
            kind: 'theme' as const,
            id: `theme:${item.id}:${page}`,
            durationMs: durationOf(screen, 'theme'),
            heading,
            number: index + 1,
            parts,
            page,
            pages,
          })),
        ),
      );
    theme('Mục đích, yêu cầu', bundle.purposes);
    theme('Nội dung tuyên truyền', bundle.themes);
  }

  for (const status of upcomingEvents(bundle, instant)
    .filter((status) => status.event.countdown !== false)
    .slice(0, MAX_COUNTDOWNS)) {
    const { event } = status;
    add('countdown', [
      {
        kind: 'countdown',
        id: `countdown:${event.id}`,
        durationMs: durationOf(screen, 'countdown'),
        title: event.title,
        dateLabel: event.approximate ? monthLabel(event.start) : dateSpanLabel(event.start, event.end),
        days: Math.max(0, status.daysUntilStart),
        state: status.state,
        approximate: event.approximate === true,
        inferred: event.inferred === true,
      },
    ]);
  }

  const span = campaignSpan(bundle, instant, phase?.id);
  if (span) add('timeline', [{ kind: 'timeline', id: 'timeline', durationMs: durationOf(screen, 'timeline'), ...span }]);

  for (const announcement of bundle.announcements) {
    if (!showsAt(bundle, announcement, stamp) || announcement.priority === 'urgent') continue;
    add('announcement', announcementSlides(announcement, durationOf(screen, 'announcement'), orientation));
  }
  for (const video of videoSlides(bundle, stamp, screen)) add('video', [video]);
  return groups;
}

function sloganSlide(slogan: Slogan, screen: Screen): Slide {
  return { kind: 'slogan', id: `slogan:${slogan.id}`, durationMs: durationOf(screen, 'slogan'), text: slogan.text };
}

/** The pace knobs of a screen, its profile's `rhythm` over the defaults. */
export function rhythmOf(screen: Screen): { shortEverySeconds: number; pagesInRow: number; countdownDays: number } {
  return { ...RHYTHM_DEFAULTS, ...screen.rhythm };
}

/** True for a countdown to a congress that is near (within the screen's `countdownDays`, or under way) and dated exactly. */
export function isNearCountdown(slide: Slide, screen: Screen): boolean {
  return slide.kind === 'countdown' && !slide.approximate && (slide.state !== 'upcoming' || slide.days <= rhythmOf(screen).countdownDays);
}

/**
 * Lays out the loop (rhythm.ts): slogans and near countdowns are the short items that come at
 * least every `shortEverySeconds`; the other kinds' items take turns in the screen's order, in
 * runs of at most `pagesInRow` pages.
 */
function interleave(screen: Screen, groups: Map<SlideKind, Group[]>): Slide[] {
  const order = screen.slideKinds;
  const { shortEverySeconds, pagesInRow } = rhythmOf(screen);
  const countdowns = order.includes('countdown') ? (groups.get('countdown') ?? []).flat() : [];
  const urgent = countdowns.filter((slide) => isNearCountdown(slide, screen));
  return arrange(
    {
      shorts: order.includes('slogan') ? (groups.get('slogan') ?? []).flat() : [],
      urgent,
      content: order
        .filter((kind) => kind !== 'slogan')
        .map((kind) => (groups.get(kind) ?? []).filter((group) => !group.some((slide) => urgent.includes(slide)))),
    },
    { shortEveryMs: shortEverySeconds * 1000, pagesInRow },
  );
}

export function fallbackSlide(bundle: Pick<Bundle, 'organization'> | undefined, durationMs = 60_000): Slide {
  return {
    kind: 'fallback',
    id: 'fallback',
    durationMs,
    party: bundle?.organization.party ?? '',
    unit: bundle?.organization.unit ?? '',
  };
}

export type Orientation = Screen['orientation'];

export interface PlaylistOptions {
  /**
   * The date is unknown (the device clock is implausible): play only what holds on any day,
   * slogans and milestones with no phase or validity window; no phase, no countdown.
   */
  evergreen?: boolean;
}

/** The playlist of `slides`, or the fallback slide alone when there are none. */
function playlistOf(bundle: Bundle, screen: Screen, active: Phase | undefined, slides: Slide[]): Playlist {
  const fallback = slides.length === 0;
  return {
    screen,
    phaseId: active?.id,
    phase: active ? summarize(active) : undefined,
    fallback,
    slides: fallback ? [fallbackSlide(bundle, screen.slideSeconds * 1000)] : slides,
  };
}

function evergreenPlaylist(bundle: Bundle, screen: Screen, orientation: Orientation): Playlist {
  const groups = new Map<SlideKind, Group[]>([
    [
      'slogan',
      bundle.slogans
        .filter((slogan) => !slogan.phases && !slogan.from && !slogan.until && !slogan.event)
        .map((slogan) => [sloganSlide(slogan, screen)]),
    ],
    [
      'milestone',
      bundle.milestones
        .filter((milestone) => !milestone.from && !milestone.until && !milestone.event)
        .map((milestone) => [milestoneSlide(milestone, durationOf(screen, 'milestone'), orientation)]),
    ],
  ]);
  return playlistOf(bundle, screen, undefined, interleave(screen, groups));
}

/**
 * @param orientation the display's real orientation when known; a screen mounted the other way
 *   than its profile says must still never overflow. Defaults to the profile's.
 */
export function buildPlaylist(
  bundle: Bundle,
  instant: Instant,
  screenId?: string,
  orientation?: Orientation,
  options: PlaylistOptions = {},
): Playlist {
  const screen = screenFor(bundle, screenId);
  if (options.evergreen) return evergreenPlaylist(bundle, screen, orientation ?? screen.orientation);
  const active = activePhase(bundle, instant);
  const stamp = localStamp(instant, bundle.timeZone);
  // An urgent announcement takes the whole screen while it is valid, whatever the screen's kinds.
  const urgent = bundle.announcements.filter((item) => item.priority === 'urgent' && showsAt(bundle, item, stamp));
  const slides =
    urgent.length > 0
      ? urgent.flatMap((item) => announcementSlides(item, durationOf(screen, 'announcement'), orientation ?? screen.orientation))
      : interleave(screen, groupsByKind(bundle, instant, stamp, active, screen, orientation ?? screen.orientation));
  return playlistOf(bundle, screen, active, slides);
}
