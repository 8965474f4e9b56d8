/**
 * An organisation named again by the head noun of its name, after an article: "the Commission"
 * after "the European Commission", "le Fonds" after "le Fonds monétaire international", "la
 * Camera" after "la Camera dei deputati". The page has named the organisation in full before, and
 * of the organisations it named so, only that one has the word as its head; otherwise the word stays
 * unmarked ("the Bank" after the World Bank and the European Investment Bank). Pure string work on
 * the page's mentions, run after the page rules.
 */
import type { Mention } from './types.ts';
import { foldKey, isUpper } from './normalise.ts';
import { overlapsAny } from '../text/offsets.ts';
import { inWordAt, wordEnd, wordStart } from './surroundings.ts';


/** the definite articles (and Romance prepositions with the article) a back-reference follows, by page language */
const ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the']),
  fr: new Set(['le', 'la', "l'", 'l’', 'du', 'au', 'les', 'des', 'aux']),
  es: new Set(['el', 'la', 'del', 'al', 'los', 'las']),
  ca: new Set(['el', 'la', "l'", 'l’', 'del', 'al']),
  it: new Set(['il', 'lo', 'la', "l'", 'l’', 'del', 'dello', 'della', "dell'", 'dell’', 'al', 'allo', 'alla', "all'", 'all’', 'nel', 'nella', "nell'", 'nell’', 'dal', 'dalla', "dall'", 'dall’', 'sul', 'sulla']),
  pt: new Set(['o', 'a', 'do', 'da', 'no', 'na', 'ao', 'à', 'pelo', 'pela']),
  de: new Set(['der', 'die', 'das', 'dem', 'den', 'des']),
  nl: new Set(['de', 'het']),
};

/** the shortest head word read (in letters): "Bank", "Fund", "Fonds" */
const MIN_HEAD = 4;

/** the languages that put the head noun of a name first ("Fonds monétaire international"); the others put it last ("European Commission") */
const HEAD_FIRST: ReadonlySet<string> = new Set(['fr', 'es', 'ca', 'it', 'pt']);
/** the words that end a name's head before what qualifies it ("Council of the European Union", "Bank für …") */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'für', 'der', 'des', 'van', 'voor']);

/**
 * The head noun of an organisation's name of several words, written with a capital: the word before
 * its first connector ("Council of the European Union"), else its first word in the Romance
 * languages, its last in English, German and Dutch; null when that word is short or in lower case.
 */
function headWordOf(name: string, lang: string): string | null {
  const words = name.split(/[\s'’]+/u).filter((w) => w !== '');
  if (words.length < 2) return null;
  const connector = words.findIndex((w, i) => i > 0 && CONNECTORS.has(w));
  const head = connector > 0 ? words[connector - 1]! : HEAD_FIRST.has(lang) ? words[0]! : words[words.length - 1]!;
  return head.length >= MIN_HEAD && isUpper(head.charCodeAt(0)) && INSTITUTION_NOUNS.has(foldKey(head)) ? head : null;
}

/**
 * The head nouns that name one body again on a page, folded: "the Commission", "le Fonds", "la
 * Junta", "die Kommission". Not those the press uses alone for another body as often: a government
 * or a council is the country's own ("el Gobierno de Javier Milei", "presidente del Consiglio"), a
 * cup, a ministry's field ("ministre de la Santé") are words of their own.
 */
const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'commission', 'commissione', 'comision', 'comissao', 'kommission', 'commissie', 'fund', 'fonds', 'fondo', 'bank', 'banque', 'banco', 'banca',
  'union', 'unione', 'uniao', 'junta', 'camera', 'camara', 'chambre', 'chamber', 'court', 'cour', 'corte', 'tribunal', 'tribunale', 'gericht', 'parliament', 'parlement', 'parlamento', 'parlament',
  'assembly', 'assemblee', 'asamblea', 'assemblea', 'assembleia', 'congress', 'congres', 'congreso', 'congresso', 'senate', 'senat', 'senado', 'senato',
  'agency', 'agence', 'agencia', 'agenzia', 'agentur', 'alliance', 'alleanza', 'alianza', 'alianca', 'bundesbank', 'zentralbank', 'authority', 'autorite',
  'autoridad', 'autorita', 'behorde', 'organisation', 'organization', 'organizacion', 'organizzazione', 'organizacao', 'federation', 'federacion',
  'federazione', 'federacao', 'foundation', 'fondation', 'fundacion', 'fondazione', 'fundacao', 'stiftung', 'institute', 'institut', 'instituto',
  'istituto', 'university', 'universite', 'universidad', 'universita', 'universidade', 'universitat', 'committee', 'comite', 'comitato', 'party',
  'partei', 'partido', 'partito', 'corporation', 'company', 'group', 'groupe', 'grupo', 'gruppo', 'konzern',
]);

/**
 * The back-references in `text` to organisations of `mentions` (the page's mentions, in text order),
 * as new mentions in text order; none on a page whose language has no articles listed.
 */
export function backReferences(text: string, mentions: readonly Mention[], orgIds: ReadonlySet<string>, lang: string): Mention[] {
  const articles = ARTICLES[lang];
  if (!articles) return [];
  // head word → the organisations named in full with it, and where each was first named
  const heads = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    if (!m.entityId || !orgIds.has(m.entityId) || !/\s/u.test(m.text)) continue;
    const w = headWordOf(m.text, lang);
    if (w === null) continue;
    const ids = heads.get(w) ?? new Map<string, number>();
    if (!ids.has(m.entityId)) ids.set(m.entityId, m.start);
    heads.set(w, ids);
  }
  const out: Mention[] = [];
  for (const [word, ids] of heads) {
    if (ids.size !== 1) continue;
    const [[id, first]] = [...ids] as [[string, number]];
    for (let at = text.indexOf(word, first + 1); at >= 0; at = text.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if (inWordAt(text, at - 1) || inWordAt(text, end)) continue;
      // not the first word of a longer name ("the State Department" after "Islamic State", "la Agencia de Transformación Digital")
      if (overlapsAny(mentions, at, end) || !afterArticle(text, at, articles) || capitalAfter(text, end)) continue;
      out.push({ start: at, end, text: word, entityId: id, reason: 'reference' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** the word right before `at` (across one space, or before an apostrophe with it: "l'Union") is one of `articles`, in lower case */
function afterArticle(text: string, at: number, articles: ReadonlySet<string>): boolean {
  const c = text.charCodeAt(at - 1);
  const apostrophe = c === 0x27 || c === 0x2019;
  if (!apostrophe && c !== 0x20 && c !== 0xa0) return false;
  // the article's letters end before the space, or before the apostrophe, which is part of it
  const end = at - 1;
  const start = wordStart(text, end);
  // a sentence's first word has its capital: "The Commission said"
  return start < end && articles.has(text.slice(start, apostrophe ? at : end).toLowerCase());
}

/** the words that join a name's head to the rest of another name ("Agencia de Transformación Digital", "Agency for …") */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'de', 'del', 'des', 'du', 'di', 'della', 'do', 'da', 'dos', 'das', 'für', 'van', 'voor', 'per']);

/**
 * The next word, across one space, starts with a capital, or is a connector before one: the word
 * starts another name ("la Agencia de Transformación Digital", "the Agency for Nuclear Energy")
 */
function capitalAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 0x20 && c !== 0xa0) return false;
  if (isUpper(text.charCodeAt(end + 1))) return true;
  const j = wordEnd(text, end + 1);
  return j > end + 1 && NAME_CONNECTORS.has(text.slice(end + 1, j)) && text.charCodeAt(j) === 0x20 && isUpper(text.charCodeAt(j + 1));
}
