/**
 * German declines the adjectives at the head of a name with its article, and the noun after them
 * in the genitive: "Europäisches Parlament", but "das Europäische Parlament", "im Europäischen
 * Parlament", "des Europäischen Parlaments"; "Deutscher Fußball-Bund", "des Deutschen
 * Fußball-Bundes"; "Olympische Spiele", "bei den Olympischen Spielen". Given a name as the pack
 * writes it (the strong form, without article), this gives the other forms the press writes, so
 * the compiled pack can list them (compile.ts). Adjectives named after a place ("Frankfurter",
 * "Berliner") are not declined, and are not read as adjectives here.
 */

/** an adjective's stem by its ending ("europä-isch", "zentr-al", "vereinigt"), or one of the short adjectives names start with */
const ADJECTIVE_STEM = /(?:isch|lich|ig|igt|iert|al|iv|är|ell|ent|bar|sam|haft)$|^(?:deutsch|neu|allgemein|frei|grün|link|recht|rot|weiß|schwarz|blau|groß|hoch|ober|nieder|alt|jung|mittler|vorder|hinter|heilig)$/u;
/** a capital, then letters: the head noun ("Parlament", "Fußball-Bund") */
const NOUN = /^\p{Lu}[\p{L}-]*\p{Ll}$/u;

interface Adjective {
  stem: string;
  ending: 'e' | 'er' | 'es';
}

/** the word as an adjective with a strong or weak ending ("Europäisches" → europäisch + es), or null; a hyphened word by its last part ("Christlich-Soziale") */
function adjective(word: string): Adjective | null {
  const m = /^(.*\p{Ll})(es|er|e)$/u.exec(word);
  if (!m) return null;
  const stem = m[1]!;
  const last = stem.slice(stem.lastIndexOf('-') + 1).toLowerCase();
  return ADJECTIVE_STEM.test(last) ? { stem, ending: m[2] as Adjective['ending'] } : null;
}

/** the genitive of a masculine or neuter noun: "Parlaments", "Bundes", "Zentrums", "Hilfswerks" (both -s and -es after a stop, where either is written) */
function genitives(noun: string): string[] {
  if (/(?:s|ß|x|z)$/u.test(noun)) return [`${noun}es`];
  if (/(?:[bdgkpt]|ch)$/u.test(noun)) return [`${noun}s`, `${noun}es`];
  return [`${noun}s`];
}

/**
 * The other case forms of a German name that starts with one or more declined adjectives and a
 * noun; none for any other name. The rest of the name after the noun stays as it is ("für Luft-
 * und Raumfahrt").
 */
export function germanCaseForms(name: string): string[] {
  const words = name.split(' ');
  const adjectives: Adjective[] = [];
  let i = 0;
  for (; i < words.length; i++) {
    const a = adjective(words[i]!);
    if (!a) break;
    adjectives.push(a);
  }
  const noun = words[i];
  if (adjectives.length === 0 || noun === undefined || !NOUN.test(noun)) return [];
  const rest = words.slice(i + 1);
  const gender = adjectives[adjectives.length - 1]!.ending;
  const form = (ending: string, head: string) => [...adjectives.map((a) => a.stem + ending), head, ...rest].join(' ');
  const forms = [form('en', noun)];
  if (gender === 'er' || gender === 'es') {
    // der/das Deutsche …, des Deutschen …s, (mit) Technischem …
    forms.push(form('e', noun), form('em', noun), ...genitives(noun).map((g) => form('en', g)));
  } else if (noun.endsWith('e')) {
    // a plural: den Olympischen Spielen
    forms.push(form('en', `${noun}n`));
  }
  return forms.filter((f) => f !== name);
}
