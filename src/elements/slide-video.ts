import { html, css, nothing, type PropertyValues } from 'lit';
import { SlideElement } from './slide-element';
import { isSafeUrl } from '../content/urls';
import { isVideoSource } from '../content/media';
import type { SlideOf } from '../schedule/playlist';

/** Why a clip could not play, from a media element's error code (MediaError). */
function mediaErrorReason(error: MediaError | null): string {
  switch (error?.code) {
    case 1:
      return 'loading aborted';
    case 2:
      return 'network error while loading';
    case 3:
      return 'decode error (a damaged file, or a codec this screen lacks)';
    case 4:
      return 'missing, or a format or codec this screen cannot play';
    default:
      return error?.message || 'unknown media error';
  }
}

/**
 * A clip, muted, across the whole slide, played once. Until its first frame is painted the slide
 * shows the poster (or the slide's own background and the caption), never a black box; after the
 * last frame that frame stays until the next slide replaces it. The element keeps no timer: the
 * rotation plans the slide at the screen's maximum, and the app ends it early on `video-ended`.
 *
 * @fires video-ended - the clip played to its end; detail: { id }
 * @fires slide-failed - the clip cannot play (missing, a codec the screen lacks, a decode error mid-way); detail: { id, error }
 */
export class SlideVideo extends SlideElement<SlideOf<'video'>> {
  static override properties = { ...SlideElement.properties, playing: { state: true }, failed: { state: true } };
  static override styles = [
    ...SlideElement.styles,
    css`
      :host {
        padding: 0;
        gap: 0;
        overflow: hidden;
      }
      .picture {
        position: relative;
        flex: 1 1 auto;
        min-height: 0;
      }
      video,
      .poster {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        object-fit: contain;
      }
      video {
        opacity: 0;
      }
      :host([playing]) video {
        opacity: 1;
      }
      .caption {
        flex: none;
        margin: 0;
        padding: calc(var(--gap) * 0.5) calc(var(--gap) * 2);
        color: var(--cream);
        font-size: max(var(--text-min), 3.6vmin);
        font-weight: 700;
        line-height: 1.3;
        text-align: center;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The first frame is on screen: the poster may go. */
  declare playing: boolean;
  /** The clip cannot play: reported once, the slide keeps its poster or background until skipped. */
  declare failed: boolean;

  constructor() {
    super();
    this.playing = false;
    this.failed = false;
  }

  protected override forgetPreviousSlide(): void {
    super.forgetPreviousSlide();
    this.playing = false;
    this.failed = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.toggleAttribute('playing', this.playing);
  }

  protected override updated(changed: PropertyValues): void {
    // A new slide (or the same clip's next turn, in a playlist of one) starts from its first frame.
    if (changed.has('slide')) this.start();
  }

  private get video(): HTMLVideoElement | null {
    return this.renderRoot.querySelector('video');
  }

  private start(): void {
    const video = this.video;
    if (!video) return;
    video.muted = true;
    if (video.currentTime !== 0) video.currentTime = 0;
    video.play().catch((error: unknown) => {
      // An error event says more; this catches what has none (a refused play()).
      if (!(error instanceof DOMException && error.name === 'AbortError'))
        this.fail(error instanceof Error ? error.message : String(error));
    });
  }

  private fail(reason: string): void {
    if (this.failed || !this.slide) return;
    this.failed = true;
    const { id, src } = this.slide;
    const error = new Error(`video ${src} cannot be played and is skipped: ${reason}`);
    this.dispatchEvent(new CustomEvent('slide-failed', { bubbles: true, composed: true, detail: { id, error } }));
  }

  private readonly onError = (event: Event) => this.fail(mediaErrorReason((event.currentTarget as HTMLVideoElement).error));
  private readonly onPlaying = () => (this.playing = true);
  private readonly onEnded = () => {
    if (this.slide) this.dispatchEvent(new CustomEvent('video-ended', { bubbles: true, composed: true, detail: { id: this.slide.id } }));
  };

  protected renderSlide(slide: SlideOf<'video'>) {
    const playable = isSafeUrl(slide.src) && isVideoSource(slide.src);
    if (!playable) queueMicrotask(() => this.fail('not a video link the screens accept'));
    const poster = slide.poster && isSafeUrl(slide.poster) && !this.playing && !this.imageFailed ? slide.poster : undefined;
    return html`
      <div class="picture">
        ${poster ? html`<img class="poster" src=${poster} alt="" @error=${() => (this.imageFailed = true)} />` : nothing}
        ${
          playable && !this.failed
            ? html`<video
                src=${slide.src}
                muted
                playsinline
                preload="auto"
                disablepictureinpicture
                disableremoteplayback
                @playing=${this.onPlaying}
                @ended=${this.onEnded}
                @error=${this.onError}
              ></video>`
            : nothing
        }
      </div>
      ${slide.caption ? html`<p class="caption" data-text>${slide.caption}</p>` : nothing}
    `;
  }
}
customElements.define('slide-video', SlideVideo);

declare global {
  interface HTMLElementTagNameMap {
    'slide-video': SlideVideo;
  }
  interface GlobalEventHandlersEventMap {
    'video-ended': CustomEvent<{ id: string }>;
  }
}
