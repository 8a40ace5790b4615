import { describe, expect, it } from 'vitest';
import {
  buildSnapshot,
  closeRects,
  fitsWindow,
  isPlainValue,
  isSnapshotSlide,
  parseSnapshot,
  samePicture,
  SNAPSHOT_VERSION,
  type Measured,
  type Snapshot,
} from '../../src/first-paint/snapshot';

const textStyle = {
  'font-family': '"Be Vietnam Pro", system-ui, sans-serif',
  'font-size': '117.692px',
  'font-weight': '800',
  'line-height': '143.585px',
  color: 'rgb(255, 221, 102)',
  'text-align': 'center',
  'text-wrap-style': 'balance',
};

/** A slogan as the player measures it (viewport rects), with a rule above and a transparent wrapper. */
function measured(overrides: Partial<Measured> = {}): Measured {
  return {
    at: 1_795_833_846_704,
    window: { width: 1920, height: 1080, dpr: 1 },
    slide: 'slogan:slogan-1',
    content: '2020-02-10.1',
    app: '20261128-024337',
    page: 'rgb(122, 10, 10)',
    stage: { x: 16, y: 201.734, w: 1894, h: 866, style: { 'background-color': 'rgba(0, 0, 0, 0)', 'outline-style': 'solid' } },
    boxes: [
      { x: 865.84, y: 240.6, w: 194.39, h: 6.47, style: { 'background-color': 'rgb(255, 221, 102)', 'border-radius': '0px' } },
      { x: 80, y: 270, w: 1764, h: 718, style: { 'background-color': 'rgba(0, 0, 0, 0)', 'border-radius': '0px' } },
      { x: 80.8, y: 275.9, w: 1764.5, h: 717.89, text: 'Thi đua lập thành tích', lang: 'vi', style: textStyle },
    ],
    ...overrides,
  };
}

const good = (): Snapshot => buildSnapshot(measured())!;

describe('what the first paint keeps', () => {
  it('keeps slogans only: nothing that shows the time or a date', () => {
    expect(isSnapshotSlide('slogan:slogan-1')).toBe(true);
    for (const id of ['countdown:congress', 'phase:phase-2', 'timeline', 'fallback', 'announcement:a1:1', '', null, undefined, 7])
      expect(isSnapshotSlide(id), String(id)).toBe(false);
    expect(buildSnapshot(measured({ slide: 'countdown:congress' }))).toBeUndefined();
    expect(buildSnapshot(measured({ slide: null }))).toBeUndefined();
  });

  it('a slogan: the stage where it is, boxes relative to it, transparent boxes left out, text and lang kept', () => {
    const snapshot = good();
    expect(snapshot).toMatchObject({
      v: SNAPSHOT_VERSION,
      width: 1920,
      height: 1080,
      dpr: 1,
      slide: 'slogan:slogan-1',
      page: 'rgb(122, 10, 10)',
    });
    expect(snapshot.stage).toMatchObject({ x: 16, y: 201.73, w: 1894, h: 866 });
    expect(snapshot.boxes).toHaveLength(2);
    expect(snapshot.boxes[0]).toEqual({
      x: 849.84,
      y: 38.87,
      w: 194.39,
      h: 6.47,
      style: { 'background-color': 'rgb(255, 221, 102)', 'border-radius': '0px' },
    });
    expect(snapshot.boxes[1]).toMatchObject({ x: 64.8, y: 74.17, text: 'Thi đua lập thành tích', lang: 'vi', style: textStyle });
  });

  it('nothing without a text, without the content version or the build, or with a style value that could fetch', () => {
    expect(buildSnapshot(measured({ boxes: measured().boxes.slice(0, 2) }))).toBeUndefined();
    expect(buildSnapshot(measured({ content: null }))).toBeUndefined();
    expect(buildSnapshot(measured({ app: null }))).toBeUndefined();
    const boxes = measured().boxes;
    boxes[0] = { ...boxes[0]!, style: { 'background-color': 'url(https://example.org/x.png)' } };
    expect(buildSnapshot(measured({ boxes }))).toBeUndefined();
  });

  it('the same picture taken later is not written again; another text is', () => {
    const first = good();
    expect(samePicture(first, { ...first, savedAt: first.savedAt + 60_000 })).toBe(true);
    expect(samePicture(undefined, first)).toBe(false);
    const other = buildSnapshot(measured({ boxes: measured().boxes.map((box) => (box.text ? { ...box, text: 'Khác' } : box)) }))!;
    expect(samePicture(first, other)).toBe(false);
  });
});

describe('reading a snapshot back (anything odd: nothing drawn)', () => {
  it('a snapshot round-trips', () => {
    const snapshot = good();
    expect(parseSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('refuses what is not a snapshot of this version', () => {
    for (const stored of [null, undefined, '', 'not json', '{', '[]', 'null', '42', '{}', JSON.stringify({ ...good(), v: 2 })])
      expect(parseSnapshot(stored), String(stored)).toBeUndefined();
  });

  it('refuses a missing or mistyped field, a number out of range, a slide that is not a slogan', () => {
    const cases: Record<string, unknown>[] = [
      { width: '1920' },
      { height: -1 },
      { dpr: 0 },
      { savedAt: Number.NaN },
      { slide: 'countdown:x' },
      { content: '' },
      { app: 3 },
      { page: 'red; position: static' },
      { stage: { x: 0, y: 0, w: 10 } },
      { boxes: [] },
      { boxes: 'x' },
      { boxes: [{ x: 0, y: 0, w: 1, h: 1, style: {} }] },
      { boxes: [{ x: 0, y: 0, w: 1e9, h: 1, text: 'a', style: {} }] },
      { boxes: [{ x: 0, y: 0, w: 1, h: 1, text: '', style: {} }] },
      { boxes: [{ x: 0, y: 0, w: 1, h: 1, text: 'a', lang: 'vi"><b', style: {} }] },
      { boxes: Array.from({ length: 41 }, () => ({ x: 0, y: 0, w: 1, h: 1, text: 'a', style: {} })) },
    ];
    for (const change of cases) expect(parseSnapshot(JSON.stringify({ ...good(), ...change })), JSON.stringify(change)).toBeUndefined();
    const { slide: _slide, ...missing } = good();
    expect(parseSnapshot(JSON.stringify(missing))).toBeUndefined();
  });

  it('refuses style properties it does not list and values that could fetch or break out', () => {
    const withStyle = (style: Record<string, unknown>) => {
      const snapshot = good();
      snapshot.boxes[1] = { ...snapshot.boxes[1]!, style: style as Record<string, string> };
      return JSON.stringify(snapshot);
    };
    expect(parseSnapshot(withStyle({ color: 'red' }))).toBeDefined();
    for (const style of [
      { 'background-image': 'none' },
      { position: 'static' },
      { color: 'red; background: url(x)' },
      { 'font-family': 'x} body{color:red' },
      { color: 3 },
      { 'font-family': 'a'.repeat(201) },
      // A plain box's properties are not a text's.
      { 'background-color': 'red' },
    ])
      expect(parseSnapshot(withStyle(style)), JSON.stringify(style)).toBeUndefined();
    expect(isPlainValue('image-set("a.png" 1x)')).toBe(false);
    expect(isPlainValue('"Be Vietnam Pro", system-ui, sans-serif')).toBe(true);
  });
});

describe('where it is drawn', () => {
  it('only in a window of the same size and pixel density', () => {
    const snapshot = good();
    expect(fitsWindow(snapshot, { width: 1920, height: 1080, dpr: 1 })).toBe(true);
    expect(fitsWindow(snapshot, { width: 1920, height: 1079, dpr: 1 })).toBe(false);
    expect(fitsWindow(snapshot, { width: 1920, height: 1080, dpr: 2 })).toBe(false);
  });

  it("over the player's stage only when it sits within the burn-in orbit of the snapshot's", () => {
    const stage = { x: 16, y: 200, w: 1894, h: 866 };
    expect(closeRects(stage, { ...stage, x: 22, y: 194 })).toBe(true);
    expect(closeRects(stage, { ...stage, y: 250, h: 816 })).toBe(false);
    // The player's first frame before its ticker: the same stage, taller (seen: 868 px for 804).
    expect(closeRects({ ...stage, h: 930 }, stage)).toBe(true);
    expect(closeRects({ ...stage, h: 800 }, stage)).toBe(false);
  });
});
