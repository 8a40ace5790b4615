/**
 * Pictures and clips that staff add from the page, before anything is decoded: what a file is (by
 * its first bytes, not its name or the type the browser guesses), whether the screens can take
 * it, the size a picture is brought down to, and the name it gets on the server. Pure: no DOM.
 */
import { LIMITS, type Sentence } from '../publish/webdav';

/**
 * The longest edge a picture keeps: 3840 px, the long side of a 4K UHD screen (3840×2160), landscape
 * or portrait. The lobby screens are 1920×1080 today; a 4K screen bought later still shows the
 * picture at its own resolution, and a 12-megapixel phone photo (4032×3024) shrinks only a little,
 * to about 1.5 MB of WebP. Smaller would look soft on 4K; larger is pixels no screen shows.
 */
export const PICTURE_MAX_EDGE = 3840;

/** A picture file larger than this is refused before it is decoded (a phone's photos are 3 to 12 MB). */
export const PICTURE_INPUT_MAX_BYTES = 40 * 1024 * 1024;

/** Nor one of more pixels than this (about 8000×6000): decoding it would take hundreds of MB. */
export const PICTURE_INPUT_MAX_PIXELS = 50_000_000;

/** A clip is uploaded as it is: at most what the server takes (deploy/nginx.conf, 50 MB). */
export const VIDEO_MAX_BYTES = LIMITS.mediaBytes;

export type PictureFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'heic';
export type VideoFormat = 'webm' | 'mp4';
export type FileKind = { kind: 'picture'; format: PictureFormat } | { kind: 'video'; format: VideoFormat } | { kind: 'other' };

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));

/** What a file is, from its first 16 bytes (or more). */
export function sniff(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { kind: 'picture', format: 'jpeg' };
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return { kind: 'picture', format: 'png' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { kind: 'picture', format: 'webp' };
  if (ascii(bytes, 0, 4) === 'GIF8') return { kind: 'picture', format: 'gif' };
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return { kind: 'video', format: 'webm' };
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (brand === 'avif' || brand === 'avis') return { kind: 'picture', format: 'avif' };
    if (/^(heic|heix|hevc|mif1|msf1)$/.test(brand)) return { kind: 'picture', format: 'heic' };
    return { kind: 'video', format: 'mp4' };
  }
  return { kind: 'other' };
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Why a file cannot be added, in Vietnamese and English; undefined when it can (then decoded or uploaded). */
export function refusal(kind: FileKind, bytes: number): Sentence | undefined {
  if (kind.kind === 'other')
    return {
      vi: 'Tệp này không phải ảnh (JPEG, PNG, WebP) hay video (WebM, MP4). Hãy chọn ảnh chụp hoặc đoạn video.',
      en: 'This file is not a picture (JPEG, PNG, WebP) or a video (WebM, MP4). Choose a photo or a clip.',
    };
  if (kind.kind === 'picture' && kind.format === 'heic')
    return {
      vi: 'Ảnh HEIC của iPhone: màn hình không đọc được. Trên iPhone chọn Cài đặt › Camera › Định dạng › “Tương thích nhất”, hoặc gửi ảnh dạng JPEG.',
      en: 'An iPhone HEIC photo: the screens cannot read it. On the iPhone choose Settings › Camera › Formats › "Most Compatible", or send it as JPEG.',
    };
  if (kind.kind === 'picture' && bytes > PICTURE_INPUT_MAX_BYTES)
    return {
      vi: `Ảnh quá lớn (${megabytes(bytes)}): tối đa ${megabytes(PICTURE_INPUT_MAX_BYTES)}.`,
      en: `The picture is too large (${megabytes(bytes)}): at most ${megabytes(PICTURE_INPUT_MAX_BYTES)}.`,
    };
  if (kind.kind === 'video' && bytes > VIDEO_MAX_BYTES)
    return {
      vi: `Video quá lớn (${megabytes(bytes)}): tối đa ${megabytes(VIDEO_MAX_BYTES)}. Hãy cắt ngắn hoặc xuất lại ở 1080p.`,
      en: `The clip is too large (${megabytes(bytes)}): at most ${megabytes(VIDEO_MAX_BYTES)}. Shorten it or export it again at 1080p.`,
    };
  return undefined;
}

/** A picture with more pixels than can be decoded safely (known once the browser has read its size). */
export function tooManyPixels(width: number, height: number): Sentence | undefined {
  if (width * height <= PICTURE_INPUT_MAX_PIXELS) return undefined;
  return {
    vi: `Ảnh có quá nhiều điểm ảnh (${width}×${height}): tối đa ${PICTURE_INPUT_MAX_PIXELS / 1e6} triệu điểm ảnh.`,
    en: `The picture has too many pixels (${width}×${height}): at most ${PICTURE_INPUT_MAX_PIXELS / 1e6} million.`,
  };
}

/** The size a picture is drawn at: its own when it fits, else scaled so its longest edge is `maxEdge`. Never enlarged. */
export function fitWithin(width: number, height: number, maxEdge = PICTURE_MAX_EDGE): { width: number; height: number } {
  const longest = Math.max(width, height);
  if (longest <= maxEdge) return { width, height };
  const scale = maxEdge / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The name on the server: the content's hash (same bytes, same name: nothing is uploaded twice) and the format. */
export function mediaFileName(hashHex: string, extension: string): string {
  return `${hashHex.slice(0, 32)}.${extension}`;
}
