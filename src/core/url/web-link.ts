/** The one rule for links Gloss shows or follows from data: http(s) only, never javascript:, data: or others. */

/** `url` as an absolute http(s) address, else null */
export function webLink(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
