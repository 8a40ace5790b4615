import { LitElement } from 'lit';
import type { ContentSource } from '../content/load';
import type { Monitoring, PlayerState } from '../kiosk/monitoring';

/**
 * What the player shows the world for monitoring and tests: the attributes `<signage-app>` reflects
 * (README: "`<signage-app>` reflects its state as attributes"), what each means and its value at
 * start. Most are derived in kiosk/monitoring.ts and set in one place, `reflect`; the composition
 * root (signage-app.ts) extends this and sets the rest (the version on screen, the wake lock, the
 * overlay).
 */
export class PlayerAttributes extends LitElement {
  static override properties = {
    state: { reflect: true },
    phase: { reflect: true },
    slide: { reflect: true },
    contentVersion: { reflect: true, attribute: 'content-version' },
    contentSource: { reflect: true, attribute: 'content-source' },
    contentError: { reflect: true, attribute: 'content-error' },
    appVersion: { reflect: true, attribute: 'app-version' },
    wakeLock: { reflect: true, attribute: 'wake-lock' },
    screenOff: { reflect: true, attribute: 'screen-off', type: Boolean },
    clockState: { reflect: true, attribute: 'clock' },
    stale: { reflect: true },
    watchdog: { reflect: true },
    offlineReady: { reflect: true, attribute: 'offline-ready' },
    debug: { reflect: true, type: Boolean },
  };
  declare state: PlayerState;
  /** Id of the active phase; absent outside every phase. */
  declare phase: string | undefined;
  /** Id of the slide on screen. */
  declare slide: string | undefined;
  declare contentVersion: string | undefined;
  declare contentSource: ContentSource | undefined;
  declare contentError: string | undefined;
  /** The build running, for monitoring app updates. */
  declare appVersion: string;
  /** held, released, or unavailable: why (the screen may then sleep; set it never to in the OS). */
  declare wakeLock: string;
  /** In the screen's off hours: black, nothing moving. */
  declare screenOff: boolean;
  /** ok, or implausible (earlier than the build: only evergreen content until it is set right). */
  declare clockState: 'ok' | 'implausible';
  /** Since when the content on screen dates, while it is stale; absent when fresh. */
  declare stale: string | undefined;
  /** The watchdog's pending reload and why; absent when all is well. */
  declare watchdog: string | undefined;
  /**
   * "yes" when a power cut with no network would bring back what is on screen (the service worker
   * installed, the bundle on screen kept); else "no: " and why.
   */
  declare offlineReady: string;
  /** The status overlay is open. */
  declare debug: boolean;

  constructor() {
    super();
    this.state = 'loading';
    this.phase = undefined;
    this.slide = undefined;
    this.contentVersion = undefined;
    this.contentSource = undefined;
    this.contentError = undefined;
    this.appVersion = __APP_VERSION__;
    this.wakeLock = 'released';
    this.screenOff = false;
    this.clockState = 'ok';
    this.stale = undefined;
    this.watchdog = undefined;
    this.offlineReady = 'no: starting';
    this.debug = false;
  }

  /** The attributes monitoring derives, as it derived them. */
  protected reflect(shown: Monitoring): void {
    this.state = shown.state;
    this.phase = shown.phase;
    this.slide = shown.slide;
    this.screenOff = shown.screenOff;
    this.clockState = shown.clock;
    this.watchdog = shown.watchdog;
    this.stale = shown.stale;
    this.contentError = shown.contentError;
    this.contentSource = shown.contentSource;
    this.offlineReady = shown.offlineReady;
  }
}
