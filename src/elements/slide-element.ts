import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { isSafeUrl } from '../content/urls';
import type { Slide } from '../schedule/playlist';
import { slideStyles } from '../styles/tokens';

/**
 * Base of every slide element. A slide that throws while rendering shows nothing and tells the app
 * (`slide-failed`), which logs it and moves on: one bad slide never blanks the screen.
 *
 * @fires slide-failed - the slide could not render; detail: { id, error }
 */
export abstract class SlideElement<S extends Slide = Slide> extends LitElement {
  static override properties = { slide: { attribute: false }, imageFailed: { state: true } };
  static override styles = [slideStyles];

  /** The slide to show, as built by the schedule engine. */
  declare slide: S | undefined;
  /** The slide's picture failed to load: it is dropped, never shown as a broken image. */
  declare imageFailed: boolean;

  constructor() {
    super();
    this.slide = undefined;
    this.imageFailed = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('slide')) this.forgetPreviousSlide();
  }

  /**
   * A new slide starts afresh: a new chance to show its picture. Elements with more state of
   * their own slide (a video's playback) extend this, so every reset happens in one place.
   */
  protected forgetPreviousSlide(): void {
    this.imageFailed = false;
  }

  /**
   * The slide's picture: bound only when its URL is relative or https (Lit does not check
   * attribute sinks), and dropped once it fails to load.
   */
  protected contentImage(url: string | undefined): unknown {
    return url && isSafeUrl(url) && !this.imageFailed ? html`<img src=${url} alt="" @error=${() => (this.imageFailed = true)} />` : nothing;
  }

  /** Centred slides (countdown, fallback) say so here; their layout is in the shared styles. */
  protected static centred = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.toggleAttribute('centred', (this.constructor as typeof SlideElement).centred);
  }

  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      this.dispatchEvent(new CustomEvent('slide-failed', { bubbles: true, composed: true, detail: { id: this.slide?.id, error } }));
      // Leave the element empty rather than half-rendered.
      this.renderRoot.replaceChildren();
    }
  }

  protected override render(): unknown {
    return this.slide ? this.renderSlide(this.slide) : nothing;
  }

  protected abstract renderSlide(slide: S): unknown;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'slide-failed': CustomEvent<{ id: string | undefined; error: unknown }>;
  }
}

/** "Trang 2/3" under a slide that is one page of several. */
export function pageLabel(slide: { page: number; pages: number }): unknown {
  return slide.pages > 1 ? html`<p class="meta page" data-text>Trang ${slide.page}/${slide.pages}</p>` : nothing;
}
