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
