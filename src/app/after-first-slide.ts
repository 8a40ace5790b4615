import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { boundedDelay } from '../browser/bounded-delay';

/**
 * A page that has not shown a slide by then starts its deferred parts anyway: the update checks,
 * proof of play and the watchdog must not wait for a slide that never comes (the errors the page
 * met before the watchdog came are kept for it: kiosk/early-errors.ts).
 */
export const FIRST_SLIDE_TIMEOUT_MS = 10_000;

/** The performance mark set once the first slide has been painted, just before the deferred parts start. */
export const FIRST_SLIDE_MARK = 'signage:first-slide-painted';

export interface AfterFirstSlideOptions {
  /**
   * True once the host has rendered its first screen (checked after each of its updates): a slide,
   * or what stands for one (the black of the off hours, a standby tab's notice).
   */
  shown: () => boolean;
  log: (message: string) => void;
  timeoutMs?: number;
}

interface Part {
  name: string;
  load: () => Promise<void>;
}

/**
 * What the first slide does not need loads after it. Each deferred part is one dynamic import()
 * (its own chunk, never in what the page evaluates before the first slide: see the budget test),
 * started once the first slide has been painted: after the host's update that rendered it, the
 * next animation frame, and a task after that frame (so the import's evaluation never delays the
 * paint). A part that fails to load is logged and the player plays on without it.
 *
 * Usage, one line a part: `later.add('updates', () => import('../pwa/update-controller').then((m) => …))`.
 */
export class AfterFirstSlideController implements ReactiveController {
  /** The deferred parts have been started. */
  started = false;
  private readonly parts: Part[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  /** The first slide is rendered: its frame, then the mark and the start, are under way. */
  private painting = false;
  private release: () => void = () => {};
  /** Resolves when the deferred parts start (after the first slide, or at the timeout): for what waits, like the checker. */
  readonly whenStarted = new Promise<void>((resolve) => (this.release = resolve));

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AfterFirstSlideOptions,
  ) {
    host.addController(this);
  }

  /** Registers a part: `load` imports it and attaches it to the host. Started at once if the first slide is already out. */
  add(name: string, load: () => Promise<void>): void {
    const part = { name, load };
    this.parts.push(part);
    if (this.started) this.run(part);
  }

  hostConnected(): void {
    if (this.started) return;
    this.timer = setTimeout(() => this.start(), boundedDelay(this.options.timeoutMs ?? FIRST_SLIDE_TIMEOUT_MS));
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.painting = false;
  }

  hostUpdated(): void {
    if (this.started || this.painting || !this.options.shown()) return;
    this.painting = true;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        // For the budget test and the benchmark: nothing deferred was fetched before this mark.
        performance.mark(FIRST_SLIDE_MARK);
        this.start();
      }, 0);
    });
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    clearTimeout(this.timer);
    this.release();
    for (const part of this.parts) this.run(part);
  }

  private run(part: Part): void {
    part.load().then(
      () => this.host.requestUpdate(),
      (error: unknown) => this.options.log(`${part.name} could not load: ${String(error)}`),
    );
  }
}
