/**
 * The one place a slide becomes its element, for the player and the preview's miniatures alike.
 * A switch rather than a tag map: each case keeps its slide kind's type, and no unsafeStatic.
 */
import { html } from 'lit';
import type { Slide } from '../schedule/playlist';
import './slide-slogan';
import './slide-phase';
import './slide-milestone';
import './slide-theme';
import './slide-countdown';
import './slide-timeline';
import './slide-announcement';
import './slide-fallback';

/**
 * The video slide's element is loaded when a video slide first comes up, not with the player: the
 * first slide does not pay for it. Until it is defined, <slide-video> is an empty box over the stage's
 * background (the file is precached with the app, so that is a moment).
 */
let videoElement: Promise<unknown> | undefined;
function loadVideoElement(): void {
  // Tried again at the next video slide; this one stays an empty box until the rotation moves on.
  videoElement ??= import('./slide-video').catch(() => (videoElement = undefined));
}

export function renderSlide(slide: Slide) {
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
      loadVideoElement();
      return html`<slide-video .slide=${slide}></slide-video>`;
  }
}
