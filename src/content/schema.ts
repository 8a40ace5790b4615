/**
 * The one source of truth for the content bundle's shape.
 * TypeScript types are inferred from it and content/schema.json is generated from it
 * (`npm run schema`); cross-field rules (unique ids, overlaps, references) live in rules.ts.
 *
 * Messages are written for staff who are not programmers: they say what is wrong and how to fix it.
 */
import * as v from 'valibot';
import { IANAZone } from 'luxon';
import { isSafeUrl } from './urls';
import { findRefusedCharacter, refusedCharacterMessage } from './characters';

/** Bounds on text, chosen so that the longest allowed text still fits a slide at 4% of the screen height. */
export const LIMITS = {
  id: 40,
  shortText: 120,
  slogan: 200,
  message: 1200,
  paragraph: 2000,
  announcement: 400,
  figure: 12,
  /** A milestone's caption: what fits under the longest figure on a portrait screen at 4% of its height. */
  caption: 160,
  /** A phase's or a congress's title: what fits a portrait screen at 4% of its height above the phase's first messages or the countdown. */
  title: 160,
  listItems: 500,
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a real calendar date: 2020-02-29 yes, 2020-02-30 and 2021-02-29 no. */
export function isRealCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function isRealLocalDateTime(text: string): boolean {
  if (!ISO_LOCAL_DATE_TIME.test(text)) return false;
  if (!isRealCalendarDate(text.slice(0, 10))) return false;
  if (text.length === 10) return true;
  const [hour, minute, second = 0] = text.slice(11).split(':').map(Number) as [number, number, number?];
  return hour < 24 && minute < 60 && second < 60;
}

const id = v.pipe(
  v.string('Must be a text id in quotes, e.g. "p1".'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'An id uses only lowercase letters a-z, digits and "-", e.g. "phase-2".'),
  v.maxLength(LIMITS.id, `An id is at most ${LIMITS.id} characters.`),
);

/**
 * No control characters, bidirectional overrides or broken characters: they are invisible in an
 * editor and can reorder or hide what the screen shows. Checked before trimming, so that the
 * position in the message is the position in the file's text.
 */
function printable(what: string) {
  return v.check<string, (issue: v.CheckIssue<string>) => string>(
    (value) => findRefusedCharacter(value) === undefined,
    (issue) => refusedCharacterMessage(what, findRefusedCharacter(issue.input)!),
  );
}

function text(max: number, what: string) {
  return v.pipe(
    v.string(`${what} must be text in quotes.`),
    printable(what),
    v.trim(),
    v.nonEmpty(`${what} is empty: write the text, or remove the item.`),
    v.maxLength(max, `${what} is too long: at most ${max} characters. Shorten it or split it in two.`),
  );
}

const calendarDate = v.pipe(
  v.string('A date must be text in quotes, written YYYY-MM-DD, e.g. "2020-04-01".'),
  v.regex(ISO_DATE, 'Write the date as YYYY-MM-DD, e.g. "2020-04-01".'),
  v.check(isRealCalendarDate, (issue) => `There is no ${String(issue.input)} in the calendar. Check the day and the month.`),
);

const localDateTime = v.pipe(
  v.string('A date must be text in quotes, e.g. "2020-04-01" or "2020-04-01T08:00".'),
  v.regex(ISO_LOCAL_DATE_TIME, 'Write a date as YYYY-MM-DD, or a date and time as YYYY-MM-DDTHH:MM, e.g. "2020-04-01T08:00".'),
  v.check(isRealLocalDateTime, (issue) => `There is no ${String(issue.input)} in the calendar. Check the day, month and hour.`),
);

const clockTime = v.pipe(
  v.string('A time must be text in quotes, written HH:MM, e.g. "22:00".'),
  v.regex(CLOCK_TIME, 'Write the time as HH:MM on the 24-hour clock, e.g. "22:00".'),
);

const LINK_RULE = 'Links must be relative (e.g. "content/media/logo.png") or start with https:// — http:, data: and javascript: are not allowed.';

const safeUrl = v.pipe(
  v.string('A link must be text in quotes.'),
  v.maxLength(500, 'A link is at most 500 characters.'),
  // One problem per link: a hidden character is named (it is what hides "javascript:"), else the rule.
  v.check<string, (issue: v.CheckIssue<string>) => string>(
    (url) => isSafeUrl(url) && findRefusedCharacter(url) === undefined,
    (issue) => {
      const found = findRefusedCharacter(issue.input);
      return found ? refusedCharacterMessage('The link', found) : LINK_RULE;
    },
  ),
);

const flag = v.boolean('Must be true or false, without quotes.');

/**
 * `schema`, except that an input `refuse` picks out is checked by another schema instead, whose
 * single problem replaces whatever `schema` would have said. Shape, types and schema.json stay `schema`'s.
 */
function screened<S extends v.GenericSchema>(schema: S, refuse: (value: unknown) => v.GenericSchema | undefined): S {
  return {
    ...schema,
    '~run'(dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) {
      return (refuse(dataset.value) ?? schema)['~run'](dataset, config);
    },
  } as S;
}

function list<T extends v.GenericSchema>(item: T, what: string, max: number = LIMITS.listItems) {
  const tooMany = `Too many ${what.toLowerCase()}: at most ${max}.`;
  // Counted before any item is checked: 100,000 items get one problem, not one per item, and take no time.
  const count = v.pipe(v.array(v.unknown()), v.maxLength(max, tooMany));
  return screened(v.pipe(v.array(item, `${what} must be a list in square brackets [ … ].`), v.maxLength(max, tooMany)), (value) =>
    Array.isArray(value) && value.length > max ? count : undefined,
  );
}

/**
 * A group of named values { … }. valibot's objects also take arrays (an array is an object in
 * JavaScript), so a list [ … ] where a group belongs would pass or give baffling messages; it is refused.
 */
const notAGroup = v.custom<never>(() => false, 'Must be a group of named values in braces { … }, not a list [ … ].');
function group<const E extends v.ObjectEntries>(entries: E) {
  return screened(v.strictObject(entries), (value) => (Array.isArray(value) ? notAGroup : undefined));
}

export const SLIDE_KINDS = ['slogan', 'phase', 'milestone', 'theme', 'countdown', 'timeline', 'announcement'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export const OrganizationSchema = group({
  party: text(LIMITS.shortText, 'The party line'),
  committee: text(LIMITS.shortText, 'The committee'),
  unit: text(LIMITS.shortText, 'The unit name'),
  logo: v.optional(safeUrl),
});

export const PlanSchema = group({
  number: text(LIMITS.shortText, 'The plan number'),
  place: text(LIMITS.shortText, 'The place'),
  issued: calendarDate,
  title: text(LIMITS.paragraph, 'The plan title'),
  basis: v.optional(text(LIMITS.paragraph, 'The basis of the plan')),
});

export const PurposeSchema = group({
  id,
  text: text(LIMITS.paragraph, 'The purpose'),
});

export const ThemeSchema = group({
  id,
  text: text(LIMITS.paragraph, 'The theme'),
});

export const PhaseSchema = group({
  id,
  number: v.pipe(v.number('The phase number must be a number, without quotes.'), v.integer('The phase number must be a whole number.'), v.minValue(1, 'The phase number starts at 1.'), v.maxValue(50, 'The phase number is at most 50.')),
  title: text(LIMITS.title, 'The phase title'),
  start: calendarDate,
  end: calendarDate,
  inferred: v.optional(flag),
  note: v.optional(text(LIMITS.paragraph, 'The note')),
  messages: list(text(LIMITS.message, 'A message'), 'Messages'),
});

const validity = {
  /** First day (or instant) the item may show, in the bundle's time zone. */
  from: v.optional(localDateTime),
  /** Last day the item may show (inclusive), or the instant it stops. */
  until: v.optional(localDateTime),
  /** The id of the event (congress) the item is about: it stops showing once that event has ended. */
  event: v.optional(id),
};

export const SloganSchema = group({
  id,
  text: text(LIMITS.slogan, 'The slogan'),
  /** Show only while one of these phases is active. */
  phases: v.optional(list(id, 'Phases')),
  ...validity,
});

export const MilestoneSchema = group({
  id,
  figure: text(LIMITS.figure, 'The figure'),
  unit: v.optional(text(40, 'The unit')),
  caption: text(LIMITS.caption, 'The caption'),
  image: v.optional(safeUrl),
  ...validity,
});

export const EventSchema = group({
  id,
  title: text(LIMITS.title, 'The event title'),
  shortTitle: text(80, 'The short title'),
  start: calendarDate,
  end: v.optional(calendarDate),
  /** The plan gives only a window: the date shown is approximate. */
  approximate: v.optional(flag),
  /** The date is not in the plan; it was taken from public records. */
  inferred: v.optional(flag),
  note: v.optional(text(LIMITS.paragraph, 'The note')),
  countdown: v.optional(flag),
});

export const AnnouncementSchema = group({
  id,
  title: v.optional(text(LIMITS.shortText, 'The announcement title')),
  text: text(LIMITS.announcement, 'The announcement'),
  priority: v.optional(v.picklist(['normal', 'urgent'], 'Priority is "normal" or "urgent".')),
  image: v.optional(safeUrl),
  ...validity,
});

const seconds = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(`${what} must be a number of seconds, without quotes.`),
    v.minValue(min, `${what} is at least ${min} seconds.`),
    v.maxValue(max, `${what} is at most ${max} seconds.`),
  );

const wholeNumber = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(`${what} must be a number, without quotes.`),
    v.integer(`${what} must be a whole number.`),
    v.minValue(min, `${what} is at least ${min}.`),
    v.maxValue(max, `${what} is at most ${max}.`),
  );

/** The pace of a screen's loop when its profile leaves `rhythm` (or a part of it) out. */
export const RHYTHM_DEFAULTS = { shortEverySeconds: 60, pagesInRow: 3, countdownDays: 7 } as const;

export const ScreenSchema = group({
  id,
  name: text(LIMITS.shortText, 'The screen name'),
  orientation: v.picklist(['landscape', 'portrait'], 'Orientation is "landscape" or "portrait".'),
  slideKinds: list(v.picklist(SLIDE_KINDS, `A slide kind is one of: ${SLIDE_KINDS.join(', ')}.`), 'Slide kinds', SLIDE_KINDS.length),
  slideSeconds: seconds('The slide duration', 3, 600),
  /** Per-kind durations that override slideSeconds. */
  durations: v.optional(
    group(Object.fromEntries(SLIDE_KINDS.map((kind) => [kind, v.optional(seconds(`The ${kind} duration`, 3, 600))])) as Record<SlideKind, v.OptionalSchema<ReturnType<typeof seconds>, undefined>>),
  ),
  ticker: v.optional(flag),
  /**
   * How the loop is paced for people walking past (defaults in RHYTHM_DEFAULTS): a short, big item
   * (a slogan, or a congress's countdown when it is near) at least every `shortEverySeconds` of
   * screen time; no item's pages more than `pagesInRow` in a row; a congress's countdown counts as
   * near from `countdownDays` days before it until it ends, and then comes at least every `shortEverySeconds`.
   */
  rhythm: v.optional(
    group({
      shortEverySeconds: v.optional(seconds('The time between short items', 20, 600)),
      pagesInRow: v.optional(wholeNumber('Pages in a row', 1, 20)),
      countdownDays: v.optional(wholeNumber('The days a countdown is near', 0, 60)),
    }),
  ),
  offHours: v.optional(group({ from: clockTime, until: clockTime })),
});

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

export const SettingsSchema = group({
  defaultScreen: id,
  pollSeconds: v.optional(seconds('The content check interval', 10, 86400), SETTING_DEFAULTS.pollSeconds),
  updateCheckSeconds: v.optional(seconds('The app update check interval', 60, 86400), SETTING_DEFAULTS.updateCheckSeconds),
  heartbeatSeconds: v.optional(seconds('The heartbeat', 10, 3600), SETTING_DEFAULTS.heartbeatSeconds),
  staleAfterHours: v.optional(
    v.pipe(v.number('Must be a number of hours.'), v.minValue(1, 'At least 1 hour.'), v.maxValue(24 * 30, 'At most 720 hours.')),
    SETTING_DEFAULTS.staleAfterHours,
  ),
  dailyReloadAt: v.optional(clockTime),
});

/** The campaign's zone: what the player reads the time in before a bundle (which must name its own) has loaded. */
export const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';

export const BundleSchema = group({
  $schema: v.optional(v.pipe(v.string('The schema link must be text in quotes, e.g. "./schema.json".'), v.maxLength(500, 'The schema link is at most 500 characters.'))),
  version: text(60, 'The content version'),
  timeZone: v.pipe(
    v.string('The time zone must be text in quotes, e.g. "Asia/Ho_Chi_Minh".'),
    v.check((zone) => zone.length <= 60 && IANAZone.isValidZone(zone), 'Unknown time zone. Use an IANA name such as "Asia/Ho_Chi_Minh".'),
  ),
  locale: v.pipe(v.string('The locale must be text in quotes, e.g. "vi".'), v.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'The locale is a language code such as "vi".')),
  organization: OrganizationSchema,
  plan: PlanSchema,
  purposes: list(PurposeSchema, 'Purposes'),
  themes: list(ThemeSchema, 'Themes'),
  phases: list(PhaseSchema, 'Phases', 50),
  slogans: list(SloganSchema, 'Slogans', 1000),
  milestones: list(MilestoneSchema, 'Milestones'),
  events: list(EventSchema, 'Events', 100),
  announcements: list(AnnouncementSchema, 'Announcements'),
  screens: v.pipe(list(ScreenSchema, 'Screens', 100), v.minLength(1, 'Add at least one screen profile.')),
  settings: SettingsSchema,
});

export type Bundle = v.InferOutput<typeof BundleSchema>;
export type Phase = v.InferOutput<typeof PhaseSchema>;
export type Slogan = v.InferOutput<typeof SloganSchema>;
export type Milestone = v.InferOutput<typeof MilestoneSchema>;
export type CampaignEvent = v.InferOutput<typeof EventSchema>;
export type Announcement = v.InferOutput<typeof AnnouncementSchema>;
export type Screen = v.InferOutput<typeof ScreenSchema>;
export type Theme = v.InferOutput<typeof ThemeSchema>;
export type Purpose = v.InferOutput<typeof PurposeSchema>;
