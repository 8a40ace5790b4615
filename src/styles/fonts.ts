/**
 * The player's typeface, self-hosted (no network font): Be Vietnam Pro, drawn for Vietnamese.
 * Every weight and subset is loaded at start-up rather than when a slide first needs it: a screen
 * that fetches a font hours later, at the moment a new build is activating, can hold that
 * activation back (seen in Chromium), and a late font swap is a visible jolt on a lobby screen.
 */
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/vietnamese-800.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import '@fontsource/be-vietnam-pro/latin-800.css';
import '@fontsource/be-vietnam-pro/latin-ext-400.css';
import '@fontsource/be-vietnam-pro/latin-ext-600.css';
import '@fontsource/be-vietnam-pro/latin-ext-800.css';

/** One character from each subset's unicode-range: latin, latin-ext (đ, ơ, ư), Vietnamese (ạ, ế). */
const EVERY_SUBSET = 'Aađơưạế';

export function loadAllFonts(): Promise<unknown> {
  if (!('fonts' in document)) return Promise.resolve();
  return Promise.all([400, 600, 800].map((weight) => document.fonts.load(`${weight} 16px "Be Vietnam Pro"`, EVERY_SUBSET))).catch(
    () => undefined,
  );
}
