/**
 * The staff page's languages through @lit/localize in runtime mode: the code carries Vietnamese
 * (the source locale), English comes from xliff/en.xlf, built into generated/locales/en.ts by
 * `npm run localize` and loaded when staff switch to it. The page's one configuration: every
 * element and module reads the locale set here (msg() reads it on each render).
 */
import { configureLocalization } from '@lit/localize';

export type Lang = 'vi' | 'en';

/** The values of a message's placeholders, by name (msg()'s str templates take them in order). */
export type Placeholders = Record<string, string | number>;

export const SOURCE_LOCALE: Lang = 'vi';
export const TARGET_LOCALES: readonly Lang[] = ['en'];

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: TARGET_LOCALES,
  loadLocale: () => import('./generated/locales/en'),
});

/** The language the page's words are in now. */
export function currentLang(): Lang {
  return getLocale() === 'en' ? 'en' : 'vi';
}
