import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseAt, scaledClock, systemClock, type Clock } from '../schedule/clock';
import { clockPlausible } from '../kiosk/clock-sanity';
import { refusedAt, type PlayerParams } from './params';
import { boundedDelay } from '../browser/bounded-delay';

export interface ClockOptions {
  /** The page's time controls: `?at=`, `?speed=`, and `?hold=` (a held slide is a preview too). */
  params: Pick<PlayerParams, 'at' | 'speed' | 'hold'>;
  /** Says why a `?at=` could not be used. */
  log: (message: string) => void;
  /** The device's time (tests pass their own). */
  deviceNow?: () => number;
  /** When this build was made: a device clock earlier than that is wrong. */
  builtAt?: number;
}

/**
 * The player's clock and what it may be trusted with. It is the device's, until the first bundle
 * gives the zone that `?at=` is read in; `?speed=` runs it faster. The host re-renders when the
 * clock's minute changes, and at no other time on its account.
 */
export class ClockController implements ReactiveController {
  /** The clock every part of the player reads "now" from. */
  clock: Clock = systemClock;
  /** Set when `?at=` could not be read: the notice the screen shows (it then runs on the real time). */
  refused: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chosen = false;
  private readonly params: ClockOptions['params'];
  private readonly log: (message: string) => void;
  private readonly deviceNow: () => number;
  private readonly builtAt: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: ClockOptions,
  ) {
    this.params = options.params;
    this.log = options.log;
    this.deviceNow = options.deviceNow ?? Date.now;
    this.builtAt = options.builtAt ?? __BUILD_TIME__;
    host.addController(this);
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /**
   * A page on a chosen clock (?at=, ?speed=) or holding one slide: a preview, a test, the staff
   * page's "play at" frame. It must not write into the screen's proof of play or watchdog memory.
   */
  get simulated(): boolean {
    return this.params.at !== undefined || this.params.speed !== 1 || this.params.hold;
  }

  /** The device's own clock is not earlier than the build (see kiosk/clock-sanity.ts). */
  devicePlausible(): boolean {
    return clockPlausible(this.deviceNow(), this.builtAt);
  }

  /**
   * Can dates be trusted? A `?at=` clock is chosen on purpose; the device's own is trusted only
   * when it is plausible. Asked again at every slide and every minute, so a clock set right by NTP
   * is picked up by itself.
   */
  datesKnown(): boolean {
    return this.params.at !== undefined || this.devicePlausible();
  }

  /** Applies `?at=` and `?speed=` once, in the zone of the first bundle; later calls change nothing. */
  chooseIn(zone: string): void {
    if (this.chosen) return;
    this.chosen = true;
    const { at, speed } = this.params;
    if (at !== undefined) {
      const start = parseAt(at, zone);
      if (start === undefined) {
        this.log(`?at=${at} is not a date; showing the real time`);
        this.refused = refusedAt(at);
      }
      this.clock = scaledClock(start ?? this.deviceNow(), speed, this.deviceNow);
    } else if (speed !== 1) {
      this.clock = scaledClock(this.deviceNow(), speed, this.deviceNow);
    } else return;
    this.schedule();
    this.host.requestUpdate();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const clock = this.clock;
    const untilNextMinute = 60_000 - (((clock.now() % 60_000) + 60_000) % 60_000);
    this.timer = setTimeout(
      () => {
        this.host.requestUpdate();
        this.schedule();
      },
      boundedDelay(Math.max(100, untilNextMinute / clock.speed + 5)),
    );
  }
}
