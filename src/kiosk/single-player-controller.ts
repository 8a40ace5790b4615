import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The Web Lock every player page of a browser profile asks for: whoever holds it plays. */
export const PLAYER_LOCK = 'signage-player';

export type PlayerRole = 'pending' | 'player' | 'standby';

export interface SinglePlayerOptions {
  /**
   * False for a preview (a chosen clock, a held slide): it plays beside the screen's player without
   * asking, since it records nothing and applies nothing.
   */
  enabled: boolean;
  /** Called once, when this page may play: at once, or when the page holding the lock closes. */
  onPlay: () => void;
  log: (message: string) => void;
  /** navigator.locks, unless a test passes its own. */
  locks?: LockManager | undefined;
}

/**
 * One player per browser profile. A kiosk whose Chromium restarted badly can hold two player tabs
 * in one profile: both would write proof of play into one log and both would apply updates. The
 * first page takes a Web Lock and plays; a second one finds it taken, says so on screen and neither
 * plays nor records, and queues for the lock: when the first closes, it takes over (the browser
 * grants the queued request). The lock goes with the page that holds it, however it ends.
 */
export class SinglePlayerController implements ReactiveController {
  role: PlayerRole = 'pending';
  /** This page stood by at some point (another tab played); it may play now. */
  stoodBy = false;
  private release: (() => void) | undefined;
  private asked = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SinglePlayerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.asked) return;
    this.asked = true;
    const locks = 'locks' in this.options ? this.options.locks : globalThis.navigator?.locks;
    if (!this.options.enabled || !locks) return this.play();
    locks
      .request(PLAYER_LOCK, { ifAvailable: true }, (lock) => {
        if (lock) return this.hold();
        this.role = 'standby';
        this.stoodBy = true;
        this.options.log('another tab of this browser is playing: this one stands by until it closes');
        this.host.requestUpdate();
        // Queued: granted when the page that holds the lock goes.
        void locks.request(PLAYER_LOCK, () => this.hold()).catch((error: unknown) => this.failed(error));
        return undefined;
      })
      .catch((error: unknown) => this.failed(error));
  }

  hostDisconnected(): void {
    this.release?.();
    this.release = undefined;
  }

  /** Held until the page goes (or the element is disconnected). */
  private hold(): Promise<void> {
    this.play();
    return new Promise<void>((resolve) => (this.release = resolve));
  }

  private play(): void {
    if (this.role === 'player') return;
    if (this.role === 'standby') this.options.log('the other player tab closed: this one plays now');
    this.role = 'player';
    this.host.requestUpdate();
    this.options.onPlay();
  }

  /** Locks that fail (a browser bug, a sandbox): better two players than a blank screen. */
  private failed(error: unknown): void {
    this.options.log(`player lock unavailable (${String(error)}): playing`);
    this.play();
  }
}
