/**
 * Where things live on the server. Other tools (the fleet, monitoring) rely on these names, and
 * deploy/nginx.conf allows writes only to names of these shapes: keep the two in step.
 */

export const BUNDLE_PATH = 'content/bundle.json';
export const DRAFTS_FOLDER = 'content/drafts/';
export const HISTORY_FOLDER = 'content/history/';
export const MEDIA_FOLDER = 'content/media/';
export const FLEET_FOLDER = 'fleet/';

/** A user, a draft, a screen: letters, digits, `.`, `_` and `-`, not starting with a dot or dash. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** User names are also part of new versions and history names: at most 32 characters. */
export const USER_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/** The path of a draft; undefined for a name nginx would refuse to write. */
export function draftPath(name: string): string | undefined {
  const file = name.endsWith('.json') ? name : `${name}.json`;
  return NAME_PATTERN.test(file) ? `${DRAFTS_FOLDER}${file}` : undefined;
}

/** The picture and video types nginx accepts under /content/media/. */
export const MEDIA_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'svg', 'mp4', 'webm'] as const;

/** The path of a picture; undefined for a name nginx would refuse to write. */
export function mediaPath(name: string): string | undefined {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  const segments = name.split('/');
  const fine = segments.every((segment) => NAME_PATTERN.test(segment)) && (MEDIA_EXTENSIONS as readonly string[]).includes(extension);
  return fine && segments.length > 0 ? `${MEDIA_FOLDER}${name}` : undefined;
}
