/**
 * Rules across fields that a schema of shapes cannot say: unique ids, references, date order, no overlapping phases.
 * Runs on a bundle whose shape is already valid.
 */
import type { Bundle } from './schema';
import { formatPath, type JsonPath } from './problems';
import { untilStamp } from './dates';

export interface RuleViolation {
  path: JsonPath;
  message: string;
}

type ListKey = 'purposes' | 'themes' | 'phases' | 'slogans' | 'milestones' | 'events' | 'announcements' | 'screens';
const LISTS_WITH_IDS: ListKey[] = ['purposes', 'themes', 'phases', 'slogans', 'milestones', 'events', 'announcements', 'screens'];

function uniqueIds(bundle: Bundle, out: RuleViolation[]): void {
  for (const key of LISTS_WITH_IDS) {
    const firstSeen = new Map<string, number>();
    bundle[key].forEach((item, index) => {
      const earlier = firstSeen.get(item.id);
      if (earlier === undefined) firstSeen.set(item.id, index);
      else out.push({ path: [key, index, 'id'], message: `The id "${item.id}" is already used by ${formatPath([key, earlier])}. Give each item its own id.` });
    });
  }
}

function knownList(ids: Iterable<string>): string {
  const all = [...ids];
  return all.length === 0 ? 'there are none' : all.slice(0, 8).join(', ') + (all.length > 8 ? ', …' : '');
}

function references(bundle: Bundle, out: RuleViolation[]): void {
  const phaseIds = new Set(bundle.phases.map((phase) => phase.id));
  bundle.slogans.forEach((slogan, index) => {
    slogan.phases?.forEach((phaseId, position) => {
      if (!phaseIds.has(phaseId)) out.push({ path: ['slogans', index, 'phases', position], message: `No phase has the id "${phaseId}". Known phases: ${knownList(phaseIds)}.` });
    });
  });
  const eventIds = new Set(bundle.events.map((event) => event.id));
  for (const key of ['slogans', 'milestones', 'announcements'] as const)
    bundle[key].forEach((item, index) => {
      if (item.event !== undefined && !eventIds.has(item.event))
        out.push({ path: [key, index, 'event'], message: `No event has the id "${item.event}". Known events: ${knownList(eventIds)}.` });
    });
  const screenIds = new Set(bundle.screens.map((screen) => screen.id));
  if (!screenIds.has(bundle.settings.defaultScreen)) {
    out.push({ path: ['settings', 'defaultScreen'], message: `No screen has the id "${bundle.settings.defaultScreen}". Known screens: ${knownList(screenIds)}.` });
  }
}

function dateOrder(bundle: Bundle, out: RuleViolation[]): void {
  const span = (key: 'phases' | 'events', noun: string) =>
    bundle[key].forEach((item, index) => {
      const end = item.end;
      if (end !== undefined && end < item.start) out.push({ path: [key, index, 'end'], message: `The ${noun} ends (${end}) before it starts (${item.start}). Check both dates.` });
    });
  span('phases', 'phase');
  span('events', 'event');
  for (const key of ['slogans', 'milestones', 'announcements'] as const) {
    bundle[key].forEach((item, index) => {
      if (item.from !== undefined && item.until !== undefined && untilStamp(item.until) < item.from) {
        out.push({ path: [key, index, 'until'], message: `"until" (${item.until}) is before "from" (${item.from}). Check both dates.` });
      }
    });
  }
}

function phasesDoNotOverlap(bundle: Bundle, out: RuleViolation[]): void {
  const ordered = bundle.phases.map((phase, index) => ({ phase, index })).filter(({ phase }) => phase.end >= phase.start);
  ordered.sort((a, b) => a.phase.start.localeCompare(b.phase.start) || a.index - b.index);
  for (let position = 1; position < ordered.length; position++) {
    const previous = ordered[position - 1]!;
    const current = ordered[position]!;
    if (current.phase.start <= previous.phase.end) {
      out.push({
        path: ['phases', current.index, 'start'],
        message: `This phase starts on ${current.phase.start}, but phase "${previous.phase.id}" runs until ${previous.phase.end}. Phases must not overlap: move one of the dates.`,
      });
    }
  }
}

function screenSettings(bundle: Bundle, out: RuleViolation[]): void {
  bundle.screens.forEach((screen, index) => {
    if (screen.offHours && screen.offHours.from === screen.offHours.until) {
      out.push({ path: ['screens', index, 'offHours', 'until'], message: 'The screen-off hours start and end at the same time. Give a different end, or remove offHours.' });
    }
    const seen = new Set<string>();
    screen.slideKinds.forEach((kind, position) => {
      if (seen.has(kind)) out.push({ path: ['screens', index, 'slideKinds', position], message: `"${kind}" is listed twice. Remove one.` });
      seen.add(kind);
    });
  });
}

export function checkRules(bundle: Bundle): RuleViolation[] {
  const out: RuleViolation[] = [];
  uniqueIds(bundle, out);
  references(bundle, out);
  dateOrder(bundle, out);
  phasesDoNotOverlap(bundle, out);
  screenSettings(bundle, out);
  return out;
}

/**
 * The longest word a portrait screen's line holds at the smallest type (4% of its height): about
 * 17 characters (schedule's PAGE_CAPACITY.portrait.perLine). A longer word cannot fit a line and is
 * broken in the middle.
 */
export const LONGEST_WORD = 17;

/** Every text a slide shows, with where it is. */
function displayTexts(bundle: Bundle): { path: JsonPath; text: string }[] {
  const out: { path: JsonPath; text: string }[] = [];
  const add = (path: JsonPath, text: string | undefined) => text !== undefined && out.push({ path, text });
  bundle.purposes.forEach((item, index) => add(['purposes', index, 'text'], item.text));
  bundle.themes.forEach((item, index) => add(['themes', index, 'text'], item.text));
  bundle.phases.forEach((phase, index) => {
    add(['phases', index, 'title'], phase.title);
    phase.messages.forEach((message, at) => add(['phases', index, 'messages', at], message));
  });
  bundle.slogans.forEach((item, index) => add(['slogans', index, 'text'], item.text));
  bundle.milestones.forEach((item, index) => {
    add(['milestones', index, 'unit'], item.unit);
    add(['milestones', index, 'caption'], item.caption);
  });
  bundle.events.forEach((item, index) => add(['events', index, 'title'], item.title));
  bundle.announcements.forEach((item, index) => {
    add(['announcements', index, 'title'], item.title);
    add(['announcements', index, 'text'], item.text);
  });
  return out;
}

/**
 * What a valid bundle does that staff should know, decided without laying anything out: a word
 * too long for a portrait line, an item whose event ends before it may start. The screens take the
 * bundle; the checker says it as a warning.
 */
export function checkWarnings(bundle: Bundle): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const { path, text } of displayTexts(bundle)) {
    const word = text.split(/\s+/).find((candidate) => [...candidate].length > LONGEST_WORD);
    if (word)
      out.push({
        path,
        message: `Warning: the word "${word.slice(0, 40)}" (${[...word].length} characters) is longer than a line of a portrait screen at the smallest type (${LONGEST_WORD}): it will be broken in the middle. Put a space in it or shorten it.`,
      });
  }
  for (const key of ['slogans', 'milestones', 'announcements'] as const)
    bundle[key].forEach((item, index) => {
      const event = item.event === undefined ? undefined : bundle.events.find((candidate) => candidate.id === item.event);
      const end = event && (event.end ?? event.start);
      if (end !== undefined && item.from !== undefined && item.from > untilStamp(end))
        out.push({
          path: [key, index, 'from'],
          message: `Warning: "from" (${item.from}) is after the end of its event "${event!.id}" (${end}): this item never shows. Check "from" or "event".`,
        });
    });
  return out;
}
