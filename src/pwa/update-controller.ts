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

const RELOAD_GUARD_KEY = 'signage:sw-reload-at';
/** A second update-reload sooner than this after the last one is taken as a loop and skipped. */
const RELOAD_GUARD_MS = 60_000;
const PRECACHE_PREFIX = 'workbox-precache';
const STUCK_UPDATE_MS = 60_000;

export interface UpdateStatus {
  supported: boolean;
  /** installing, waiting, activated, controlling, redundant, or an error message */
  state: string;
  updateWaiting: boolean;
  lastCheckAt: number | undefined;
}

export interface UpdateOptions {
  /** The service worker's script (sw.js beside the page). */
  scriptUrl: string;
  /** How long between two looks for a new build; read again before each. */
  intervalMs: () => number;
  log: (message: string) => void;
}

export class UpdateController implements ReactiveController {
  status: UpdateStatus = {
    supported: 'serviceWorker' in navigator && import.meta.env.PROD,
    state: 'none',
    updateWaiting: false,
    lastCheckAt: undefined,
  };
  private workbox: Workbox | undefined;
  private registration: ServiceWorkerRegistration | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private applying = false;
  private askedAt: number | undefined;
  private recovering = false;

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
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      this.set({ state: 'controlling' });
      // Only a switch the player asked for reloads the page. The first worker claiming the page it
      // was installed from, or a reinstall of the same build, needs no reload.
      if (this.applying && !this.recovering) this.reloadOnce();
    });
    workbox
      .register()
      .then((registration) => {
        this.registration = registration;
        void this.ensurePrecache();
        this.schedule();
      })
      .catch((error: unknown) => {
        this.set({ state: `error: ${String(error)}` });
        this.options.log(`service worker registration failed: ${String(error)}`);
      });
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
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
    const now = Date.now();
    const last = Number(sessionStorage.getItem(RELOAD_GUARD_KEY) ?? 0);
    if (now - last < RELOAD_GUARD_MS) {
      this.options.log('new build took control again within a minute of the last reload: not reloading (loop guard)');
      return;
    }
    sessionStorage.setItem(RELOAD_GUARD_KEY, String(now));
    location.reload();
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
    this.timer = setTimeout(() => {
      void this.check().then(() => this.ensurePrecache());
      this.schedule();
    }, this.options.intervalMs());
  }

  private set(change: Partial<UpdateStatus>): void {
    this.status = { ...this.status, ...change };
    this.host.requestUpdate();
  }
}
