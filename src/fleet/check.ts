/**
 * `fleet:check`'s verdict in the Nagios/Icinga plugin convention: one status line, then one line
 * per device that is not well, and the exit code 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN. Pure.
 */
import { DateTime } from 'luxon';
import type { DeviceHealth, Problem } from './health';

export type ExitCode = 0 | 1 | 2 | 3;
export const LABEL: Record<ExitCode, string> = { 0: 'OK', 1: 'WARNING', 2: 'CRITICAL', 3: 'UNKNOWN' };

export interface Thresholds {
  warnMinutes: number;
  critMinutes: number;
}

export interface CheckResult {
  code: ExitCode;
  lines: string[];
}

const ZONE = 'Asia/Ho_Chi_Minh';
const when = (at: number | undefined) => (at === undefined ? '?' : DateTime.fromMillis(at, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm'));
const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;

/**
 * How bad one problem is, now. Behind and silence grow worse with time. Said in the status line but
 * OK (0): nothing current, as the screen plays what it was given, as designed (the organization, the
 * clock, the timeline), and what it needs is an editor publishing, not the person on call; and an app
 * build other than the server's (version.json), as every screen takes up to its update check interval
 * (an hour by default, up to a day) to take a new build, and the server cannot tell when its build
 * was installed (the install keeps the build's file times), so a grade would alarm after each install.
 */
function severity(problem: Problem, device: DeviceHealth, now: number, limits: Thresholds): ExitCode {
  const grade = (ms: number): ExitCode => (ms >= limits.critMinutes * 60_000 ? 2 : ms >= limits.warnMinutes * 60_000 ? 1 : 0);
  switch (problem.kind) {
    case 'offline':
      return grade(device.silentMs);
    case 'behind':
      return problem.since === undefined ? 1 : grade(now - problem.since);
    case 'unreadable':
    case 'rejected':
    case 'clock':
    case 'stale':
    case 'watchdog':
      return 1;
    case 'reloads':
    case 'app':
    case 'current':
      return 0;
  }
}

function describe(problem: Problem, device: DeviceHealth, now: number): string {
  switch (problem.kind) {
    case 'offline':
      return `offline since ${when(problem.since)} (${minutes(device.silentMs)} without a report)`;
    case 'unreadable':
      return 'no readable status.json';
    case 'behind':
      return `behind (${problem.detail ?? ''}) since ${when(problem.since)}${problem.since === undefined ? '' : ` (${minutes(now - problem.since)})`}`;
    case 'rejected':
      return `content rejected: ${problem.detail ?? ''}`;
    case 'clock':
      return `wrong clock (reported ${problem.detail ?? '?'})`;
    case 'stale':
      return `stale content since ${when(problem.since)}`;
    case 'watchdog':
      return `watchdog: ${problem.detail ?? ''}`;
    case 'reloads':
      return `${problem.detail ?? ''} watchdog reloads`;
    case 'app':
      return `app build ${problem.detail ?? ''}`;
    case 'current':
      return problem.detail ? `nothing current since ${problem.detail}` : 'nothing current';
  }
}

export function fleetCheck(devices: readonly DeviceHealth[], now: number, limits: Thresholds): CheckResult {
  let code: ExitCode = 0;
  const lines: string[] = [];
  let asleep = 0;
  let nothingCurrent = 0;
  let olderApp = 0;
  for (const device of devices) {
    if (device.asleep && device.problems.length === 0) asleep += 1;
    if (device.problems.some((problem) => problem.kind === 'current')) nothingCurrent += 1;
    if (device.problems.some((problem) => problem.kind === 'app')) olderApp += 1;
    const graded = device.problems.map((problem) => ({ problem, level: severity(problem, device, now, limits) }));
    const worst = graded.reduce<ExitCode>((max, item) => (item.level > max ? item.level : max), 0);
    if (worst === 0) continue;
    code = worst > code ? worst : code;
    lines.push(
      `${LABEL[worst]} ${device.device}: ${graded
        .filter((item) => item.level > 0)
        .map((item) => describe(item.problem, device, now))
        .join('; ')}`,
    );
  }
  const notWell = lines.length;
  const publish = nothingCurrent > 0 ? `, ${nothingCurrent} with nothing current (editors should publish)` : '';
  const app = olderApp > 0 ? `, ${olderApp} on another app build than the server's` : '';
  const summary = `FLEET ${LABEL[code]} - ${devices.length} screens, ${notWell} not well, ${asleep} asleep in off hours${publish}${app}|screens=${devices.length} not_well=${notWell} asleep=${asleep}`;
  return { code, lines: [summary, ...lines] };
}

/** When the check itself cannot tell (server unreachable, refused, answers nonsense). */
export function unknown(reason: string): CheckResult {
  return { code: 3, lines: [`FLEET UNKNOWN - ${reason}`] };
}
