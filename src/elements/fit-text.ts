/**
 * Sizes text to fill its box without overflowing: a bounded search on font size (at most 9
 * layouts, usually 6 or 7), run once per slide and when the box, the window or the fonts change,
 * never a loop on every frame.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { textHash } from '../content/text-hash';

export function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}

/**
 * Where to look first, from the overflow at `maxPx`: wrapped text grows in height about as the
 * square of its size, a word too long for the width as its size. Undefined when nothing is known.
 */
function estimate(box: HTMLElement, maxPx: number): number | undefined {
  const byHeight = box.scrollHeight > 0 ? maxPx * Math.sqrt(box.clientHeight / box.scrollHeight) : undefined;
  const byWidth = box.scrollWidth > 0 ? (maxPx * box.clientWidth) / box.scrollWidth : undefined;
  const guess = Math.min(byHeight ?? Infinity, byWidth ?? Infinity);
  return Number.isFinite(guess) ? guess : undefined;
}

/**
 * Sets the largest font size in [minPx, maxPx] at which `box` does not overflow (to within half a
 * pixel); returns it. A bisection, started from an estimate: the size at `maxPx`'s overflow, then
 * 10% either side of it, brackets the answer in two layouts in most cases (then about four more),
 * where halving [minPx, maxPx] took eight; at most 1 + `steps` layouts either way.
 */
export function fitText(box: HTMLElement, minPx: number, maxPx: number, steps = 8): number {
  let low = minPx;
  let high = Math.max(minPx, maxPx);
  box.style.fontSize = `${high}px`;
  if (!overflows(box)) return high;
  const fits = (size: number) => {
    box.style.fontSize = `${size}px`;
    return !overflows(box);
  };
  let left = steps;
  const guess = estimate(box, high);
  if (guess !== undefined && guess > low + 0.5 && guess < high - 0.5) {
    left--;
    if (fits(guess)) low = guess;
    else high = guess;
    // The other side of the bracket, 10% away.
    const probe = low === guess ? Math.min(high, guess * 1.1) : Math.max(low, guess * 0.9);
    if (probe > low + 0.5 && probe < high - 0.5) {
      left--;
      if (fits(probe)) low = probe;
      else high = probe;
    }
  }
  for (; left > 0 && high - low > 0.5; left--) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  box.style.fontSize = `${low}px`;
  return low;
}

/**
 * Sizes found before, by what decides them: a loop shows the same slides again and again, and a size
 * found once costs one layout to check (the one the browser would do anyway to paint the slide)
 * instead of six to nine to find: at CPU 6×, much of the difference between a transition with a long
 * task and one without. Bounded: a new bundle's slides push out the old.
 */
interface Fitted {
  /** The host's box the sizes were found in (the stage with or without a ticker, a notice). */
  width: number;
  height: number;
  sizes: number[];
}
const FITTED = new Map<string, Fitted>();
export const FITTED_MAX = 256;

/**
 * What decides the fitted sizes, besides the host's box: the element, the window, the bounds, and
 * every fitted box's text. The texts enter as their hash (content/text-hash.ts), not whole: a key
 * holding them kept every text fitted in the last 256 (a page of a phase is a few kilobytes of
 * UTF-16; a countdown's text changes every day), and the soak saw the heap grow by that much.
 */
function fitKey(host: HTMLElement, boxes: readonly HTMLElement[], minPx: number, maxPx: number): string {
  const texts = textHash(boxes.map((box) => `${box.className}:${box.textContent}`).join('\u0000'));
  return [host.localName, host.className, window.innerWidth, window.innerHeight, minPx, maxPx, boxes.length, texts].join('\u0000');
}

/** The cache's size and the characters its keys hold (tests: bounded, and no text kept). */
export function fittedCacheFootprint(): { entries: number; keyChars: number } {
  let keyChars = 0;
  for (const key of FITTED.keys()) keyChars += key.length;
  return { entries: FITTED.size, keyChars };
}

function remember(key: string, fitted: Fitted): void {
  FITTED.delete(key);
  FITTED.set(key, fitted);
  if (FITTED.size > FITTED_MAX) FITTED.delete(FITTED.keys().next().value!);
}

export interface FitOptions {
  /** Selector of the boxes to fit inside the host's shadow root. */
  selector: string;
  /** Smallest and largest font size as a fraction of the viewport height (of its shorter side with `vmin`). */
  min: number;
  max: number;
  vmin?: boolean;
}

/**
 * Fits the host's boxes after each render, when the window is resized, when web fonts arrive, and
 * whenever the host's own box changes size (a ResizeObserver: the ticker appearing, a notice, an
 * orientation change mid-slide, a first paint before the stage settled), not only the window.
 */
export class FitTextController implements ReactiveController {
  /** The window and the fonts change in bursts (nine font files at start): one fit for each frame at most. */
  private readonly onResize = () => {
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      this.fit();
    });
  };
  private frame: number | undefined;
  private observer: ResizeObserver | undefined;
  /** The host's size at the last fit: a size already fitted for is not fitted again (no feedback loop). */
  private fittedFor = '';
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FitOptions,
  ) {
    host.addController(this);
  }
  hostConnected(): void {
    window.addEventListener('resize', this.onResize);
    // Measured before the web font arrives, text would be fitted with the fallback font's metrics.
    document.fonts?.addEventListener('loadingdone', this.onResize);
    void document.fonts?.ready.then(this.onResize);
    if (typeof ResizeObserver === 'function') {
      this.observer ??= new ResizeObserver((entries) => {
        const box = entries.at(-1)?.contentRect;
        if (box && sizeKey(box.width, box.height) !== this.fittedFor) this.fit();
      });
      this.observer.observe(this.host);
    }
  }
  hostDisconnected(): void {
    window.removeEventListener('resize', this.onResize);
    document.fonts?.removeEventListener('loadingdone', this.onResize);
    this.observer?.disconnect();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
  hostUpdated(): void {
    this.fit();
  }
  fit(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const height = this.options.vmin ? Math.min(window.innerWidth, window.innerHeight) : window.innerHeight;
    const [minPx, maxPx] = [this.options.min * height, this.options.max * height];
    const boxes = [...root.querySelectorAll<HTMLElement>(this.options.selector)];
    const key = fitKey(this.host, boxes, minPx, maxPx);
    const known = FITTED.get(key);
    if (known?.sizes.length === boxes.length) {
      // Set before anything is measured, so the first layout is already the fitted one.
      boxes.forEach((box, index) => (box.style.fontSize = `${known.sizes[index]}px`));
      // Checked, not trusted: another box for the host, or a box that overflows (another font), is fitted again.
      const sameBox = this.host.clientWidth === known.width && this.host.clientHeight === known.height;
      if (sameBox && !boxes.some(overflows)) return this.fitted();
    }
    const sizes = boxes.map((box) => fitText(box, minPx, maxPx));
    // Sizes measured while a web font was still coming would be the fallback's: those are not kept.
    if (document.fonts?.status !== 'loading') remember(key, { width: this.host.clientWidth, height: this.host.clientHeight, sizes });
    this.fitted();
  }

  private fitted(): void {
    // Read after fitting: should the fitted text change the host's size, that size counts as fitted.
    const style = getComputedStyle(this.host);
    this.fittedFor = sizeKey(
      this.host.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0'),
      this.host.clientHeight - parseFloat(style.paddingTop || '0') - parseFloat(style.paddingBottom || '0'),
    );
  }
}

/** Sizes rounded to whole pixels: sub-pixel jitter is not a new size. */
function sizeKey(width: number, height: number): string {
  return `${Math.round(width)}x${Math.round(height)}`;
}
