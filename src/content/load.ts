/**
 * Fetching a bundle over HTTP: conditional requests, a timeout, and the same check as the CLI.
 * No DOM and no storage here; the caller decides what to keep.
 */
import { checkLazily, type BundleCheck } from './checked';
import { MAX_TEXT_LENGTH } from './text-limits';
import type { Bundle } from './schema';
import type { Problem } from './problems';
import { boundedDelay } from '../browser/bounded-delay';
import { ByteHasher } from './text-hash';
import { FETCH_TIMEOUT_MS } from './defaults';

export interface Validators {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

/**
 * - updated: a new bundle, checked and fit to show (`hash`: of its text, see text-hash.ts)
 * - unchanged: a 304 to a request that carried the validator of the bundle on screen
 * - same: a 200 whose bytes are those of the bundle on screen (a server or proxy that changes the
 *   ETag of unchanged bytes): not parsed, not checked; its new validators are for the next request
 * - rejected: the server answered with something that is not a bundle fit to show
 * - failed: no usable answer (network, timeout, HTTP error, a 304 to an unconditional request)
 */
export type FetchOutcome =
  | { kind: 'updated'; bundle: Bundle; text: string; validators: Validators; hash: string }
  | { kind: 'unchanged' }
  | { kind: 'same'; validators: Validators; hash: string }
  | { kind: 'rejected'; reason: string; problems: Problem[]; validators: Validators; text: string; hash?: string | undefined }
  | { kind: 'failed'; reason: string };

/** Where the bundle on screen came from: the server, the last good copy kept on the device, or the build's own. */
export type ContentSource = 'network' | 'cache' | 'default';

export { FETCH_TIMEOUT_MS };

/** A short reason for monitoring: the first problem, and how many more. */
export function rejectionReason(problems: readonly Problem[]): string {
  const first = problems[0];
  if (!first) return 'invalid bundle';
  const more = problems.length > 1 ? ` (+${problems.length - 1} more)` : '';
  return `line ${first.line}:${first.col} ${first.path}: ${first.message}${more}`;
}

/** UTF-8 takes at most 4 bytes a character: a file over this cannot be under the parser's cap. */
const MAX_BYTES = 4 * MAX_TEXT_LENGTH;

/**
 * The body's bytes and their hash (computed piece by piece as they arrive, so no single task
 * hashes megabytes), or undefined as soon as it passes `limit` bytes. Not decoded yet: bytes
 * already on screen never are.
 */
async function readAtMost(response: Response, limit: number): Promise<{ bytes: Uint8Array; hash: string } | undefined> {
  const hasher = new ByteHasher();
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, hash: hasher.update(bytes).digest() };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    hasher.update(value);
    chunks.push(value);
  }
  if (chunks.length === 1) return { bytes: chunks[0]!, hash: hasher.digest() };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, hash: hasher.digest() };
}

/** An HTML page where the bundle should be: a proxy's or the server's error page, a sign-in page. */
function isWebPage(contentType: string | null, text: string): boolean {
  return /\btext\/html\b/i.test(contentType ?? '') || /^\s*</.test(text.slice(0, 200));
}

/** A rejected file as it was served, so the same file is not checked again at every poll. */
export type KnownRejection = Extract<FetchOutcome, { kind: 'rejected' }>;

/**
 * @param previous the validators of the bundle on screen: only with one of them sent can a 304
 *   mean "what you show is still the newest"
 * @param known the last file rejected from this URL: served again unchanged, it is rejected again
 *   without a second check (a huge broken file would otherwise cost seconds of main thread per poll)
 * @param onScreenHash the hash of the bundle on screen (text-hash.ts): the same bytes under a new
 *   ETag come back as `same`, without a parse and a check
 * @param check the check of a new file (checked.ts): by default the checker, loaded on first use
 */
export async function fetchBundle(
  url: string,
  previous: Validators = {},
  fetchImpl: typeof fetch = fetch,
  timeoutMs = FETCH_TIMEOUT_MS,
  known?: KnownRejection,
  onScreenHash?: string,
  check: BundleCheck = checkLazily,
): Promise<FetchOutcome> {
  const headers: Record<string, string> = {};
  if (previous.etag) headers['If-None-Match'] = previous.etag;
  else if (previous.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  const conditional = Object.keys(headers).length > 0;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), boundedDelay(timeoutMs));
  try {
    // no-store: the HTTP cache must not answer for the server; the 304 comes back to us as it is.
    const response = await fetchImpl(url, { headers, cache: 'no-store', signal: controller.signal, credentials: 'same-origin' });
    if (response.status === 304) {
      await response.body?.cancel().catch(() => {});
      // A 304 to a request that named no version confirms nothing: a broken server or proxy.
      return conditional ? { kind: 'unchanged' } : { kind: 'failed', reason: 'HTTP 304 to a request that named no version (not a confirmation)' };
    }
    if (!response.ok) return { kind: 'failed', reason: `HTTP ${response.status}` };
    const validators: Validators = { etag: response.headers.get('ETag') ?? undefined, lastModified: response.headers.get('Last-Modified') ?? undefined };
    // Refused before it is read when the server says how big it is, and as soon as it has sent too
    // much when it does not (a compressed or chunked answer has no length): never held whole.
    const declaredBytes = Number(response.headers.get('Content-Length'));
    const body = declaredBytes > MAX_BYTES ? undefined : await readAtMost(response, MAX_BYTES);
    if (body === undefined) {
      await response.body?.cancel().catch(() => {});
      const problems: Problem[] = [{ path: '', line: 1, col: 1, message: `The file is larger than ${MAX_BYTES / 1e6} MB: far too large for a content bundle.` }];
      return { kind: 'rejected', reason: rejectionReason(problems), problems, validators, text: '' };
    }
    const { hash } = body;
    if (onScreenHash !== undefined && hash === onScreenHash) return { kind: 'same', validators, hash };
    if (known && known.text !== '' && known.hash === hash) return { ...known, validators };
    // Decoded once, whole (a byte-order mark dropped; bytes that are not UTF-8 become U+FFFD, which the checker names).
    const text = new TextDecoder().decode(body.bytes);
    if (isWebPage(response.headers.get('Content-Type'), text)) {
      const problems: Problem[] = [
        {
          path: '',
          line: 1,
          col: 1,
          message:
            'The server sent a web page, not the bundle: an error page of the server or of a proxy in between, or a sign-in page. Check the address and the server.',
        },
      ];
      return { kind: 'rejected', reason: rejectionReason(problems), problems, validators, text, hash };
    }
    const result = await check(text, hash);
    if (!result.ok) return { kind: 'rejected', reason: rejectionReason(result.problems), problems: result.problems, validators, text, hash };
    return { kind: 'updated', bundle: result.bundle, text, validators, hash };
  } catch (error) {
    return { kind: 'failed', reason: controller.signal.aborted ? `no answer within ${Math.round(timeoutMs / 1000)} s` : error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
