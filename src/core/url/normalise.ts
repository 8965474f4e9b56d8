/**
 * One article, one address: the URL a page's highlights and notes are filed under.
 *
 * - scheme and host lower-cased, default port dropped, fragment dropped;
 * - tracking parameters removed (utm_*, fbclid, gclid, …), the rest sorted so order does not matter;
 * - a trailing slash on a non-root path dropped ("/a/b/" and "/a/b" are the same article);
 * - the page's canonical link wins when it is trustworthy (see pageIdentity).
 * Pure: no DOM, no browser API.
 */

/**
 * exact parameter names that only say where a click came from. Generic names some sites use for
 * content ("id", "cid", "src", "share") are deliberately absent. "amp" and "outputType" select
 * the AMP rendering of the same article.
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'igsh', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'hsctatracking', 'mkt_tok', 'oly_anon_id',
  'oly_enc_id', 'vero_id', 'vero_conv', 'wickedid', 'rb_clickid', 's_cid', 'ncid', 'ocid', 'cmpid', 'cmp', 'ito',
  'ref_src', 'ref_url', 'smid', 'smtyp', 'sr_share', 'at_medium', 'at_campaign', 'at_custom1',
  'at_custom2', 'at_custom3', 'at_custom4', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'spm', 'xtor',
  'trk', 'trkCampaign', 'sc_cid', 'ns_campaign', 'ns_mchannel',
  'ns_source', 'ns_linkname', 'ns_fee', 'fb_action_ids', 'fb_action_types', 'fb_ref', 'fb_source', 'action_object_map',
  'action_type_map', 'action_ref_map', 'ss_source', 'ss_campaign_id', 'ss_email_id', 'outputType', 'amp',
].map((p) => p.toLowerCase()));
/** parameter name prefixes that only say where a click came from */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'matomo_', 'hmb_', 'ga_', 'stm_', 'vgo_ee'];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * Normalise a page address. Returns null for anything that is not an http(s) URL (Gloss files
 * nothing under about:, file:, extension pages …).
 */
export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([k]) => !isTrackingParam(k));
  kept.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  url.search = new URLSearchParams(kept).toString();
  let path = url.pathname;
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '') || '/';
  url.pathname = path;
  // URL already lower-cases the scheme and host and drops a default port
  let out = url.toString();
  if (out.endsWith('?')) out = out.slice(0, -1);
  return out;
}

/** The site a URL belongs to, as shown to the reader ("www." dropped). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** the host without one leading mobile/AMP/www label: "m.example.com" and "www.example.com" are one site */
const bareHost = (h: string) => h.replace(/^(www|amp|m|mobile)\./, '');

/**
 * Known AMP caches serve a publisher's article from their own host, with the publisher's host in
 * the path (".../c/s/www.example.com/story", Google's "/amp/s/www.example.com/story"): the host
 * the cache says it is serving, or null.
 */
function ampCachePublisher(u: URL): string | null {
  const h = u.hostname;
  const cache = h.endsWith('.cdn.ampproject.org') || h.endsWith('.ampproject.net') || h.endsWith('.bing-amp.com');
  const google = h === 'www.google.com' || h === 'google.com';
  if (!cache && !google) return null;
  const m = google ? /^\/amp\/(?:s\/)?([^/]+)\//.exec(u.pathname) : /^\/[a-z]\/(?:s\/)?([^/]+)\//.exec(u.pathname);
  return m ? m[1]!.toLowerCase() : null;
}

export interface PageHints {
  /** href of <link rel="canonical">, resolved against the page URL */
  canonical?: string | null;
  /** the page declares itself AMP (<html amp> or <html ⚡>); kept with the visit, not a reason to trust a canonical */
  amp?: boolean;
}

/**
 * The one rule for following a page's canonical link (page identity here, and the background's
 * check of what a content script may claim about its page): the canonical is trusted when it has
 * the same origin as the page, port included; or the same site in a known mobile/AMP pattern
 * (www./m./mobile./amp. hosts, same port, http or https); or when the page is served from a known
 * AMP cache that names the canonical's host. A canonical pointing at the home page from an article
 * is a common publisher mistake and is never trusted. Both arguments are normalised URLs.
 */
export function trustedCanonical(visited: string, canonical: string): boolean {
  let v: URL;
  let c: URL;
  try {
    v = new URL(visited);
    c = new URL(canonical);
  } catch {
    return false;
  }
  if (c.protocol !== 'http:' && c.protocol !== 'https:') return false;
  const homeFromArticle = c.pathname === '/' && c.search === '' && !(v.pathname === '/' && v.search === '');
  if (homeFromArticle) return false;
  if (v.origin === c.origin) return true;
  // URL leaves the port empty when it is the scheme's default: http://m.x → https://www.x is the same site
  if (bareHost(v.hostname) === bareHost(c.hostname) && v.port === c.port) return true;
  const publisher = ampCachePublisher(v);
  return publisher !== null && publisher === c.host;
}

export interface PageIdentity {
  /** the address the page is filed under */
  url: string;
  /** the normalised address the reader actually visited, when it differs */
  alias: string | null;
}

/**
 * Which address a page is filed under: its normalised URL, or its canonical link when
 * `trustedCanonical` says so (AMP and mobile variants of an article share one record).
 */
export function pageIdentity(rawUrl: string, hints: PageHints = {}): PageIdentity | null {
  const visited = normaliseUrl(rawUrl);
  if (!visited) return null;
  const canonical = hints.canonical ? normaliseUrl(hints.canonical) : null;
  if (!canonical || canonical === visited) return { url: visited, alias: null };
  return trustedCanonical(visited, canonical) ? { url: canonical, alias: visited } : { url: visited, alias: null };
}

/** Whether two addresses are the same page once normalised (tracking parameters and fragment aside). */
export function samePage(a: string, b: string): boolean {
  const na = normaliseUrl(a);
  return na !== null && na === normaliseUrl(b);
}
