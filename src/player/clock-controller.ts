import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../schedule/clock';

/** Re-renders the host when the clock's minute changes, and at no other time. */
export class ClockController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly clock: () => Clock,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Call when the clock itself is replaced (e.g. ?at applied once the bundle's zone is known). */
  restart(): void {
    this.schedule();
    this.host.requestUpdate();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const clock = this.clock();
    const untilNextMinute = 60_000 - (((clock.now() % 60_000) + 60_000) % 60_000);
    this.timer = setTimeout(
      () => {
        this.host.requestUpdate();
        this.schedule();
      },
      Math.max(100, untilNextMinute / clock.speed + 5),
    );
  }
}
