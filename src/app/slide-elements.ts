import type { ReactiveControllerHost } from 'lit';
import type { Slide } from '../schedule/playlist';
import { loadSlideKinds, slideKindReady, whenSlideKindReady } from '../elements/render-slide';

/** What the stage shows: a slide whose element is defined, under the key it is rendered with. */
export interface OnStage {
  key: string;
  slide: Slide;
}

/**
 * The slide on the stage, never an undefined (blank) element: a slide whose kind's element has not
 * loaded yet (render-slide.ts loads each kind on demand) waits for it while the slide before it
 * stays (or, for the page's first slide, the stage stays as it is). An element that cannot load
 * fails its slide as a slide that throws does (`slide-failed` on the host: the fallback takes its
 * turns and the rotation moves on). The other kinds' elements load once `afterFirstSlide` resolves.
 */
export class SlideElementsController {
  /** What the stage last showed. */
  onStage: OnStage | undefined;
  private waitingFor: Slide | undefined;
  private others: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly afterFirstSlide: () => Promise<void>,
  ) {}

  /** What to put on the stage for `slide` (rendered under `key`): it, once its element is there. */
  stage(key: string, slide: Slide): OnStage | undefined {
    this.others ??= this.afterFirstSlide().then(() => loadSlideKinds());
    if (slideKindReady(slide.kind)) return (this.onStage = { key, slide });
    if (this.waitingFor !== slide) {
      this.waitingFor = slide;
      whenSlideKindReady(slide.kind).then(
        () => this.host.requestUpdate(),
        (error: unknown) => {
          if (this.waitingFor !== slide) return;
          const detail = { id: key, error: new Error(`the ${slide.kind} slide's element did not load: ${String(error)}`) };
          this.host.dispatchEvent(new CustomEvent('slide-failed', { detail }));
          this.host.requestUpdate();
        },
      );
    }
    return this.onStage;
  }
}
