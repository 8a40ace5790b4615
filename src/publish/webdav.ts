/**
 * The server side of publishing is nginx's WebDAV module behind auth_basic (deploy/nginx.conf).
 * This is its client, for the command line and the staff page alike: plain fetch (injected, so
 * tests and the page pass their own), HTTP Basic credentials, no Node-only API.
 *
 * Every failure becomes a PublishError that says, in Vietnamese and in English, what happened and
 * what a person can do about it.
 */

/** Who signs in. The password is sent with every request (HTTP Basic): use HTTPS. */
export interface Credentials {
  user: string;
  password: string;
}

/** What a request was for: the same status means different things to the person who made it. */
export type Action = 'read' | 'publish' | 'draft' | 'media' | 'history';

export type FailureKind =
  | 'sign-in' // 401: no or wrong user name or password
  | 'permission' // 403: signed in, but this account may not do this
  | 'not-found' // 404
  | 'too-large' // 413
  | 'conflict' // 409, 412: the file changed or exists
  | 'rate-limited' // 429: too many attempts
  | 'server' // any other status, or an answer that is not what was expected
  | 'network'; // no answer at all

/** A sentence for each language the staff page speaks. */
export interface Sentence {
  vi: string;
  en: string;
}

/** A failure of the server, the network or a permission: the command line's exit 2. */
export class PublishError extends Error {
  override readonly name = 'PublishError';
  constructor(
    readonly kind: FailureKind,
    readonly sentence: Sentence,
    /** The HTTP status, when there was an answer. */
    readonly status?: number,
  ) {
    super(sentence.en);
  }
}

/** The limits deploy/nginx.conf sets (client_max_body_size), said to people in these words. */
export const LIMITS = {
  bundleBytes: 10 * 1024 * 1024,
  mediaBytes: 50 * 1024 * 1024,
} as const;

const WHAT: Record<Action, Sentence> = {
  read: { vi: 'đọc tệp này', en: 'read this file' },
  publish: { vi: 'đăng nội dung', en: 'publish' },
  draft: { vi: 'lưu hoặc xóa bản nháp', en: 'save or delete drafts' },
  media: { vi: 'tải ảnh lên', en: 'upload pictures' },
  history: { vi: 'xem lịch sử', en: 'see the history' },
};

/** The sentence for an HTTP status, for a request made to do `action`. */
export function explainStatus(status: number, action: Action): { kind: FailureKind; sentence: Sentence } {
  const what = WHAT[action];
  switch (status) {
    case 401:
      return {
        kind: 'sign-in',
        sentence: {
          vi: 'Đăng nhập không thành công: sai tên hoặc mật khẩu. Kiểm tra lại, hoặc nhờ bộ phận CNTT đặt lại mật khẩu.',
          en: 'Sign-in failed: wrong user name or password. Check them, or ask IT to set the password again.',
        },
      };
    case 403:
      return {
        kind: 'permission',
        sentence:
          action === 'publish'
            ? {
                vi: 'Tài khoản này không có quyền đăng. Nhờ người có quyền đăng, hoặc bộ phận CNTT cấp quyền.',
                en: 'This account may not publish. Ask a publisher, or ask IT for the publisher role.',
              }
            : {
                vi: `Tài khoản này không có quyền ${what.vi}.`,
                en: `This account may not ${what.en}.`,
              },
      };
    case 404:
      return { kind: 'not-found', sentence: { vi: 'Không có tệp này trên máy chủ.', en: 'The server has no such file.' } };
    case 409:
    case 412:
      return {
        kind: 'conflict',
        sentence: {
          vi: 'Máy chủ từ chối: tệp đã thay đổi hoặc đã có sẵn. Tải lại rồi thử lại.',
          en: 'The server refused: the file changed or exists already. Load it again and retry.',
        },
      };
    case 413:
      return {
        kind: 'too-large',
        sentence:
          action === 'media'
            ? {
                vi: `Máy chủ từ chối: tệp lớn hơn ${LIMITS.mediaBytes / 1024 / 1024} MB. Hãy thu nhỏ ảnh.`,
                en: `The server refused: the file is over ${LIMITS.mediaBytes / 1024 / 1024} MB. Make the picture smaller.`,
              }
            : {
                vi: `Máy chủ từ chối: tệp lớn hơn ${LIMITS.bundleBytes / 1024 / 1024} MB.`,
                en: `The server refused: the file is over ${LIMITS.bundleBytes / 1024 / 1024} MB.`,
              },
      };
    case 429:
      return {
        kind: 'rate-limited',
        sentence: {
          vi: 'Quá nhiều lần thử trong thời gian ngắn. Đợi một phút rồi thử lại.',
          en: 'Too many attempts in a short time. Wait a minute and try again.',
        },
      };
    default:
      return {
        kind: 'server',
        sentence: {
          vi: `Máy chủ trả lời lỗi ${status}. Thử lại sau; nếu vẫn lỗi, báo bộ phận CNTT.`,
          en: `The server answered with error ${status}. Try again later; if it persists, tell IT.`,
        },
      };
  }
}

/** A file read from the server. */
export interface Fetched {
  bytes: Uint8Array;
  /** The validator nginx sent, without the weak marker a compressed answer adds (`W/`). */
  etag: string | undefined;
  lastModified: string | undefined;
}

/** One line of nginx's `autoindex_format json` listing. */
export interface ListEntry {
  name: string;
  type: 'file' | 'directory' | 'other';
  mtime: string;
  size?: number;
}

export interface DavClientOptions {
  /** The site's address, e.g. `https://signage.school.edu.vn/` (paths are relative to it). */
  server: string | URL;
  credentials?: Credentials;
  fetch?: typeof fetch;
}

/** `W/"abc"` and `"abc"` are the same file to nginx (the weak one was compressed on the way). */
export function normalizeEtag(etag: string | null | undefined): string | undefined {
  if (!etag) return undefined;
  return etag.startsWith('W/') ? etag.slice(2) : etag;
}

/** The HTTP Basic header for a user and password, UTF-8 encoded as nginx compares them. */
export function basicAuthorization(credentials: Credentials): string {
  const bytes = new TextEncoder().encode(`${credentials.user}:${credentials.password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

export class DavClient {
  readonly server: URL;
  private readonly credentials: Credentials | undefined;
  private readonly fetchImpl: typeof fetch;

  constructor(options: DavClientOptions) {
    const server = new URL(options.server);
    if (!server.pathname.endsWith('/')) server.pathname += '/';
    this.server = server;
    this.credentials = options.credentials;
    // Called unbound, a browser's fetch throws "Illegal invocation".
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** The user signed in, if any. */
  get user(): string | undefined {
    return this.credentials?.user;
  }

  url(path: string): URL {
    return new URL(path.replace(/^\/+/, ''), this.server);
  }

  private async request(
    method: string,
    path: string,
    init: { body?: Uint8Array; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.credentials) headers.Authorization = basicAuthorization(this.credentials);
    let response: Response;
    try {
      response = await this.fetchImpl(this.url(path), {
        method,
        headers,
        // Never an answer from the browser's cache: read-back and conflict checks need the server's.
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'error',
        // A copy: fetch's types want a plain ArrayBuffer behind the view (a Node Buffer may share a pool).
        ...(init.body ? { body: new Uint8Array(init.body) } : {}),
      });
    } catch (error) {
      const detail =
        error instanceof Error
          ? error.cause instanceof Error
            ? `${error.message}: ${error.cause.message}`
            : error.message
          : String(error);
      throw new PublishError('network', {
        vi: `Không kết nối được máy chủ ${this.server.host} (${detail}). Kiểm tra mạng và địa chỉ máy chủ.`,
        en: `Cannot reach the server ${this.server.host} (${detail}). Check the network and the server's address.`,
      });
    }
    return response;
  }

  private async fail(response: Response, action: Action): Promise<never> {
    await response.body?.cancel().catch(() => {});
    const { kind, sentence } = explainStatus(response.status, action);
    throw new PublishError(kind, sentence, response.status);
  }

  /** A file's bytes and validators; undefined when the server has no such file. */
  async get(path: string, action: Action = 'read'): Promise<Fetched | undefined> {
    const response = await this.request('GET', path);
    if (response.status === 404) {
      await response.body?.cancel().catch(() => {});
      return undefined;
    }
    if (!response.ok) return this.fail(response, action);
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      etag: normalizeEtag(response.headers.get('ETag')),
      lastModified: response.headers.get('Last-Modified') ?? undefined,
    };
  }

  /** Whether a file exists (HEAD), with its validator. */
  async head(path: string, action: Action = 'read'): Promise<{ exists: boolean; etag?: string }> {
    const response = await this.request('HEAD', path);
    if (response.status === 404) return { exists: false };
    if (!response.ok) return this.fail(response, action);
    const etag = normalizeEtag(response.headers.get('ETag'));
    return etag ? { exists: true, etag } : { exists: true };
  }

  /** Writes a file whole (nginx writes a temporary file and renames it over the old one). */
  async put(path: string, bytes: Uint8Array, action: Action): Promise<void> {
    const response = await this.request('PUT', path, { body: bytes });
    if (!response.ok) return this.fail(response, action);
    await response.body?.cancel().catch(() => {});
  }

  async delete(path: string, action: Action): Promise<void> {
    const response = await this.request('DELETE', path);
    if (!response.ok && response.status !== 404) return this.fail(response, action);
    await response.body?.cancel().catch(() => {});
  }

  /** A folder's files (nginx's autoindex in JSON); empty when the folder does not exist yet. */
  async list(folder: string, action: Action = 'read'): Promise<ListEntry[]> {
    const path = folder.endsWith('/') ? folder : `${folder}/`;
    const fetched = await this.get(path, action);
    if (!fetched) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(fetched.bytes));
    } catch {
      parsed = undefined;
    }
    if (!Array.isArray(parsed)) {
      throw new PublishError('server', {
        vi: `Máy chủ không trả về danh sách tệp của ${path} (cấu hình nginx thiếu "autoindex_format json"?). Báo bộ phận CNTT.`,
        en: `The server did not answer with a listing of ${path} (is "autoindex_format json" missing from nginx's configuration?). Tell IT.`,
      });
    }
    return parsed.flatMap((item: unknown): ListEntry[] => {
      if (typeof item !== 'object' || item === null) return [];
      const { name, type, mtime, size } = item as Record<string, unknown>;
      if (typeof name !== 'string') return [];
      const entry: ListEntry = {
        name,
        type: type === 'file' || type === 'directory' ? type : 'other',
        mtime: typeof mtime === 'string' ? mtime : '',
      };
      if (typeof size === 'number') entry.size = size;
      return [entry];
    });
  }
}

/** Same bytes? */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
