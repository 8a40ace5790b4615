import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { tokens } from '../styles/tokens';
import { stage } from '../styles/stage';
import { DEFAULT_ZONE, SETTING_DEFAULTS, type Bundle } from '../content/schema';
import { fallbackSlide, screenFor } from '../schedule/playlist';
import { parseAt, scaledClock, systemClock, type Clock } from '../schedule/clock';
import { clockLabel, dayLabel, momentLabel, updatedAtLabel } from '../schedule/format';
import { readParams, type PlayerParams } from '../player/params';
import { RotationController } from '../player/rotation-controller';
import { ClockController } from '../player/clock-controller';
import { ContentController, type ContentSource } from '../player/content-controller';
import { UpdateController } from '../pwa/update-controller';
import { KioskController } from '../kiosk/kiosk-controller';
import { WATCHDOG_STORAGE_KEY, WatchdogController } from '../kiosk/watchdog-controller';
import { clockPlausible } from '../kiosk/clock-sanity';
import { burnInShift } from '../kiosk/burn-in';
import { staleSince } from '../kiosk/stale';
import { ProofOfPlayController } from '../kiosk/proof-of-play-controller';
import './signage-header';
import './signage-ticker';
import { renderSlide } from './render-slide';

type StatusTools = typeof import('../kiosk/status-tools');

export type PlayerState = 'loading' | 'playing' | 'fallback';

/**
 * The whole player. It owns the clock, the content and the rotation (each in a controller) and
 * renders the frame plus one slide element; the schedule engine decides what that slide is.
 *
 * Reflected attributes (for monitoring and tests): `state`, `phase`, `slide`, `content-version`,
 * `content-source`, `content-error`, `app-version`, `wake-lock`, `screen-off`, `clock`, `stale`,
 * `watchdog`, `debug`.
 */
export class SignageApp extends LitElement {
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
  /** The status overlay is open. */
  declare debug: boolean;

  readonly params: PlayerParams;
  clock: Clock;
  private bundle: Bundle | undefined;
  /** A new bundle waits here until the next slide boundary. */
  private pending: Bundle | undefined;
  private readonly rotation: RotationController;
  private readonly clockTicks: ClockController;
  private readonly content: ContentController;
  private readonly updates: UpdateController;
  private readonly kiosk: KioskController;
  private readonly watchdogs: WatchdogController;
  private readonly proofOfPlay: ProofOfPlayController;
  private overlayTimer: ReturnType<typeof setInterval> | undefined;
  private statusTools: StatusTools | undefined;
  /** Device time the page started, for uptime and for content that never reached the server. */
  private readonly startedAt = Date.now();
  readonly errors: { at: number; message: string }[] = [];
  private readonly failedSlides = new Set<string>();
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'd' || event.key === 'D' || event.key === 'F2') this.toggleOverlay(!this.debug);
    else if (event.key === 'Escape' && this.debug) this.toggleOverlay(false);
  };

  static override styles = [
    tokens,
    stage,
    css`
      :host {
        position: fixed;
        inset: 0;
        display: grid;
        grid-template-rows: auto minmax(0, 1fr) auto auto;
        /* Solid colours behind text: contrast is then exact, and checkable by axe. */
        background: var(--red);
        overflow: hidden;
        user-select: none;
      }
      :host([pointer-idle]) {
        cursor: none;
      }
      /* Burn-in care: the frame that never changes moves by a few pixels now and then. */
      signage-header,
      signage-ticker,
      .stage,
      .notice {
        translate: var(--burn-in-x, 0) var(--burn-in-y, 0);
      }
      .off {
        position: fixed;
        inset: 0;
        background: #000;
      }
      .notice.stale {
        justify-self: end;
        padding: 0.4vmin 2vmin;
        font-size: 1.8vmin;
        background: none;
        color: var(--cream);
        opacity: 0.85;
      }
      .stage > * {
        animation: enter 700ms cubic-bezier(0.2, 0.7, 0.2, 1) both;
      }
      @keyframes enter {
        from {
          opacity: 0;
          transform: translateY(2vh);
        }
        to {
          opacity: 1;
          transform: none;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .stage > * {
          animation: none;
        }
      }
      .notice {
        margin: 0;
        padding: 0.8vmin 3vmin;
        background: var(--red-deep);
        color: var(--cream);
        font-size: 2.6vmin;
      }
      .loading {
        display: flex;
        align-items: center;
        justify-content: center;
        color: var(--gold);
        font-size: 5vmin;
        font-weight: 800;
      }
    `,
  ];

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
    this.debug = false;
    this.params = readParams(location.href);
    this.clock = systemClock;
    this.rotation = new RotationController(
      this,
      () => ({
        clock: this.clock,
        bundle: this.bundle,
        screenId: this.params.screen,
        startAt: this.params.slide,
        hold: this.params.hold,
        minSlideMs: this.params.minSlideMs,
        datesKnown: this.datesKnown(),
      }),
      () => this.atSlideBoundary(),
    );
    this.clockTicks = new ClockController(this, () => this.clock);
    this.content = new ContentController(
      this,
      this.params.contentUrl,
      new URL('content/default-bundle.json', location.href).href,
      (bundle, source) => this.receive(bundle, source),
      this.params.pollSeconds,
    );
    this.updates = new UpdateController(
      this,
      new URL('sw.js', location.href).href,
      () => (this.params.updateCheckSeconds ?? this.bundle?.settings.updateCheckSeconds ?? SETTING_DEFAULTS.updateCheckSeconds) * 1000,
      (message) => this.logError(message),
    );
    this.kiosk = new KioskController(this);
    this.watchdogs = new WatchdogController(
      this,
      {
        rotation: () => ({ lastStepAt: this.rotation.lastStepAt, plannedRealMs: this.rotation.plannedRealMs }),
        // Only on the real clock: under ?at= a reload would start the simulated day over.
        dailyReload: () =>
          this.bundle?.settings.dailyReloadAt && !this.simulated() && this.datesKnown()
            ? { at: this.bundle.settings.dailyReloadAt, zone: this.bundle.timeZone }
            : undefined,
        log: (message) => this.logError(message),
      },
      { storageKey: this.simulated() ? `${WATCHDOG_STORAGE_KEY}:simulated` : WATCHDOG_STORAGE_KEY },
    );
    this.proofOfPlay = new ProofOfPlayController(
      this,
      () => this.playSource(),
      (message) => this.logError(message),
    );
    this.addEventListener('slide-failed', (event) => {
      const id = event.detail.id;
      this.logError(`slide ${id ?? '?'} failed to render: ${String(event.detail.error)}`);
      // Until the content changes, that slide's turn shows the organisation and the clock instead,
      // so a playlist of one broken slide cannot spin; the move on is a task, never a tight loop.
      if (id) this.failedSlides.add(id);
      setTimeout(() => this.rotation.advance(), 0);
    });
  }

  /**
   * Can dates be trusted? A `?at=` clock is chosen on purpose; the device's own is trusted only
   * when it is not earlier than the build (see kiosk/clock-sanity.ts). Asked again at every slide
   * and every minute, so a clock set right by NTP is picked up by itself.
   */
  /**
   * A page on a chosen clock (?at=, ?speed=) or holding one slide: a preview, a test, the staff
   * page's "play at" frame. It must not write into the screen's proof of play or watchdog memory.
   */
  private simulated(): boolean {
    return this.params.at !== undefined || this.params.speed !== 1 || this.params.hold;
  }

  private datesKnown(): boolean {
    return this.params.at !== undefined || clockPlausible(Date.now(), __BUILD_TIME__);
  }

  /** What proof of play records: the slide on screen (the fallback when it failed), or the screen off. */
  private playSource() {
    const { state, asleepUntil, playlist } = this.rotation;
    const slide = state?.slide;
    const shown = slide && this.failedSlides.has(slide.id) ? fallbackSlide(this.bundle, slide.durationMs) : slide;
    return {
      enabled: !this.simulated(),
      step: shown ? { slide: shown } : asleepUntil !== undefined ? { offUntil: asleepUntil } : undefined,
      stepKey: state ?? asleepUntil,
      at: this.clock.now(),
      zone: this.bundle?.timeZone ?? DEFAULT_ZONE,
      screen: playlist?.screen.id ?? this.params.screen ?? '',
      contentVersion: this.contentVersion ?? '',
      appVersion: this.appVersion,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
    if (this.params.debug) this.toggleOverlay(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKey);
    clearInterval(this.overlayTimer);
  }

  private toggleOverlay(open: boolean): void {
    this.debug = open;
    clearInterval(this.overlayTimer);
    if (open && !this.statusTools) {
      import('../kiosk/status-tools')
        .then((tools) => {
          this.statusTools = tools;
          this.requestUpdate();
        })
        .catch((error: unknown) => this.logError(`status overlay could not load: ${String(error)}`));
    }
    if (open) {
      // Refreshed every second while open, and not at all while closed.
      this.overlayTimer = setInterval(() => {
        void this.proofOfPlay.refreshCount();
        this.requestUpdate();
      }, 1000);
      void this.proofOfPlay.refreshCount();
    }
  }

  private receive(bundle: Bundle, source: ContentSource): void {
    if (!this.bundle) {
      this.contentSource = source;
      this.adopt(bundle);
      this.rotation.advance();
    } else if (this.rotation.asleepUntil !== undefined) {
      // Asleep in the off hours there is no slide to finish: a bundle that changes those hours
      // (kept on for an evening event) is obeyed at once, not at the next minute's look at the clock.
      this.pending = bundle;
      this.rotation.advance();
    } else {
      this.pending = bundle;
    }
  }

  private adopt(bundle: Bundle): void {
    const first = !this.bundle;
    this.bundle = bundle;
    this.contentVersion = bundle.version;
    if (first && this.params.at !== undefined) {
      const start = parseAt(this.params.at, bundle.timeZone);
      if (start === undefined) this.logError(`?at=${this.params.at} is not a date; showing the real time`);
      this.clock = start === undefined ? scaledClock(Date.now(), this.params.speed) : scaledClock(start, this.params.speed);
      this.clockTicks.restart();
    } else if (first && this.params.speed !== 1) {
      this.clock = scaledClock(Date.now(), this.params.speed);
      this.clockTicks.restart();
    }
  }

  /** The moment a waiting bundle or build may take over: between two slides, never during one. */
  private atSlideBoundary(): void {
    this.updates.applyIfWaiting();
    if (this.pending) {
      this.adopt(this.pending);
      this.pending = undefined;
      this.failedSlides.clear();
    }
  }

  logError(message: string): void {
    console.error(`[signage] ${message}`);
    this.errors.push({ at: Date.now(), message });
    if (this.errors.length > 50) this.errors.shift();
  }

  protected override willUpdate(_changed: PropertyValues): void {
    this.wakeLock = this.kiosk.wakeLock;
    this.screenOff = this.rotation.asleepUntil !== undefined;
    this.clockState = clockPlausible(Date.now(), __BUILD_TIME__) ? 'ok' : 'implausible';
    const pending = this.watchdogs.status.pending;
    this.watchdog = pending
      ? `reload in ${Math.max(0, Math.round((pending.reloadAt - Date.now()) / 1000))} s: ${pending.reason}`
      : undefined;
    const since = this.staleSince();
    this.stale = since === undefined ? undefined : updatedAtLabel(since, this.bundle?.timeZone ?? DEFAULT_ZONE);
    this.contentError = this.content.status.error;
    // Where the content on screen came from; a bundle waiting for the next slide does not count yet.
    if (!this.pending && this.content.status.source) this.contentSource = this.content.status.source;
    const current = this.rotation.state?.slide;
    this.slide = current?.id;
    this.phase = this.rotation.playlist?.phaseId;
    this.state = !current ? 'loading' : this.rotation.playlist?.fallback ? 'fallback' : 'playing';
  }

  /**
   * Stale only when the server was tried since start and could not give the newest content; with
   * a wrong device clock the age of anything is unknown, so nothing is claimed.
   */
  private staleSince(): number | undefined {
    const status = this.content.status;
    if (!this.bundle || status.lastAttemptAt === undefined || (status.failures === 0 && !status.error) || this.clockState === 'implausible')
      return undefined;
    return staleSince(
      Date.now(),
      status.contentSavedAt,
      status.unconfirmedSince ?? this.startedAt,
      __BUILD_TIME__,
      this.bundle.settings.staleAfterHours,
    );
  }

  protected override updated(): void {
    this.proofOfPlay.record();
    // Nothing to protect from burn-in on a black screen, and no style work while it is off.
    if (this.screenOff) return;
    const shift = burnInShift(this.clock.now());
    this.style.setProperty('--burn-in-x', `${shift.x}px`);
    this.style.setProperty('--burn-in-y', `${shift.y}px`);
  }

  private renderOverlay(tools: StatusTools) {
    const now = Date.now();
    const zone = this.bundle?.timeZone ?? DEFAULT_ZONE;
    const screen = this.bundle ? screenFor(this.bundle, this.params.screen) : undefined;
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    const rows = tools.statusRows({
      now,
      zone,
      appVersion: this.appVersion,
      builtAt: __BUILD_TIME__,
      startedAt: this.startedAt,
      worker: { ...this.updates.status, state: this.updates.describe() },
      content: { version: this.contentVersion, ...this.content.status },
      online: navigator.onLine,
      clockPlausible: this.clockState === 'ok',
      simulatedNow: this.clock === systemClock ? undefined : this.clock.now(),
      staleSince: this.staleSince(),
      staleAfterHours: this.bundle?.settings.staleAfterHours ?? SETTING_DEFAULTS.staleAfterHours,
      screen: screen ? `${screen.id} (${screen.name})` : '—',
      offHours: screen?.offHours,
      asleepUntil: this.rotation.asleepUntil,
      wakeLock: this.wakeLock,
      watchdog: this.watchdogs.status,
      playLogCount: this.proofOfPlay.count,
      heapBytes: memory?.usedJSHeapSize,
    });
    const errors = [...this.errors]
      .reverse()
      .slice(0, 12)
      .map((error) => ({ at: momentLabel(error.at, zone), message: error.message }));
    return html`<status-overlay
      .rows=${rows}
      .errors=${errors}
      .exportNote=${this.proofOfPlay.exportNote}
      @export-play-log=${() => void this.proofOfPlay.exportCsv()}
      @close=${() => this.toggleOverlay(false)}
    ></status-overlay>`;
  }

  protected override render() {
    const overlay = this.debug && this.statusTools ? this.renderOverlay(this.statusTools) : nothing;
    // Off hours: black and still. No clock, no animation, nothing to lay out until it wakes.
    if (this.screenOff)
      return html`<div class="off"></div>
        ${overlay}`;
    const bundle = this.bundle;
    const datesKnown = this.datesKnown();
    const now = this.clock.now();
    const zone = bundle?.timeZone ?? DEFAULT_ZONE;
    const phase = this.rotation.playlist?.phase;
    const current = this.rotation.state?.slide;
    const screen = this.rotation.playlist?.screen;
    // The slogans the schedule plays now (validity windows and phases applied; none under an urgent notice).
    const tickerItems = (this.rotation.playlist?.slides ?? []).flatMap((slide) => (slide.kind === 'slogan' ? [slide.text] : []));
    const notices = [this.params.refused].filter((notice): notice is string => notice !== undefined);
    return html`
      <signage-header
        party=${bundle?.organization.party ?? 'ĐẢNG CỘNG SẢN VIỆT NAM'}
        unit=${bundle?.organization.committee ?? ''}
        .phaseLabel=${phase ? `Đợt ${phase.number} · ${phase.dateLabel}` : ''}
        .clock=${datesKnown ? clockLabel(now, zone) : ''}
        .day=${datesKnown ? dayLabel(now, zone) : ''}
      ></signage-header>
      <main class="stage" aria-live="off">
        ${current ? keyed(current.id, renderSlide(this.failedSlides.has(current.id) ? fallbackSlide(bundle) : current)) : html`<div class="loading">${bundle?.organization.unit ?? ''}</div>`}
      </main>
      ${screen?.ticker && tickerItems.length > 0 ? html`<signage-ticker .items=${tickerItems}></signage-ticker>` : nothing}
      ${notices.map((notice) => html`<p class="notice" role="status">${notice}</p>`)}
      ${this.stale ? html`<p class="notice stale" role="status">Nội dung cập nhật lúc ${this.stale}</p>` : nothing} ${overlay}
    `;
  }
}
customElements.define('signage-app', SignageApp);

declare global {
  interface HTMLElementTagNameMap {
    'signage-app': SignageApp;
  }
}
