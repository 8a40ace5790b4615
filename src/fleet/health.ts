/**
 * The verdict on each screen of the fleet, from its last report and when the server received it:
 * online or offline since when, behind the live bundle since when, asleep in its off hours (normal,
 * not a fault), content rejected, wrong clock, stale content, watchdog reloads, app build behind,
 * nothing current left in the bundle (staff should publish: said, not a fault of the screen).
 * Pure: `now` and the facts in, the verdict out; the staff page and `fleet:check` share it.
 */
import { normalizeEtag } from '../publish/webdav';
import type { FleetStatus } from './status-document';

/** Offline once nothing has arrived for this many heartbeats. */
export const OFFLINE_HEARTBEATS = 3;
/** A report whose device time differs from the server's receipt by more than this: wrong clock. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

export type ProblemKind = 'offline' | 'unreadable' | 'behind' | 'rejected' | 'clock' | 'stale' | 'watchdog' | 'reloads' | 'app' | 'current';

export interface Problem {
  kind: ProblemKind;
  /** Since when (server time for offline and behind, the screen's own account otherwise; a local day YYYY-MM-DD in `detail` for current). */
  since?: number | undefined;
  detail?: string | undefined;
}

export type Verdict = 'offline' | 'trouble' | 'behind' | 'asleep' | 'ok';

export interface DeviceHealth {
  device: string;
  status: FleetStatus | undefined;
  /** When the server received the last report (its file time). */
  receivedAt: number | undefined;
  online: boolean;
  asleep: boolean;
  verdict: Verdict;
  problems: Problem[];
  /** Silent for this long, not counting off hours (ms). */
  silentMs: number;
}

export interface LiveBundle {
  version: string;
  etag: string | undefined;
  /** When it went live (its file time on the server). */
  publishedAt: number | undefined;
}

export interface HealthInput {
  device: string;
  status: FleetStatus | undefined;
  receivedAt: number | undefined;
  now: number;
  live: LiveBundle | undefined;
  /** The newest build (the staff page's own), when known. */
  newestApp?: string | undefined;
}

const time = (text: string | undefined): number | undefined => {
  if (!text) return undefined;
  const at = Date.parse(text);
  return Number.isFinite(at) ? at : undefined;
};

/** Whether the device runs behind the live bundle: another version, or the same version with other bytes. */
export function isBehind(status: FleetStatus, live: LiveBundle): boolean {
  if (status.contentVersion !== live.version) return true;
  const mine = normalizeEtag(status.contentEtag);
  const theirs = normalizeEtag(live.etag);
  return mine !== undefined && theirs !== undefined && mine !== theirs;
}

/** Problems that are said but do not put a screen in trouble: behind has its own verdict; the others are not faults of the screen. */
const SAID_ONLY: ReadonlySet<ProblemKind> = new Set(['behind', 'reloads', 'app', 'current']);

export function deviceHealth(input: HealthInput): DeviceHealth {
  const { status, receivedAt, now, live } = input;
  const problems: Problem[] = [];
  if (!status || receivedAt === undefined) {
    problems.push({ kind: 'unreadable', since: receivedAt });
    return {
      device: input.device,
      status,
      receivedAt,
      online: false,
      asleep: false,
      verdict: 'trouble',
      problems,
      silentMs: receivedAt === undefined ? Infinity : now - receivedAt,
    };
  }
  const heartbeatMs = Math.max(1, status.heartbeatSeconds) * 1000;
  const asleepUntil = time(status.asleepUntil);
  const asleep = asleepUntil !== undefined && asleepUntil > now;
  const online = now - receivedAt <= OFFLINE_HEARTBEATS * heartbeatMs;
  // A screen switched off for the night may go quiet: its silence counts from the end of its off hours.
  const silentMs = Math.max(0, now - Math.max(receivedAt, asleepUntil ?? -Infinity));
  if (!online && !asleep) problems.push({ kind: 'offline', since: receivedAt });
  if (live && isBehind(status, live)) {
    problems.push({ kind: 'behind', since: live.publishedAt, detail: `${status.contentVersion ?? '?'} → ${live.version}` });
  }
  if (status.contentError) problems.push({ kind: 'rejected', detail: status.contentError });
  const reportedAt = time(status.reportedAt);
  if (status.clock !== 'ok' || (reportedAt !== undefined && Math.abs(reportedAt - receivedAt) > CLOCK_TOLERANCE_MS)) {
    problems.push({ kind: 'clock', detail: status.reportedAt });
  }
  if (status.staleSince) problems.push({ kind: 'stale', since: time(status.staleSince) });
  if (status.watchdog) problems.push({ kind: 'watchdog', detail: status.watchdog });
  if (status.reloads > 0) problems.push({ kind: 'reloads', detail: String(status.reloads) });
  // Nothing current: `detail` is the first local day with nothing current, empty when nothing ever was.
  if (status.nothingCurrent) problems.push({ kind: 'current', detail: status.nothingCurrent.since ?? '' });
  if (input.newestApp && status.appVersion && status.appVersion !== input.newestApp) {
    problems.push({ kind: 'app', detail: `${status.appVersion} → ${input.newestApp}` });
  }
  const verdict: Verdict = problems.some((problem) => problem.kind === 'offline')
    ? 'offline'
    : problems.some((problem) => !SAID_ONLY.has(problem.kind))
      ? 'trouble'
      : problems.some((problem) => problem.kind === 'behind')
        ? 'behind'
        : asleep
          ? 'asleep'
          : 'ok';
  return { device: input.device, status, receivedAt, online, asleep, verdict, problems, silentMs };
}

const RANK: Record<Verdict, number> = { offline: 0, trouble: 1, behind: 2, asleep: 3, ok: 4 };

/** Problems first (offline, trouble, behind), then asleep, then well; longest silent first within each. */
export function sortByConcern(devices: readonly DeviceHealth[]): DeviceHealth[] {
  return [...devices].sort((a, b) => RANK[a.verdict] - RANK[b.verdict] || b.silentMs - a.silentMs || a.device.localeCompare(b.device));
}
