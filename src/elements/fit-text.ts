/**
 * Sizes text to fill its box without overflowing: a bounded binary search on font size
 * (at most 8 layouts, run once per slide and on resize), never a loop on every frame.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}

/** Sets the largest font size in [minPx, maxPx] at which `box` does not overflow; returns it. */
export function fitText(box: HTMLElement, minPx: number, maxPx: number, steps = 8): number {
  let low = minPx;
  let high = Math.max(minPx, maxPx);
  box.style.fontSize = `${high}px`;
  if (!overflows(box)) return high;
  for (let step = 0; step < steps && high - low > 0.5; step++) {
    const middle = (low + high) / 2;
    box.style.fontSize = `${middle}px`;
    if (overflows(box)) high = middle;
    else low = middle;
  }
  box.style.fontSize = `${low}px`;
  return low;
}

export interface FitOptions {
  /** Selector of the boxes to fit inside the host's shadow root. */
  selector: string;
  /** Smallest and largest font size as a fraction of the viewport height. */
  min: number;
  max: number;
}

/**
 * Fits the host's boxes after each render, when the window is resized, when web fonts arrive, and
 * whenever the host's own box changes size (a ResizeObserver: the ticker appearing, a notice, an
 * orientation change mid-slide, a first paint before the stage settled), not only the window.
 */
export class FitTextController implements ReactiveController {
  private readonly onResize = () => this.fit();
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
  }
  hostUpdated(): void {
    this.fit();
  }
  fit(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const height = window.innerHeight;
    for (const box of root.querySelectorAll<HTMLElement>(this.options.selector))
      fitText(box, this.options.min * height, this.options.max * height);
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
