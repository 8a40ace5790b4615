/**
 * The page's language as staff last chose it on this computer. Storage may be unavailable (a
 * private window, a locked-down browser): the choice then lasts for the visit.
 */
import type { Lang } from './i18n';

const KEY = 'preview-lang';

export function rememberedLang(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // storage unavailable: the choice lasts for this visit
  }
}
