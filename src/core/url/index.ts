export { normaliseUrl, pageIdentity, siteOf, isTrackingParam, type PageHints, type PageIdentity } from './normalise.ts';
export { webLink } from './web-link.ts';
