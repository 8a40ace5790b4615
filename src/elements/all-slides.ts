/**
 * Every slide kind's element, for pages that draw any slide at once (the staff preview's frame).
 * The player loads them one kind at a time instead (render-slide.ts, whenSlideKindReady).
 */
import './slide-slogan';
import './slide-phase';
import './slide-milestone';
import './slide-theme';
import './slide-countdown';
import './slide-timeline';
import './slide-announcement';
import './slide-fallback';
import './slide-video';
