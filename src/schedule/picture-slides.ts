/**
 * The slides that may carry a picture, milestones and announcements, with the picture's room
 * (picture-room.ts) worked out here so their elements only apply it. Apart from playlist.ts, which
 * decides what plays when.
 */
import type { Bundle, Milestone } from '../content/schema';
import type { Orientation, SlideOf } from './playlist';
import { paginate, pagesUnderTitle } from './paginate';
import { PAGE_CAPACITY, pageBudget, roomUnder, runningHead } from './page-capacity';
import { announcementRoom, milestoneRoom } from './picture-room';

/** A milestone: one slide, its picture narrowed or lowered to leave its text the room it needs. */
export function milestoneSlide(milestone: Milestone, durationMs: number, orientation: Orientation): SlideOf<'milestone'> {
  return {
    kind: 'milestone',
    id: `milestone:${milestone.id}`,
    durationMs,
    figure: milestone.figure,
    caption: milestone.caption,
    ...(milestone.unit ? { unit: milestone.unit } : {}),
    ...(milestone.title ? { title: milestone.title } : {}),
    ...(milestone.year !== undefined ? { year: milestone.year } : {}),
    ...(milestone.image
      ? {
          image: milestone.image,
          picture: milestoneRoom(orientation, {
            // The heading reads "TITLE · YEAR".
            title: (milestone.title?.length ?? 0) + (milestone.year !== undefined ? 7 : 0),
            unit: milestone.unit?.length ?? 0,
            caption: milestone.caption.length,
          }),
        }
      : {}),
  };
}

/**
 * An announcement's pages, cut at sentences or clauses to what a slide holds: its whole title on the
 * first page, a one-line running head (runningHead()) on the later ones, so their body has most of
 * the slide; beside or under its picture: on a portrait screen the picture is on the first page
 * only, which carries no text when the title leaves no room under it (so does a first page whose
 * text would be a few words: pagesUnderTitle()). One page keeps the id `announcement:ID`; more are
 * `announcement:ID:N`.
 */
export function announcementSlides(
  announcement: Bundle['announcements'][number],
  durationMs: number,
  orientation: Orientation,
): SlideOf<'announcement'>[] {
  const { title, text } = announcement;
  const head = title ? runningHead(title, orientation) : undefined;
  const room = announcement.image ? announcementRoom(orientation, title?.length ?? 0, text.length, head?.length ?? 0) : undefined;
  const minFirst = PAGE_CAPACITY[orientation].perLine * 2;
  const pages = !title
    ? paginate([text], room?.rest ?? pageBudget(orientation), Infinity, 0, room?.first)
    : room
      ? pagesUnderTitle([text], room.first, room.rest, minFirst)
      : pagesUnderTitle([text], roomUnder(orientation, title.length), pageBudget(orientation, head!.length), minFirst);
  return pages.map((parts, index) => ({
    kind: 'announcement' as const,
    id: pages.length === 1 ? `announcement:${announcement.id}` : `announcement:${announcement.id}:${index + 1}`,
    durationMs,
    text: parts.map((part) => `${part.midClauseBefore ? '… ' : ''}${part.text}${part.midClauseAfter ? ' …' : ''}`).join(' '),
    urgent: announcement.priority === 'urgent',
    page: index + 1,
    pages: pages.length,
    ...(title && index === 0 ? { title } : {}),
    ...(head && index > 0 ? { runningHead: head } : {}),
    ...(announcement.image && room && (room.everyPage || index === 0)
      ? { image: announcement.image, picture: { place: room.place, share: room.share, lines: room.lines } }
      : {}),
  }));
}
