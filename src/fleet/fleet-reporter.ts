/**
 * The player's reports to the fleet (`?device=NAME&key=SECRET`): its status to
 * `/fleet/NAME/status.json` every heartbeat and at once on a change worth knowing, and its proof
 * of play to `/fleet/NAME/plays-YYYY-MM-DD.csv`, whole days, at most every 15 minutes for the
 * current day and at once for days the server has not got. Loaded with import() after the first
 * slide (src/app/signage-app.ts), so it costs the first slide nothing.
 *
 * It cannot disturb playback: it only reads the player's state, every failure is caught and retried
 * later with a growing, jittered wait, and it owns its one timer (cleared on disconnect). The key
 * goes only to the page's own origin, in an Authorization header, and is never logged or shown.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { boundedDelay } from '../browser/bounded-delay';
import { nextPollDelay } from '../content/backoff';
import { DavClient } from '../publish/webdav';
import { FLEET_FOLDER } from '../publish/paths';
import { PlayLog } from '../kiosk/play-log';
import { dayFile, dayFileName, daysToSend, playsByDay } from './plays';
import { stateKey, statusDocument, type FleetStatus, type StatusInput } from './status-document';

/** The current day's file goes at most this often, or every 15 heartbeats when shorter (earlier days as soon as they are missing). */
export const PLAYS_EVERY_MS = 15 * 60_000;

export interface FleetReporterOptions {
  device: { name: string; key: string };
  /** The page's own address: reports go to its origin, nowhere else. */
  origin: string;
  /** The player's state at `now` (the report's instant), read at each report. */
  status: (now: number) => Omit<StatusInput, 'device' | 'now' | 'heartbeatSeconds'>;
  heartbeatSeconds: () => number;
  /** The current day in the bundle's zone (YYYY-MM-DD). */
  today: () => string;
  now?: () => number;
  fetch?: typeof fetch;
  playLog?: PlayLog;
  playsEveryMs?: number;
  log?: (message: string) => void;
}

export class FleetReporter implements ReactiveController {
  /** Reports in a row that failed (0 when the last went through). */
  failures = 0;
  lastSentAt: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;
  private again = false;
  private connected = false;
  private sentKey: string | undefined;
  /** The change a report was last asked for (once per change, however often the host renders). */
  private askedKey: string | undefined;
  private playsCheckedAt: number | undefined;
  private readonly sentDays = new Map<string, { count: number; at: number }>();
  private readonly client: DavClient;
  private readonly playLog: PlayLog;
  private readonly now: () => number;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: FleetReporterOptions,
  ) {
    this.client = new DavClient({
      server: new URL('/', options.origin),
      credentials: { user: options.device.name, password: options.device.key },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    this.playLog = options.playLog ?? new PlayLog();
    this.now = options.now ?? Date.now;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.sendSoon(0);
  }

  hostDisconnected(): void {
    this.connected = false;
    clearTimeout(this.timer);
  }

  /** After each render of the player: a change worth knowing is reported now, not at the next heartbeat. */
  hostUpdated(): void {
    // While reports fail, the backoff decides: a change does not bring the next try forward.
    if (this.sentKey === undefined || this.failures > 0) return;
    const key = stateKey(this.document());
    if (key === this.sentKey || key === this.askedKey) return;
    this.askedKey = key;
    this.sendSoon(0);
  }

  private document(): FleetStatus {
    const now = this.now();
    return statusDocument({
      ...this.options.status(now),
      device: this.options.device.name,
      heartbeatSeconds: this.options.heartbeatSeconds(),
      now,
    });
  }

  private sendSoon(delayMs: number): void {
    if (!this.connected) return;
    if (this.sending) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.report(), boundedDelay(delayMs));
  }

  /** One round: the status, then any day of plays due. Never throws. */
  private async report(): Promise<void> {
    this.sending = true;
    const heartbeatMs = this.options.heartbeatSeconds() * 1000;
    try {
      const status = this.document();
      await this.client.put(`${this.folder()}status.json`, new TextEncoder().encode(JSON.stringify(status)), 'read');
      this.sentKey = stateKey(status);
      const playsEveryMs = this.options.playsEveryMs ?? Math.min(PLAYS_EVERY_MS, 15 * heartbeatMs);
      // The play log is read only when a day may be due: after a failure (days missed), or every 15 minutes.
      if (this.failures > 0 || this.playsCheckedAt === undefined || this.now() - this.playsCheckedAt >= playsEveryMs) {
        await this.sendPlays(playsEveryMs);
        this.playsCheckedAt = this.now();
      }
      if (this.failures > 0) this.options.log?.(`fleet report sent again after ${this.failures} failures`);
      this.failures = 0;
      this.lastSentAt = this.now();
    } catch (error) {
      if (this.failures === 0)
        this.options.log?.(`fleet report failed, will retry: ${error instanceof Error ? error.message : String(error)}`);
      this.failures += 1;
    } finally {
      this.sending = false;
      const again = this.again && this.failures === 0;
      this.again = false;
      this.sendSoon(again ? 0 : nextPollDelay(heartbeatMs, this.failures));
    }
  }

  private folder(): string {
    return `${FLEET_FOLDER}${this.options.device.name}/`;
  }

  /** Whole days of proof of play the server has not got, the current one at most every 15 minutes. */
  private async sendPlays(playsEveryMs: number): Promise<void> {
    const byDay = playsByDay(await this.playLog.all());
    const now = this.now();
    const due = daysToSend(byDay, this.sentDays, this.options.today(), now, playsEveryMs);
    for (const day of due) {
      const records = byDay.get(day)!;
      await this.client.put(`${this.folder()}${dayFileName(day)}`, new TextEncoder().encode(dayFile(records)), 'read');
      this.sentDays.set(day, { count: records.length, at: now });
    }
  }
}
