/** The staff preview page (preview.html). */
import { loadAllFonts } from '../styles/fonts';
import './preview-page.css';
import '@fontsource/jetbrains-mono/vietnamese-400.css';
import '@fontsource/jetbrains-mono/latin-400.css';
import '@fontsource/jetbrains-mono/latin-ext-400.css';
import { pickLang } from './i18n';
import { rememberedLang } from './lang-memory';
import { setLocale } from './localization';

void loadAllFonts();

// The page's words in the language asked for (?lang=en) or remembered before its elements first
// render, so English never flashes up in Vietnamese. Should English fail to load, the page is
// Vietnamese (the app takes the locale there is).
const lang = pickLang(new URLSearchParams(location.search).get('lang'), rememberedLang());
void setLocale(lang)
  .catch((error: unknown) => console.warn(`The page's ${lang} words did not load; it stays in Vietnamese.`, error))
  .then(() => import('./preview-app'));
