import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { boundedDelay } from '../browser/bounded-delay';

export interface RefreshOptions {
  everyMs: number;
  /** One refresh; its failure is the host's to show (a rejection here is ignored). */
  refresh: () => Promise<void>;
  /** False while there is nothing to refresh (not signed in): no timer runs. */
  enabled: () => boolean;
}

/**
 * Refreshes its host every `everyMs` while connected and enabled, one refresh at a time, the next
 * counted from the end of the last; `now()` refreshes at once (a click, a sign-in).
 */
export class RefreshController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;
  private running = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: RefreshOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.now();
  }

  hostDisconnected(): void {
    this.connected = false;
    clearTimeout(this.timer);
  }

  now(): void {
    clearTimeout(this.timer);
    if (!this.connected || this.running || !this.options.enabled()) return;
    this.running = true;
    void this.options
      .refresh()
      .catch(() => {})
      .finally(() => {
        this.running = false;
        if (this.connected && this.options.enabled()) this.timer = setTimeout(() => this.now(), boundedDelay(this.options.everyMs));
      });
  }
}
