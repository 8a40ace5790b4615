/**
 * The one source of truth for the content bundle's shape.
 * TypeScript types are inferred from it and content/schema.json is generated from it
 * (`npm run schema`); cross-field rules (unique ids, overlaps, references) live in rules.ts.
 *
 * Messages are written for staff who are not programmers: they say what is wrong and how to fix it.
 */
import * as v from 'valibot';
import { IANAZone } from 'luxon';
import { said } from './say';
import { calendarDate, clockTime, flag, group, id, list, localDateTime, safeUrl, seconds, text, wholeNumber } from './schema-parts';
import { isSafeUrl } from './urls';
import { VIDEO_FORMAT_RULE, isVideoSource } from './media';

export { isRealCalendarDate, LIMITS } from './schema-parts';
import { LIMITS } from './schema-parts';


import { SETTING_DEFAULTS, SLIDE_KINDS, type SlideKind } from './defaults';
export { DEFAULT_ZONE, RHYTHM_DEFAULTS, SETTING_DEFAULTS, SLIDE_KINDS, type SlideKind } from './defaults';

export const OrganizationSchema = group({
  party: text(LIMITS.headerLine, 'The party line'),
  committee: text(LIMITS.headerLine, 'The committee'),
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
  number: wholeNumber('The phase number', 1, 50),
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
  /** What the achievement is, above the figure: "Tốt nghiệp", "Đảng viên mới". */
  title: v.optional(text(LIMITS.achievementTitle, 'The achievement title')),
  /** The year the figure belongs to (a school year is named by the year it ends). */
  year: v.optional(wholeNumber('The year', 1900, 2100)),
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
  priority: v.optional(v.picklist(['normal', 'urgent'], said({ en: 'Priority is "normal" or "urgent".', vi: 'Mức ưu tiên là "normal" (thường) hoặc "urgent" (khẩn).' }))),
  image: v.optional(safeUrl),
  ...validity,
});

/** A clip (src/content/media.ts: the formats). On screens whose slideKinds has "video", or only those in `screens`. */
export const VideoSchema = group({
  id,
  src: v.pipe(safeUrl, v.check((url) => !isSafeUrl(url) || isVideoSource(url), said(VIDEO_FORMAT_RULE))),
  /** A picture shown until the clip's first frame is painted. */
  poster: v.optional(safeUrl),
  caption: v.optional(text(LIMITS.shortText, 'The caption')),
  screens: v.optional(list(id, 'Screens', 100)),
  ...validity,
});

export const ScreenSchema = group({
  id,
  name: text(LIMITS.shortText, 'The screen name'),
  orientation: v.picklist(['landscape', 'portrait'], said({ en: 'Orientation is "landscape" or "portrait".', vi: 'Chiều màn hình là "landscape" (ngang) hoặc "portrait" (dọc).' })),
  slideKinds: list(v.picklist(SLIDE_KINDS, said({ en: `A slide kind is one of: ${SLIDE_KINDS.join(', ')}.`, vi: `Loại trang chiếu là một trong: ${SLIDE_KINDS.join(', ')}.` })), 'Slide kinds', SLIDE_KINDS.length),
  slideSeconds: seconds('The slide duration', 3, 600),
  /** Per-kind durations that override slideSeconds; for "video", the longest a clip may play (default 120). */
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

export const SettingsSchema = group({
  defaultScreen: id,
  pollSeconds: v.optional(seconds('The content check interval', 10, 86400), SETTING_DEFAULTS.pollSeconds),
  updateCheckSeconds: v.optional(seconds('The app update check interval', 60, 86400), SETTING_DEFAULTS.updateCheckSeconds),
  heartbeatSeconds: v.optional(seconds('The heartbeat', 10, 3600), SETTING_DEFAULTS.heartbeatSeconds),
  staleAfterHours: v.optional(
    v.pipe(
      v.number(said({ en: 'Must be a number of hours.', vi: 'Phải là một số giờ.' })),
      v.minValue(1, said({ en: 'At least 1 hour.', vi: 'Phải ít nhất 1 giờ.' })),
      v.maxValue(24 * 30, said({ en: 'At most 720 hours.', vi: 'Tối đa 720 giờ.' })),
    ),
    SETTING_DEFAULTS.staleAfterHours,
  ),
  dailyReloadAt: v.optional(clockTime),
});


export const BundleSchema = group({
  $schema: v.optional(v.pipe(
      v.string(said({ en: 'The schema link must be text in quotes, e.g. "./schema.json".', vi: 'Đường dẫn schema phải viết trong ngoặc kép, ví dụ "./schema.json".' })),
      v.maxLength(500, said({ en: 'The schema link is at most 500 characters.', vi: 'Đường dẫn schema dài tối đa 500 ký tự.' })),
    )),
  version: text(60, 'The content version'),
  timeZone: v.pipe(
    v.string(said({ en: 'The time zone must be text in quotes, e.g. "Asia/Ho_Chi_Minh".', vi: 'Múi giờ phải viết trong ngoặc kép, ví dụ "Asia/Ho_Chi_Minh".' })),
    v.check(
      (zone) => zone.length <= 60 && IANAZone.isValidZone(zone),
      said({ en: 'Unknown time zone. Use an IANA name such as "Asia/Ho_Chi_Minh".', vi: 'Không có múi giờ này. Dùng tên IANA, ví dụ "Asia/Ho_Chi_Minh".' }),
    ),
  ),
  locale: v.pipe(
    v.string(said({ en: 'The locale must be text in quotes, e.g. "vi".', vi: 'Ngôn ngữ phải viết trong ngoặc kép, ví dụ "vi".' })),
    v.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, said({ en: 'The locale is a language code such as "vi".', vi: 'Ngôn ngữ là một mã ngôn ngữ, ví dụ "vi".' })),
  ),
  organization: OrganizationSchema,
  plan: PlanSchema,
  purposes: list(PurposeSchema, 'Purposes'),
  themes: list(ThemeSchema, 'Themes'),
  phases: list(PhaseSchema, 'Phases', 50),
  slogans: list(SloganSchema, 'Slogans', 1000),
  milestones: list(MilestoneSchema, 'Milestones'),
  events: list(EventSchema, 'Events', 100),
  announcements: list(AnnouncementSchema, 'Announcements'),
  videos: v.optional(list(VideoSchema, 'Videos', 100), []),
  screens: v.pipe(list(ScreenSchema, 'Screens', 100), v.minLength(1, said({ en: 'Add at least one screen profile.', vi: 'Hãy thêm ít nhất một cấu hình màn hình.' }))),
  settings: SettingsSchema,
});

export type Bundle = v.InferOutput<typeof BundleSchema>;
export type Phase = v.InferOutput<typeof PhaseSchema>;
export type Slogan = v.InferOutput<typeof SloganSchema>;
export type Milestone = v.InferOutput<typeof MilestoneSchema>;
export type CampaignEvent = v.InferOutput<typeof EventSchema>;
export type Announcement = v.InferOutput<typeof AnnouncementSchema>;
export type Video = v.InferOutput<typeof VideoSchema>;
export type Screen = v.InferOutput<typeof ScreenSchema>;
export type Theme = v.InferOutput<typeof ThemeSchema>;
export type Purpose = v.InferOutput<typeof PurposeSchema>;
