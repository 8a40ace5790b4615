/**
 * Splits text into pages that fit a slide: whole items where they fit, long items cut at
 * sentence, then clause, then word boundaries — never mid-word, never dropping text.
 */

export interface PagePart {
  text: string;
  /** This part continues the previous part's item (shown with a leading "…"). */
  continues: boolean;
  /** The item goes on in the next part. */
  continued: boolean;
}

const SEPARATORS = [/(?<=[.;!?])\s+/u, /(?<=[,:])\s+/u, /\s+/u];

function splitToFit(text: string, budget: number, level = 0): string[] {
  if (text.length <= budget) return [text];
  const separator = SEPARATORS[level];
  if (!separator) {
    // A single "word" longer than a page (a URL, a hostile string): cut it hard rather than overflow.
    const chunks: string[] = [];
    for (let index = 0; index < text.length; index += budget) chunks.push(text.slice(index, index + budget));
    return chunks;
  }
  const pieces = text.split(separator);
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const candidate = current === '' ? piece : current + ' ' + piece;
    if (candidate.length <= budget) {
      current = candidate;
      continue;
    }
    if (current !== '') out.push(current);
    if (piece.length <= budget) current = piece;
    else {
      const smaller = splitToFit(piece, budget, level + 1);
      out.push(...smaller.slice(0, -1));
      current = smaller[smaller.length - 1]!;
    }
  }
  if (current !== '') out.push(current);
  return out;
}

/** Packs items into pages of at most `budget` characters and `maxItems` parts each. */
export function paginate(items: readonly string[], budget: number, maxItems = Infinity): PagePart[][] {
  const pages: PagePart[][] = [];
  let page: PagePart[] = [];
  let used = 0;
  const flush = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  };
  for (const item of items) {
    const chunks = splitToFit(item, budget);
    chunks.forEach((chunk, index) => {
      if (page.length >= maxItems || (page.length > 0 && used + chunk.length > budget)) flush();
      page.push({ text: chunk, continues: index > 0, continued: index < chunks.length - 1 });
      used += chunk.length;
    });
  }
  flush();
  return pages;
}
