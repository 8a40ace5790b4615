/**
 * Rules across fields that a schema of shapes cannot say: unique ids, references, date order, no overlapping phases.
 * Runs on a bundle whose shape is already valid.
 */
import type { Bundle } from './schema';
import { formatPath, type JsonPath } from './problems';
import { untilStamp } from './dates';
import type { Words } from './say';

export interface RuleViolation {
  path: JsonPath;
  message: Words;
}

type ListKey = 'purposes' | 'themes' | 'phases' | 'slogans' | 'milestones' | 'events' | 'announcements' | 'videos' | 'screens';
const LISTS_WITH_IDS: ListKey[] = ['purposes', 'themes', 'phases', 'slogans', 'milestones', 'events', 'announcements', 'videos', 'screens'];

function uniqueIds(bundle: Bundle, out: RuleViolation[]): void {
  for (const key of LISTS_WITH_IDS) {
    const firstSeen = new Map<string, number>();
    bundle[key].forEach((item, index) => {
      const earlier = firstSeen.get(item.id);
      if (earlier === undefined) firstSeen.set(item.id, index);
      else out.push({ path: [key, index, 'id'], message: {
            en: `The id "${item.id}" is already used by ${formatPath([key, earlier])}. Give each item its own id.`,
            vi: `Mã (id) "${item.id}" đã được dùng ở ${formatPath([key, earlier])}. Mỗi mục cần một mã riêng.`,
          },
        });
    });
  }
}

function knownList(ids: Iterable<string>): Words {
  const all = [...ids];
  const listed = all.slice(0, 8).join(', ') + (all.length > 8 ? ', …' : '');
  return all.length === 0 ? { en: 'there are none', vi: 'chưa có' } : { en: listed, vi: listed };
}

function references(bundle: Bundle, out: RuleViolation[]): void {
  const known = {
    phase: new Set(bundle.phases.map((phase) => phase.id)),
    event: new Set(bundle.events.map((event) => event.id)),
    screen: new Set(bundle.screens.map((screen) => screen.id)),
  };
  const nouns: Record<keyof typeof known, { en: string; vi: string; viAll: string }> = {
    phase: { en: 'phase', vi: 'đợt', viAll: 'Các đợt' },
    event: { en: 'event', vi: 'sự kiện', viAll: 'Các sự kiện' },
    screen: { en: 'screen', vi: 'màn hình', viAll: 'Các màn hình' },
  };
  const check = (id: string, noun: keyof typeof known, path: JsonPath) => {
    if (known[noun].has(id)) return;
    const words = nouns[noun];
    const list = knownList(known[noun]);
    out.push({
      path,
      message: {
        en: `No ${words.en} has the id "${id}". Known ${words.en}s: ${list.en}.`,
        vi: `Không có ${words.vi} nào mang mã "${id}". ${words.viAll} hiện có: ${list.vi}.`,
      },
    });
  };
  bundle.slogans.forEach((slogan, index) => slogan.phases?.forEach((id, position) => check(id, 'phase', ['slogans', index, 'phases', position])));
  for (const key of ['slogans', 'milestones', 'announcements'] as const)
    bundle[key].forEach((item, index) => item.event !== undefined && check(item.event, 'event', [key, index, 'event']));
  check(bundle.settings.defaultScreen, 'screen', ['settings', 'defaultScreen']);
  bundle.videos.forEach((video, index) => video.screens?.forEach((id, position) => check(id, 'screen', ['videos', index, 'screens', position])));
}

function dateOrder(bundle: Bundle, out: RuleViolation[]): void {
  const span = (key: 'phases' | 'events', noun: Words) =>
    bundle[key].forEach((item, index) => {
      const end = item.end;
      if (end !== undefined && end < item.start) out.push({
          path: [key, index, 'end'],
          message: {
            en: `The ${noun.en} ends (${end}) before it starts (${item.start}). Check both dates.`,
            vi: `${noun.vi} kết thúc (${end}) trước khi bắt đầu (${item.start}). Hãy xem lại hai ngày.`,
          },
        });
    });
  span('phases', { en: 'phase', vi: 'Đợt' });
  span('events', { en: 'event', vi: 'Sự kiện' });
  for (const key of ['slogans', 'milestones', 'announcements', 'videos'] as const) {
    bundle[key].forEach((item, index) => {
      if (item.from !== undefined && item.until !== undefined && untilStamp(item.until) < item.from) {
        out.push({
          path: [key, index, 'until'],
          message: {
            en: `"until" (${item.until}) is before "from" (${item.from}). Check both dates.`,
            vi: `Ngày kết thúc "until" (${item.until}) trước ngày bắt đầu "from" (${item.from}). Hãy xem lại hai ngày.`,
          },
        });
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
        message: {
          en: `This phase starts on ${current.phase.start}, but phase "${previous.phase.id}" runs until ${previous.phase.end}. Phases must not overlap: move one of the dates.`,
          vi: `Đợt này bắt đầu ngày ${current.phase.start}, nhưng đợt "${previous.phase.id}" kéo dài đến ${previous.phase.end}. Các đợt không được chồng lên nhau: hãy dời một trong hai ngày.`,
        },
      });
    }
  }
}

function screenSettings(bundle: Bundle, out: RuleViolation[]): void {
  bundle.screens.forEach((screen, index) => {
    if (screen.offHours && screen.offHours.from === screen.offHours.until) {
      out.push({ path: ['screens', index, 'offHours', 'until'], message: {
          en: 'The screen-off hours start and end at the same time. Give a different end, or remove offHours.',
          vi: 'Giờ tắt màn hình bắt đầu và kết thúc cùng một lúc. Hãy chọn giờ kết thúc khác, hoặc bỏ giờ tắt (offHours).',
        },
      });
    }
    const seen = new Set<string>();
    screen.slideKinds.forEach((kind, position) => {
      if (seen.has(kind)) out.push({ path: ['screens', index, 'slideKinds', position], message: { en: `"${kind}" is listed twice. Remove one.`, vi: `"${kind}" có hai lần trong danh sách. Hãy xóa một.` } });
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
