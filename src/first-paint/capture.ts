/**
 * The player's half of the first paint (draw.ts is the other): whenever a slogan has been on screen a
 * moment (entered, fitted, in its web font), what it looks like is measured and kept in localStorage,
 * only when it differs from what is kept. Loaded after the first slide (a part of the app's
 * after-first-slide controller); it reads only the DOM `<signage-app>` renders and the attributes it
 * reflects, so it knows nothing of the player's internals.
 */
import {
  BOX_PROPERTIES,
  buildSnapshot,
  isSnapshotSlide,
  parseSnapshot,
  samePicture,
  SNAPSHOT_KEY,
  STAGE_PROPERTIES,
  TEXT_PROPERTIES,
  type Measured,
  type Snapshot,
  type Styles,
} from './snapshot';

/** After the slide's entrance (700 ms) and its fitting; the font is awaited as well. */
const SETTLE_MS = 1_500;

function stylesOf(element: Element, names: readonly string[]): Styles {
  const computed = getComputedStyle(element);
  return Object.fromEntries(names.map((name) => [name, computed.getPropertyValue(name)]));
}

const rectOf = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return { x: rect.x, y: rect.y, w: rect.width, h: rect.height };
};

/** The element's own text (its text nodes), or undefined when it has none; null when it also has elements with text inside. */
function ownText(element: Element): string | undefined | null {
  let own = '';
  let nested = false;
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) own += node.textContent ?? '';
    else if (node.nodeType === Node.ELEMENT_NODE && (node.textContent ?? '').trim() !== '') nested = true;
  }
  if (own.trim() === '') return undefined;
  return nested ? null : own;
}

/**
 * What the slide on screen looks like, measured; undefined when it cannot be drawn back as text and
 * plain boxes (a picture, a clip, text mixed with elements).
 */
export function measure(host: HTMLElement): Measured | undefined {
  const stage = host.shadowRoot?.querySelector('main.stage');
  // The slide on screen, not the next one prepared behind it (inert: app/slide-layers.ts).
  const slides = stage ? [...stage.children].filter((child) => child.localName.startsWith('slide-') && !(child as HTMLElement).inert) : [];
  if (!stage || slides.length !== 1) return undefined;
  const slide = slides[0]!;
  const root = slide.shadowRoot;
  if (!root) return undefined;
  const boxes: Measured['boxes'] = [];
  for (const element of [slide, ...root.querySelectorAll('*')]) {
    if (/^(img|video|canvas|svg|picture|iframe|object)$/.test(element.localName)) return undefined;
    if (/^(style|template|slot)$/.test(element.localName) || getComputedStyle(element).visibility !== 'visible') continue;
    const text = ownText(element);
    if (text === null) return undefined;
    const rect = rectOf(element);
    if (text === undefined) boxes.push({ ...rect, style: stylesOf(element, BOX_PROPERTIES) });
    else {
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? undefined;
      boxes.push({ ...rect, text, ...(lang ? { lang } : {}), style: stylesOf(element, TEXT_PROPERTIES) });
    }
  }
  return {
    at: Date.now(),
    window: { width: innerWidth, height: innerHeight, dpr: devicePixelRatio },
    slide: host.getAttribute('slide'),
    content: host.getAttribute('content-version'),
    app: host.getAttribute('app-version'),
    page: getComputedStyle(host).backgroundColor,
    stage: { ...rectOf(stage), style: stylesOf(stage, STAGE_PROPERTIES) },
    boxes,
  };
}

function stored(): Snapshot | undefined {
  try {
    return parseSnapshot(localStorage.getItem(SNAPSHOT_KEY));
  } catch {
    return undefined;
  }
}

/** Keeps the slogan on screen, if it is one and it differs from what is kept. True when written. */
export function keepSnapshot(host: HTMLElement): boolean {
  const measured = measure(host);
  const snapshot = measured && buildSnapshot(measured);
  if (!snapshot || samePicture(stored(), snapshot)) return false;
  try {
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot));
    return true;
  } catch {
    // Full, or storage refused (private mode): the next start simply draws nothing first.
    return false;
  }
}

/** Watches the player's `slide` attribute and keeps each slogan once it has settled on screen. */
export function keepFirstPaint(host: HTMLElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const look = () => {
    clearTimeout(timer);
    const slide = host.getAttribute('slide');
    if (!isSnapshotSlide(slide) || host.hasAttribute('screen-off')) return;
    timer = setTimeout(() => {
      void document.fonts.ready.then(() =>
        requestAnimationFrame(() => {
          if (host.getAttribute('slide') === slide) keepSnapshot(host);
        }),
      );
    }, SETTLE_MS);
  };
  new MutationObserver(look).observe(host, { attributes: true, attributeFilter: ['slide', 'screen-off'] });
  look();
}
