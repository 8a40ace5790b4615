import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  fitWithin,
  mediaFileName,
  PICTURE_INPUT_MAX_BYTES,
  PICTURE_MAX_EDGE,
  refusal,
  sniff,
  tooManyPixels,
  VIDEO_MAX_BYTES,
} from '../../src/preview/media-files';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? [...value].map((char) => char.charCodeAt(0)) : [value])));
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/media/${name}`, import.meta.url)));

describe('what a file is, by its first bytes', () => {
  it('pictures', () => {
    expect(sniff(bytes(0xff, 0xd8, 0xff, 0xe1))).toEqual({ kind: 'picture', format: 'jpeg' });
    expect(sniff(bytes(0x89, 'PNG\r\n', 0x1a, '\n'))).toEqual({ kind: 'picture', format: 'png' });
    expect(sniff(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toEqual({ kind: 'picture', format: 'webp' });
    expect(sniff(bytes('GIF89a'))).toEqual({ kind: 'picture', format: 'gif' });
    expect(sniff(bytes(0, 0, 0, 0x1c, 'ftypavif'))).toEqual({ kind: 'picture', format: 'avif' });
    expect(sniff(bytes(0, 0, 0, 0x18, 'ftypheic'))).toEqual({ kind: 'picture', format: 'heic' });
  });

  it('the recorded test clips, whatever their names say', () => {
    expect(sniff(fixture('clip-vp9.webm'))).toEqual({ kind: 'video', format: 'webm' });
    expect(sniff(fixture('clip-h264.mp4'))).toEqual({ kind: 'video', format: 'mp4' });
  });

  it('anything else is "other": a PDF, a text, an empty file', () => {
    expect(sniff(bytes('%PDF-1.7'))).toEqual({ kind: 'other' });
    expect(sniff(bytes('<svg xmlns='))).toEqual({ kind: 'other' });
    expect(sniff(new Uint8Array())).toEqual({ kind: 'other' });
  });
});

describe('what is refused, said plainly in both languages', () => {
  it('not a picture or a clip', () => {
    expect(refusal({ kind: 'other' }, 1000)?.en).toBe(
      'This file is not a picture (JPEG, PNG, WebP) or a video (WebM, MP4). Choose a photo or a clip.',
    );
  });

  it('an iPhone HEIC photo, with what to do', () => {
    expect(refusal({ kind: 'picture', format: 'heic' }, 2e6)?.vi).toMatch(/^Ảnh HEIC của iPhone: màn hình không đọc được/);
  });

  it('a picture over 40 MB, a clip over 50 MB; a 6 MB phone photo and a 50 MB clip pass', () => {
    expect(refusal({ kind: 'picture', format: 'jpeg' }, 6e6)).toBeUndefined();
    expect(refusal({ kind: 'picture', format: 'jpeg' }, PICTURE_INPUT_MAX_BYTES + 1)?.en).toBe(
      'The picture is too large (40 MB): at most 40 MB.',
    );
    expect(refusal({ kind: 'video', format: 'mp4' }, VIDEO_MAX_BYTES)).toBeUndefined();
    expect(refusal({ kind: 'video', format: 'mp4' }, 80 * 1024 * 1024)?.en).toBe(
      'The clip is too large (80 MB): at most 50 MB. Shorten it or export it again at 1080p.',
    );
  });

  it('more than 50 million pixels', () => {
    expect(tooManyPixels(4032, 3024)).toBeUndefined();
    expect(tooManyPixels(10000, 8000)?.en).toBe('The picture has too many pixels (10000×8000): at most 50 million.');
  });
});

describe('the size a picture is brought to', () => {
  it('a 12-megapixel phone photo, either way up, to a longest edge of 3840', () => {
    expect(PICTURE_MAX_EDGE).toBe(3840);
    expect(fitWithin(4032, 3024)).toEqual({ width: 3840, height: 2880 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 2880, height: 3840 });
  });

  it('never enlarged; extreme shapes keep at least a pixel', () => {
    expect(fitWithin(1920, 1080)).toEqual({ width: 1920, height: 1080 });
    expect(fitWithin(3840, 100)).toEqual({ width: 3840, height: 100 });
    expect(fitWithin(100_000, 10)).toEqual({ width: 3840, height: 1 });
  });
});

it('names files by their content hash and format', () => {
  expect(mediaFileName('3f9a0c'.padEnd(64, 'e'), 'webp')).toBe(`3f9a0c${'e'.repeat(26)}.webp`);
});
