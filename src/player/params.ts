/** The player's URL controls, read once at start. Pure: takes the URL, returns what it asks for. */
import { parseSpeed } from '../schedule/clock';

export interface PlayerParams {
  /** `?at=2020-05-15T08:00` or a date; read in the bundle's zone once the bundle is known. */
  at: string | undefined;
  speed: number;
  screen: string | undefined;
  /** Where to load the bundle from (same origin only). */
  contentUrl: string;
  /** Set when `?content=` was refused; says why, in words for the screen. */
  refused: string | undefined;
  /** `?slide=timeline`: start at the first slide whose id starts with this. */
  slide: string | undefined;
  /** `?hold=1`: stay on that slide (for previews and screenshots). */
  hold: boolean;
  /** `?poll=5`: check for new content every 5 s instead of the bundle's setting. */
  pollSeconds: number | undefined;
  /** `?update-check=30`: look for a new build every 30 s instead of the bundle's setting. */
  updateCheckSeconds: number | undefined;
  /** `?min-slide-ms=20`: shortest real time a slide stays up (benchmarks; default 150 ms). */
  minSlideMs: number | undefined;
  /** `?debug=1`: open the status overlay at start. */
  debug: boolean;
}

function seconds(text: string | null, min: number): number | undefined {
  if (text === null) return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? Math.max(min, value) : undefined;
}

export const DEFAULT_CONTENT_PATH = 'content/bundle.json';

export function readParams(href: string): PlayerParams {
  const url = new URL(href);
  const query = url.searchParams;
  let contentUrl = new URL(DEFAULT_CONTENT_PATH, url).href;
  let refused: string | undefined;
  const requested = query.get('content');
  if (requested !== null && requested !== '') {
    let target: URL | undefined;
    try {
      target = new URL(requested, url);
    } catch {
      target = undefined;
    }
    if (target && target.origin === url.origin && (target.protocol === 'http:' || target.protocol === 'https:')) contentUrl = target.href;
    else refused = `Không dùng được nguồn nội dung "${requested}": chỉ nhận tệp trên cùng máy chủ. Đang chiếu nội dung mặc định.`;
  }
  return {
    at: query.get('at') ?? undefined,
    speed: parseSpeed(query.get('speed')),
    screen: query.get('screen') ?? undefined,
    contentUrl,
    refused,
    slide: query.get('slide') ?? undefined,
    hold: query.get('hold') === '1',
    pollSeconds: seconds(query.get('poll'), 1),
    updateCheckSeconds: seconds(query.get('update-check'), 1),
    minSlideMs: seconds(query.get('min-slide-ms'), 10),
    debug: query.get('debug') === '1',
  };
}
