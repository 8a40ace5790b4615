import { html, css, nothing, type PropertyValues } from 'lit';
import { PreviewElement, boundProperties } from './element-base';
import { previewBase, scaledScreen } from './preview-styles';
import { styleProperties } from '../elements/style-properties';
import { screensText, type ScreensKey } from './preview-screens.strings';
import { timeText } from './i18n';
import type { Bundle } from '../content/schema';
import type { FleetStatus } from '../fleet/status-document';
import { reportedView, type ReportedView } from '../fleet/now-view';
import type { PreviewFrame } from './preview-frame';

const SIZE = { landscape: { width: 1920, height: 1080 }, portrait: { width: 1080, height: 1920 } } as const;
const SCALE = { landscape: 0.11, portrait: 0.062 } as const;

/**
 * What a screen showed at its last report, as a miniature: the reported slide rebuilt from the
 * reported content version (see fleet/now-view.ts) in an iframe of preview-frame.html, as the
 * "All slides" tab draws them. Says so, and draws nothing, when the version is unknown.
 */
export class PreviewScreenNow extends PreviewElement {
  static override properties = boundProperties('status', 'bundle');
  declare status: FleetStatus | undefined;
  /** The bundle of the reported version; null when the server has no such version; undefined while it is looked for. */
  declare bundle: Bundle | null | undefined;

  static override styles = [
    previewBase,
    scaledScreen,
    css`
      .note {
        font-size: 0.78rem;
        color: var(--p-muted);
        max-width: 16rem;
      }
      .black {
        background: #000;
        color: #bbb;
        display: grid;
        place-items: center;
        font-size: 0.75rem;
      }
      iframe {
        pointer-events: none;
      }
    `,
  ];

  constructor() {
    super();
    this.status = undefined;
    this.bundle = undefined;
  }

  private s(key: ScreensKey, values?: Record<string, string | number>): string {
    return screensText(key, values);
  }

  private view(): ReportedView | undefined {
    return this.bundle && this.status ? reportedView(this.bundle, this.status) : undefined;
  }

  private feed(iframe: HTMLIFrameElement | null): void {
    const frame: PreviewFrame | null | undefined = iframe?.contentDocument?.querySelector('preview-frame');
    const view = this.view();
    if (!frame || !view) return;
    frame.chrome = view.chrome;
    frame.slide = view.slide;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('status') || changed.has('bundle')) this.feed(this.renderRoot.querySelector('iframe'));
  }

  protected override render() {
    const status = this.status;
    if (!status) return nothing;
    const version = status.contentVersion ?? '?';
    const small = {
      width: `${Math.round(SIZE.landscape.width * SCALE.landscape)}px`,
      height: `${Math.round(SIZE.landscape.height * SCALE.landscape)}px`,
    };
    if (status.asleepUntil && Date.parse(status.asleepUntil) > Date.parse(status.reportedAt))
      return html`<div class="screen black" ${styleProperties(small)}>${this.s('blackScreen')}</div>`;
    if (this.bundle === null) return html`<p class="note">${this.s('unknownVersion', { version })}</p>`;
    if (this.bundle === undefined) return nothing;
    const view = this.view();
    if (!view) return html`<p class="note">${this.s('noSlide', { slide: status.slide ?? '?', version })}</p>`;
    const size = SIZE[view.orientation];
    const scale = SCALE[view.orientation];
    return html`<div
        class="screen"
        ${styleProperties({ width: `${Math.round(size.width * scale)}px`, height: `${Math.round(size.height * scale)}px` })}
      >
        <iframe
          src="preview-frame.html"
          title=${view.slide.id}
          tabindex="-1"
          width=${size.width}
          height=${size.height}
          ${styleProperties({ transform: `scale(${scale})` })}
          @load=${(event: Event) => this.feed(event.target as HTMLIFrameElement)}
        ></iframe>
      </div>
      <p class="note">${this.s('asOf', { time: timeText(new Date(view.at).toISOString()) })} · ${view.slide.id}</p>`;
  }
}
customElements.define('preview-screen-now', PreviewScreenNow);

declare global {
  interface HTMLElementTagNameMap {
    'preview-screen-now': PreviewScreenNow;
  }
}
