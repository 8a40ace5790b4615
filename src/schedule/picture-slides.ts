/**
 * The slides that may carry a picture, milestones and announcements, with the picture's room
 * (picture-room.ts) worked out here so their elements only apply it. Apart from playlist.ts, which
 * decides what plays when.
 */
import type { Bundle, Milestone } from '../content/schema';
import type { Orientation, SlideOf } from './playlist';
import { paginate } from './paginate';
import { pageBudget } from './page-capacity';
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
 * An announcement's pages, cut at sentences or clauses to what a slide holds under its title, and
 * beside or under its picture: on a portrait screen the picture is on the first page only, which
 * carries no text when the title leaves no room under it. One page keeps the id
 * `announcement:ID`; more are `announcement:ID:N`.
 */
export function announcementSlides(
  announcement: Bundle['announcements'][number],
  durationMs: number,
  orientation: Orientation,
): SlideOf<'announcement'>[] {
  const heading = announcement.title?.length ?? 0;
  const room = announcement.image ? announcementRoom(orientation, heading, announcement.text.length) : undefined;
  const pages = !room
    ? paginate([announcement.text], pageBudget(orientation, heading))
    : room.first === 0
      ? [[], ...paginate([announcement.text], room.rest)]
      : paginate([announcement.text], room.rest, Infinity, 0, room.first);
  return pages.map((parts, index) => ({
    kind: 'announcement' as const,
    id: pages.length === 1 ? `announcement:${announcement.id}` : `announcement:${announcement.id}:${index + 1}`,
    durationMs,
    text: parts.map((part) => `${part.midClauseBefore ? '… ' : ''}${part.text}${part.midClauseAfter ? ' …' : ''}`).join(' '),
    urgent: announcement.priority === 'urgent',
    page: index + 1,
    pages: pages.length,
    ...(announcement.title ? { title: announcement.title } : {}),
    ...(announcement.image && room && (room.everyPage || index === 0)
      ? { image: announcement.image, picture: { place: room.place, share: room.share, lines: room.lines } }
      : {}),
  }));
}
