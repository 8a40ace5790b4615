import { LitElement, html, css, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { tokens } from '../styles/tokens';
import { stage } from '../styles/stage';
import type { Slide } from '../schedule/playlist';
import type { FrameChrome } from '../schedule/frame-chrome';
import '../elements/signage-header';
import '../elements/signage-ticker';
import { renderSlide } from '../elements/render-slide';
import '../elements/all-slides';

/**
 * One slide as a screen shows it, header and all, rendered by the player's own elements. It lives
 * in a document of its own (preview-frame.html) sized like the screen (1920×1080 or 1080×1920), so
 * the slides' viewport units and fitted text come out as on the screen; the preview page scales the
 * frame down. The ticker stands still here, its first slogan at the start.
 *
 * Reflects `overflow` once the slide has settled: a text box whose content does not fit.
 */
export class PreviewFrame extends LitElement {
  static override properties = {
    slide: { attribute: false },
    chrome: { attribute: false },
    overflow: { type: Boolean, reflect: true },
  };
  /** The slide to show, from the schedule engine. */
  declare slide: Slide | undefined;
  declare chrome: FrameChrome | undefined;
  /** Some text of the slide does not fit its box. */
  declare overflow: boolean;
  /** Called after each render once fonts and layout have settled, with the overflow verdict. */
  onChecked: ((overflow: boolean) => void) | undefined;

  static override styles = [
    tokens,
    stage,
    css`
      :host {
        position: fixed;
        inset: 0;
        display: grid;
        grid-template-rows: auto minmax(0, 1fr) auto;
        background: var(--red);
        overflow: hidden;
      }
    `,
  ];

  constructor() {
    super();
    this.slide = undefined;
    this.chrome = undefined;
    this.overflow = false;
    this.onChecked = undefined;
  }

  protected override render() {
    const chrome = this.chrome;
    return html`
      <signage-header
        party=${chrome?.party ?? ''}
        unit=${chrome?.unit ?? ''}
        .phaseLabel=${chrome?.phaseLabel ?? ''}
        .clock=${chrome?.clock ?? ''}
        .day=${chrome?.day ?? ''}
      ></signage-header>
      <main class="stage">${this.slide ? keyed(this.slide.id, renderSlide(this.slide)) : nothing}</main>
      ${chrome && chrome.ticker.length > 0 ? html`<signage-ticker still .items=${chrome.ticker}></signage-ticker>` : nothing}
    `;
  }

  protected override updated(): void {
    void this.check();
  }

  /** After fonts and two frames (fitted text settles), looks for text that does not fit. */
  private async check(): Promise<void> {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    let found = false;
    const visit = (root: ShadowRoot | Document) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (
          (element.hasAttribute('data-fit') || element.hasAttribute('data-text')) &&
          (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
        )
          found = true;
      }
    };
    if (this.shadowRoot) visit(this.shadowRoot);
    if (this.overflow !== found) this.overflow = found;
    this.onChecked?.(found);
  }
}
customElements.define('preview-frame', PreviewFrame);

declare global {
  interface HTMLElementTagNameMap {
    'preview-frame': PreviewFrame;
  }
}
