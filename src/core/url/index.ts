export { normaliseUrl, pageIdentity, samePage, siteOf, isTrackingParam, trustedCanonical, type PageHints, type PageIdentity } from './normalise.ts';
export { webLink } from './web-link.ts';
