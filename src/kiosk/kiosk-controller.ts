import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { boundedDelay } from '../browser/bounded-delay';

/** A mouse left on a kiosk shows its pointer this long after it last moved, then hides it. */
export const POINTER_IDLE_MS = 3_000;

export interface KioskOptions {
  /** How long a still pointer stays visible; POINTER_IDLE_MS unless a test wants it shorter. */
  pointerIdleMs?: number;
}

/**
 * What a screen with nobody at it needs from the page: the display kept awake (Screen Wake Lock,
 * taken again whenever the page becomes visible, since the browser drops it when hidden), no
 * context menu, text selection or dragging if someone touches the screen or a mouse is left on it,
 * and a pointer that hides when still (the host gets `pointer-idle`, its CSS hides the cursor).
 */
export class KioskController implements ReactiveController {
  /** held, released, or unavailable (with why), for monitoring. */
  wakeLock = 'released';
  private sentinel: WakeLockSentinel | undefined;
  private readonly block = (event: Event) => event.preventDefault();
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') void this.acquire();
  };

  private pointerTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onPointerMove = () => {
    this.host.removeAttribute('pointer-idle');
    clearTimeout(this.pointerTimer);
    this.pointerTimer = setTimeout(
      () => this.host.setAttribute('pointer-idle', ''),
      boundedDelay(this.options.pointerIdleMs ?? POINTER_IDLE_MS),
    );
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: KioskOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ['contextmenu', 'selectstart', 'dragstart']) document.addEventListener(type, this.block);
    document.addEventListener('visibilitychange', this.onVisibility);
    document.addEventListener('pointermove', this.onPointerMove, { passive: true });
    this.host.setAttribute('pointer-idle', '');
    void this.acquire();
  }

  hostDisconnected(): void {
    for (const type of ['contextmenu', 'selectstart', 'dragstart']) document.removeEventListener(type, this.block);
    document.removeEventListener('visibilitychange', this.onVisibility);
    document.removeEventListener('pointermove', this.onPointerMove);
    clearTimeout(this.pointerTimer);
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
