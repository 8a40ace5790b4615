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
  const { characters, perLine } = PAGE_CAPACITY[orientation];
  return Math.max(perLine * 3, characters - Math.ceil(headingLength / perLine) * perLine);
}
