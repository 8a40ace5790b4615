/**
 * How much text fits on one slide, by the screen's orientation: the budget paginate() cuts the
 * phases', themes' and announcements' text to. Apart from playlist.ts because it is a fact about
 * the screens' type sizes, not about what plays when.
 */
import type { Screen } from '../content/schema';

/**
 * How much text a slide holds at the smallest allowed type (4% of the screen height): about
 * 17 characters a line on a portrait screen (Vietnamese words wrap early), 66 on a landscape one. Pages are cut to this;
 * the element then fits what it gets, larger when it can.
 */
export const PAGE_CAPACITY = {
  landscape: { characters: 500, perLine: 66 },
  portrait: { characters: 180, perLine: 17 },
} as const;

/** Characters of body text a page may take, after a heading of `headingLength` characters. */
export function pageBudget(orientation: Screen['orientation'], headingLength = 0): number {
  const { perLine } = PAGE_CAPACITY[orientation];
  return Math.max(perLine * 3, roomUnder(orientation, headingLength));
}

/** Characters of body text left under a heading of `headingLength` characters: 0 or less when it fills the slide. */
export function roomUnder(orientation: Screen['orientation'], headingLength: number): number {
  const { characters, perLine } = PAGE_CAPACITY[orientation];
  return characters - Math.ceil(headingLength / perLine) * perLine;
}

/**
 * The one-line heading an item's later pages carry instead of its whole title (which its first page
 * shows): the title itself when it fits a line at the smallest type, else its longest head that
 * ends between words, with "…". It takes one line, so the body keeps the rest of the slide.
 */
export function runningHead(title: string, orientation: Screen['orientation']): string {
  const { perLine } = PAGE_CAPACITY[orientation];
  const whole = title.trim();
  if (whole.length <= perLine) return whole;
  // Room for the "…"; the head ends at the last space that leaves it, without a dangling mark.
  const cut = whole.lastIndexOf(' ', perLine - 1);
  const head = (cut > 0 ? whole.slice(0, cut) : whole.slice(0, perLine - 1)).replace(/[\s,:;.–—-]+$/u, '');
  return `${head}…`;
}
