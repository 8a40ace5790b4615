/**
 * Signing in to the staff page: nginx's auth_basic is the whole account system (deploy/nginx.conf),
 * so "signed in" means "holds a user name and password the server takes". The page keeps them in
 * memory only (this module's callers hold the session object): not in localStorage or
 * sessionStorage, so they are gone when the tab is closed or reloaded and no other page of the site,
 * now or later, can read them back. Every request sends them (HTTP Basic); fetch is told to omit
 * the browser's own credentials, so the browser never shows its password prompt.
 *
 * Two questions, each one request (a 429 answer counts against nobody's publish):
 *  - Staff? `GET content/drafts/`: 200 (or 404, no drafts yet) yes; 401 wrong name or password;
 *    403 an account without the role (a screen's).
 *  - Publisher? nginx can tell only when asked to write. `PUT content/bundle.json` with a
 *    `Content-Range` header and no body: nginx checks the role first (403 for an editor), then its
 *    WebDAV module refuses a PUT with a range before reading a byte (501). Nothing is written either
 *    way; test/preview/staff-session.test.ts proves it against the real nginx. Any other answer
 *    leaves the role unknown: the page then offers publishing and lets the server decide.
 */
import { BUNDLE_PATH, DRAFTS_FOLDER, USER_NAME_PATTERN } from '../publish/paths';
import { basicAuthorization, DavClient, explainStatus, PublishError, type Credentials } from '../publish/webdav';

export type Role = 'publisher' | 'editor' | 'unknown';

export interface StaffSession {
  user: string;
  role: Role;
  client: DavClient;
}

export interface SignInOptions {
  /** The site's address (the page's own, in the browser). */
  server: string | URL;
  fetch?: typeof fetch;
}

/** Signs in: the session, or a PublishError whose sentence says what to do. */
export async function signIn(credentials: Credentials, options: SignInOptions): Promise<StaffSession> {
  const user = credentials.user.trim();
  if (user === '' || credentials.password === '') {
    throw new PublishError('sign-in', {
      vi: 'Nhập tên đăng nhập và mật khẩu.',
      en: 'Enter your user name and password.',
    });
  }
  if (!USER_NAME_PATTERN.test(user)) {
    // nginx would answer 401; say why instead (names are letters, digits, . _ -).
    throw new PublishError('sign-in', explainStatus(401, 'read').sentence, 401);
  }
  const signedIn = { user, password: credentials.password };
  const client = new DavClient({ server: options.server, credentials: signedIn, ...(options.fetch ? { fetch: options.fetch } : {}) });
  await client.list(DRAFTS_FOLDER, 'draft');
  return { user, role: await probeRole(client, signedIn, options.fetch), client };
}

/** Whether the account may publish, asked without writing anything (see the module's comment). */
export async function probeRole(client: DavClient, credentials: Credentials, fetchImpl?: typeof fetch): Promise<Role> {
  const send = fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  try {
    const response = await send(client.url(BUNDLE_PATH), {
      method: 'PUT',
      headers: { Authorization: basicAuthorization(credentials), 'Content-Range': 'bytes */0' },
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'error',
    });
    await response.body?.cancel().catch(() => {});
    if (response.status === 501) return 'publisher';
    if (response.status === 403) return 'editor';
    return 'unknown';
  } catch {
    return 'unknown';
  }
}
