/**
 * When a new bundle takes over the screen, and what stands in for a slide that failed to render.
 * The first bundle, and the published one replacing the built-in stand-in, are shown at once (no
 * slide of the stand-in is worth finishing); any later one waits for the end of the slide on
 * screen, or wakes a screen asleep in its off hours (there is no slide to finish, and the new
 * bundle may change those hours). Pure: no DOM, no timers; the player applies what it says.
 */
import type { Bundle } from '../content/schema';
import type { ContentSource } from '../content/load';
import { fallbackSlide, type Slide } from '../schedule/playlist';

/** What the player does with a bundle just received: show it now, wake the rotation for it, or wait for the slide's end. */
export type Arrival = 'now' | 'wake' | 'boundary';

export class BundleHandover {
  /** The bundle on screen. */
  current: Bundle | undefined = undefined;
  /** A new bundle waits here until the next slide boundary. */
  pending: Bundle | undefined = undefined;
  /** Slides that failed to render: until the content changes, their turn shows the fallback. */
  private readonly failed = new Set<string>();

  /** A bundle came from `source` while the screen shows content from `shownSource`, asleep or not. */
  receive(bundle: Bundle, source: ContentSource, shownSource: ContentSource | undefined, asleep: boolean): Arrival {
    if (!this.current || (shownSource === 'default' && source !== 'default')) {
      this.pending = undefined;
      this.takeOver(bundle);
      return 'now';
    }
    this.pending = bundle;
    return asleep ? 'wake' : 'boundary';
  }

  /** Between two slides: the bundle waiting, if any, takes over; it is returned. */
  atBoundary(): Bundle | undefined {
    const next = this.pending;
    if (next) {
      this.pending = undefined;
      this.takeOver(next);
    }
    return next;
  }

  slideFailed(id: string): void {
    this.failed.add(id);
  }

  /** What the screen shows for `slide`: itself, or the organisation's fallback for as long as it failed. */
  shown(slide: Slide): Slide {
    return this.failed.has(slide.id) ? fallbackSlide(this.current, slide.durationMs) : slide;
  }

  private takeOver(bundle: Bundle): void {
    this.current = bundle;
    this.failed.clear();
  }
}
