import { html, css, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { DateTime } from 'luxon';
import { PreviewElement, boundProperties } from './element-base';
import { previewBase, listTable } from './preview-styles';
import { screensText, type ScreensKey } from './preview-screens.strings';
import { columnHeads } from './column-heads';
import { RefreshController } from './refresh-controller';
import { PublishError, type DavClient } from '../publish/webdav';
import { bundleOfVersion, readFleet, type FleetSnapshot } from '../fleet/fleet-read';
import { sortByConcern, type DeviceHealth, type Problem } from '../fleet/health';
import type { Bundle } from '../content/schema';
import { itemLabel } from '../fleet/plays';
import { storageFigures } from '../fleet/storage-figures';
import { dateSpanLabel } from '../schedule/format';
import './preview-screen-now';
import './preview-plays';

const ZONE = 'Asia/Ho_Chi_Minh';
export const REFRESH_MS = 30_000;

/**
 * The Screens tab: every device that reports to /fleet/, problems first (offline, trouble,
 * behind, then asleep and well), each with since when, what it showed at its last report as a
 * miniature, and the proof-of-play report below. Reads the server itself with the signed-in
 * account's client (editors and publishers may read /fleet/), every 30 s, and says when it last did.
 *
 * Reflects `refreshed` (the time of the last successful refresh, ISO) for tests and monitoring.
 */
export class PreviewScreens extends PreviewElement {
  static override properties = {
    ...boundProperties('client', 'newestApp', 'clock'),
    refreshed: { reflect: true },
    snapshot: { state: true },
    failure: { state: true },
    busy: { state: true },
    bundles: { state: true },
  };
  /** The signed-in staff account's client; undefined: not signed in. */
  declare client: DavClient | undefined;
  /** The newest build (the page's own): a screen on another is behind. */
  declare newestApp: string;
  /** Now: the page's clock (tests pin it). */
  declare clock: () => number;
  declare refreshed: string | undefined;
  declare snapshot: FleetSnapshot | undefined;
  declare failure: string | undefined;
  declare busy: boolean;
  /** The bundle of each reported version: null when the server has none. */
  declare bundles: ReadonlyMap<string, Bundle | null>;
  private readonly refresher: RefreshController;

  static override styles = [
    previewBase,
    listTable,
    css`
      .bar {
        display: flex;
        gap: 1rem;
        align-items: center;
        flex-wrap: wrap;
        margin: 0 0 0.8rem;
      }
      .badge {
        display: inline-block;
        padding: 0.1rem 0.5rem;
        border-radius: 999px;
        font-weight: 700;
        font-size: 0.8rem;
        background: var(--p-ok-bg);
        color: var(--p-ok);
      }
      tr[data-verdict='offline'] .badge,
      tr[data-verdict='trouble'] .badge {
        background: var(--p-bad);
        color: #fff;
      }
      tr[data-verdict='behind'] .badge {
        background: #f6c344;
        color: #3a2a00;
      }
      tr[data-verdict='asleep'] .badge {
        background: #3b4252;
        color: #fff;
      }
      .device {
        font-weight: 700;
        font-family: var(--p-mono);
      }
      .muted,
      .since {
        color: var(--p-muted);
        font-size: 0.85rem;
      }
      ul {
        margin: 0;
        padding-left: 1.1rem;
      }
      .error {
        color: var(--p-bad);
      }
    `,
  ];

  constructor() {
    super();
    this.client = undefined;
    this.newestApp = '';
    this.clock = Date.now;
    this.refreshed = undefined;
    this.snapshot = undefined;
    this.failure = undefined;
    this.busy = false;
    this.bundles = new Map();
    this.refresher = new RefreshController(this, { everyMs: REFRESH_MS, refresh: () => this.refresh(), enabled: () => !!this.client });
  }

  private s(key: ScreensKey, values?: Record<string, string | number>): string {
    return screensText(key, values);
  }

  private time(at: number | undefined, seconds = false): string {
    if (at === undefined || !Number.isFinite(at)) return '?';
    return DateTime.fromMillis(at, { zone: ZONE }).toFormat(seconds ? 'dd/MM/yyyy HH:mm:ss' : 'dd/MM/yyyy HH:mm');
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('client')) {
      this.snapshot = undefined;
      this.refresher.now();
    }
  }

  async refresh(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.busy = true;
    try {
      const snapshot = await readFleet(client, this.clock, this.newestApp || undefined);
      if (client !== this.client) return;
      this.snapshot = snapshot;
      this.failure = undefined;
      this.refreshed = new Date(snapshot.readAt).toISOString();
      await this.loadBundles(client, snapshot);
    } catch (error) {
      this.failure = error instanceof PublishError ? error.sentence[this.lang] : String(error);
    } finally {
      this.busy = false;
    }
  }

  /** The bundles of the versions the screens report, once each (a version's bytes never change). */
  private async loadBundles(client: DavClient, snapshot: FleetSnapshot): Promise<void> {
    const versions = new Set(snapshot.devices.map((device) => device.status?.contentVersion).filter((v): v is string => !!v));
    for (const version of versions) {
      if (this.bundles.has(version)) continue;
      const bundle = await bundleOfVersion(client, version, snapshot.live).catch(() => undefined);
      this.bundles = new Map([...this.bundles, [version, bundle ?? null]]);
    }
  }

  /** Items in words from the live bundle (once its bundle is loaded), for the proof-of-play report. */
  private labeller(snapshot: FleetSnapshot | undefined): (item: string) => string {
    const live = snapshot?.live ? this.bundles.get(snapshot.live.version) : undefined;
    return live ? (item) => itemLabel(live, item) : () => '';
  }

  private problemText(problem: Problem): string {
    if (problem.kind === 'current')
      return problem.detail ? this.s('problem_current', { detail: dateSpanLabel(problem.detail) }) : this.s('problem_currentNone');
    return this.s(`problem_${problem.kind}`, { since: this.time(problem.since), detail: problem.detail ?? '' });
  }

  /** What the screen stores (its origin's use of its quota, its pictures and clips) and its last error, from its report. */
  private renderFacts(status: DeviceHealth['status']) {
    if (!status) return nothing;
    const figures = storageFigures(status, this.lang);
    const last = status.errors.at(-1);
    return html`${
      figures
        ? html`<div class="muted" data-facts="storage">
            ${
              figures.media
                ? this.s('storageMedia', { used: figures.used, quota: figures.quota, ...figures.media })
                : this.s('storage', { used: figures.used, quota: figures.quota })
            }
          </div>`
        : nothing
    }
    ${last ? html`<div class="muted" data-facts="error">${this.s('lastError', { time: this.time(Date.parse(last.at)), message: last.message })}</div>` : nothing}`;
  }

  private renderRow(device: DeviceHealth) {
    const status = device.status;
    const where = device.asleep
      ? this.s('asleepUntil', { time: this.time(Date.parse(status?.asleepUntil ?? '')) })
      : device.online
        ? this.s('online', { time: this.time(device.receivedAt, true) })
        : this.s('offlineSince', { time: this.time(device.receivedAt) });
    const version = status?.contentVersion;
    return html`<tr data-device=${device.device} data-verdict=${device.verdict}>
      <td>
        <div class="device">${device.device}</div>
        ${status ? html`<div class="muted">${this.s('screenProfile', { screen: status.screen, version: version ?? '?' })}</div>` : nothing}
      </td>
      <td>
        <span class="badge">${this.s(`verdict_${device.verdict}`)}</span>
        <div class="since">${where}</div>
      </td>
      <td>
        <preview-screen-now
          .lang=${this.lang}
          .status=${status}
          .bundle=${version === undefined ? null : this.bundles.get(version)}
        ></preview-screen-now>
      </td>
      <td>
        ${
          device.problems.length === 0
            ? nothing
            : html`<ul>
                ${device.problems.map((problem) => html`<li data-problem=${problem.kind}>${this.problemText(problem)}</li>`)}
              </ul>`
        }
        ${this.renderFacts(status)}
      </td>
    </tr>`;
  }

  protected override render() {
    if (!this.client)
      return html`<h2>${this.s('title')}</h2>
        <p class="hint">${this.s('signIn')}</p>`;
    const snapshot = this.snapshot;
    const devices = snapshot ? sortByConcern(snapshot.devices) : [];
    const today = DateTime.fromMillis(this.clock(), { zone: ZONE }).toISODate()!;
    return html`<h2>${this.s('title')}</h2>
      <p class="hint">${this.s('hint')}</p>
      <div class="bar">
        <button type="button" @click=${() => this.refresher.now()} ?disabled=${this.busy}>${this.s('refresh')}</button>
        <span class="muted" role="status"
          >${this.busy ? this.s('refreshing') : this.refreshed ? this.s('refreshed', { time: this.time(Date.parse(this.refreshed), true) }) : ''}</span
        >
        ${snapshot?.live ? html`<span class="muted">${this.s('live', { version: snapshot.live.version })}</span>` : nothing}
      </div>
      ${this.failure ? html`<p class="error" role="alert">${this.s('failed', { reason: this.failure })}</p>` : nothing}
      ${snapshot && devices.length === 0 ? html`<p class="hint">${this.s('none')}</p>` : nothing}
      ${
        devices.length > 0
          ? html`<table>
              ${columnHeads([this.s('colDevice'), this.s('colState'), this.s('colShows'), this.s('colProblems')])}
              <tbody>
                ${repeat(
                  devices,
                  (device) => device.device,
                  (device) => this.renderRow(device),
                )}
              </tbody>
            </table>`
          : nothing
      }
      <preview-plays
        .lang=${this.lang}
        .client=${this.client}
        .devices=${devices.map((device) => device.device).sort()}
        .today=${today}
        .label=${this.labeller(snapshot)}
      ></preview-plays>`;
  }
}
customElements.define('preview-screens', PreviewScreens);

declare global {
  interface HTMLElementTagNameMap {
    'preview-screens': PreviewScreens;
  }
}
