import { html, nothing, type PropertyValues } from 'lit';
import { tokens } from '../styles/tokens';
import { stage } from '../styles/stage';
import { DEFAULT_ZONE, SETTING_DEFAULTS } from '../content/defaults';
import type { Bundle } from '../content/schema';
import type { ContentSource } from '../content/load';
import { screenFor } from '../schedule/playlist';
import { systemClock } from '../schedule/clock';
import { momentLabel } from '../schedule/format';
import { frameChrome } from '../schedule/frame-chrome';
import { nothingCurrentSince } from '../schedule/current';
import { readParams, type PlayerParams } from '../player/params';
import { ClockController } from '../player/clock-controller';
import { RotationController } from '../player/rotation-controller';
import { ContentController } from '../player/content-controller';
import { BundleHandover } from '../player/bundle-handover';
import type { UpdateController } from '../pwa/update-controller';
import { controllerChangedSince, currentController, reloadOnce } from '../pwa/follow-build';
import type { KioskController } from '../kiosk/kiosk-controller';
import type { WatchdogController } from '../kiosk/watchdog-controller';
import { NO_WATCHDOG_YET, watchEarlyErrors, type EarlyErrors } from '../kiosk/early-errors';
import type { ProofOfPlayController, PlaySource } from '../kiosk/proof-of-play-controller';
import { SinglePlayerController } from '../kiosk/single-player-controller';
import { monitoring } from '../kiosk/monitoring';
import { burnInShift } from '../kiosk/burn-in';
import '../elements/signage-header';
import '../elements/signage-ticker';
import { SlideLayers } from './slide-layers';
import { StatusOverlayController, type StatusTools } from './status-overlay-controller';
import { AfterFirstSlideController } from './after-first-slide';
import { signageAppStyles } from './signage-app.styles';
import { PlayerAttributes } from './player-attributes';
import { playerNotices } from './player-notices';
import { firstPaintSlide } from '../first-paint/start-at';

/**
 * The whole player: the composition root. Its controllers own the clock, the content, the
 * rotation, app updates, the kiosk, the watchdog, proof of play and the status overlay; it wires
 * them together, takes a new bundle at a slide boundary, and renders the frame plus one slide
 * element. The schedule engine decides what that slide is.
 *
 * Reflected attributes (for monitoring and tests): see player-attributes.ts, which declares them;
 * most are derived in kiosk/monitoring.ts. When a new bundle takes over is player/bundle-handover.ts's.
 */
export class SignageApp extends PlayerAttributes {
  static override styles = [tokens, stage, signageAppStyles];

  readonly params: PlayerParams;
  readonly errors: { at: number; message: string }[] = [];
  /** The bundle on screen, the one waiting for a slide boundary, and the slides that failed. */
  private readonly handover = new BundleHandover();
  /** The slide on screen and the next one, prepared behind it. */
  private readonly layers = new SlideLayers(
    this,
    (slide) => this.handover.shown(slide),
    () => this.later.whenStarted,
  );
  /** Device time the page started, for uptime and for content that never reached the server. */
  private readonly startedAt = Date.now();
  /** The service worker that served this page's build (the update checks load later). */
  private readonly controllerAtLoad = currentController();
  /** Since when the content on screen is stale (device time), as last derived. */
  private staleSince: number | undefined;
  /** The page's first slide step: it appears at once, with no entrance (nothing was on screen before it). */
  private firstStep: unknown;
  private readonly time: ClockController;
  private readonly rotation: RotationController;
  private readonly content: ContentController;
  /** Loaded after the first slide (see AfterFirstSlideController), like proof of play. */
  private updates: UpdateController | undefined;
  /** The wake lock, the blocked context menu and the idle pointer: loaded after the first slide too. */
  private kiosk: KioskController | undefined;
  /** The watchdog loads after the first slide; until then `early` keeps the page's errors for it. */
  private watchdogs: WatchdogController | undefined;
  private readonly early: EarlyErrors;
  private proofOfPlay: ProofOfPlayController | undefined;
  private readonly later: AfterFirstSlideController;
  private readonly overlay: StatusOverlayController;
  private readonly single: SinglePlayerController;
  /** The fleet reporter (`?device=`, ./fleet-wiring.ts), loaded after the first slide; attached by updated(). */
  private attachFleet: (() => void) | undefined;

  constructor() {
    super();
    // First: the page's errors from here on are kept for the watchdog, which loads after the first slide.
    this.early = watchEarlyErrors();
    this.params = readParams(location.href);
    const log = (message: string) => this.logError(message);
    this.time = new ClockController(this, { params: this.params, log });
    this.rotation = new RotationController(this, {
      source: () => ({
        clock: this.time.clock,
        bundle: this.bundle,
        screenId: this.params.screen,
        startAt: this.params.slide ?? firstPaintSlide(),
        hold: this.params.hold,
        minSlideMs: this.params.minSlideMs,
        datesKnown: this.time.datesKnown(),
        skip: (slide) => this.handover.skips(slide),
      }),
      atBoundary: () => this.atSlideBoundary(),
    });
    this.content = new ContentController(this, {
      contentUrl: this.params.contentUrl,
      defaultUrl: new URL('content/default-bundle.json', location.href).href,
      defaultHash: __DEFAULT_BUNDLE_HASH__,
      // The checker is for bundles not seen yet: it loads after the first slide (the stored or built-in one).
      afterFirstSlide: () => this.later.whenStarted,
      onBundle: (bundle, source) => this.receive(bundle, source),
      pollOverrideSeconds: this.params.pollSeconds,
      // A second player tab of this profile loads nothing until it may play.
      active: () => this.single.role === 'player',
    });
    // One player per browser profile (a Web Lock); previews on a chosen clock play beside it.
    this.single = new SinglePlayerController(this, {
      enabled: !this.time.simulated,
      onPlay: () => {
        // The tab that played made a new build take over, then reloaded into it or closed: this
        // one, granted the lock, follows that build rather than play the old one.
        if (this.single.stoodBy && controllerChangedSince(this.controllerAtLoad) && reloadOnce(log)) return;
        this.content.resume();
      },
      log,
    });
    // What the first slide does not need: one dynamic import() a part, started once it is painted.
    this.later = new AfterFirstSlideController(this, {
      shown: () => this.layers.showing || this.rotation.asleepUntil !== undefined || this.single.role === 'standby',
      log,
    });
    this.later.add('watchdog', async () => {
      const { attachWatchdog } = await import('./watchdog-wiring');
      this.watchdogs = attachWatchdog(this, this.early, log, () => [this.bundle, this.time, this.rotation]);
    });
    this.later.add('update checks', async () => {
      const { UpdateController } = await import('../pwa/update-controller');
      this.updates = new UpdateController(this, {
        scriptUrl: new URL('sw.js', location.href).href,
        intervalMs: () =>
          (this.params.updateCheckSeconds ?? this.bundle?.settings.updateCheckSeconds ?? SETTING_DEFAULTS.updateCheckSeconds) * 1000,
        // A standby tab never reaches a slide boundary: it reloads into the new build as soon as it takes over
        // (so does one granted the lock before it heard of that build, while it has shown no slide).
        standby: () => this.single.role === 'standby' || (this.single.stoodBy && this.rotation.state === undefined),
        controllerAtLoad: this.controllerAtLoad,
        log,
      });
    });
    this.later.add('proof of play', async () => {
      const { ProofOfPlayController } = await import('../kiosk/proof-of-play-controller');
      this.proofOfPlay = new ProofOfPlayController(this, { source: () => this.playSource(), log });
    });
    this.later.add('kiosk', async () => {
      const { KioskController } = await import('../kiosk/kiosk-controller');
      this.kiosk = new KioskController(this);
    });
    // The slogan on screen, kept for the next start's first paint (src/first-paint/).
    this.later.add('first paint', () => import('../first-paint/capture').then(({ keepFirstPaint }) => keepFirstPaint(this)));
    if (this.params.fleet)
      this.later.add('fleet reporter', async () => {
        const { attachFleet } = await import('./fleet-wiring');
        this.attachFleet = () =>
          attachFleet(this, () => [this.bundle, this.content, this.watchdogs?.status ?? NO_WATCHDOG_YET, this.startedAt, this.rotation]);
      });
    this.overlay = new StatusOverlayController(this, {
      openAtStart: this.params.debug,
      refresh: () => void this.proofOfPlay?.refreshCount(),
      log,
    });
    // A clip that played to its end gives way at once (its slide was planned at the screen's maximum).
    this.addEventListener('video-ended', () => this.params.hold || this.rotation.skipSoon());
    this.addEventListener('slide-failed', (event) => {
      const id = event.detail.id;
      this.logError(`slide ${id ?? '?'} failed to render: ${String(event.detail.error)}`);
      // Until the content changes, that slide's turn shows the organisation and the clock instead.
      if (id) this.handover.slideFailed(id);
      this.rotation.skipSoon();
    });
  }

  logError(message: string): void {
    console.error(`[signage] ${message}`);
    this.errors.push({ at: Date.now(), message });
    if (this.errors.length > 50) this.errors.shift();
  }

  /** What proof of play records: the slide on screen (the fallback when it failed), or the screen off. */
  private playSource(): PlaySource {
    const { state, asleepUntil, playlist } = this.rotation;
    const slide = state?.slide;
    const shown = slide && this.handover.shown(slide);
    return {
      enabled: !this.time.simulated && this.single.role === 'player',
      step: shown ? { slide: shown } : asleepUntil !== undefined ? { offUntil: asleepUntil } : undefined,
      stepKey: state ?? asleepUntil,
      at: this.time.clock.now(),
      zone: this.bundle?.timeZone ?? DEFAULT_ZONE,
      screen: playlist?.screen.id ?? this.params.screen ?? '',
      contentVersion: this.contentVersion ?? '',
      appVersion: this.appVersion,
    };
  }

  private get bundle(): Bundle | undefined {
    return this.handover.current;
  }

  private receive(bundle: Bundle, source: ContentSource): void {
    const arrival = this.handover.receive(bundle, source, this.contentSource, this.rotation.asleepUntil !== undefined);
    if (arrival === 'now') {
      this.contentSource = source;
      this.adopted(bundle);
      this.rotation.restart();
    } else if (arrival === 'wake') {
      this.rotation.advance();
    }
  }

  private adopted(bundle: Bundle): void {
    this.contentVersion = bundle.version;
    // ?at= is read in the first bundle's zone.
    this.time.chooseIn(bundle.timeZone);
  }

  /** The moment a waiting bundle or build may take over: between two slides, never during one. */
  private atSlideBoundary(): void {
    this.updates?.applyIfWaiting();
    const next = this.handover.atBoundary();
    if (next) this.adopted(next);
  }

  protected override willUpdate(_changed: PropertyValues): void {
    const { playlist, state, asleepUntil } = this.rotation;
    const shown = monitoring({
      now: Date.now(),
      builtAt: __BUILD_TIME__,
      startedAt: this.startedAt,
      zone: this.bundle?.timeZone ?? DEFAULT_ZONE,
      staleAfterHours: this.bundle?.settings.staleAfterHours,
      bundleWaiting: this.handover.pending !== undefined,
      rotation: {
        slideId: state?.slide.id,
        phaseId: playlist?.phaseId,
        fallback: playlist?.fallback === true,
        asleep: asleepUntil !== undefined,
      },
      content: this.content.status,
      shownSource: this.contentSource,
      watchdogPending: this.watchdogs?.status.pending,
      standby: this.single.role === 'standby',
      worker: this.updates?.offlineReady() ?? { ready: false, why: 'service worker registering after the first slide' },
      notKept: this.content.status.notKept,
    });
    this.reflect(shown);
    this.staleSince = shown.staleSince;
    this.wakeLock = this.kiosk?.wakeLock ?? 'released';
    this.debug = this.overlay.open;
  }

  protected override updated(): void {
    // A tab on standby does not report (the one that plays does): attached once this one shows a slide.
    if (this.attachFleet && (this.slide || this.screenOff)) {
      this.attachFleet();
      this.attachFleet = undefined;
    }
    // Nothing to protect from burn-in on a black screen, and no style work while it is off.
    if (this.screenOff) return;
    const shift = burnInShift(this.time.clock.now());
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
      worker: this.updates
        ? { ...this.updates.status, state: this.updates.describe() }
        : { supported: true, state: 'registering after the first slide', updateWaiting: false, lastCheckAt: undefined },
      content: { version: this.contentVersion, ...this.content.status },
      offlineReady: this.offlineReady,
      storage: this.content.status.storage,
      standby: this.single.role === 'standby',
      online: navigator.onLine,
      clockPlausible: this.clockState === 'ok',
      simulatedNow: this.time.clock === systemClock ? undefined : this.time.clock.now(),
      staleSince: this.staleSince,
      staleAfterHours: this.bundle?.settings.staleAfterHours ?? SETTING_DEFAULTS.staleAfterHours,
      nothingCurrent: this.bundle && this.time.datesKnown() ? nothingCurrentSince(this.bundle, this.time.clock.now()) : undefined,
      screen: screen ? `${screen.id} (${screen.name})` : '—',
      offHours: screen?.offHours,
      asleepUntil: this.rotation.asleepUntil,
      wakeLock: this.wakeLock,
      watchdog: this.watchdogs?.status ?? NO_WATCHDOG_YET,
      playLogCount: this.proofOfPlay?.count,
      heapBytes: memory?.usedJSHeapSize,
    });
    const errors = [...this.errors]
      .reverse()
      .slice(0, 12)
      .map((error) => ({ at: momentLabel(error.at, zone), message: error.message }));
    return html`<status-overlay
      .rows=${rows}
      .errors=${errors}
      .exportNote=${this.proofOfPlay?.exportNote ?? ''}
      @export-play-log=${() => void this.proofOfPlay?.exportCsv()}
      @close=${() => this.overlay.toggle(false)}
    ></status-overlay>`;
  }

  protected override render() {
    const overlay = this.debug && this.overlay.tools ? this.renderOverlay(this.overlay.tools) : nothing;
    // Off hours: black and still. No clock, no animation, nothing to lay out until it wakes.
    if (this.screenOff)
      return html`<div class="off"></div>
        ${overlay}`;
    const bundle = this.bundle;
    const chrome = frameChrome(bundle, this.rotation.playlist, this.time.clock.now(), this.time.datesKnown(), this.rotation.state?.slide);
    const current = this.rotation.state?.slide;
    this.firstStep ??= this.rotation.state;
    const notices = playerNotices(this.single.role === 'standby', [...this.params.refused, this.time.refused]);
    return html`
      <signage-header
        party=${chrome.party}
        unit=${chrome.unit}
        .phaseLabel=${chrome.phaseLabel}
        .clock=${chrome.clock}
        .day=${chrome.day}
      ></signage-header>
      <main class="stage ${this.rotation.state === this.firstStep ? 'at-once' : ''}" aria-live="off">
        ${(current && this.layers.render(this.rotation)) ?? html`<div class="loading">${bundle?.organization.unit ?? ''}</div>`}
      </main>
      ${chrome.ticker.length > 0 ? html`<signage-ticker .items=${chrome.ticker}></signage-ticker>` : nothing}
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
