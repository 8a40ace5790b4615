import type { Slide } from '../schedule/playlist';

export interface MediaSlideOptions {
  /** The slide stays (a held preview): a clip's end does not move the rotation on. */
  hold: boolean;
  /** Moves to the next slide now. */
  next: () => void;
  /** Records a problem for the status overlay. */
  log: (message: string) => void;
}

/**
 * What the player does with its video slides' events: a clip that ended gives way to the next
 * slide at once; a clip that cannot play is skipped at once, reported, and left out of the rotation
 * from then on (until the page reloads, at the latest the next daily reload). A clip is known by its
 * slide and file: a bundle that names another file for the same slide tries it afresh.
 */
export class MediaSlides {
  private readonly failed = new Set<string>();

  constructor(host: HTMLElement, options: MediaSlideOptions) {
    host.addEventListener('video-ended', () => {
      if (!options.hold) options.next();
    });
    host.addEventListener('video-failed', (event) => {
      const { id, src, reason } = event.detail;
      if (!this.failed.has(`${id} ${src}`)) options.log(`video ${id} (${src}) cannot be played and is skipped: ${reason}`);
      this.failed.add(`${id} ${src}`);
      options.next();
    });
  }

  /** True for a slide the rotation must leave out. */
  readonly skip = (slide: Slide): boolean => slide.kind === 'video' && this.failed.has(`${slide.id} ${slide.src}`);
}
