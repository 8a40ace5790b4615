/**
 * The bundle's constants that the player needs before any check (slide kinds, the defaults of what
 * a bundle may leave out, the campaign's zone), apart from schema.ts so that a screen showing a
 * bundle already checked never loads the schema, valibot and the checker's messages before its
 * first slide (see checked.ts). schema.ts re-exports them.
 */

/** A request for a bundle (the server's, content/load.ts, or the built-in one) that has not answered by then is given up. */
export const FETCH_TIMEOUT_MS = 15_000;

export const SLIDE_KINDS = ['slogan', 'phase', 'milestone', 'theme', 'countdown', 'timeline', 'announcement', 'video'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** The pace of a screen's loop when its profile leaves `rhythm` (or a part of it) out. */
export const RHYTHM_DEFAULTS = { shortEverySeconds: 60, pagesInRow: 3, countdownDays: 7 } as const;

/** A setting the bundle leaves out takes this value; the player also uses it before any bundle has loaded. */
export const SETTING_DEFAULTS = {
  /** How often a screen asks for new content. */
  pollSeconds: 60,
  /** How often a screen asks for a new build of the app. */
  updateCheckSeconds: 3600,
  /** Content the server has not confirmed for this long is flagged as stale on screen. */
  staleAfterHours: 24,
  /** How often a screen with a device name (`?device=`) reports its status to /fleet/NAME/. */
  heartbeatSeconds: 60,
} as const;

/** The campaign's zone: what the player reads the time in before a bundle (which must name its own) has loaded. */
export const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';
