import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../schedule/clock';
import { buildPlaylist, type Playlist } from '../schedule/playlist';
import { nextSlide, startRotation, type RotationState } from '../schedule/rotation';
import type { Bundle } from '../content/schema';

/** Shortest real time a slide stays up, so at ?speed=10000 every slide still paints. */
export const MIN_REAL_MS = 150;

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
}

/**
 * Owns the slide timer. At every boundary it rebuilds the playlist for "now" (so a new day,
 * phase or bundle takes effect between slides, never mid-slide) and moves to the next slide.
 */
export class RotationController implements ReactiveController {
  state: RotationState | undefined;
  playlist: Playlist | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param source what to play, read at each step; no side effects
   * @param atBoundary called once at each slide boundary, before the next slide is chosen: the
   *   moment a new bundle or a new build may take over
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => RotationSource,
    private readonly atBoundary: () => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state) this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Advances now (first slide, slide boundary, or skipping a slide that failed). */
  advance(): void {
    clearTimeout(this.timer);
    this.atBoundary();
    const { clock, bundle, screenId, startAt } = this.source();
    if (!bundle) return;
    const now = clock.now();
    const orientation = window.innerHeight > window.innerWidth ? 'portrait' : 'landscape';
    const playlist = buildPlaylist(bundle, now, screenId, orientation);
    this.playlist = playlist;
    this.state = this.state ? nextSlide(this.state, playlist.slides, now) : startRotation(playlist.slides, now, startAt);
    if (__BENCH_LEAK__) leakForBenchmark();
    this.host.requestUpdate();
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (!this.state) return;
    const { clock, hold, minSlideMs } = this.source();
    if (hold) return;
    const realDelay = Math.max(minSlideMs ?? MIN_REAL_MS, (this.state.endsAt - clock.now()) / clock.speed);
    this.timer = setTimeout(() => this.advance(), realDelay);
  }
}

/** The benchmark's proof that its soak catches leaks: a node and a listener left behind per slide. */
function leakForBenchmark(): void {
  const node = document.createElement('span');
  node.hidden = true;
  document.body.append(node);
  window.addEventListener('resize', () => node.remove());
}
