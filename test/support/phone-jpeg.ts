/**
 * A phone's photo for the picture tests, made at test time (no multi-megabyte file in the
 * repository): a JPEG that Chromium encodes from a canvas, given the EXIF a phone writes: the
 * orientation (6: the sensor's picture is to be turned 90° clockwise, as for a phone held upright),
 * the maker and model, and a GPS position, which the staff page must not let reach the server.
 */

export const PHONE_MAKE = 'TestPhone Maker';
export const PHONE_MODEL = 'Model 12MP';

/** An IFD entry, big-endian: tag, type, count, value (or offset to it). */
function entry(tag: number, type: number, count: number, value: number | Buffer): Buffer {
  const out = Buffer.alloc(12);
  out.writeUInt16BE(tag, 0);
  out.writeUInt16BE(type, 2);
  out.writeUInt32BE(count, 4);
  if (Buffer.isBuffer(value)) value.copy(out, 8, 0, 4);
  else if (type === 3) out.writeUInt16BE(value, 8);
  else out.writeUInt32BE(value, 8);
  return out;
}

function ifd(entries: Buffer[], next = 0): Buffer {
  const head = Buffer.alloc(2);
  head.writeUInt16BE(entries.length, 0);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(next, 0);
  return Buffer.concat([head, ...entries, tail]);
}

const ascii = (text: string) => Buffer.from(`${text}\0`, 'latin1');

/** The APP1 "Exif" segment: IFD0 (Make, Model, Orientation, GPS pointer) and a GPS IFD (21°48′N). */
export function exifSegment(orientation: number): Buffer {
  const make = ascii(PHONE_MAKE);
  const model = ascii(PHONE_MODEL);
  // Offsets are from the start of the TIFF header: IFD0 at 8, 4 entries → 8 + 2 + 48 + 4 = 62.
  const ifd0Size = 2 + 4 * 12 + 4;
  const makeAt = 8 + ifd0Size;
  const modelAt = makeAt + make.length;
  const gpsAt = modelAt + model.length;
  const gpsSize = 2 + 2 * 12 + 4;
  const latitudeAt = gpsAt + gpsSize;
  const latitude = Buffer.alloc(24);
  [21, 1, 48, 1, 0, 1].forEach((number, index) => latitude.writeUInt32BE(number, index * 4));
  const tiff = Buffer.concat([
    Buffer.from('MM\0\x2a\0\0\0\x08', 'latin1'),
    ifd([
      entry(0x010f, 2, make.length, makeAt),
      entry(0x0110, 2, model.length, modelAt),
      entry(0x0112, 3, 1, orientation),
      entry(0x8825, 4, 1, gpsAt),
    ]),
    make,
    model,
    ifd([entry(0x0001, 2, 2, Buffer.from('N\0\0\0', 'latin1')), entry(0x0002, 5, 3, latitudeAt)]),
    latitude,
  ]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const marker = Buffer.alloc(4);
  marker.writeUInt16BE(0xffe1, 0);
  marker.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([marker, body]);
}

/** `jpeg` with the EXIF segment right after its start-of-image marker, where cameras put it. */
export function withExif(jpeg: Buffer, orientation: number): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  return Buffer.concat([jpeg.subarray(0, 2), exifSegment(orientation), jpeg.subarray(2)]);
}

/**
 * Script for page.evaluate: a 4032×3024 JPEG (the sensor's landscape picture of a 12 MP phone, a
 * few megabytes like a phone's) as base64, with a red block in its top-left corner and a blue one
 * in its bottom-left, on a noisy photo-like gradient. Turned upright (orientation 6), the red block is top-right.
 */
export const SENSOR_JPEG_SCRIPT = `(async () => {
  const canvas = new OffscreenCanvas(4032, 3024);
  const context = canvas.getContext('2d');
  const sky = context.createLinearGradient(0, 0, 4032, 3024);
  sky.addColorStop(0, '#e9d8a6');
  sky.addColorStop(0.5, '#94d2bd');
  sky.addColorStop(1, '#005f73');
  context.fillStyle = sky;
  context.fillRect(0, 0, 4032, 3024);
  for (let index = 0; index < 400; index++) {
    context.fillStyle = 'hsl(' + ((index * 37) % 360) + ' 60% 50% / 0.35)';
    context.beginPath();
    context.arc((index * 997) % 4032, (index * 571) % 3024, 40 + (index % 7) * 25, 0, Math.PI * 2);
    context.fill();
  }
  // Sensor noise, as in a real photo: it is what makes a phone's JPEG weigh megabytes.
  const pixels = context.getImageData(0, 0, 4032, 3024);
  let seed = 12345;
  for (let index = 0; index < pixels.data.length; index += 4) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const noise = (seed >>> 24) - 128;
    pixels.data[index] += noise >> 2;
    pixels.data[index + 1] += noise >> 2;
    pixels.data[index + 2] += noise >> 2;
  }
  context.putImageData(pixels, 0, 0);
  context.fillStyle = '#ff0000';
  context.fillRect(0, 0, 600, 600);
  context.fillStyle = '#0000ff';
  context.fillRect(0, 2424, 600, 600);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let index = 0; index < bytes.length; index += 8192) text += String.fromCharCode(...bytes.subarray(index, index + 8192));
  return btoa(text);
})()`;
