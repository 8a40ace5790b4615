/**
 * The first paint's snapshot: what the last slogan on screen looked like, kept in localStorage by the
 * player (capture.ts) and drawn as plain DOM by a classic script before any module runs (draw.ts).
 * Pure: no DOM. The snapshot is untrusted on the way back in (storage can hold anything): parseSnapshot
 * checks every field's type and range, and accepts only the style properties listed here, with values
 * that cannot fetch anything or break out of a declaration.
 */

export const SNAPSHOT_KEY = 'signage:first-paint';
export const SNAPSHOT_VERSION = 1;
export { LAYER_ID } from './layer-id';

/** A box in CSS pixels; the stage's relative to the viewport, a text box's relative to the stage. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Styles = Record<string, string>;

/** One visible box of the slide: a text (drawn with textContent) or a plain coloured box (a rule). */
export interface Box extends Rect {
  text?: string;
  lang?: string;
  style: Styles;
}

export interface Snapshot {
  v: typeof SNAPSHOT_VERSION;
  /** Device time it was taken (ms since the epoch). */
  savedAt: number;
  width: number;
  height: number;
  dpr: number;
  /** The slide's id, as the player's `slide` attribute says it. */
  slide: string;
  /** The content version on screen (the player's `content-version`). */
  content: string;
  /** The build that drew it (the player's `app-version`): another build's snapshot is not drawn. */
  app: string;
  /** The page's background colour (the player's frame), around the stage until the player draws its frame. */
  page: string;
  stage: Rect & { style: Styles };
  boxes: Box[];
}

/** The text's look: copied from the slide's computed style onto each drawn text box. */
export const TEXT_PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'color',
  'text-align',
  'letter-spacing',
  'text-transform',
  'white-space',
  'text-wrap-mode',
  'text-wrap-style',
  'overflow-wrap',
  'word-break',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
] as const;
/** A box without text is drawn only if it has a colour of its own (the slogan's gold rules). */
export const BOX_PROPERTIES = ['background-color', 'border-radius'] as const;
/** The stage: its background and its gold outline. */
export const STAGE_PROPERTIES = ['background-color', 'outline-color', 'outline-style', 'outline-width', 'outline-offset'] as const;

const ALLOWED = new Set<string>([...TEXT_PROPERTIES, ...BOX_PROPERTIES, ...STAGE_PROPERTIES]);
const MAX_BOXES = 40;
const MAX_TEXT = 2_000;
const MAX_VALUE = 200;
const MAX_PX = 20_000;

/** Only slogans are kept: no text that depends on the time (countdowns, clocks, phase pages, dates). */
export function isSnapshotSlide(slideId: unknown): slideId is string {
  return typeof slideId === 'string' && slideId.startsWith('slogan:');
}

/** A style value that is plain: no url() or image function (nothing fetched), nothing that ends a declaration. */
export function isPlainValue(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_VALUE && !/[;{}<>\\]|url\(|image|expression|@/i.test(value);
}

export function isTransparent(colour: string): boolean {
  return colour === 'transparent' || /^rgba\([^)]*,\s*0\)$/.test(colour.replace(/\s+/g, ' '));
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

function parseStyles(value: unknown, allowed: readonly string[]): Styles | undefined {
  if (!isObject(value)) return undefined;
  const styles: Styles = {};
  for (const [name, css] of Object.entries(value)) {
    if (!allowed.includes(name) || !ALLOWED.has(name) || !isPlainValue(css)) return undefined;
    styles[name] = css;
  }
  return styles;
}

function parseRect(value: Json, min: number): Rect | undefined {
  const { x, y, w, h } = value;
  if (!isNumber(x, min, MAX_PX) || !isNumber(y, min, MAX_PX) || !isNumber(w, 0, MAX_PX) || !isNumber(h, 0, MAX_PX)) return undefined;
  return { x, y, w, h };
}

function parseBox(value: unknown): Box | undefined {
  if (!isObject(value)) return undefined;
  const rect = parseRect(value, -MAX_PX);
  if (!rect) return undefined;
  const box: Box = { ...rect, style: {} };
  if (value.text !== undefined) {
    if (!isText(value.text, MAX_TEXT)) return undefined;
    box.text = value.text;
  }
  if (value.lang !== undefined) {
    if (typeof value.lang !== 'string' || !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(value.lang)) return undefined;
    box.lang = value.lang;
  }
  const style = parseStyles(value.style, box.text === undefined ? BOX_PROPERTIES : TEXT_PROPERTIES);
  if (!style) return undefined;
  box.style = style;
  return box;
}

/**
 * The snapshot in `stored` (localStorage's string), or undefined for anything odd: not JSON, another
 * version, a missing or mistyped field, a number out of range, an unknown style property, a value
 * that could fetch or inject. Nothing half-valid is drawn.
 */
export function parseSnapshot(stored: string | null | undefined): Snapshot | undefined {
  if (typeof stored !== 'string' || stored.length > 100_000) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (!isObject(value) || value.v !== SNAPSHOT_VERSION) return undefined;
  const { savedAt, width, height, dpr, slide, content, app, page, stage, boxes } = value;
  if (!isNumber(savedAt, 0, 8.64e15) || !isNumber(width, 1, MAX_PX) || !isNumber(height, 1, MAX_PX) || !isNumber(dpr, 0.1, 16))
    return undefined;
  if (!isSnapshotSlide(slide) || slide.length > 200 || !isText(content, 200) || !isText(app, 200) || !isPlainValue(page)) return undefined;
  if (!isObject(stage) || !Array.isArray(boxes) || boxes.length === 0 || boxes.length > MAX_BOXES) return undefined;
  const stageRect = parseRect(stage, -MAX_PX);
  const stageStyle = parseStyles(stage.style, STAGE_PROPERTIES);
  if (!stageRect || !stageStyle) return undefined;
  const parsed = boxes.map(parseBox);
  if (parsed.some((box) => box === undefined)) return undefined;
  const drawn = parsed as Box[];
  if (!drawn.some((box) => box.text !== undefined)) return undefined;
  return {
    v: SNAPSHOT_VERSION,
    savedAt,
    width,
    height,
    dpr,
    slide,
    content,
    app,
    page,
    stage: { ...stageRect, style: stageStyle },
    boxes: drawn,
  };
}

/** Whether the window the snapshot was taken in is this one: another size or density would draw it wrong. */
export function fitsWindow(snapshot: Snapshot, window: { width: number; height: number; dpr: number }): boolean {
  return snapshot.width === window.width && snapshot.height === window.height && snapshot.dpr === window.dpr;
}

/** The same picture (everything but the time it was taken): not written again. */
export function samePicture(a: Snapshot | undefined, b: Snapshot): boolean {
  return a !== undefined && JSON.stringify({ ...a, savedAt: 0 }) === JSON.stringify({ ...b, savedAt: 0 });
}

/** How far (px) the player's stage may sit from the snapshot's and the layer still cover it: the burn-in orbit is ±3 px. */
export const STAGE_TOLERANCE_PX = 8;

/**
 * The player's stage `a` is where the snapshot's `b` was. It may still be taller: the player's first
 * frame can come before its ticker (the stage then reaches the foot of the screen until it does).
 */
export function closeRects(a: Rect, b: Rect, tolerance = STAGE_TOLERANCE_PX): boolean {
  return Math.abs(a.x - b.x) <= tolerance && Math.abs(a.y - b.y) <= tolerance && Math.abs(a.w - b.w) <= tolerance && a.h >= b.h - tolerance;
}

/** What the capture measured in the page, before it becomes a snapshot. */
export interface Measured {
  at: number;
  window: { width: number; height: number; dpr: number };
  slide: string | null;
  content: string | null;
  app: string | null;
  page: string;
  stage: Rect & { style: Styles };
  /** Viewport rects; a box with a text is a text box, one without a plain box. */
  boxes: (Rect & { text?: string; lang?: string; style: Styles })[];
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The snapshot of a measured slide, or undefined when it is not one to keep: not a slogan, no text,
 * an empty box, a plain box with no colour of its own (left out, not refused), an unsafe style value.
 * Rects become relative to the stage; the result passes parseSnapshot (checked here).
 */
export function buildSnapshot(measured: Measured): Snapshot | undefined {
  const { slide, content, app, stage } = measured;
  if (!isSnapshotSlide(slide) || !content || !app) return undefined;
  const boxes: Box[] = [];
  for (const box of measured.boxes) {
    if (box.w <= 0 || box.h <= 0) continue;
    if (box.text === undefined && (!box.style['background-color'] || isTransparent(box.style['background-color']))) continue;
    const relative: Box = { x: round(box.x - stage.x), y: round(box.y - stage.y), w: round(box.w), h: round(box.h), style: box.style };
    if (box.text !== undefined) relative.text = box.text;
    if (box.lang) relative.lang = box.lang;
    boxes.push(relative);
  }
  const snapshot: Snapshot = {
    v: SNAPSHOT_VERSION,
    savedAt: measured.at,
    ...measured.window,
    slide,
    content,
    app,
    page: measured.page,
    stage: { x: round(stage.x), y: round(stage.y), w: round(stage.w), h: round(stage.h), style: stage.style },
    boxes,
  };
  // What could not be drawn back is not kept.
  return parseSnapshot(JSON.stringify(snapshot)) ? snapshot : undefined;
}
