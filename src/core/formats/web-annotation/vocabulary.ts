/**
 * The W3C Web Annotation terms Gloss writes and reads (https://www.w3.org/TR/annotation-model/),
 * and how Gloss's own things are named as IRIs there.
 */
import type { HighlightColour } from '../../model/types.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** the CSS colour of each highlight colour: written as the annotation's stylesheet, read back by class name */
export const COLOUR_CSS: Record<HighlightColour, string> = {
  yellow: '#f2d13c', green: '#5fc85f', blue: '#5aa4f5', pink: '#f57fb1', purple: '#a987f5',
};
export const styleClassOf = (c: HighlightColour): string => `gloss-${c}`;

const WIKIDATA = 'http://www.wikidata.org/entity/';
const GLOSS_ENTITY = 'urn:gloss:entity:';

/** an entity as an IRI: Wikidata's for a QID, else a Gloss URN */
export function entityIri(entityId: string): string {
  return /^Q[1-9]\d*$/.test(entityId) ? WIKIDATA + entityId : GLOSS_ENTITY + encodeURIComponent(entityId);
}

/** the entity id an IRI names, if it names one */
export function entityIdOfIri(iri: string): string | null {
  const wd = /^https?:\/\/(www\.)?wikidata\.org\/(entity|wiki)\/(Q[1-9]\d*)$/.exec(iri);
  if (wd) return wd[3]!;
  if (iri.startsWith(GLOSS_ENTITY)) {
    try {
      return decodeURIComponent(iri.slice(GLOSS_ENTITY.length)) || null;
    } catch {
      return null;
    }
  }
  return null;
}

export const annotationIri = (id: string): string => `urn:uuid:${id}`;
