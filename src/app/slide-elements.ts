import type { ReactiveControllerHost } from 'lit';
import type { Slide } from '../schedule/playlist';
import { loadSlideKinds, slideKindReady, whenSlideKindReady } from '../elements/render-slide';

/**
 * Whether a slide's element is defined, so that the stage never shows an undefined (blank)
 * element: render-slide.ts loads each kind on demand. A slide whose element has not loaded yet
 * waits for it while the slide before it stays (or, for the page's first slide, the stage stays as
 * it is: see SlideLayers). An element that cannot load fails its slide as a slide that throws does
 * (`slide-failed` on the host: the fallback takes its turns and the rotation moves on); a slide
 * only prepared ahead fails quietly (its boundary tries again). The other kinds' elements load once
 * `afterFirstSlide` resolves.
 */
export class SlideElementsController {
  private readonly waiting = new Set<Slide>();
  private others: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly afterFirstSlide: () => Promise<void>,
  ) {}

  /** The element for `slide` (shown under `id`) is there; if not, it is loaded and the host updated then. */
  ready(slide: Slide, id: string, { prepared = false } = {}): boolean {
    this.others ??= this.afterFirstSlide().then(() => loadSlideKinds());
    if (slideKindReady(slide.kind)) return true;
    if (!this.waiting.has(slide)) {
      this.waiting.add(slide);
      whenSlideKindReady(slide.kind).then(
        () => {
          this.waiting.delete(slide);
          this.host.requestUpdate();
        },
        (error: unknown) => {
          this.waiting.delete(slide);
          if (!prepared) {
            const detail = { id, error: new Error(`the ${slide.kind} slide's element did not load: ${String(error)}`) };
            this.host.dispatchEvent(new CustomEvent('slide-failed', { detail }));
          }
          this.host.requestUpdate();
        },
      );
    }
    return false;
  }
}
