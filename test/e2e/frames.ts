/**
 * Watching what the screen actually paints: CDP screencast frames, decoded (8-bit PNG, no
 * interlace, as Chromium sends them) just far enough to tell a blank frame from a slide.
 */
import { inflateSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';

export interface Pixels {
  width: number;
  height: number;
  channels: number;
  data: Uint8Array;
}

export function decodePng(png: Buffer): Pixels {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [bitDepth, colourType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (bitDepth !== 8 || interlace !== 0) throw new Error(`unsupported PNG: depth ${bitDepth}, interlace ${interlace}`);
      channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colourType as 0 | 2 | 4 | 6];
      if (!channels) throw new Error(`unsupported PNG colour type ${colourType}`);
    } else if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? data[y * stride + x - channels]! : 0;
      const up = y > 0 ? data[(y - 1) * stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? data[(y - 1) * stride + x - channels]! : 0;
      let value = line[x]!;
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const estimate = left + up - upLeft;
        const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
        value += a <= b && a <= c ? left : b <= c ? up : upLeft;
      }
      data[y * stride + x] = value & 0xff;
    }
  }
  return { width, height, channels, data };
}

/** The most common colour, as #rrggbb. */
export function dominantColour(pixels: Pixels): string {
  const counts = new Map<number, number>();
  for (let index = 0; index < pixels.data.length; index += pixels.channels * 7) {
    const key = (pixels.data[index]! << 16) | (pixels.data[index + 1]! << 8) | pixels.data[index + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key] = [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  return `#${key.toString(16).padStart(6, '0')}`;
}

/** Share of the frame taken by its most common colour: 1.0 is a flat, blank frame. */
export function dominantShare(pixels: Pixels): number {
  const counts = new Map<number, number>();
  const step = pixels.channels;
  let total = 0;
  for (let index = 0; index < pixels.data.length; index += step * 7) {
    const key = (pixels.data[index]! << 16) | (pixels.data[index + 1]! << 8) | pixels.data[index + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total++;
  }
  return Math.max(...counts.values()) / total;
}

export interface Recorder {
  frames: { at: number; share: number; colour: string }[];
  stop(): Promise<void>;
}

/** Records every painted frame's blankness until stopped. */
export async function recordFrames(page: Page): Promise<Recorder> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const frames: Recorder['frames'] = [];
  session.on('Page.screencastFrame', (event: { data: string; sessionId: number }) => {
    const pixels = decodePng(Buffer.from(event.data, 'base64'));
    frames.push({ at: Date.now(), share: dominantShare(pixels), colour: dominantColour(pixels) });
    void session.send('Page.screencastFrameAck', { sessionId: event.sessionId }).catch(() => {});
  });
  await session.send('Page.startScreencast', { format: 'png', maxWidth: 480, maxHeight: 270, everyNthFrame: 1 });
  return {
    frames,
    stop: async () => {
      await session.send('Page.stopScreencast').catch(() => {});
      await session.detach().catch(() => {});
    },
  };
}
