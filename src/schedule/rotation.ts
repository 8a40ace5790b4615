/**
 * Which slide is on screen, as pure state. The playlist is rebuilt at every slide boundary
 * (the date, the phase or the content may have changed); the rotation keeps its place by slide id.
 */
import type { Slide } from './playlist';
import type { Instant } from './time';

export interface RotationState {
  slide: Slide;
  /** Position in the playlist it came from. */
  index: number;
  startedAt: Instant;
  endsAt: Instant;
}

/** The first slide, or the first whose id starts with `prefix` (e.g. "timeline", "phase:phase-2"). */
export function startRotation(slides: readonly Slide[], now: Instant, prefix?: string): RotationState {
  // The slide of that very id first (the first paint's, src/first-paint/), else the first whose id begins so.
  const exact = prefix === undefined ? -1 : slides.findIndex((slide) => slide.id === prefix);
  const wanted = exact >= 0 || prefix === undefined ? exact : slides.findIndex((slide) => slide.id.startsWith(prefix));
  const index = Math.max(0, wanted);
  const slide = slides[index]!;
  return { slide, index, startedAt: now, endsAt: now + slide.durationMs };
}

/**
 * The slide after `current` in a (possibly rebuilt) playlist: the one after the slide with the
 * same id (the same place when it is still there, as a slogan appears several times a loop),
 * or, if that slide is gone, the one now at the position where it stood.
 */
export function nextSlide(current: RotationState, slides: readonly Slide[], now: Instant): RotationState {
  if (slides.length === 0) throw new Error('nextSlide needs a non-empty playlist');
  // A short item comes several times a loop: its own place first, else its first place.
  const sameId =
    slides[current.index]?.id === current.slide.id ? current.index : slides.findIndex((slide) => slide.id === current.slide.id);
  const index = sameId >= 0 ? (sameId + 1) % slides.length : current.index % slides.length;
  const slide = slides[index]!;
  return { slide, index, startedAt: now, endsAt: now + slide.durationMs };
}

/**
 * The slide the next boundary will bring if nothing changes before it (the same playlist, no skip,
 * no new bundle, no off hours): a guess, for preparing that slide ahead. Undefined when the rotation
 * would stay on the same slide (a playlist of one) or there is nothing to guess from.
 */
export function peekNext(current: RotationState, slides: readonly Slide[]): Slide | undefined {
  if (slides.length === 0) return undefined;
  const next = nextSlide(current, slides, current.endsAt).slide;
  return next.id === current.slide.id ? undefined : next;
}

/**
 * True when two slides show the same thing (slides are plain data, rebuilt with the playlist at
 * each boundary): a slide prepared ahead may then stay as it was laid out.
 */
export function sameSlide(a: Slide, b: Slide): boolean {
  return a === b || (a.id === b.id && JSON.stringify(a) === JSON.stringify(b));
}
