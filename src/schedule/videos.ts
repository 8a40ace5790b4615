/**
 * The video slides a screen plays at an instant: each clip valid then and meant for that screen.
 * A clip's slide is planned at the screen's maximum (`durations.video`, else 120 s): the player ends
 * it when the clip ends, so the planned time is an upper bound, which is also what the watchdog
 * waits for before it calls the rotation stalled.
 */
import type { Bundle, Screen } from '../content/schema';
import { VIDEO_MAX_DEFAULT_SECONDS } from '../content/media';
import { withinWindow } from './time';

export interface VideoSlide {
  kind: 'video';
  id: string;
  durationMs: number;
  src: string;
  poster?: string;
  caption?: string;
}

/** The longest a clip may hold this screen, in ms. */
export function videoMaxMs(screen: Screen): number {
  return (screen.durations?.video ?? VIDEO_MAX_DEFAULT_SECONDS) * 1000;
}

/** `stamp`: the instant in the bundle's zone (time.ts `localStamp`). */
export function videoSlides(bundle: Pick<Bundle, 'videos'>, stamp: string, screen: Screen): VideoSlide[] {
  return bundle.videos
    .filter((video) => withinWindow(stamp, video.from, video.until) && (!video.screens || video.screens.includes(screen.id)))
    .map((video) => ({
      kind: 'video',
      id: `video:${video.id}`,
      durationMs: videoMaxMs(screen),
      src: video.src,
      ...(video.poster ? { poster: video.poster } : {}),
      ...(video.caption ? { caption: video.caption } : {}),
    }));
}
