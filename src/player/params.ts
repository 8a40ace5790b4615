/** The player's URL controls, read once at start. Pure: takes the URL, returns what it asks for. */
import { MAX_SPEED } from '../schedule/clock';

export interface PlayerParams {
  /** `?at=2020-05-15T08:00` or a date; read in the bundle's zone once the bundle is known. */
  at: string | undefined;
  speed: number;
  screen: string | undefined;
  /** Where to load the bundle from (same origin only). */
  contentUrl: string;
  /**
   * URL controls that were refused (`?content=` from another server, `?speed=` out of range, an
   * `?at=` that is not a date), each said in words for the screen: the player shows them as notices.
   */
  refused: string[];
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
  /**
   * `?device=`: the screen reports to the fleet. Only that: the reporter, loaded after the first
   * slide, reads the name and the key (fleet/device-params.ts).
   */
  fleet: boolean;
}

function seconds(text: string | null, min: number): number | undefined {
  if (text === null) return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? Math.max(min, value) : undefined;
}

/**
 * The slowest clock the player honours: at 0.01 a 12 s slide stays 20 minutes. Slower, a slide's
 * wait grows past what a timer can hold (2³¹−1 ms, about 25 days, at 0.0000005) long before that,
 * and nobody previews a campaign slower than this.
 */
export const MIN_SPEED = 0.01;
export { MAX_SPEED };

/** `?speed=`: the factor, or why it is refused (the clock then runs at real pace). */
export function readSpeed(text: string | null): { speed: number; refused?: string } {
  if (text === null) return { speed: 1 };
  const speed = Number(text);
  if (text.trim() !== '' && Number.isFinite(speed) && speed >= MIN_SPEED && speed <= MAX_SPEED) return { speed };
  return {
    speed: 1,
    refused: `Không dùng được ?speed=${text}: tốc độ phải là một số từ 0,01 đến 100000. Đang chạy với tốc độ thường.`,
  };
}

/** The notice for an `?at=` the player cannot read: it then runs on the real time. */
export function refusedAt(text: string): string {
  return `Không đọc được ?at=${text}: cần một ngày có thật, dạng 2020-05-15T08:00 hoặc 2020-05-15. Đang chạy theo giờ thật.`;
}

export const DEFAULT_CONTENT_PATH = 'content/bundle.json';

export function readParams(href: string): PlayerParams {
  const url = new URL(href);
  const query = url.searchParams;
  let contentUrl = new URL(DEFAULT_CONTENT_PATH, url).href;
  const refused: string[] = [];
  const requested = query.get('content');
  if (requested !== null && requested !== '') {
    let target: URL | undefined;
    try {
      target = new URL(requested, url);
    } catch {
      target = undefined;
    }
    if (target && target.origin === url.origin && (target.protocol === 'http:' || target.protocol === 'https:')) contentUrl = target.href;
    else refused.push(`Không dùng được nguồn nội dung "${requested}": chỉ nhận tệp trên cùng máy chủ. Đang chiếu nội dung mặc định.`);
  }
  const speed = readSpeed(query.get('speed'));
  if (speed.refused) refused.push(speed.refused);
  return {
    // Checked once the bundle's zone is known (ClockController); an unreadable one is still a
    // chosen clock, so the page stays a preview (no proof of play), and says so on screen.
    at: query.get('at') ?? undefined,
    speed: speed.speed,
    screen: query.get('screen') ?? undefined,
    contentUrl,
    refused,
    slide: query.get('slide') ?? undefined,
    hold: query.get('hold') === '1',
    pollSeconds: seconds(query.get('poll'), 1),
    updateCheckSeconds: seconds(query.get('update-check'), 1),
    minSlideMs: seconds(query.get('min-slide-ms'), 10),
    debug: query.get('debug') === '1',
    fleet: query.has('device'),
  };
}
