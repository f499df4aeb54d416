const MAX = 500;

/**
 * A path on this site to go back to after signing in or switching language; anything else
 * goes to `fallback`. Browsers drop tabs and line breaks from a URL and read `\` as `/`, so
 * "/\t/evil.example" would be "//evil.example": another site. Those never pass, nor do
 * schemes, "//" or any other control character.
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F\\]/.test(value)) return fallback;
  if (!value.startsWith('/') || value.startsWith('//')) return fallback;
  try {
    const url = new URL(value, 'http://wijkportaal.invalid');
    // From the parsed form, so a letter such as "ł" arrives percent-encoded in the Location header.
    return url.origin === 'http://wijkportaal.invalid' ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
