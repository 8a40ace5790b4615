/**
 * A picture or a clip made ready for the server, in the staff page's browser: a picture decoded
 * upright (Chromium's createImageBitmap applies the EXIF orientation with `imageOrientation:
 * 'from-image'`: no EXIF parser needed), brought down to PICTURE_MAX_EDGE, drawn onto a canvas
 * (which carries none of the file's metadata: no location, no camera, no date) and encoded as WebP
 * (JPEG where the browser cannot write WebP); a clip taken as it is. Both named by their content's
 * hash. The rules (what is refused, the sizes) are in media-files.ts.
 */
import { fitWithin, mediaFileName, refusal, sniff, tooManyPixels, type VideoFormat } from './media-files';
import { ByteHasher } from '../content/text-hash';
import type { Sentence } from '../publish/webdav';

export interface PreparedMedia {
  kind: 'picture' | 'video';
  /** The file name on the server (content/media/NAME). */
  name: string;
  bytes: Uint8Array;
  type: string;
  /** The picture's size as encoded (upright), for the page to say. */
  width?: number;
  height?: number;
  /** The chosen file's size, to say what was saved. */
  originalBytes: number;
}

/** A file the page will not take, with the sentence that says why. */
export class MediaRefused extends Error {
  constructor(readonly sentence: Sentence) {
    super(sentence.en);
  }
}

/** WebP's quality: a photo on a lobby screen seen from metres away shows no loss at 0.85. */
const WEBP_QUALITY = 0.85;
const JPEG_QUALITY = 0.88;

/** SHA-256 where the page is a secure context (HTTPS, as staff should use it), else the 64-bit hash the player uses. */
async function contentHash(bytes: Uint8Array): Promise<string> {
  if (globalThis.crypto?.subtle) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  }
  return new ByteHasher().update(bytes).digest().split(':')[1]!;
}

async function encodePicture(file: Blob): Promise<{ blob: Blob; width: number; height: number }> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new MediaRefused({
      vi: 'Không đọc được ảnh này: tệp hỏng hoặc không phải ảnh.',
      en: 'This picture cannot be read: the file is damaged or not a picture.',
    });
  }
  try {
    const tooMany = tooManyPixels(bitmap.width, bitmap.height);
    if (tooMany) throw new MediaRefused(tooMany);
    const { width, height } = fitWithin(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const webp = await canvas.convertToBlob({ type: 'image/webp', quality: WEBP_QUALITY });
    // A browser that cannot write WebP answers with PNG: JPEG is then the smaller choice.
    const blob = webp.type === 'image/webp' ? webp : await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
    return { blob, width, height };
  } finally {
    bitmap.close();
  }
}

const VIDEO_TYPES: Record<VideoFormat, string> = { webm: 'video/webm', mp4: 'video/mp4' };

/** Reads, checks and converts a chosen file; throws MediaRefused with the reason to show. */
export async function prepareMedia(file: Blob): Promise<PreparedMedia> {
  const kind = sniff(new Uint8Array(await file.slice(0, 32).arrayBuffer()));
  const refused = refusal(kind, file.size);
  if (refused) throw new MediaRefused(refused);
  if (kind.kind === 'video') {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return {
      kind: 'video',
      name: mediaFileName(await contentHash(bytes), kind.format),
      bytes,
      type: VIDEO_TYPES[kind.format],
      originalBytes: file.size,
    };
  }
  const { blob, width, height } = await encodePicture(file);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const extension = blob.type === 'image/webp' ? 'webp' : 'jpg';
  return {
    kind: 'picture',
    name: mediaFileName(await contentHash(bytes), extension),
    bytes,
    type: blob.type,
    width,
    height,
    originalBytes: file.size,
  };
}
