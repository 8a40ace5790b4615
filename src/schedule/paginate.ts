/**
 * Splits text into pages that fit a slide: whole items where they fit; an item too long for the
 * space left is cut at a sentence, else a clause, else a word boundary, and goes on on the next
 * page — never mid-word (unless a single "word" is longer than a page), never dropping text.
 */

export interface PagePart {
  text: string;
  /** This part continues the previous part's item (shown with a leading "…"). */
  continues: boolean;
  /** The item goes on in the next part. */
  continued: boolean;
}

/** Where a cut may fall, best first: after a sentence, after a clause, between words. */
const BOUNDARIES = [/[.;!?]\s+/gu, /[,:]\s+/gu, /\s+/gu];

/** Splits off the longest head of at most `limit` characters that ends at a good boundary. */
function splitHead(text: string, limit: number, midPage: boolean): [head: string, tail: string] | undefined {
  // Mid-page, only a sentence or clause may start on this page and go on on the next.
  for (const [level, boundary] of BOUNDARIES.slice(0, midPage ? 2 : 3).entries()) {
    let best = -1;
    let resume = -1;
    for (const match of text.matchAll(boundary)) {
      const end = match.index + (level === 2 ? 0 : 1); // keep the punctuation with the head
      if (end > limit) break;
      best = end;
      resume = match.index + match[0].length;
    }
    // A sentence or clause cut that leaves most of the space empty reads worse than a finer cut.
    if (best > 0 && (level === 2 || best >= limit * 0.5)) return [text.slice(0, best), text.slice(resume)];
  }
  return midPage ? undefined : [text.slice(0, limit), text.slice(limit)];
}

/**
 * Packs items into pages of at most `budget` characters and `maxItems` parts each.
 * Each part after the first on a page costs `partCost` characters more: the space between
 * items and the unfilled end of the previous item's last line.
 */
export function paginate(items: readonly string[], budget: number, maxItems = Infinity, partCost = 0): PagePart[][] {
  const pages: PagePart[][] = [];
  let page: PagePart[] = [];
  let used = 0;
  const flush = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  };
  for (const item of items) {
    let rest = item.trim();
    let continues = false;
    while (rest !== '') {
      if (page.length >= maxItems) flush();
      const room = budget - used - (page.length > 0 ? partCost : 0);
      if (rest.length <= room) {
        page.push({ text: rest, continues, continued: false });
        used = budget - room + rest.length;
        break;
      }
      // An item that fits a page of its own starts one rather than being cut; so does any
      // item when too little room is left to be worth starting it here.
      if (page.length > 0 && (rest.length <= budget || room < budget / 4)) {
        flush();
        continue;
      }
      const split = splitHead(rest, Math.max(1, room), page.length > 0);
      if (!split) {
        flush();
        continue;
      }
      page.push({ text: split[0], continues, continued: true });
      flush();
      rest = split[1];
      continues = true;
    }
  }
  flush();
  return pages;
}
