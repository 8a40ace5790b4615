/**
 * The one place a slide becomes its element, for the player and the preview's miniatures alike.
 * A switch rather than a tag map: each case keeps its slide kind's type, and no unsafeStatic.
 *
 * Each slide kind's element is a chunk of its own, imported when it is first needed
 * (whenSlideKindReady): the page evaluates only its first slide's element before that slide, the
 * others after it (loadSlideKinds). Only the fallback's element, which stands in for any slide that
 * failed (its element too), is always there.
 */
import { html } from 'lit';
import type { Slide } from '../schedule/playlist';
import './slide-fallback';

type Kind = Slide['kind'];

const loaders: Record<Exclude<Kind, 'fallback'>, () => Promise<unknown>> = {
  slogan: () => import('./slide-slogan'),
  phase: () => import('./slide-phase'),
  milestone: () => import('./slide-milestone'),
  theme: () => import('./slide-theme'),
  countdown: () => import('./slide-countdown'),
  timeline: () => import('./slide-timeline'),
  announcement: () => import('./slide-announcement'),
  video: () => import('./slide-video'),
};

const ready = new Set<Kind>(['fallback']);
const loading = new Map<Kind, Promise<void>>();

/** The element of this kind is defined: a slide of it renders at once. */
export function slideKindReady(kind: Kind): boolean {
  return ready.has(kind);
}

/** Loads the element of this kind (once; tried again after a failure, which rejects). */
export function whenSlideKindReady(kind: Kind): Promise<void> {
  if (kind === 'fallback' || ready.has(kind)) return Promise.resolve();
  let pending = loading.get(kind);
  if (!pending) {
    pending = loaders[kind]().then(
      () => void ready.add(kind),
      (error: unknown) => {
        loading.delete(kind);
        throw error;
      },
    );
    loading.set(kind, pending);
  }
  return pending;
}

/** Loads these kinds' elements one after another (a failure is left for the slide that needs it). */
export async function loadSlideKinds(
  // All but the video's: a video slide loads its element when it comes up.
  kinds: Iterable<Kind> = ['slogan', 'phase', 'milestone', 'theme', 'countdown', 'timeline', 'announcement'],
): Promise<void> {
  for (const kind of kinds) await whenSlideKindReady(kind).catch(() => {});
}

export function renderSlide(slide: Slide) {
  // A kind not loaded yet is an empty box until its element is defined (Lit keeps the properties
  // set before that): the player waits for it instead (app/slide-elements.ts).
  if (!ready.has(slide.kind)) void whenSlideKindReady(slide.kind).catch(() => {});
  switch (slide.kind) {
    case 'slogan':
      return html`<slide-slogan .slide=${slide}></slide-slogan>`;
    case 'phase':
      return html`<slide-phase .slide=${slide}></slide-phase>`;
    case 'milestone':
      return html`<slide-milestone .slide=${slide}></slide-milestone>`;
    case 'theme':
      return html`<slide-theme .slide=${slide}></slide-theme>`;
    case 'countdown':
      return html`<slide-countdown .slide=${slide}></slide-countdown>`;
    case 'timeline':
      return html`<slide-timeline .slide=${slide}></slide-timeline>`;
    case 'announcement':
      return html`<slide-announcement .slide=${slide}></slide-announcement>`;
    case 'fallback':
      return html`<slide-fallback .slide=${slide}></slide-fallback>`;
    case 'video':
      return html`<slide-video .slide=${slide}></slide-video>`;
  }
}
