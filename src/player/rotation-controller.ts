import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../schedule/clock';
import { buildPlaylist, fallbackSlide, screenFor, type Playlist, type Slide } from '../schedule/playlist';
import { nextSlide, peekNext, startRotation, type RotationState } from '../schedule/rotation';
import type { Instant } from '../schedule/time';
import type { Bundle } from '../content/schema';
import { offHoursAt } from '../kiosk/off-hours';
import { boundedDelay, MAX_TIMER_MS } from '../browser/bounded-delay';

/** Shortest real time a slide stays up, so at ?speed=10000 every slide still paints. */
export const MIN_REAL_MS = 150;
/**
 * While the screen is off, look at the clock again at least this often rather than trusting one
 * timer for hours: a clock set right by NTP in the night still wakes the screen on time.
 */
const SLEEP_RECHECK_MS = 60_000;
const EARLY_TOLERANCE_MS = 1_000;

export interface RotationSource {
  clock: Clock;
  bundle: Bundle | undefined;
  screenId: string | undefined;
  /** Start at the first slide whose id starts with this. */
  startAt?: string | undefined;
  /** Stay on the slide (preview frames, screenshots). */
  hold?: boolean | undefined;
  /** Shortest real time a slide stays up (the benchmark's soak lowers it). */
  minSlideMs?: number | undefined;
  /** False when the clock cannot be trusted: evergreen content only, and no screen-off hours. */
  datesKnown: boolean;
  /** Slides left out of the rotation (a clip that cannot play); the fallback slide when that leaves none. */
  skip?: ((slide: Slide) => boolean) | undefined;
}

export interface RotationOptions {
  /** What to play, read at each step; no side effects. */
  source: () => RotationSource;
  /**
   * Called once at each slide boundary, before the next slide is chosen: the moment a new bundle
   * or a new build may take over.
   */
  atBoundary?: () => void;
}

/**
 * Owns the slide timer. At every boundary it rebuilds the playlist for "now" (so a new day,
 * phase or bundle takes effect between slides, never mid-slide) and moves to the next slide.
 * In the screen's off hours there is no slide and no timer but the one that wakes it.
 */
export class RotationController implements ReactiveController {
  state: RotationState | undefined;
  playlist: Playlist | undefined;
  /** Set while the screen is in its off hours: the clock instant it wakes. */
  asleepUntil: Instant | undefined;
  /** performance.now() of the last step, and the real time the next is due after it, for the watchdog. */
  lastStepAt: number | undefined;
  plannedRealMs: number | undefined;
  /** The slides the last step chose from, and whether the screen goes off at the end of this one. */
  private slides: readonly Slide[] = [];
  private offAtEnd = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private skipTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RotationOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state || this.asleepUntil !== undefined) this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    clearTimeout(this.skipTimer);
    this.timer = undefined;
  }

  /**
   * Moves on in a moment (a task from now, never inside the render that asked): a slide that
   * failed to render is skipped, and a playlist of one broken slide cannot spin.
   */
  skipSoon(): void {
    clearTimeout(this.skipTimer);
    this.skipTimer = setTimeout(() => this.advance(), boundedDelay(0));
  }

  /** Starts the rotation afresh (its first slide, or the `startAt` one) with what the source gives now. */
  restart(): void {
    this.state = undefined;
    this.advance();
  }

  /** Advances now (first slide, slide boundary, or a new bundle while asleep). */
  advance(): void {
    clearTimeout(this.timer);
    this.options.atBoundary?.();
    const { clock, bundle, screenId, startAt, datesKnown, skip } = this.options.source();
    if (!bundle) return;
    const now = clock.now();
    this.lastStepAt = performance.now();
    const offHours = datesKnown ? screenFor(bundle, screenId).offHours : undefined;
    // Read a second ahead: a timer that fires a moment early (a clock being slewed by NTP) is on
    // time, rather than showing one more slide for an instant before the screen goes off.
    const off = offHours ? offHoursAt(now + EARLY_TOLERANCE_MS, bundle.timeZone, offHours) : undefined;
    if (off?.off) {
      // Asleep: the slide is dropped, so the next waking starts the rotation afresh.
      this.asleepUntil = off.changesAt;
      this.state = undefined;
      this.host.requestUpdate();
      this.schedule();
      return;
    }
    this.asleepUntil = undefined;
    const orientation = window.innerHeight > window.innerWidth ? 'portrait' : 'landscape';
    const playlist = buildPlaylist(bundle, now, screenId, orientation, { evergreen: !datesKnown });
    this.playlist = playlist;
    const kept = skip ? playlist.slides.filter((slide) => !skip(slide)) : playlist.slides;
    const slides = kept.length > 0 ? kept : [fallbackSlide(bundle, playlist.screen.slideSeconds * 1000)];
    this.state = this.state ? nextSlide(this.state, slides, now) : startRotation(slides, now, startAt);
    this.slides = slides;
    // The off hours start on time, not when the slide that spans their start would have ended.
    this.offAtEnd = off !== undefined && off.changesAt < this.state.endsAt;
    if (off && this.offAtEnd) this.state = { ...this.state, endsAt: off.changesAt };
    if (__BENCH_LEAK__) leakForBenchmark();
    this.host.requestUpdate();
    this.schedule();
  }

  /**
   * The slide the next boundary will bring if nothing changes by then, to prepare ahead (a guess:
   * the boundary decides). Undefined while held, asleep, or when the screen goes off after this slide.
   */
  upcoming(): Slide | undefined {
    if (!this.state || this.offAtEnd || this.asleepUntil !== undefined || this.options.source().hold) return undefined;
    return peekNext(this.state, this.slides);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.plannedRealMs = undefined;
    const { clock, hold, minSlideMs } = this.options.source();
    let realDelay: number;
    if (this.asleepUntil !== undefined) {
      realDelay = Math.min(SLEEP_RECHECK_MS, Math.max(MIN_REAL_MS, (this.asleepUntil - clock.now()) / clock.speed));
    } else {
      if (!this.state || hold) return;
      realDelay = Math.max(minSlideMs ?? MIN_REAL_MS, (this.state.endsAt - clock.now()) / clock.speed);
    }
    this.plannedRealMs = realDelay;
    // A wait longer than a timer holds (2³¹−1 ms) is waited in parts: the timer fires early and
    // schedules the rest, rather than firing at once and racing through the slides.
    this.timer = setTimeout(() => (realDelay > MAX_TIMER_MS ? this.schedule() : this.advance()), boundedDelay(realDelay, MIN_REAL_MS));
  }
}

/** The benchmark's proof that its soak catches leaks: a node and a listener left behind per slide. */
function leakForBenchmark(): void {
  const node = document.createElement('span');
  node.hidden = true;
  document.body.append(node);
  window.addEventListener('resize', () => node.remove());
}
