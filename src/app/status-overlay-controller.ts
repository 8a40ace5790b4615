import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { boundedDelay } from '../browser/bounded-delay';

export type StatusTools = typeof import('./status-tools');

export interface StatusOverlayOptions {
  /** Open it as soon as the page starts (`?debug=1`). */
  openAtStart: boolean;
  /** Called when it opens and every second while it is open, before the host renders it again. */
  refresh: () => void;
  log: (message: string) => void;
}

/**
 * The status overlay's life: opened and closed from a keyboard (D or F2 toggles, Escape closes),
 * its code loaded the first time it opens, and the host rendered again every second while it is
 * open, and not at all on its account while it is closed.
 */
export class StatusOverlayController implements ReactiveController {
  /** The overlay is open. */
  open = false;
  /** The overlay's code, once loaded. */
  tools: StatusTools | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'd' || event.key === 'D' || event.key === 'F2') this.toggle(!this.open);
    else if (event.key === 'Escape' && this.open) this.toggle(false);
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: StatusOverlayOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKey);
    if (this.options.openAtStart) this.toggle(true);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKey);
    clearInterval(this.timer);
  }

  toggle(open: boolean): void {
    this.open = open;
    this.host.requestUpdate();
    clearInterval(this.timer);
    if (open && !this.tools) {
      import('./status-tools')
        .then((tools) => {
          this.tools = tools;
          this.host.requestUpdate();
        })
        .catch((error: unknown) => this.options.log(`status overlay could not load: ${String(error)}`));
    }
    if (open) {
      this.timer = setInterval(() => {
        this.options.refresh();
        this.host.requestUpdate();
      }, boundedDelay(1000));
      this.options.refresh();
    }
  }
}
