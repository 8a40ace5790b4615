/**
 * Where the preview page's bytes come from and go to: the published bundle on the server, a file
 * picked, opened or dropped, and the bytes written back (a download everywhere; the file itself
 * where the browser has the File System Access API, Chromium). Bytes and names in and out; what
 * they mean is bundle-document.ts's.
 */
import { downloadBlob } from '../browser/download';

/** The File System Access API where the browser offers it (Chromium); absent elsewhere. */
interface WritableFile {
  write(data: string): Promise<void>;
  close(): Promise<void>;
}
export interface FileHandle {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<WritableFile>;
}
type PickerWindow = Window & {
  showOpenFilePicker?: (options?: object) => Promise<FileHandle[]>;
  showSaveFilePicker?: (options?: object) => Promise<FileHandle>;
};
type DroppedItem = DataTransferItem & { getAsFileSystemHandle?: () => Promise<FileHandle | null> };

const JSON_TYPES = { types: [{ description: 'JSON', accept: { 'application/json': ['.json'] } }] };
/** The name a download or a new file gets: the one the server expects. */
const SAVED_NAME = 'bundle.json';

/** A file's bytes, its name, and its handle when the browser gave one (then it can be written back). */
export interface ReadFile {
  bytes: string;
  name: string;
  handle: FileHandle | undefined;
}

/** The published bundle, fresh from the server (never a cached copy), with its ETag if the server sent one. */
export async function fetchPublished(path: string): Promise<{ bytes: string; etag: string | undefined }> {
  const response = await fetch(path, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return { bytes: decodeKeepingBom(await response.arrayBuffer()), etag: response.headers.get('ETag') ?? undefined };
}

export async function readFile(file: File, handle?: FileHandle): Promise<ReadFile> {
  return { bytes: decodeKeepingBom(await file.arrayBuffer()), name: file.name, handle };
}

/** The browser has its own file picker (which gives a handle to save to); without it, use an `<input type=file>`. */
export function hasFilePicker(): boolean {
  return typeof (window as PickerWindow).showOpenFilePicker === 'function';
}

/** The browser can write to a file of this computer. */
export function canSaveToFile(): boolean {
  return typeof (window as PickerWindow).showSaveFilePicker === 'function';
}

/** Asks for a JSON file with the browser's picker; undefined when cancelled or refused. */
export async function pickFile(): Promise<ReadFile | undefined> {
  try {
    const [handle] = await (window as PickerWindow).showOpenFilePicker!(JSON_TYPES);
    return handle ? await readFile(await handle.getFile(), handle) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first file of a drop, with a handle to save to where the browser gives one. Call it while the
 * drop event is dispatched: its data is only readable then.
 */
export async function droppedFile(transfer: DataTransfer | null): Promise<ReadFile | undefined> {
  const item = transfer?.items?.[0] as DroppedItem | undefined;
  const file = transfer?.files?.[0];
  if (!file) return undefined;
  const handle = item?.getAsFileSystemHandle ? ((await item.getAsFileSystemHandle().catch(() => null)) ?? undefined) : undefined;
  return readFile(file, handle && 'createWritable' in handle ? handle : undefined);
}

/**
 * Writes the bytes to the file of `handle`, or to one the browser's picker asks for. Returns the
 * file written, or undefined when staff cancelled; any other failure is thrown.
 */
export async function saveToFile(bytes: string, handle: FileHandle | undefined): Promise<FileHandle | undefined> {
  const picker = (window as PickerWindow).showSaveFilePicker;
  try {
    const target = handle ?? (picker ? await picker({ suggestedName: SAVED_NAME, ...JSON_TYPES }) : undefined);
    if (!target) return undefined;
    const writable = await target.createWritable();
    await writable.write(bytes);
    await writable.close();
    return target;
  } catch (error) {
    if ((error as DOMException)?.name === 'AbortError') return undefined;
    throw error;
  }
}

/** Offers the bytes as a download named bundle.json. */
export function downloadBundle(bytes: string): void {
  downloadBlob(new Blob([bytes], { type: 'application/json' }), SAVED_NAME);
}

/**
 * UTF-8 text with a byte-order mark kept: `Blob.text()` and `Response.text()` drop it, and a file
 * saved back unchanged must be the same bytes (a review of the change would otherwise show one).
 */
export function decodeKeepingBom(buffer: AllowSharedBufferSource): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer);
}
