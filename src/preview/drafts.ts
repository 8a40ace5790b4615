/**
 * Drafts on the server: `/content/drafts/NAME.json` holds the bundle exactly as staff left it (a
 * valid bundle file or not: a draft may be half done), and `NAME.meta.json` beside it says who saved
 * it, when, why, and which live bundle it was made from (its ETag and version: publishing refuses
 * the draft when the live bundle has changed since). The same sidecar form as the history's
 * (src/publish/history.ts). Pure of the DOM: a DavClient in, data out; tested against the real
 * nginx in test/preview/drafts.test.ts.
 */
import { DRAFTS_FOLDER, NAME_PATTERN, draftPath } from '../publish/paths';
import { PublishError, type DavClient } from '../publish/webdav';
import { sidecarObject } from '../publish/sidecar';

export interface DraftMeta {
  format: 1;
  /** The draft's file name, e.g. `thang-12.json`. */
  draft: string;
  /** The name as staff typed it (with its accents). */
  title: string;
  /** Who saved it last. */
  author: string;
  /** When (ISO 8601). */
  savedAt: string;
  /** What and why. */
  note: string;
  /** The live bundle the draft was made from: its ETag, and its version. Absent for a draft made from a file. */
  baseEtag?: string;
  baseVersion?: string;
}

export interface DraftEntry {
  /** The file name, e.g. `thang-12.json`. */
  name: string;
  path: string;
  /** The server's time of the last write (from the listing). */
  mtime: string;
  meta?: DraftMeta;
}

/** What is kept from the live bundle a document was opened from, for the conflict check. */
export interface DraftBase {
  etag?: string;
  version?: string;
}

const META = '.meta.json';

/**
 * A file name nginx takes, from a name staff type: accents dropped (đ as d), anything else than
 * letters, digits, `.`, `_` and `-` as one `-`, at most 60 characters; undefined when nothing is left.
 */
export function draftFileName(title: string): string | undefined {
  const plain = title
    .trim()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\.json$/, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '')
    .replace(/\.meta$/, '-meta')
    .slice(0, 60)
    .replace(/[._-]+$/, '');
  if (plain === '') return undefined;
  const name = `${plain}.json`;
  return NAME_PATTERN.test(name) && draftPath(name) ? name : undefined;
}

function metaPath(name: string): string {
  return `${DRAFTS_FOLDER}${name.replace(/\.json$/, META)}`;
}

function parseMeta(bytes: Uint8Array): DraftMeta | undefined {
  const meta = sidecarObject<DraftMeta>(bytes);
  if (typeof meta?.draft !== 'string' || typeof meta.author !== 'string' || typeof meta.savedAt !== 'string') return undefined;
  return {
    format: 1,
    draft: meta.draft,
    title: typeof meta.title === 'string' ? meta.title : meta.draft,
    author: meta.author,
    savedAt: meta.savedAt,
    note: typeof meta.note === 'string' ? meta.note : '',
    ...(typeof meta.baseEtag === 'string' ? { baseEtag: meta.baseEtag } : {}),
    ...(typeof meta.baseVersion === 'string' ? { baseVersion: meta.baseVersion } : {}),
  };
}

/** Every draft, newest first, each with its meta (one request each). */
export async function listDrafts(client: DavClient): Promise<DraftEntry[]> {
  const listing = await client.list(DRAFTS_FOLDER, 'draft');
  const entries: DraftEntry[] = listing
    .filter((item) => item.type === 'file' && item.name.endsWith('.json') && !item.name.endsWith(META))
    .map((item) => ({ name: item.name, path: `${DRAFTS_FOLDER}${item.name}`, mtime: item.mtime }));
  await Promise.all(
    entries.map(async (entry) => {
      const fetched = await client.get(metaPath(entry.name), 'draft');
      const meta = fetched && parseMeta(fetched.bytes);
      if (meta) entry.meta = meta;
    }),
  );
  const time = (entry: DraftEntry) => (entry.meta ? Date.parse(entry.meta.savedAt) : Date.parse(entry.mtime)) || 0;
  return entries.sort((a, b) => time(b) - time(a));
}

export interface SavedDraft {
  name: string;
  meta: DraftMeta;
}

/** Writes a draft and its meta; the author is the user signed in. */
export async function saveDraft(
  client: DavClient,
  draft: { title: string; note: string; bytes: Uint8Array; base: DraftBase; now?: Date },
): Promise<SavedDraft> {
  const name = draftFileName(draft.title);
  const path = name && draftPath(name);
  if (!name || !path) {
    throw new PublishError('server', {
      vi: 'Đặt tên cho bản nháp (chữ hoặc số).',
      en: 'Give the draft a name (letters or digits).',
    });
  }
  const meta: DraftMeta = {
    format: 1,
    draft: name,
    title: draft.title.trim(),
    author: client.user ?? '',
    savedAt: (draft.now ?? new Date()).toISOString(),
    note: draft.note.trim(),
    ...(draft.base.etag ? { baseEtag: draft.base.etag } : {}),
    ...(draft.base.version ? { baseVersion: draft.base.version } : {}),
  };
  await client.put(path, draft.bytes, 'draft');
  await client.put(metaPath(name), new TextEncoder().encode(`${JSON.stringify(meta, null, 2)}\n`), 'draft');
  return { name, meta };
}

/** A draft's bytes and meta, as saved. */
export async function openDraft(client: DavClient, name: string): Promise<{ bytes: Uint8Array; meta: DraftMeta | undefined }> {
  const fetched = await client.get(`${DRAFTS_FOLDER}${name}`, 'draft');
  if (!fetched) {
    throw new PublishError('not-found', {
      vi: `Không còn bản nháp “${name}” (có thể ai đó vừa xóa).`,
      en: `The draft ${name} is gone (someone may have deleted it).`,
    });
  }
  const meta = await client.get(metaPath(name), 'draft');
  return { bytes: fetched.bytes, meta: meta ? parseMeta(meta.bytes) : undefined };
}

/** Deletes a draft and its meta. */
export async function deleteDraft(client: DavClient, name: string): Promise<void> {
  await client.delete(`${DRAFTS_FOLDER}${name}`, 'draft');
  await client.delete(metaPath(name), 'draft');
}
