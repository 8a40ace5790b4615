/**
 * How a picture and a text share a slide, by the screen's orientation: the picture yields room to
 * the text (never the text to the picture), and a text too long for what is left is paged.
 *
 * Landscape: the picture stands beside the text, taking a share of the slide's width (less when
 * the text is long). Portrait: it stands above the text, a number of body lines high (fewer when
 * the text is long); an announcement shows it on its first page only, and that page may carry no
 * text of its own when the title leaves no room under the picture.
 *
 * Lines here are lines of body text at the smallest allowed type (4% of the screen height, line
 * height 1.3, so 5.2% of the height): the unit PAGE_CAPACITY counts in.
 */
import type { Screen } from '../content/schema';
import { PAGE_CAPACITY, pageBudget } from './page-capacity';

type Orientation = Screen['orientation'];

/** Body lines a slide holds under its kicker at the smallest type. */
export function slideLines(orientation: Orientation): number {
  const { characters, perLine } = PAGE_CAPACITY[orientation];
  return characters / perLine;
}

/** The picture's bounds: a share of the width beside the text (landscape), body lines above it (portrait). */
export const PICTURE_ROOM = {
  /** Share of the slide's width, at most and at least; the text keeps the rest less a gap of `gapShare`. */
  landscape: { maxShare: 0.3, minShare: 0.18, gapShare: 0.04 },
  /** Lines of height, at most and at least. */
  portrait: { maxLines: 5, minLines: 2 },
} as const;

/**
 * Characters a line holds beside a picture taking `share` of the width: fewer than the share
 * alone says, since a narrow column wraps Vietnamese words earlier (its last word moves down whole).
 */
export function perLineBeside(share: number): number {
  const { perLine } = PAGE_CAPACITY.landscape;
  const { gapShare } = PICTURE_ROOM.landscape;
  return Math.max(1, Math.floor(perLine * (1 - share - gapShare)) - 4);
}

/**
 * The room a slide's picture takes: beside the text (landscape) a `share` of the slide's width;
 * above it (portrait) `lines` body lines high; beside a milestone's heading (portrait, when its text
 * leaves no room above) `lines` high, the heading's own height.
 */
export interface PictureRoom {
  place: 'beside' | 'above' | 'heading';
  share: number;
  lines: number;
}

/** An announcement's pages with a picture: the picture's room and the body characters each page holds. */
export interface AnnouncementRoom extends PictureRoom {
  /** Body characters on the first page (the picture's page); 0 when it carries the title and picture only. */
  first: number;
  /** Body characters on every later page. */
  rest: number;
  /** Whether every page shows the picture (landscape) or only the first (portrait). */
  everyPage: boolean;
}

/** The shares tried beside a landscape text, largest first (steps of 0.04). */
function landscapeShares(): number[] {
  const { maxShare, minShare } = PICTURE_ROOM.landscape;
  const shares: number[] = [];
  for (let share = maxShare; share >= minShare - 1e-9; share -= 0.04) shares.push(Math.round(share * 100) / 100);
  return shares;
}

/**
 * The room an announcement with a picture gets, for a title of `headingLength` characters on its
 * first page (`restHeadingLength` on the later ones: the one-line running head) and a text of
 * `textLength`: the largest picture that pages the text into no more pages than the smallest one would.
 */
export function announcementRoom(
  orientation: Orientation,
  headingLength: number,
  textLength: number,
  restHeadingLength = headingLength,
): AnnouncementRoom {
  if (orientation === 'landscape') {
    // The title runs across the whole slide above; the picture stands beside the body only.
    const { perLine } = PAGE_CAPACITY.landscape;
    const lines = Math.floor(pageBudget('landscape', headingLength) / perLine);
    const restLines = Math.floor(pageBudget('landscape', restHeadingLength) / perLine);
    const budgetAt = (share: number) => lines * perLineBeside(share);
    const shares = landscapeShares();
    const fewest = Math.ceil(textLength / budgetAt(shares.at(-1)!));
    const share = shares.find((candidate) => Math.ceil(textLength / budgetAt(candidate)) <= fewest)!;
    return { place: 'beside', share, lines: 0, first: budgetAt(share), rest: restLines * perLineBeside(share), everyPage: true };
  }
  const { perLine } = PAGE_CAPACITY.portrait;
  const { maxLines, minLines } = PICTURE_ROOM.portrait;
  const rest = pageBudget('portrait', restHeadingLength);
  const bodyLines = Math.floor(pageBudget('portrait', headingLength) / perLine);
  const textLines = Math.ceil(textLength / perLine);
  // The picture takes what the title and (up to a page of) the text leave, within its bounds.
  const pictureLines = Math.min(maxLines, Math.max(minLines, bodyLines - Math.min(textLines, bodyLines)));
  const firstLines = bodyLines - pictureLines;
  // Too little room for two lines under the picture: the first page is the title and the picture
  // alone (the picture as tall as the page allows), the text on the pages after it.
  if (firstLines < 2)
    return { place: 'above', share: 0, lines: Math.min(maxLines, Math.max(minLines, bodyLines)), first: 0, rest, everyPage: false };
  return { place: 'above', share: 0, lines: pictureLines, first: firstLines * perLine, rest, everyPage: false };
}

/** The lengths of a milestone's texts, in characters. */
export interface MilestoneTexts {
  title: number;
  unit: number;
  caption: number;
}

/**
 * A milestone's text block at the smallest type, in body lines of a portrait screen: the heading
 * (at about 0.6 of body size, 1.8 times as many characters a line), the figure (about two lines),
 * a unit too long to sit beside the figure (on lines of its own), and the caption.
 */
export function milestoneLines(texts: MilestoneTexts): number {
  const { perLine } = PAGE_CAPACITY.portrait;
  const heading = texts.title > 0 ? Math.ceil(texts.title / (perLine * 1.8)) * 0.6 + 0.5 : 0;
  const unit = texts.unit > 10 ? Math.ceil(texts.unit / perLine) : 0;
  return heading + 2 + unit + Math.ceil(texts.caption / perLine);
}

/**
 * A milestone's picture: a share of the width beside its text (landscape, narrower as the text
 * grows), lines above it (portrait, fewer as the text grows); a portrait text too long to leave it
 * `minLines` puts it beside the heading, as high as the heading, when there is one.
 */
export function milestoneRoom(orientation: Orientation, texts: MilestoneTexts): PictureRoom {
  if (orientation === 'landscape') {
    // Beside the text, the picture narrows as the text grows: the longest text the schema allows
    // gets the smallest share.
    const { maxShare, minShare } = PICTURE_ROOM.landscape;
    const weight = Math.min(1, Math.max(0, (texts.title + texts.unit + texts.caption - 120) / 140));
    return { place: 'beside', share: Math.round((maxShare - (maxShare - minShare) * weight) * 100) / 100, lines: 0 };
  }
  const { maxLines, minLines } = PICTURE_ROOM.portrait;
  const room = Math.floor((MILESTONE_PORTRAIT_LINES - milestoneLines(texts)) * 2) / 2;
  if (room < minLines && texts.title > 0) return { place: 'heading', share: 0, lines: HEADING_PICTURE_LINES };
  return { place: 'above', share: 0, lines: Math.min(maxLines, Math.max(1, room)) };
}

/** A picture beside a milestone's heading: about two lines of the heading (0.6 of body size) high. */
export const HEADING_PICTURE_LINES = 1.5;

/** Body lines a portrait milestone slide holds for its text and picture (no kicker, no page label). */
export const MILESTONE_PORTRAIT_LINES = 14;
