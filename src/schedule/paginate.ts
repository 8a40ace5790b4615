/**
 * Splits text into pages that fit a slide: whole items where they fit; an item too long for the
 * space left is cut at the end of a sentence, else of a clause (after , : – or —), so that every
 * page reads as whole sentences or clauses. Only a clause longer than a whole page is cut between
 * words (marked `midClause`, shown with "…"); never mid-word (unless a single "word" is longer
 * than a page), never dropping text.
 */

export interface PagePart {
  text: string;
  /** This part continues the previous part's item (shown with a leading "…"). */
  continues: boolean;
  /** The item goes on in the next part. */
  continued: boolean;
  /** The cut before this part fell inside a clause (a clause longer than a page): shown with a leading "…". */
  midClauseBefore?: true;
  /** The cut after this part falls inside a clause: shown with a trailing "…". */
  midClauseAfter?: true;
}

/**
 * Where a cut may fall, best first: after a sentence; after a clause (, : or a spaced dash); before
 * a word that opens a phrase (và, để, nhằm, …: for the rare clause longer than a page); between words.
 */
const BOUNDARIES = [
  /[.;!?…]["”)]*\s+/gu,
  /(?:[,:]\s+|\s+[–—-]\s+)/gu,
  /\s+(?=(?:và|để|nhằm|theo|với|trong|cho|về|tới|tiến tới|của|là|qua|từ|đến|gắn với|lần thứ|nhiệm kỳ|ngày)\s)/gu,
  /\s+/gu,
];

/** A cut between words, inside a phrase: the only kind shown with "…". */
const WORD_LEVEL = 3;

/**
 * Splits off the longest head of at most `limit` characters that ends at a good boundary, and the
 * level of the cut (0 sentence, 1 clause, 2 phrase, 3 word); a head of `want` characters fills the
 * page to half.
 */
function splitHead(text: string, limit: number, midPage: boolean, want: number): [head: string, tail: string, level: number] | undefined {
  const cuts = BOUNDARIES.map((boundary, level) => {
    let best = -1;
    let resume = -1;
    for (const match of text.matchAll(boundary)) {
      // Keep the punctuation with the head; a dash goes on with the tail.
      const end = level >= 2 || /^\s/u.test(match[0]) ? match.index : match.index + match[0].trimEnd().length;
      if (end > limit) break;
      if (end > 0) {
        best = end;
        resume = level === 1 && /^\s/u.test(match[0]) ? match.index + 1 : match.index + match[0].length;
      }
    }
    return { best, resume };
  });
  const [sentence, clause, phrase, word] = cuts as [
    (typeof cuts)[number],
    (typeof cuts)[number],
    (typeof cuts)[number],
    (typeof cuts)[number],
  ];
  const take = (cut: { best: number; resume: number }, level: number): [string, string, number] => [
    text.slice(0, cut.best),
    text.slice(cut.resume),
    level,
  ];
  // A page that would end at a sentence or clause before it is half full (a short clause before
  // one too long for the rest of the page) ends at a later phrase instead, if one fills it to
  // half (`want` characters of this text): no page of a few words while text remains.
  if (Math.max(sentence.best, clause.best) < want && phrase.best >= want) return take(phrase, 2);
  // A sentence cut that leaves most of the room, or the page under half full, gives way to a later clause cut.
  if (sentence.best > 0 && (sentence.best >= Math.max(limit * 0.5, want) || clause.best <= sentence.best)) return take(sentence, 0);
  if (clause.best > 0) return take(clause, 1);
  if (sentence.best > 0) return take(sentence, 0);
  // Mid-page, only a whole sentence or clause may start on this page and go on on the next.
  if (midPage) return undefined;
  if (phrase.best >= limit * 0.3) return take(phrase, 2);
  if (word.best > 0) return take(word, WORD_LEVEL);
  return [text.slice(0, limit), text.slice(limit), WORD_LEVEL];
}

/**
 * Packs items into pages of at most `pageBudget` characters and `maxItems` parts each (the first page
 * at most `firstBudget`: a page that shares its room with a picture).
 * Each part after the first on a page costs `partCost` characters more: the space between
 * items and the unfilled end of the previous item's last line.
 */
export function paginate(
  items: readonly string[],
  pageBudget: number,
  maxItems = Infinity,
  partCost = 0,
  firstBudget = pageBudget,
): PagePart[][] {
  const pages: PagePart[][] = [];
  let budget = firstBudget;
  let page: PagePart[] = [];
  let used = 0;
  const flush = () => {
    if (page.length > 0) pages.push(page);
    if (pages.length > 0) budget = pageBudget;
    page = [];
    used = 0;
  };
  for (const item of items) {
    let rest = item.trim();
    let continues = false;
    let midClauseNext = false;
    while (rest !== '') {
      if (page.length >= maxItems) flush();
      const room = budget - used - (page.length > 0 ? partCost : 0);
      if (rest.length <= room) {
        page.push({ text: rest, continues, continued: false, ...(midClauseNext ? { midClauseBefore: true as const } : {}) });
        used = budget - room + rest.length;
        break;
      }
      // An item that fits a page of its own starts one rather than being cut; so does any
      // item when too little room is left to be worth starting it here.
      if (page.length > 0 && (rest.length <= budget || room < budget / 4)) {
        flush();
        continue;
      }
      const split = splitHead(
        rest,
        Math.max(1, room),
        page.length > 0,
        budget / 2 - pageLength(page, partCost) - (page.length > 0 ? partCost : 0),
      );
      if (!split) {
        flush();
        continue;
      }
      const midClause = split[2] === WORD_LEVEL;
      page.push({
        text: split[0],
        continues,
        continued: true,
        ...(midClauseNext ? { midClauseBefore: true as const } : {}),
        ...(midClause ? { midClauseAfter: true as const } : {}),
      });
      flush();
      rest = split[1];
      continues = true;
      midClauseNext = midClause;
    }
  }
  flush();
  return pages;
}

/** Characters of a page's room its text fills: its parts, and `partCost` for each part after the first. */
export function pageLength(page: readonly PagePart[], partCost = 0): number {
  return page.reduce((sum, part) => sum + part.text.length, 0) + partCost * Math.max(0, page.length - 1);
}

/**
 * Pages under a title that the first page carries whole and the later pages as a one-line running
 * head: `first` characters fit under the title, `rest` under the running head. The first page is
 * the title alone when the text does not fit under it and the room there is under `minFirst`, or
 * when what would go there is a cut piece shorter than half that room (a few words in large type),
 * or one cut inside a clause (a later page holds it whole).
 */
export function pagesUnderTitle(
  items: readonly string[],
  first: number,
  rest: number,
  minFirst: number,
  maxItems = Infinity,
  partCost = 0,
): PagePart[][] {
  const total = items.reduce((sum, item) => sum + item.trim().length, 0) + partCost * Math.max(0, items.length - 1);
  if (total <= first || first >= minFirst) {
    const pages = paginate(items, rest, maxItems, partCost, Math.max(1, first));
    const opening = pages[0] ?? [];
    const last = opening.at(-1);
    // Cut short, or inside a clause (the text had no sentence or clause end within the room under the title).
    if (pages.length <= 1 || !(last?.continued === true && (pageLength(opening, partCost) < first / 2 || last.midClauseAfter === true)))
      return pages;
  }
  return [[], ...paginate(items, rest, maxItems, partCost)];
}
