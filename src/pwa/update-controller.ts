/**
 * The service worker, registered from this module (no inline script, so the CSP needs no
 * 'unsafe-inline'), with an update policy for a screen nobody touches:
 * - a kiosk never navigates, so the browser never looks for a new worker by itself: we ask
 *   (registration.update()) every `intervalMs`;
 * - a new worker waits; the player tells it to take over at a slide boundary, then reloads once
 *   when it controls the page — never mid-slide, never twice in a row (a reload-loop guard).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Workbox } from 'workbox-window';
import { workerUrl } from './worker-url';
import { nextPollDelay } from '../content/backoff';
import { boundedDelay } from '../browser/bounded-delay';
import { controllerChangedSince, reloadOnce } from './follow-build';
const PRECACHE_PREFIX = 'workbox-precache';
const STUCK_UPDATE_MS = 60_000;
/** A failed first install is tried again after this (or the update interval, if shorter), doubling up to the interval. */
const INSTALL_RETRY_MS = 30_000;

export interface UpdateStatus {
  supported: boolean;
  /** installing, waiting, activated, controlling, redundant, or an error message */
  state: string;
  updateWaiting: boolean;
  lastCheckAt: number | undefined;
  /** First installs that failed in a row (a precached file could not be fetched or stored). */
  installFailures: number;
  /** When the next install is tried, while none has succeeded (device time). */
  installRetryAt: number | undefined;
  /** Why the last install failed. */
  installError: string | undefined;
}

export interface UpdateOptions {
  /** The service worker's script (sw.js beside the page). */
  scriptUrl: string;
  /** How long between two looks for a new build; read again before each. */
  intervalMs: () => number;
  /**
   * True while another tab of this profile plays and this one stands by (or did, until it took
   * over): it follows a new build by reloading.
   */
  standby?: () => boolean;
  /** The worker that controlled the page when it loaded, before this controller (loaded later) listened. */
  controllerAtLoad?: ServiceWorker | null;
  log: (message: string) => void;
}

export class UpdateController implements ReactiveController {
  status: UpdateStatus = {
    supported: 'serviceWorker' in navigator && import.meta.env.PROD,
    state: 'none',
    updateWaiting: false,
    lastCheckAt: undefined,
    installFailures: 0,
    installRetryAt: undefined,
    installError: undefined,
  };
  private workbox: Workbox | undefined;
  private registration: ServiceWorkerRegistration | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private applying = false;
  private askedAt: number | undefined;
  private recovering = false;
  /** Another tab made a new build take over while this one plays: reload into it at the next slide boundary. */
  private followPending = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: UpdateOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.status.supported || this.workbox) return;
    const workbox = new Workbox(workerUrl(this.options.scriptUrl));
    this.workbox = workbox;
    workbox.addEventListener('waiting', () => this.set({ updateWaiting: true, state: 'waiting' }));
    workbox.addEventListener('activated', () => this.set({ state: 'activated' }));
    // The platform's own event, not workbox-window's: the latter classifies a worker found by a later
    // update() as "external" and, depending on timing, may not report it at all.
    let controlled = navigator.serviceWorker.controller !== null;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      const wasControlled = controlled;
      controlled = true;
      this.set({ state: 'controlling' });
      // Only a switch the player asked for reloads the page. The first worker claiming the page it
      // was installed from, or a reinstall of the same build, needs no reload. A standby tab has no
      // slide boundary to wait for: a new build that took over (asked by the tab that plays) is
      // followed at once, so no tab stays on the old one.
      if (this.recovering) return;
      if (this.applying || (wasControlled && this.options.standby?.())) this.reloadOnce();
      // A tab that was granted the lock as the other reloaded may already play the old build: it
      // follows at its next slide boundary, never mid-slide, and never stays behind.
      else if (wasControlled) this.followPending = true;
    });
    // This controller loads after the first slide: a new build that took over before then was not
    // heard. A standby tab follows it now, as it would have on hearing it.
    if (this.options.controllerAtLoad !== undefined && controllerChangedSince(this.options.controllerAtLoad)) {
      if (this.options.standby?.()) this.reloadOnce();
      else this.followPending = true;
    }
    workbox
      .register()
      .then((registration) => (registration ? this.adopt(registration) : this.installFailed('registration failed')))
      .catch((error: unknown) => this.installFailed(`registration failed: ${String(error)}`));
  }

  /**
   * Offline-ready: a worker is active, so its precache (the app shell, the fonts, the built-in
   * content) was filled completely; a power cut with no network then still starts the player.
   */
  offlineReady(): { ready: true } | { ready: false; why: string } {
    if (!this.status.supported) return { ready: false, why: 'no service worker in this build or browser' };
    if (this.registration?.active) return { ready: true };
    const failures = this.status.installFailures;
    if (failures > 0)
      return {
        ready: false,
        why: `service worker not installed, ${failures} ${failures === 1 ? 'try' : 'tries'} so far, trying again (${this.status.installError ?? 'unknown'})`,
      };
    return { ready: false, why: 'service worker installing' };
  }

  /**
   * Follows a registration until it has an active worker (then the update checks start) or its
   * install failed (then it is tried again, with backoff, until it succeeds).
   */
  private adopt(registration: ServiceWorkerRegistration): void {
    this.registration = registration;
    if (registration.active) {
      this.installed();
      void this.ensurePrecache();
      return;
    }
    const worker = registration.installing ?? registration.waiting;
    if (!worker) return this.installFailed('no worker was installed');
    const onState = () => {
      if (registration.active) {
        worker.removeEventListener('statechange', onState);
        this.installed();
      } else if (worker.state === 'redundant') {
        worker.removeEventListener('statechange', onState);
        // A first install that ends with no active worker failed: a precached file 404s, storage refused it.
        this.installFailed('its first install failed: a file it keeps for offline use could not be fetched or stored');
      }
    };
    worker.addEventListener('statechange', onState);
  }

  private installed(): void {
    if (this.status.installFailures > 0) this.options.log('service worker installed: the screen is offline-ready');
    this.set({ installFailures: 0, installRetryAt: undefined, installError: undefined });
    this.schedule();
  }

  private installFailed(why: string): void {
    const failures = this.status.installFailures + 1;
    const interval = this.options.intervalMs();
    const base = Math.min(INSTALL_RETRY_MS, interval);
    const delay = boundedDelay(nextPollDelay(base, failures - 1, Math.random, Math.max(interval, base)), base);
    this.options.log(`service worker not installed (${why}); trying again in ${Math.round(delay / 1000)} s`);
    this.set({ state: `error: ${why}`, installFailures: failures, installRetryAt: Date.now() + delay, installError: why });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reinstall(), delay);
  }

  /** Registers the worker again after a failed first install. */
  private async reinstall(): Promise<void> {
    this.set({ state: 'installing again', installRetryAt: undefined });
    try {
      this.adopt(await navigator.serviceWorker.register(workerUrl(this.options.scriptUrl) as string));
    } catch (error) {
      this.installFailed(`registration failed: ${String(error)}`);
    }
  }

  /** The worker as the status overlay tells it: what is active, whether it controls the page, what waits. */
  describe(): string {
    if (!this.status.supported) return 'not used';
    const registration = this.registration;
    if (!registration) return this.status.state === 'none' ? 'registering' : this.status.state;
    const parts = [
      `active ${registration.active?.state ?? 'none'}`,
      navigator.serviceWorker.controller ? 'controls this page' : 'does not control this page',
    ];
    if (registration.installing) parts.push('new build installing');
    if (registration.waiting) parts.push('new build waiting');
    if (this.status.state.startsWith('error')) parts.push(this.status.state);
    return parts.join(', ');
  }

  /** Ask the server for a new build now. */
  async check(): Promise<void> {
    // With a new build already waiting or installing there is nothing to look for, and an update
    // job running beside its activation can hold the activation back.
    if (!this.registration || this.registration.waiting || this.registration.installing) return;
    // No worker at all (its first install failed): update() would throw InvalidStateError.
    if (!this.registration.active) return;
    this.set({ lastCheckAt: Date.now() });
    try {
      await this.registration.update();
    } catch (error) {
      // Offline or server down: the next check will try again.
      this.options.log(`update check failed: ${String(error)}`);
    }
  }

  /**
   * Called by the player at a slide boundary. Returns true when a waiting build is being
   * activated: the page will reload as soon as it takes control.
   */
  applyIfWaiting(): boolean {
    if (this.followPending && !this.recovering) {
      this.options.log('another tab made a new build take over: reloading into it at this slide boundary');
      this.followPending = false;
      this.reloadOnce();
      return true;
    }
    const waiting = this.registration?.waiting;
    if (!waiting || this.recovering) return this.applying;
    if (!this.applying) {
      this.applying = true;
      this.set({ updateWaiting: true, state: 'activating the new build' });
    }
    // Asked again at each boundary until it takes over: a message lost to a busy worker costs one slide.
    waiting.postMessage({ type: 'SKIP_WAITING' });
    // Still waiting long after it was asked (the old worker kept busy): a reload lets it take over.
    if (this.askedAt === undefined) this.askedAt = Date.now();
    else if (Date.now() - this.askedAt > STUCK_UPDATE_MS) {
      this.options.log('the new build is still waiting a minute after it was asked to take over: reloading');
      this.reloadOnce();
    }
    return true;
  }

  private reloadOnce(): void {
    void reloadOnce(this.options.log);
  }

  /**
   * If the app shell's cache was cleared (storage pressure, a user, a test), the next power cut
   * with no network would leave the screen with nothing to start. Installing the worker again
   * re-fills it: a new script URL makes the browser install it even though the build is the same,
   * and it takes over at once (same build, so no reload).
   */
  private async ensurePrecache(): Promise<void> {
    if (!('caches' in globalThis) || !this.registration?.active || this.recovering) return;
    let entries: number;
    try {
      const names = await caches.keys();
      const precache = names.find((name) => name.startsWith(PRECACHE_PREFIX));
      entries = precache ? (await (await caches.open(precache)).keys()).length : 0;
    } catch (error) {
      // CacheStorage itself broken: nothing to repair from here, and nothing to reject uncaught
      // (the watchdog would take that for a broken page and reload it).
      this.options.log(`app shell cache cannot be read: ${String(error)}`);
      return;
    }
    if (entries > 0) return;
    this.recovering = true;
    this.options.log('app shell cache is missing: installing the service worker again');
    try {
      const registration = await navigator.serviceWorker.register(workerUrl(`${this.options.scriptUrl}?reinstall=${Date.now()}`) as string);
      const worker = registration.installing ?? registration.waiting;
      await new Promise<void>((resolve) => {
        if (!worker) return resolve();
        const onState = () => {
          if (worker.state === 'installed') worker.postMessage({ type: 'SKIP_WAITING' });
          if (worker.state === 'activated' || worker.state === 'redundant') {
            worker.removeEventListener('statechange', onState);
            resolve();
          }
        };
        worker.addEventListener('statechange', onState);
        onState();
      });
      this.registration = registration;
      this.set({ state: 'reinstalled' });
    } catch (error) {
      this.options.log(`reinstalling the service worker failed: ${String(error)}`);
    } finally {
      this.recovering = false;
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        void this.check().then(() => this.ensurePrecache());
        this.schedule();
      },
      boundedDelay(this.options.intervalMs(), 3600_000),
    );
  }

  private set(change: Partial<UpdateStatus>): void {
    this.status = { ...this.status, ...change };
    this.host.requestUpdate();
  }
}
