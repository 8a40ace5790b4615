/**
 * The preview page's words, Vietnamese first, English on the switch (localization.ts). Validation
 * messages are not here: they stay in the checker's words, the same as `npm run content:check` prints.
 */
import { DateTime } from 'luxon';
import type { Lang, Placeholders } from './localization';
import { pageWords } from './preview-page.strings';
import { scheduleWords } from './schedule-tabs.strings';
import { publishingWords } from './publishing-tab.strings';

export type { Lang };

// One table from the areas' own, so one `translate()` and one `MessageKey` serve the whole page. A
// key two areas share would be one msg() id with two texts: `lit-localize extract` refuses that,
// and test/preview/localize.test.ts runs it.
const WORDS = { ...pageWords, ...scheduleWords, ...publishingWords };

export type MessageKey = keyof typeof WORDS;

/** Whether the page has a message by this key (for keys made from data, as `kind_${kind}`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(WORDS, key);
}

/** The message in the page's language now, with its placeholders filled. */
export function translate(key: MessageKey, values: Placeholders = {}): string {
  return (WORDS[key] as (values: Placeholders) => string)(values);
}

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
