/**
 * What a screen showed at its last report, drawn instead of photographed: the player is
 * deterministic (bundle version, screen profile, instant → slide), so the reported slide is
 * rebuilt from the reported bundle by the player's own schedule engine. Pure.
 */
import type { Bundle } from '../content/schema';
import { buildPlaylist, fallbackSlide, type Orientation, type Slide } from '../schedule/playlist';
import { frameChrome, type FrameChrome } from '../schedule/frame-chrome';
import type { FleetStatus } from './status-document';

export interface ReportedView {
  slide: Slide;
  chrome: FrameChrome;
  orientation: Orientation;
  /** The instant drawn: when the slide appeared. */
  at: number;
}

/** The reported slide, rebuilt; undefined when the bundle does not produce it (then say so, draw nothing). */
export function reportedView(bundle: Bundle, status: FleetStatus): ReportedView | undefined {
  if (!status.slide || bundle.version !== status.contentVersion) return undefined;
  const at = Date.parse(status.slideSince ?? status.reportedAt);
  if (!Number.isFinite(at)) return undefined;
  const datesKnown = status.clock === 'ok';
  let playlist;
  try {
    playlist = buildPlaylist(bundle, at, status.screen || undefined, undefined, { evergreen: !datesKnown });
  } catch {
    return undefined;
  }
  const slide = status.slide === 'fallback' ? fallbackSlide(bundle) : playlist.slides.find((candidate) => candidate.id === status.slide);
  if (!slide) return undefined;
  return { slide, chrome: frameChrome(bundle, playlist, at, datesKnown, slide), orientation: playlist.screen.orientation, at };
}
