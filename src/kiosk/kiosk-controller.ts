import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What a screen with nobody at it needs from the page: the display kept awake (Screen Wake Lock,
 * taken again whenever the page becomes visible, since the browser drops it when hidden), and no
 * context menu, text selection or dragging if someone touches the screen or a mouse is left on it.
 */
export class KioskController implements ReactiveController {
  /** held, released, or unavailable (with why), for monitoring. */
  wakeLock = 'released';
  private sentinel: WakeLockSentinel | undefined;
  private readonly block = (event: Event) => event.preventDefault();
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') void this.acquire();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ['contextmenu', 'selectstart', 'dragstart']) document.addEventListener(type, this.block);
    document.addEventListener('visibilitychange', this.onVisibility);
    void this.acquire();
  }

  hostDisconnected(): void {
    for (const type of ['contextmenu', 'selectstart', 'dragstart']) document.removeEventListener(type, this.block);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.sentinel?.release();
    this.sentinel = undefined;
  }

  private async acquire(): Promise<void> {
    if (!('wakeLock' in navigator)) return this.set('unavailable: not supported');
    if (this.sentinel && !this.sentinel.released) return;
    try {
      this.sentinel = await navigator.wakeLock.request('screen');
      this.set('held');
      this.sentinel.addEventListener('release', () => this.set('released'));
    } catch (error) {
      this.set(`unavailable: ${error instanceof Error ? error.name : String(error)}`);
    }
  }

  private set(state: string): void {
    this.wakeLock = state;
    this.host.requestUpdate();
  }
}
