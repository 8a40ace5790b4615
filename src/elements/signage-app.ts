import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { tokens } from '../styles/tokens';
import type { Bundle } from '../content/schema';
import { fallbackSlide, type Slide } from '../schedule/playlist';
import { parseAt, scaledClock, systemClock, type Clock } from '../schedule/clock';
import { clockLabel, dayLabel } from '../schedule/format';
import { readParams, type PlayerParams } from '../player/params';
import { RotationController } from '../player/rotation-controller';
import { ClockController } from '../player/clock-controller';
import { ContentController, type ContentSource } from '../player/content-controller';
import { UpdateController } from '../pwa/update-controller';
import { KioskController } from '../kiosk/kiosk-controller';

const DEFAULT_UPDATE_CHECK_SECONDS = 3600;
import './signage-header';
import './signage-ticker';
import './slide-slogan';
import './slide-phase';
import './slide-milestone';
import './slide-theme';
import './slide-countdown';
import './slide-timeline';
import './slide-announcement';
import './slide-fallback';

export type PlayerState = 'loading' | 'playing' | 'fallback';

/**
 * The whole player. It owns the clock, the content and the rotation (each in a controller) and
 * renders the frame plus one slide element; the schedule engine decides what that slide is.
 *
 * Reflected attributes (for monitoring and tests): `state`, `phase`, `slide`, `content-version`,
 * `content-source`, `content-error`.
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
  readonly errors: { at: number; message: string }[] = [];
  private readonly failedSlides = new Set<string>();

  static override styles = [
    tokens,
    css`
      :host {
        position: fixed;
        inset: 0;
        display: grid;
        grid-template-rows: auto minmax(0, 1fr) auto auto;
        /* Solid colours behind text: contrast is then exact, and checkable by axe. */
        background: var(--red);
        overflow: hidden;
        cursor: none;
        user-select: none;
      }
      .stage {
        position: relative;
        min-height: 0;
        overflow: hidden;
        margin: 1.2vmin;
        outline: 0.3vmin solid var(--gold);
        outline-offset: -0.3vmin;
      }
      .stage > * {
        position: absolute;
        inset: 0;
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
    this.params = readParams(location.href);
    this.clock = systemClock;
    this.rotation = new RotationController(
      this,
      () => ({ clock: this.clock, bundle: this.bundle, screenId: this.params.screen, startAt: this.params.slide, hold: this.params.hold, minSlideMs: this.params.minSlideMs }),
      () => this.atSlideBoundary(),
    );
    this.clockTicks = new ClockController(this, () => this.clock);
    this.content = new ContentController(this, this.params.contentUrl, new URL('content/default-bundle.json', location.href).href, (bundle, source) => this.receive(bundle, source), this.params.pollSeconds);
    this.updates = new UpdateController(
      this,
      new URL('sw.js', location.href).href,
      () => (this.params.updateCheckSeconds ?? this.bundle?.settings.updateCheckSeconds ?? DEFAULT_UPDATE_CHECK_SECONDS) * 1000,
      (message) => this.logError(message),
    );
    this.kiosk = new KioskController(this);
    this.addEventListener('slide-failed', (event) => {
      const id = event.detail.id;
      this.logError(`slide ${id ?? '?'} failed to render: ${String(event.detail.error)}`);
      // Until the content changes, that slide's turn shows the organisation and the clock instead,
      // so a playlist of one broken slide cannot spin; the move on is a task, never a tight loop.
      if (id) this.failedSlides.add(id);
      setTimeout(() => this.rotation.advance(), 0);
    });
  }

  private receive(bundle: Bundle, source: ContentSource): void {
    if (!this.bundle) {
      this.contentSource = source;
      this.adopt(bundle);
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
    this.contentError = this.content.status.error;
    // Where the content on screen came from; a bundle waiting for the next slide does not count yet.
    if (!this.pending && this.content.status.source) this.contentSource = this.content.status.source;
    const current = this.rotation.state?.slide;
    this.slide = current?.id;
    this.phase = this.rotation.playlist?.phaseId;
    this.state = !current ? 'loading' : this.rotation.playlist?.fallback ? 'fallback' : 'playing';
  }

  private renderSlide(slide: Slide) {
    switch (slide.kind) {
      case 'slogan':
        return html`<slide-slogan .slide=${slide}></slide-slogan>`;
      case 'phase':
        return html`<slide-phase .slide=${slide}></slide-phase>`;
      case 'milestone':
        return html`<slide-milestone .slide=${slide}></slide-milestone>`;
      case 'theme':
        return html`<slide-theme .slide=${slide}></slide-theme>`;
      case 'countdown':
        return html`<slide-countdown .slide=${slide}></slide-countdown>`;
      case 'timeline':
        return html`<slide-timeline .slide=${slide}></slide-timeline>`;
      case 'announcement':
        return html`<slide-announcement .slide=${slide}></slide-announcement>`;
      case 'fallback':
        return html`<slide-fallback .slide=${slide}></slide-fallback>`;
    }
  }

  protected override render() {
    const bundle = this.bundle;
    const now = this.clock.now();
    const zone = bundle?.timeZone ?? 'Asia/Ho_Chi_Minh';
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
        .clock=${clockLabel(now, zone)}
        .day=${dayLabel(now, zone)}
      ></signage-header>
      <main class="stage" aria-live="off">${current ? keyed(current.id, this.renderSlide(this.failedSlides.has(current.id) ? fallbackSlide(bundle) : current)) : html`<div class="loading">${bundle?.organization.unit ?? ''}</div>`}</main>
      ${screen?.ticker && tickerItems.length > 0 ? html`<signage-ticker .items=${tickerItems}></signage-ticker>` : nothing}
      ${notices.map((notice) => html`<p class="notice" role="status">${notice}</p>`)}
    `;
  }
}
customElements.define('signage-app', SignageApp);

declare global {
  interface HTMLElementTagNameMap {
    'signage-app': SignageApp;
  }
}
