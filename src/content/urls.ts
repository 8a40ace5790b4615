/**
 * Content URLs end up in src attributes, which Lit does not sanitise.
 * Only relative paths and https are let through: no javascript:, data:, http:, or protocol-relative //host.
 */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed !== url) return false;
  // Control characters and backslashes let browsers reinterpret a URL ("java\tscript:", "\\evil.host").
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\u0000-\u001f\u007f\\]/.test(url)) return false;
  if (url.startsWith('//')) return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (!scheme) return true;
  return scheme[1]!.toLowerCase() === 'https';
}
