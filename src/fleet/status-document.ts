/**
 * What a screen reports about itself in `/fleet/NAME/status.json`, and how the staff page and
 * `fleet:check` read it back. Versioned (`format: 1`): a reader takes what it knows of any format
 * and ignores the rest, so an old screen stays readable after an upgrade of the page. Pure.
 */
import * as v from 'valibot';

export const STATUS_FORMAT = 1;
/** The most recent errors a report carries, each cut to this many characters. */
export const REPORT_ERRORS = 5;
export const REPORT_ERROR_CHARS = 300;

export interface FleetStatus {
  format: 1;
  device: string;
  /** The screen profile (`?screen=`), or the bundle's default. */
  screen: string;
  appVersion: string;
  contentVersion?: string | undefined;
  /** The ETag of the bundle the screen last validated (nginx's), when it came from the server. */
  contentEtag?: string | undefined;
  contentSource?: string | undefined;
  /** Why the newest published bundle is refused (or cannot be kept), while it is. */
  contentError?: string | undefined;
  /** loading, playing, fallback, standby. */
  state: string;
  slide?: string | undefined;
  /** When the slide on screen appeared (ISO, device clock). */
  slideSince?: string | undefined;
  phase?: string | undefined;
  /** The bundle's zone, in which `offHours` are read. */
  timeZone: string;
  offHours?: { from: string; until: string } | undefined;
  /** In the off hours: black until this instant (ISO). */
  asleepUntil?: string | undefined;
  /** ok, or implausible (earlier than the build). */
  clock: string;
  /** Since when the content on screen dates, while it is stale (ISO). */
  staleSince?: string | undefined;
  wakeLock: string;
  /** The watchdog's pending reload and why. */
  watchdog?: string | undefined;
  startedAt: string;
  uptimeSeconds: number;
  /** The watchdog's reloads remembered (the last six quiet hours). */
  reloads: number;
  errors: { at: string; message: string }[];
  storage?: { persistence: string; usage?: number | undefined; quota?: number | undefined } | undefined;
  /** What the media caches (pictures, clips) hold, as last measured; absent before the first measure. */
  media?: { files: number; bytes: number } | undefined;
  /**
   * Nothing current remains in the bundle on screen (src/schedule/current.ts): only the organization,
   * the clock and the timeline play, and staff should publish. `since` is the first local day
   * (YYYY-MM-DD) with nothing current, absent when nothing ever was. Absent while something is current.
   */
  nothingCurrent?: { since?: string | undefined } | undefined;
  heapBytes?: number | undefined;
  heartbeatSeconds: number;
  /** Device clock when the report was made (the server's file time says when it arrived). */
  reportedAt: string;
}

export interface StatusInput {
  device: string;
  screen: string;
  appVersion: string;
  contentVersion: string | undefined;
  contentEtag: string | undefined;
  contentSource: string | undefined;
  contentError: string | undefined;
  state: string;
  slide: string | undefined;
  slideSince: number | undefined;
  phase: string | undefined;
  timeZone: string;
  offHours: { from: string; until: string } | undefined;
  asleepUntil: number | undefined;
  clock: string;
  staleSince: number | undefined;
  wakeLock: string;
  watchdog: string | undefined;
  startedAt: number;
  reloads: number;
  errors: readonly { at: number; message: string }[];
  storage: { persistence: string; usage: number | undefined; quota: number | undefined } | undefined;
  media: { files: number; bytes: number } | undefined;
  nothingCurrent: { since: string | undefined } | undefined;
  heapBytes: number | undefined;
  heartbeatSeconds: number;
  now: number;
}

const iso = (at: number | undefined) => (at === undefined || !Number.isFinite(at) ? undefined : new Date(at).toISOString());

export function statusDocument(input: StatusInput): FleetStatus {
  return {
    format: STATUS_FORMAT,
    device: input.device,
    screen: input.screen,
    appVersion: input.appVersion,
    contentVersion: input.contentVersion,
    contentEtag: input.contentEtag,
    contentSource: input.contentSource,
    contentError: input.contentError?.slice(0, REPORT_ERROR_CHARS),
    state: input.state,
    slide: input.slide,
    slideSince: iso(input.slideSince),
    phase: input.phase,
    timeZone: input.timeZone,
    offHours: input.offHours,
    asleepUntil: iso(input.asleepUntil),
    clock: input.clock,
    staleSince: iso(input.staleSince),
    wakeLock: input.wakeLock,
    watchdog: input.watchdog,
    startedAt: iso(input.startedAt)!,
    uptimeSeconds: Math.max(0, Math.round((input.now - input.startedAt) / 1000)),
    reloads: input.reloads,
    errors: input.errors
      .slice(-REPORT_ERRORS)
      .map((error) => ({ at: iso(error.at) ?? '', message: error.message.slice(0, REPORT_ERROR_CHARS) })),
    storage: input.storage,
    media: input.media,
    nothingCurrent: input.nothingCurrent && { since: input.nothingCurrent.since },
    heapBytes: input.heapBytes,
    heartbeatSeconds: input.heartbeatSeconds,
    reportedAt: iso(input.now)!,
  };
}

/** What changed enough to report at once, not at the next heartbeat: start, content, screen off/on, watchdog. */
export function stateKey(status: FleetStatus): string {
  return JSON.stringify([
    status.state,
    status.contentVersion,
    status.contentError,
    status.asleepUntil !== undefined,
    status.watchdog,
    status.clock,
  ]);
}

const optionalText = v.optional(v.string());
const optionalNumber = v.optional(v.number());
/** Tolerant: unknown fields are ignored, a missing field is undefined; only device-less reports are refused. */
const ReadSchema = v.object({
  format: v.number(),
  device: v.string(),
  screen: v.optional(v.string(), ''),
  appVersion: v.optional(v.string(), ''),
  contentVersion: optionalText,
  contentEtag: optionalText,
  contentSource: optionalText,
  contentError: optionalText,
  state: v.optional(v.string(), ''),
  slide: optionalText,
  slideSince: optionalText,
  phase: optionalText,
  timeZone: v.optional(v.string(), 'Asia/Ho_Chi_Minh'),
  offHours: v.optional(v.object({ from: v.string(), until: v.string() })),
  asleepUntil: optionalText,
  clock: v.optional(v.string(), 'ok'),
  staleSince: optionalText,
  wakeLock: v.optional(v.string(), ''),
  watchdog: optionalText,
  startedAt: v.optional(v.string(), ''),
  uptimeSeconds: v.optional(v.number(), 0),
  reloads: v.optional(v.number(), 0),
  errors: v.optional(v.array(v.object({ at: v.string(), message: v.string() })), []),
  storage: v.optional(v.object({ persistence: v.string(), usage: optionalNumber, quota: optionalNumber })),
  // Both added after the first screens reported: an older report simply has neither.
  media: v.optional(v.object({ files: v.number(), bytes: v.number() })),
  nothingCurrent: v.optional(v.object({ since: optionalText })),
  heapBytes: optionalNumber,
  heartbeatSeconds: v.optional(v.number(), 60),
  reportedAt: v.optional(v.string(), ''),
});

/** A report as the page and fleet:check read it; undefined when it is not one (not JSON, no device, a future format). */
export function readStatus(text: string): FleetStatus | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(ReadSchema, value);
  if (!parsed.success || parsed.output.format > STATUS_FORMAT || parsed.output.format < 1) return undefined;
  return { ...parsed.output, format: 1 };
}
