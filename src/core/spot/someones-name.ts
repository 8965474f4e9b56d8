/**
 * A town's or a region's name written where the text names a person: the surname of a cited
 * author, written surname first ("Derby, Mark (May 2010)", "In Sutton, Douglas (ed.)", "Moodley,
 * Y.; Linz, B.; Yamaoka, Y."), or the word after a given name ("Jonathan Corum", "Ellen Surrey",
 * also glued to the word before it in extracted text: "CreditEllen Surrey"). There the word is the
 * person's surname, not the place. Pure string work; the caller says which words are given names
 * (the packs' given-name index) and where other names were found.
 */
import { Kind, foldKey, isLower, isUpper, kindOf } from './normalise.ts';
import { FUNCTION_WORDS } from './surroundings.ts';
import { COMMON_WORDS } from './common-words.ts';
import { isFunctionWord } from './function-words.ts';
import { declines, stemsOf } from './inflection.ts';
import { wordScript } from './name-keys.ts';

/** is this folded word a given name the packs know? */
export type GivenNameTest = (folded: string) => boolean;

const isLetter = (c: number): boolean => {
  const k = kindOf(c);
  return k === Kind.Word || k === Kind.Expand || k === Kind.Mark || k === Kind.Drop;
};

/** how far after a mention a citation's given names and year are read */
const CITATION_REACH = 60;

/**
 * ", Given [Given|Initial.]… (year)" or ", Given (ed.)" right after the mention: "Derby, Mark (May
 * 2010)", "Davenport, Sally (2004)", "Sutton, Douglas (ed.)". The first word is read by the caller.
 */
const GIVEN_THEN_YEAR =
  /^, (\p{Lu}[\p{Ll}'’-]+)(?: (?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.))* \((?:[^()\d]{0,12}(?:\d{1,2},? )?(?:1[5-9]|20)\d\d[a-z]?|eds?\.|Hrsg\.|dir\.|coord\.)\)/u;
/** ", B." or ", J.-Y." or ", M. A." and then ";" or "," (an author of a list of authors) */
const INITIALS_AFTER = /^, \p{Lu}\.(?:[ -]?\p{Lu}\.){0,3}([;,]|$)/u;
/** the author before: "Moodley, Y.; " */
const AUTHOR_BEFORE = /\p{L}, \p{Lu}\.(?:[ -]?\p{Lu}\.){0,3}[;,] $/u;
/** the author after: "; Yamaoka, Y." */
const AUTHOR_AFTER = /^[;,] \p{Lu}[\p{L}'’-]+, \p{Lu}\./u;

/**
 * The mention [start, end) is a cited author's surname: given names and a year (or "ed.") after a
 * comma, or initials in a list of authors with another author beside it. A comma and a given name
 * alone are not enough, nor initials alone ("Washington, D.C."). `nameAt(i)`: a name the packs know
 * starts at offset i.
 */
export function citedAuthor(text: string, start: number, end: number, isGivenName: GivenNameTest, nameAt: (i: number) => boolean): boolean {
  if (text.charCodeAt(end) !== 0x2c) return false;
  const after = text.slice(end, end + CITATION_REACH);
  const given = GIVEN_THEN_YEAR.exec(after);
  // the first word after the comma is a given name, or at least no name of its own ("Paris, Texas (1984)")
  if (given) return isGivenName(foldKey(given[1]!)) || !nameAt(end + 2);
  const initials = INITIALS_AFTER.exec(after);
  if (!initials) return false;
  return AUTHOR_BEFORE.test(text.slice(Math.max(0, start - CITATION_REACH), start)) || AUTHOR_AFTER.test(after.slice(initials[0].length - initials[1]!.length));
}

/**
 * The mention starting at `start` follows a given name across one space: the word before, or the
 * last capitalised part of a word glued to another in extracted text ("CreditEllen"), is a given
 * name the packs know and no word that starts clauses or is also an ordinary word ("Will",
 * "Mark"). `nameEndsAt(i)`: another name the text was found to have ends at offset i ("Jordan
 * Israel"), so the word before is that name rather than a given name.
 */
export function afterGivenName(text: string, start: number, isGivenName: GivenNameTest, nameEndsAt: (i: number) => boolean, lang = ''): boolean {
  const space = text.charCodeAt(start - 1);
  if (start < 3 || (space !== 0x20 && space !== 0xa0)) return false;
  const end = start - 1;
  if (nameEndsAt(end)) return false;
  let s = end;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  // the last capital after a lower-case letter starts the word's last part ("CreditEllen" → "Ellen")
  let part = s;
  for (let i = end - 1; i > s; i--) {
    if (isUpper(text.charCodeAt(i)) && isLower(text.charCodeAt(i - 1))) {
      part = i;
      break;
    }
  }
  if (end - part < 2 || !isUpper(text.charCodeAt(part))) return false;
  const word = foldKey(text.slice(part, end));
  // a function word of the page's language is none, though a given name elsewhere ("Ad Aquisgrana": Italian "at", Dutch "Ad")
  if (FUNCTION_WORDS.has(word) || COMMON_WORDS.has(word) || isFunctionWord(word, lang)) return false;
  if (isGivenName(word)) return true;
  // a given name declined before the surname it goes with ("z udziałem Agnieszki Holland": of Agnieszka Holland)
  const raw = text.slice(part, end).toLowerCase();
  const script = wordScript(raw);
  return declines(lang, script) && stemsOf(raw, lang, script).some((stem) => !COMMON_WORDS.has(stem) && isGivenName(stem));
}

/**
 * A person's name of several words written with hyphens between them, where the person's own name
 * has spaces: French (and other) typography names a street, a school, a ship or an airport after
 * someone so ("quai François-Mitterrand", "le porte-avions Charles-de-Gaulle", "lycée Victor-Hugo").
 * A name that is hyphenated itself ("Ocasio-Cortez", "Jean-Luc") is the person's. `name`: the
 * person's name as the pack writes it.
 */
export function namedAfterSomeone(text: string, start: number, end: number, name: string): boolean {
  const written = text.slice(start, end);
  if (!HYPHEN_BETWEEN_WORDS.test(written) || /\s/u.test(written)) return false;
  const folded = foldKey(written);
  const own = foldKey(name);
  return !own.includes(folded) && own.includes(folded.replace(HYPHENS_G, ' '));
}
const HYPHEN_BETWEEN_WORDS = /\p{L}[-\u2010\u2011]\p{L}/u;
const HYPHENS_G = /[-\u2010\u2011]/gu;

/** a Nordic patronymic or surname made from one, capitalised: "Halldórsson", "Karlsson", "Sigurðardóttir" */
const PATRONYMIC = /^\p{Lu}\p{Ll}{2,}(?:sson|dóttir|dottir)\b/u;

/**
 * The mention ending at `end` is followed, across one space, by a Nordic patronymic ("Björgvin
 * Halldórsson", "Örebro Karlsson"): the word is that person's given name, not the place it spells.
 */
export function beforePatronymic(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !isUpper(text.charCodeAt(end + 1))) return false;
  return PATRONYMIC.test(text.slice(end + 1, end + 40));
}

/** the particles of surnames, as a pattern: "de", "de la", "van der", "dos"… */
const PARTICLE = '(?:de|del|de la|de las|de los|da|do|dos|das|di|van|van der|van den|von|von der|ten|ter)';
/** a particle of a surname and the capitalised word after it: "de Cos", "de la Fuente", "van der Berg", "dos Santos" */
const PARTICLE_AND_NAME = new RegExp(`^ ${PARTICLE} (\\p{Lu})`, 'u');
/** a capitalised word and a particle of a surname, right before a word: "Nobel de la ", "Cruz dos " */
const NAME_AND_PARTICLE = new RegExp(`\\p{Lu}[\\p{L}\\p{M}.'’-]* ${PARTICLE} $`, 'u');
/** the first letters of those particles */
const PARTICLE_FIRST: ReadonlySet<number> = new Set([0x64, 0x76, 0x74]);

/**
 * Particles that are ordinary words of a page's language before a capitalised word: German "das"
 * and "da" before a noun, which German writes with a capital ("hat Olaf Scholz das Gesetz
 * unterschrieben", "weil Merz da Recht hat"); Dutch and the Scandinavian languages' "de" (the, they)
 * before a name ("dat Schoof de Kamer informeerde")
 */
const PARTICLES_THAT_ARE_WORDS: Readonly<Record<string, ReadonlySet<string>>> = (() => {
  const de = new Set(['das', 'da']);
  const the = new Set(['de']);
  return { de, nl: the, sv: the, da: the, no: the, nb: the, nn: the };
})();

/**
 * The person's name ending at `end` goes on with a particle and another capitalised word that is no
 * name the packs know ("Pablo Hernández de Cos", "Luis de la Fuente"): the name is someone else's,
 * longer one. Before a name the packs know ("… de la Comisión Europea") it is that name's; after a
 * particle that is an ordinary word of the page's language `lang` (PARTICLES_THAT_ARE_WORDS), the
 * name ends. `nameAt(i)`: a name the packs know starts at offset i.
 */
export function nameGoesOnWithParticle(text: string, end: number, nameAt: (i: number) => boolean, lang: string): boolean {
  // every particle starts with one of these letters: most names are followed by none
  if (text.charCodeAt(end) !== 0x20 || !PARTICLE_FIRST.has(text.charCodeAt(end + 1))) return false;
  const m = PARTICLE_AND_NAME.exec(text.slice(end, end + 16));
  if (m === null || nameAt(end + m[0].length - 1)) return false;
  const words = PARTICLES_THAT_ARE_WORDS[lang];
  return !words?.has(m[0].slice(1, m[0].indexOf(' ', 1)));
}

/**
 * The word at `start` follows a capitalised word and a particle of a surname ("Nobel de la Paz",
 * "Vasco da Gama"): it ends a longer name, not a name of its own.
 */
export function afterNameAndParticle(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 0x20 && NAME_AND_PARTICLE.test(text.slice(Math.max(0, start - 30), start));
}
