/**
 * Publishing, once, for the command line (`npm run content:publish`) and the staff page:
 *
 *   1. check: the same checker as `npm run content:check` and every screen (nothing is written on a problem);
 *   2. conflict: refuse when the live bundle is not the one this publish was made against;
 *   3. history first: the live bundle's bytes are kept in /content/history/ before anything replaces
 *      them (unless the newest history entry already holds exactly those bytes, as it does whenever
 *      the live one was published with these tools);
 *   4. PUT the bundle as /content/bundle.json (nginx writes a temporary file and renames it);
 *   5. read it back and compare bytes;
 *   6. record the new version in history, with who published it and the note;
 *   and say when the screens will show it.
 *
 * Two ways to name the new version: `as-given` publishes the bytes exactly (content kept in git,
 * restores); `new-version` sets `version` to the time and the user first (the staff page, so that
 * every publish is a version a screen's report can tell apart). Failures of the server, the network
 * or a permission throw PublishError; problems with the content come back as outcomes.
 */
import { applyEdits, modify } from 'jsonc-parser';
import { checkBundle } from '../content/validate';
import type { Problem } from '../content/problems';
import {
  locateHistoryEntry,
  historyName,
  listHistory,
  parseHistoryName,
  readHistoryBundle,
  writeHistoryEntry,
  type HistoryEntry,
} from './history';
import { BUNDLE_PATH } from './paths';
import { PublishError, sameBytes, type DavClient, type Fetched, type Sentence } from './webdav';

/** How often a screen asks for the bundle when `settings.pollSeconds` is not set (the player's default). */
export const DEFAULT_POLL_SECONDS = 60;

export type PublishStep = 'check' | 'conflict' | 'history' | 'upload' | 'read-back' | 'record';

export interface PublishRequest {
  client: DavClient;
  /** The bundle file's bytes. */
  bytes: Uint8Array;
  /** `as-given`: publish these bytes exactly. `new-version`: set `version` to the time and user first. */
  mode: 'as-given' | 'new-version';
  /** Why: shown in the history. */
  note?: string;
  /**
   * The ETag of the live bundle this one was made from (the staff page's draft keeps it): when the
   * live one has changed since, the publish is refused as a conflict.
   */
  baseEtag?: string;
  /** The same for a version: refused as a conflict when the live bundle's version is another. */
  baseVersion?: string;
  /** Publish even when the conflict check says no. */
  force?: boolean;
  /** Recorded in the history: "content:publish", "staff page". */
  via: string;
  /** For a restore: the history file the bytes come from. */
  restoredFrom?: string;
  now?: () => Date;
  /** Called as each step starts, for a progress display. */
  onStep?: (step: PublishStep) => void;
}

export type PublishOutcome =
  | { kind: 'invalid'; problems: Problem[] }
  | {
      kind: 'conflict';
      reason: 'changed-since-base' | 'same-version';
      sentence: Sentence;
      liveVersion: string | undefined;
      liveEtag: string | undefined;
    }
  | { kind: 'unchanged'; version: string; sentence: Sentence }
  | {
      kind: 'published';
      version: string;
      /** The bytes now live (for `new-version`, with the new version in them). */
      bytes: Uint8Array;
      etag: string | undefined;
      at: Date;
      /** The new version's history entry. */
      history: HistoryEntry;
      /** The entry that kept the bundle that was live before, when it was not in history yet. */
      keptLive?: HistoryEntry;
      pollSeconds: number;
      sentence: Sentence;
      /** Set when the version is live but its history entry could not be written. */
      historyFailure?: PublishError;
    };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string | undefined {
  try {
    const text = utf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** The `version` of a bundle's bytes, if they are JSON with one. */
export function versionOf(bytes: Uint8Array): string | undefined {
  const text = decode(bytes);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/** The version the staff page gives a bundle it publishes: the time (UTC, to the second) and the user. */
export function newVersionName(at: Date, user: string): string {
  return `${at.toISOString().replace(/\.\d{3}Z$/, 'Z')} ${user}`;
}

/** The bundle's text with only its `version` value replaced (every other byte stays). */
export function withVersion(bytes: Uint8Array, version: string): Uint8Array {
  // ignoreBOM: keep a byte-order mark in the text (a plain TextDecoder drops it), to put it back.
  const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  const edited = applyEdits(text, modify(text, ['version'], version, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
  return new TextEncoder().encode(bom ? `\ufeff${edited}` : edited);
}

function pollSecondsOf(bytes: Uint8Array): number {
  const text = decode(bytes);
  const result = text === undefined ? undefined : checkBundle(text);
  return result?.ok ? (result.bundle.settings.pollSeconds ?? DEFAULT_POLL_SECONDS) : DEFAULT_POLL_SECONDS;
}

function check(bytes: Uint8Array): { ok: true; version: string } | { ok: false; problems: Problem[] } {
  const text = decode(bytes);
  if (text === undefined) {
    return {
      ok: false,
      problems: [
        { path: '$', line: 1, col: 1, message: 'The file is not UTF-8 text. Save it as UTF-8 (in VS Code: "Save with Encoding").' },
      ],
    };
  }
  const result = checkBundle(text);
  return result.ok ? { ok: true, version: result.bundle.version } : { ok: false, problems: result.problems };
}

/** The publisher's sentence when it is live. */
export function publishedSentence(version: string, pollSeconds: number): Sentence {
  return {
    vi: `Đã đăng phiên bản “${version}”. Các màn hình sẽ hiện nội dung mới trong vòng ${pollSeconds} giây, khi hết trang chiếu đang hiện.`,
    en: `Published version "${version}". Screens show it within ${pollSeconds} seconds, at the end of the slide on screen.`,
  };
}

export async function publish(request: PublishRequest): Promise<PublishOutcome> {
  const { client } = request;
  const now = request.now ?? (() => new Date());
  const step = (name: PublishStep) => request.onStep?.(name);
  const user = client.user;
  if (!user) {
    throw new PublishError('sign-in', {
      vi: 'Cần đăng nhập để đăng nội dung.',
      en: 'Publishing needs a user name and password.',
    });
  }

  // 1. The checker, as every screen will run it.
  step('check');
  const checked = check(request.bytes);
  if (!checked.ok) return { kind: 'invalid', problems: checked.problems };

  // 2. The live bundle, as it is now.
  step('conflict');
  const live: Fetched | undefined = await client.get(BUNDLE_PATH, 'publish');
  const liveVersion = live ? versionOf(live.bytes) : undefined;
  if (request.mode === 'as-given' && live && sameBytes(live.bytes, request.bytes)) {
    return {
      kind: 'unchanged',
      version: checked.version,
      sentence: {
        vi: `Phiên bản “${checked.version}” đang được đăng, giống hệt từng byte: không có gì để đăng.`,
        en: `Version "${checked.version}" is live already, byte for byte: nothing to publish.`,
      },
    };
  }
  const moved =
    (request.baseEtag !== undefined && live?.etag !== request.baseEtag) ||
    (request.baseVersion !== undefined && liveVersion !== request.baseVersion);
  if (!request.force && moved) {
    return {
      kind: 'conflict',
      reason: 'changed-since-base',
      liveVersion,
      liveEtag: live?.etag,
      sentence: {
        vi: `Nội dung đang đăng đã được đăng lại sau khi bản này được lấy ra (nay là phiên bản “${liveVersion ?? '?'}”). Đăng bây giờ sẽ xóa mất thay đổi đó: hãy mở nội dung đang đăng, đưa thay đổi của bạn vào, rồi đăng lại.`,
        en: `The live content was published again after this copy was taken from it (it is now version "${liveVersion ?? '?'}"). Publishing now would undo that change: open the live content, carry your changes over, and publish again.`,
      },
    };
  }
  if (!request.force && request.mode === 'as-given' && live && liveVersion === checked.version) {
    return {
      kind: 'conflict',
      reason: 'same-version',
      liveVersion,
      liveEtag: live.etag,
      sentence: {
        vi: `Nội dung đang đăng cũng mang phiên bản “${liveVersion}” nhưng khác nội dung: hoặc ai đó đã sửa bản đang đăng, hoặc tệp này chưa đổi "version". Hãy đổi "version" trong tệp rồi đăng lại.`,
        en: `The live bundle has the same version "${liveVersion}" with different content: either someone changed the live one, or this file's "version" was not raised. Raise "version" in the file and publish again.`,
      },
    };
  }

  const at = now();
  const version = request.mode === 'new-version' ? newVersionName(at, user) : checked.version;
  const bytes = request.mode === 'new-version' ? withVersion(request.bytes, version) : request.bytes;
  if (request.mode === 'new-version') {
    const again = check(bytes);
    if (!again.ok) return { kind: 'invalid', problems: again.problems };
  }

  // 3. History first: the live bytes are kept before they are replaced.
  step('history');
  let keptLive: HistoryEntry | undefined;
  if (live) {
    const [newest] = await listHistory(client);
    const recorded = newest ? sameBytes(await readHistoryBundle(client, newest), live.bytes) : false;
    if (!recorded) {
      const lastModified = live.lastModified ? new Date(live.lastModified) : undefined;
      keptLive = await writeHistoryEntry(client, {
        bytes: live.bytes,
        version: liveVersion ?? 'unknown',
        publisher: null,
        note: '',
        via: 'found live',
        at,
        ...(lastModified && !Number.isNaN(lastModified.getTime()) ? { publishedAt: lastModified } : {}),
      });
    }
  }

  // The live bundle once more, just before it is replaced: a publish by someone else while the
  // history was written is a conflict too (nginx cannot check it: a WebDAV PUT ignores If-Match).
  if (!request.force) {
    const current = await client.head(BUNDLE_PATH, 'publish');
    if (current.exists !== (live !== undefined) || current.etag !== live?.etag) {
      const now = await client.get(BUNDLE_PATH, 'publish');
      const nowVersion = now ? versionOf(now.bytes) : undefined;
      return {
        kind: 'conflict',
        reason: 'changed-since-base',
        liveVersion: nowVersion,
        liveEtag: now?.etag,
        sentence: {
          vi: `Ai đó vừa đăng phiên bản “${nowVersion ?? '?'}” đúng lúc bạn đăng: bản của bạn chưa được đăng. Hãy xem nội dung đang đăng rồi thử lại.`,
          en: `Someone published version "${nowVersion ?? '?'}" at the same moment: yours was not published. Look at the live content and try again.`,
        },
      };
    }
  }

  // 4. The live bundle.
  step('upload');
  await client.put(BUNDLE_PATH, bytes, 'publish');

  // 5. Read back, byte for byte.
  step('read-back');
  const back = await client.get(BUNDLE_PATH, 'publish');
  if (!back || !sameBytes(back.bytes, bytes)) {
    throw new PublishError('server', {
      vi: 'Đã gửi, nhưng tệp đọc lại từ máy chủ khác với tệp đã gửi (có thể ai đó vừa đăng cùng lúc). Hãy xem lịch sử và nội dung đang đăng trước khi thử lại.',
      en: 'Sent, but the file read back from the server differs from what was sent (someone may have published at the same moment). Look at the history and the live content before trying again.',
    });
  }

  // 6. The new version in history, with who and why.
  step('record');
  const pollSeconds = pollSecondsOf(bytes);
  // Strictly after the entry kept above, so the names sort in the order things happened.
  const recordedAt = keptLive ? new Date(Math.max(now().getTime(), at.getTime() + 1)) : now();
  const base = {
    kind: 'published' as const,
    version,
    bytes,
    etag: back.etag,
    at,
    pollSeconds,
    sentence: publishedSentence(version, pollSeconds),
    ...(keptLive ? { keptLive } : {}),
  };
  try {
    const history = await writeHistoryEntry(client, {
      bytes,
      version,
      publisher: user,
      note: request.note ?? '',
      via: request.via,
      at: recordedAt,
      publishedAt: at,
      ...(request.restoredFrom ? { restoredFrom: request.restoredFrom } : {}),
    });
    return { ...base, history };
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    const failure = new PublishError(
      error.kind,
      {
        vi: `Đã đăng và đang chiếu, nhưng chưa ghi được vào lịch sử: ${error.sentence.vi} Lần đăng sau sẽ tự lưu bản này vào lịch sử.`,
        en: `Published and live, but not recorded in the history: ${error.sentence.en} The next publish keeps this version in the history anyway.`,
      },
      error.status,
    );
    // The name it would have had, so that the outcome always names one.
    const history = parseHistoryName(historyName(recordedAt, version, user))!;
    return { ...base, history, historyFailure: failure };
  }
}

export interface RestoreRequest extends Omit<PublishRequest, 'bytes' | 'mode' | 'restoredFrom' | 'baseEtag' | 'baseVersion'> {
  /** A history file name, or a version (the newest entry of that version). */
  query: string;
}

/**
 * Publishes a version from the history again, byte for byte: a publish like any other (checked,
 * conflict-checked, kept, read back), so the restore is itself in the history.
 */
export async function restore(
  request: RestoreRequest,
): Promise<PublishOutcome | { kind: 'not-in-history'; sentence: Sentence; entries: HistoryEntry[] }> {
  const entries = await listHistory(request.client);
  const entry = await locateHistoryEntry(request.client, entries, request.query);
  if (!entry) {
    return {
      kind: 'not-in-history',
      entries,
      sentence: {
        vi: `Lịch sử không có phiên bản hay tệp "${request.query}".`,
        en: `The history has no version or file "${request.query}".`,
      },
    };
  }
  const bytes = await readHistoryBundle(request.client, entry);
  const note = request.note ?? `Restored ${entry.meta?.version ?? entry.versionInName} (${entry.name})`;
  return publish({ ...request, bytes, mode: 'as-given', restoredFrom: entry.name, note });
}
