/**
 * The checker, loaded when a bundle must be checked; and a bundle this build has already checked,
 * read without it. The player needs the checker (valibot, the schema, the rules, their messages in
 * two languages: about 10 KB gzipped) only for a bundle it has not seen: a screen's first slide is
 * the stored bundle (checked by this build when it was stored) or the build's own (checked when the
 * build was made, recognised by the hash of its bytes), so it never waits for the checker.
 */
import type { CheckResult } from './validate';
import type { Bundle } from './schema';
import { SETTING_DEFAULTS } from './defaults';

/** Checks a bundle's text: the quick check, the full one behind it (./quick-check.ts). */
export type BundleCheck = (text: string, hash: string | undefined) => Promise<CheckResult>;

/** The checker, imported on first use (its own chunk: never before the first slide, see the budget test). */
export const checkLazily: BundleCheck = async (text) => {
  const door = await import('./quick-check');
  return door.checkBundleLazily(text);
};

/**
 * A text this build's checker has accepted, as the checker returns it: the parsed JSON with the
 * schema's defaults filled in (the settings', and no videos; test/content/checked.test.ts lists every
 * default the schema has and compares the two for every valid bundle it has). Throws on text that
 * is not JSON.
 */
export function parseChecked(text: string): Bundle {
  const raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Bundle;
  return { ...raw, videos: raw.videos ?? [], settings: { ...SETTING_DEFAULTS, ...raw.settings } };
}

/**
 * `check`, except for the build's own bundle (the bytes of hash `builtInHash`, checked by the build:
 * vite.config.ts), which is parsed without the checker. Any other bytes are checked.
 */
export function trustingBuiltIn(builtInHash: string, check: BundleCheck = checkLazily): BundleCheck {
  return async (text, hash) => {
    if (builtInHash !== '' && hash === builtInHash) {
      try {
        return { ok: true, bundle: parseChecked(text), problems: [] };
      } catch {
        // Not JSON after all: the checker says why.
      }
    }
    return check(text, hash);
  };
}
