/**
 * The preview page's words, Vietnamese first, English on the switch. Validation messages are not
 * here: they stay in the checker's words, the same as `npm run content:check` prints.
 */
import { DateTime } from 'luxon';
import { lookup, type Lang } from './catalogue';
import * as page from './preview-page.strings';
import * as scheduleTabs from './schedule-tabs.strings';
import * as publishingTab from './publishing-tab.strings';

export type { Lang } from './catalogue';

// One catalogue from the areas' own, so one `t()` and one `MessageKey` serve the whole page. The
// areas' keys must not overlap (a later area would silently win): test/preview/i18n.test.ts checks.
const vi = { ...page.vi, ...scheduleTabs.vi, ...publishingTab.vi };

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = { ...page.en, ...scheduleTabs.en, ...publishingTab.en };

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** The message in the language, with {name} placeholders filled. */
export const translate = lookup(MESSAGES);

/** "14/10/2020" from "2020-10-14". */
export function dayText(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** "27/11/2026 17:40" from an ISO instant, in the campaign's zone (Vietnam's, as the screens' clock). */
export function timeText(iso: string, zone = 'Asia/Ho_Chi_Minh'): string {
  const at = DateTime.fromISO(iso, { zone });
  return at.isValid ? at.toFormat('dd/MM/yyyy HH:mm') : iso;
}

/** The interface language asked for by the URL (?lang=en) or remembered, Vietnamese by default. */
export function pickLang(query: string | null, remembered: string | null): Lang {
  if (query === 'en' || query === 'vi') return query;
  return remembered === 'en' ? 'en' : 'vi';
}
