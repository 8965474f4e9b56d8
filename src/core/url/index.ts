export { normaliseUrl, pageIdentity, siteOf, isTrackingParam, type PageHints, type PageIdentity } from './normalise.ts';
