import { expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { decodePng, dominantShare } from '../e2e/frames';

function png(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Buffer {
  const raw = Buffer.alloc(height * (width * 3 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 1; // "sub" filter, to exercise unfiltering
    let previous = [0, 0, 0];
    for (let x = 0; x < width; x++) {
      const rgb = pixel(x, y);
      for (let c = 0; c < 3; c++) raw[y * (width * 3 + 1) + 1 + x * 3 + c] = (rgb[c]! - previous[c]! + 256) & 0xff;
      previous = rgb;
    }
  }
  const chunk = (type: string, body: Buffer) => {
    const header = Buffer.alloc(8);
    header.writeUInt32BE(body.length, 0);
    header.write(type, 4, 'ascii');
    return Buffer.concat([header, body, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

it('the frame decoder tells a flat frame from a busy one', () => {
  const flat = decodePng(png(40, 30, () => [122, 10, 10]));
  expect(Array.from(flat.data.slice(0, 6))).toEqual([122, 10, 10, 122, 10, 10]);
  expect(dominantShare(flat)).toBe(1);
  const busy = decodePng(png(40, 30, (x, y) => ((x + y) % 3 === 0 ? [255, 221, 102] : [122, 10, 10])));
  expect(dominantShare(busy)).toBeLessThan(0.8);
});
