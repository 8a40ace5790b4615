/**
 * The first paint: a classic script (bundled into /first-paint.js as a plain IIFE by
 * src/build/first-paint-script.ts), run at the end of index.html's body, during parsing, before
 * the player's module. It draws the last slogan the player showed (snapshot.ts, kept by capture.ts)
 * as plain DOM over the page: the page's background, the stage at its place, each text box at its
 * place in its font, text set with textContent only. Then it gets out of the player's way by
 * watching the attributes `<signage-app>` reflects:
 * - the player's first slide is the snapshot's (same content, stage in place): the frame around the
 *   stage is uncovered (header, ticker), the stage stays covered until the next slide, which the
 *   layer fades out over (opacity only);
 * - any other first slide, the screen off, a standby tab: removed at once;
 * - no slide within 15 s (a player that failed to start, a watchdog's reload): removed.
 * Any exception removes it. Nothing is drawn for a snapshot that is odd, of another build, or of
 * another window size or pixel density.
 */
import { closeRects, fitsWindow, LAYER_ID, parseSnapshot, SNAPSHOT_KEY, type Snapshot, type Styles } from './snapshot';

declare const __APP_VERSION__: string;

const GIVE_UP_MS = 15_000;
const FADE_MS = 700;

function styled<K extends keyof HTMLElementTagNameMap>(tag: K, styles: Styles): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(styles)) element.style.setProperty(name, value);
  return element;
}

const px = (value: number) => `${value}px`;

function place(snapshot: Snapshot): HTMLDivElement {
  const layer = styled('div', {
    position: 'fixed',
    inset: '0',
    'z-index': '2147483647',
    'background-color': snapshot.page,
    'pointer-events': 'none',
    overflow: 'hidden',
    contain: 'strict',
  });
  layer.id = LAYER_ID;
  layer.dataset.slide = snapshot.slide;
  layer.setAttribute('aria-hidden', 'true');
  const { stage } = snapshot;
  // The page's colour under the stage, which stays once the layer uncovers the player's frame: the
  // stage's own background may be see-through, and the player's stage (its loading line) is below.
  const backdrop = styled('div', {
    position: 'absolute',
    left: px(stage.x),
    top: px(stage.y),
    width: px(stage.w),
    height: px(stage.h),
    'background-color': snapshot.page,
  });
  const frame = styled('div', {
    ...stage.style,
    position: 'absolute',
    left: px(stage.x),
    top: px(stage.y),
    width: px(stage.w),
    height: px(stage.h),
    overflow: 'hidden',
    'box-sizing': 'border-box',
  });
  for (const box of snapshot.boxes) {
    const element = styled('div', {
      margin: '0',
      padding: '0',
      ...box.style,
      position: 'absolute',
      left: px(box.x),
      top: px(box.y),
      width: px(box.w),
      height: px(box.h),
      'box-sizing': 'border-box',
    });
    if (box.lang) element.lang = box.lang;
    if (box.text !== undefined) element.textContent = box.text;
    frame.append(element);
  }
  layer.append(backdrop, frame);
  return layer;
}

function run(): void {
  let stored: string | null;
  try {
    stored = localStorage.getItem(SNAPSHOT_KEY);
  } catch {
    return;
  }
  const snapshot = parseSnapshot(stored);
  if (!snapshot || snapshot.app !== __APP_VERSION__) return;
  if (!fitsWindow(snapshot, { width: innerWidth, height: innerHeight, dpr: devicePixelRatio })) return;
  const app = document.querySelector('signage-app');
  if (!app) return;
  let layer: HTMLDivElement | undefined;
  let observer: MutationObserver | undefined;
  const drop = () => {
    observer?.disconnect();
    layer?.remove();
    layer = undefined;
  };
  try {
    layer = place(snapshot);
    document.body.append(layer);
    // The player's entry blocks rendering until it has run (src/build/render-blocking-entry.ts): with
    // a slide to show already, the page may paint now.
    document.querySelector('script[type="module"][blocking]')?.removeAttribute('blocking');
    let first: string | undefined;
    const check = () => {
      try {
        if (!layer) return;
        if (app.hasAttribute('screen-off') || app.getAttribute('state') === 'standby') return drop();
        const slide = app.getAttribute('slide');
        if (!slide) return;
        if (first === undefined) {
          first = slide;
          const stage = app.shadowRoot?.querySelector('main.stage')?.getBoundingClientRect();
          const same =
            slide === snapshot.slide &&
            app.getAttribute('content-version') === snapshot.content &&
            stage !== undefined &&
            closeRects({ x: stage.x, y: stage.y, w: stage.width, h: stage.height }, snapshot.stage);
          if (!same) return drop();
          // The player's frame is there: only the stage stays covered.
          layer.style.backgroundColor = 'transparent';
          layer.dataset.held = 'yes';
          return;
        }
        if (slide === first) return;
        // The second slide enters: the layer fades out over it, then goes.
        observer?.disconnect();
        const fading = layer;
        if (matchMedia('(prefers-reduced-motion: reduce)').matches || typeof fading.animate !== 'function') return drop();
        fading.animate([{ opacity: 1 }, { opacity: 0 }], { duration: FADE_MS, easing: 'ease-in', fill: 'forwards' }).onfinish = drop;
        setTimeout(drop, FADE_MS + 500);
      } catch {
        drop();
      }
    };
    observer = new MutationObserver(check);
    observer.observe(app, { attributes: true, attributeFilter: ['slide', 'state', 'screen-off'] });
    setTimeout(() => {
      if (first === undefined) drop();
    }, GIVE_UP_MS);
  } catch {
    drop();
  }
}

try {
  run();
} catch {
  document.getElementById(LAYER_ID)?.remove();
}
