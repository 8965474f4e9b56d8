/**
 * The sound key of a name word: its consonants, in classes of sounds that other alphabets write
 * alike. The Cyrillic and Greek press write names from Latin-letter languages as they sound, by
 * rules that depend on the name's own language and that English spelling does not follow: "Biden"
 * is "Байден", "Johnson" "Джонсон", "Reeves" "Ривз", "Theresa May" "Тереза Мэй". Their vowels and
 * silent letters differ, their consonants mostly do not.
 *
 * The key keeps one letter per consonant sound, a run of the same class once: s, z, sh, zh, ch, ts
 * and a soft c are S; k, a hard c, q and ck are K; g, j and dzh are G; f, v and ph are F; th is T;
 * h, kh, gh, w, y and the vowels leave nothing. "Biden" and "Байден" (bayden) are BDN, "Johnson"
 * and "Джонсон" (dzhonson) GNSN.
 *
 * It is far looser than the transliteration and variant keys (spellings.ts), so the name index uses
 * it only for a person's full name of two words or more, read in Cyrillic or Greek letters, every
 * word of the name matching (see names-compile.ts and names.ts). Pure: no browser API.
 */
import { foldKey } from './normalise.ts';
import { addNew } from './inflection.ts';

/** rewrites, longest first where one starts another; a letter not listed (a vowel) leaves nothing */
const RULES: readonly (readonly [string, string])[] = [
  ['shch', 'S'], ['dzh', 'G'], ['tch', 'S'], ['sch', 'S'], ['chr', 'KR'], ['chl', 'KL'],
  ['sh', 'S'], ['zh', 'S'], ['ch', 'S'], ['kh', ''], ['ph', 'F'], ['th', 'T'], ['ts', 'S'], ['tz', 'S'], ['ck', 'K'], ['gh', ''],
  ['qu', 'K'], ['ce', 'S'], ['ci', 'S'], ['cy', 'S'],
  ['b', 'B'], ['c', 'K'], ['d', 'D'], ['f', 'F'], ['g', 'G'], ['j', 'G'], ['k', 'K'], ['l', 'L'], ['m', 'M'], ['n', 'N'], ['p', 'P'],
  ['q', 'K'], ['r', 'R'], ['s', 'S'], ['t', 'T'], ['v', 'F'], ['x', 'KS'], ['z', 'S'],
];

/**
 * The spellings of languages whose letters sound otherwise than in English, as the Cyrillic and
 * Greek press transcribes them (the practical transcription of each source language): w is a v in
 * Dutch, German and Polish names ("Wilders" is "Вилдерс", "Βίλντερς"; "Wałęsa" "Валенса"); a j is
 * the y of "Йенс" (Jens) in the Germanic, Baltic, Finnic, Hungarian and West Slavic languages, the
 * kh of "Хосе" (José) in Spanish, the zh of "Жан" (Jean) in French and Portuguese, as is a Turkish
 * j, whose c is a j ("Джевдет" is Cevdet); the German, Dutch, Czech and Polish ch is a kh ("Вагенкнехт",
 * "Wagenknecht"), the Italian one a k ("Кьеза", Chiesa), the Portuguese lh and nh, the Italian gli
 * and gn, and the Hungarian ly, ny, gy and ty are one soft consonant; a Hungarian sz, cs and zs, an
 * Italian sce and sci, a Swedish or Norwegian sj, skj, stj, tj and kj are all hushing sounds; the
 * West Slavic, Hungarian and Serbo-Croatian c is a ts. The Cyrillic press writes Japanese names by
 * the Polivanov system ("Takaichi" "Такаити", "Shinzo" "Синдзо", "Watanabe" "Ватанабэ"); a French
 * name's last consonants are often silent. Read before the rules above, longest first.
 */
const NORDIC_J: readonly (readonly [string, string])[] = [['j', '']];
const SCANDINAVIAN: readonly (readonly [string, string])[] = [['skj', 'S'], ['stj', 'S'], ['sj', 'S'], ['tj', 'S'], ['kj', 'S'], ['j', '']];
const WEST_SLAVIC: readonly (readonly [string, string])[] = [['chr', 'KR'], ['ch', ''], ['c', 'S'], ['j', '']];
const SPELLING_RULES: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  // Japanese names in Russian and Ukrainian (the Polivanov system): chi, cha… with т, ji and z with дз, w with в
  ja: [['ch', 'T'], ['j', 'DS'], ['z', 'DS'], ['w', 'F']],
  de: [['chr', 'KR'], ['chs', 'KS'], ['ch', ''], ['j', ''], ['w', 'F']],
  nl: [['sch', 'S'], ['ch', ''], ['j', ''], ['w', 'F']],
  pl: [['szcz', 'S'], ['sz', 'S'], ['cz', 'S'], ['rz', 'S'], ['w', 'F'], ...WEST_SLAVIC],
  cs: WEST_SLAVIC,
  sk: WEST_SLAVIC,
  // French: j is the zh of "Жан", "Ζαν" (Jean); the final consonants it does not sound are dropped (FRENCH_SILENT_END)
  fr: [['gn', 'N'], ['j', 'S']],
  es: [['gue', 'G'], ['gui', 'G'], ['ge', ''], ['gi', ''], ['j', '']],
  // Catalan, which Spain's names may be: j and x are hushing ("Жозеп" is Josep), so is a final ig ("Пучдемон", Puigdemont)
  ca: [['gue', 'G'], ['gui', 'G'], ['ge', 'S'], ['gi', 'S'], ['ig', 'S'], ['ny', 'N'], ['tx', 'S'], ['ix', 'S'], ['x', 'S'], ['j', 'S']],
  // Albanian: j is a y, xh a j, q and ç hushing ("Бајрам Бегај" is Bajram Begaj)
  sq: [['xh', 'G'], ['x', 'S'], ['q', 'S'], ['j', '']],
  pt: [['lh', 'L'], ['nh', 'N'], ['ge', 'S'], ['gi', 'S'], ['j', 'S'], ['x', 'S']],
  it: [['ch', 'K'], ['gh', 'G'], ['gli', 'L'], ['gn', 'N'], ['sce', 'S'], ['sci', 'S']],
  hu: [['sz', 'S'], ['cs', 'S'], ['zs', 'S'], ['gy', 'D'], ['ly', ''], ['ny', 'N'], ['ty', 'T'], ['c', 'S'], ['j', '']],
  tr: [['c', 'G'], ['j', 'S']],
  sr: [['dj', 'D'], ['c', 'S'], ['j', '']],
  lt: [['c', 'S'], ['j', '']],
  lv: [['c', 'S'], ['j', '']],
  fi: NORDIC_J,
  et: NORDIC_J,
  sv: SCANDINAVIAN,
  no: SCANDINAVIAN,
  da: SCANDINAVIAN,
};
/**
 * Letters whose sound no accent-folding keeps: the cedilla's c is an s in French, Portuguese and
 * Catalan names and a ch in Turkish ones ("François" is "Франсуа", "Gonçalves" "Гонсалвеш"), the
 * Turkish ş a sh and ğ no consonant ("Erdoğan" is "Эрдоган"). Read before folding.
 */
const BEFORE_FOLDING = /[çşğ]/giu;
const UNFOLDED: Record<string, string> = { ç: 's', ş: 'sh', ğ: '' };

/** the consonants a French name does not sound at its end ("Barrot" is "Μπαρό", "Charles" "Шарл") */
const FRENCH_SILENT_END = /[stdxz]+$/;
/** and a Catalan one its t after n ("Puigdemont" is "Пучдемон") */
const CATALAN_SILENT_END = /(?<=n)t$/;

type Rules = Map<string, (readonly [string, string])[]>;

/** rules by their first letter, longest first where one starts another */
function byFirst(rules: readonly (readonly [string, string])[]): Rules {
  const map: Rules = new Map();
  for (const rule of rules) {
    const list = map.get(rule[0][0]!) ?? [];
    list.push(rule);
    map.set(rule[0][0]!, list);
  }
  return map;
}
const BY_FIRST = byFirst(RULES);
const BY_SPELLING = new Map(Object.entries(SPELLING_RULES).map(([spelling, extra]) => [spelling, byFirst([...extra, ...RULES])]));

/**
 * The sound key of one word in Latin letters (any case, accents folded), or '' when it has no
 * consonant. The 'ce'/'ci'/'cy' rules read their vowel with the c, as other vowels are read: into nothing.
 */
export function soundKey(word: string, spelling = ''): string {
  const rules = BY_SPELLING.get(spelling) ?? BY_FIRST;
  let w = foldKey(word.replace(BEFORE_FOLDING, (c) => UNFOLDED[c.toLowerCase()]!)).replace(/[^a-z]/g, '');
  if (spelling === 'fr') w = w.replace(FRENCH_SILENT_END, '');
  else if (spelling === 'ca') w = w.replace(CATALAN_SILENT_END, '');
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; ) {
    const rule = rules.get(w[i]!)?.find(([from]) => w.startsWith(from, i));
    if (!rule) {
      i++;
      last = '';
      continue;
    }
    // a run of one class once ("Lammy", "Ривз"): but not across a vowel ("Kristin" keeps both)
    for (const ch of rule[1]) if (ch !== last) out += last = ch;
    i += rule[0].length;
  }
  return out;
}

/**
 * The letters with a caron or an acute that the Serbian, Macedonian and Belarusian romanisations
 * use, as the English-style digraphs the rules read ("Џонсон" is "džonson", read as "dzhonson").
 */
const DIGRAPHS: readonly (readonly [RegExp, string])[] = [[/dž/g, 'dzh'], [/ž/g, 'zh'], [/š/g, 'sh'], [/[čć]/g, 'ch'], [/đ/g, 'dj']];
const HAS_CARON = /[žščćđ]/;

/**
 * The sound keys of a word romanised from Cyrillic (romanise.ts spellings: dzh, kh, sh, ts, y, or
 * the carons of the Serbian and Macedonian systems): as it reads; where it has a "g" of its own, with
 * the first such g read as an h, which Russian, Belarusian and Bulgarian write with г ("Герцог" is
 * Herzog, "Гамбург" Hamburg); and where it has a "zh", with it read as the j of French, Catalan and
 * Portuguese names ("Жозеп Борел" is Josep Borrell, "Жан" Jean).
 */
export function cyrillicSoundKeys(romanised: string): string[] {
  let word = romanised;
  if (HAS_CARON.test(word)) for (const [from, to] of DIGRAPHS) word = word.replace(from, to);
  // the j of the Serbian, Macedonian and Belarusian romanisations is ј and й, a y ("Вархеји" is Várhelyi), and
  // their c is ц, a ts ("Палуцкас" is Paluckas)
  word = word.replace(/j/g, 'y').replace(/c(?!h)/g, 'ts');
  const keys: string[] = [];
  // an English name's w is written в at its start as often as у ("Виткоф" is Witkoff, "Вашингтон"
  // Washington), and the sound key reads an English w as no consonant: also read without that v,
  // with each reading below ("Вонг", Ukrainian "vonh", is Wong)
  for (const form of word.startsWith('v') ? [word, word.slice(1)] : [word]) addReadings(keys, form);
  return keys;
}

/** the sound keys of a romanised Cyrillic word read as it is, and with its г, ж and Ukrainian г read otherwise */
function addReadings(keys: string[], word: string): void {
  addNew(keys, soundKey(word));
  // the first g only ("Гамбург": the last g is a g); one right after a z stays a g
  const asH = word.replace(/(?<!d?z)g/, 'h');
  if (asH !== word) addNew(keys, soundKey(asH));
  const asJ = word.replace(/(?<!d)zh/g, 'j');
  if (asJ !== word) addNew(keys, soundKey(asJ));
  // Ukrainian and Belarusian write the g and the h of other languages' names alike, г, romanised h
  // ("Гегсет" is Hegseth, "Гамбург" Hamburg): each of the first two such h also read as a g
  const hs: number[] = [];
  for (let i = word.indexOf('h'); i >= 0 && hs.length < 2; i = word.indexOf('h', i + 1)) if (!/[kscz]/.test(word[i - 1] ?? '')) hs.push(i);
  for (let mask = 1; mask < 1 << hs.length; mask++) {
    let asG = word;
    hs.forEach((at, j) => {
      if (mask & (1 << j)) asG = asG.slice(0, at) + 'g' + asG.slice(at + 1);
    });
    addNew(keys, soundKey(asG));
  }
}

/**
 * The sound keys of a word romanised from Greek (romanise.ts): ELOT writes χ as ch, which stands for
 * the h or kh of the Latin names Greek writes so ("Χέρτσογκ" is Herzog) as well as for German's ch
 * ("Ούλριχ" is Ulrich): read both ways; and γι before a vowel as a y too.
 */
export function greekSoundKeys(romanised: string): string[] {
  const keys = [soundKey(romanised)];
  if (romanised.includes('ch')) addNew(keys, soundKey(romanised.replace(/ch/g, 'kh')));
  // τζ is the j of other languages' names ("Τζερόμ" is Jerome, "Τζόνσον" Johnson)
  if (romanised.includes('tz')) addNew(keys, soundKey(romanised.replace(/tz/g, 'dzh')));
  // θ is the z and soft c of Spanish names as Spain says them ("Σάντσεθ" is Sánchez)
  if (romanised.includes('th')) addNew(keys, soundKey(romanised.replace(/th/g, 's')));
  // γι before a vowel is the y of other languages' names ("Γιασάρ" is Yaşar, "Γιόχαν" Johan)
  const asY = romanised.replace(GREEK_YI, 'y');
  if (asY !== romanised) addNew(keys, soundKey(asY));
  return keys;
}
const GREEK_YI = /gi(?=[aeou])/g;

/**
 * A sound key is marked off from the index's other keys (lower-case letters) by its capitals; one
 * word's key needs a consonant, and a name's keys together at least four (MIN_NAME_SOUNDS), so that
 * "Yi Ao" or "Li Na" are never read by sound.
 */
export const MIN_NAME_SOUNDS = 4;

/**
 * The sound keys of a name's words, read with the spelling of the name's language (its entity's
 * country's, '' for English), or null when the name is too short to be read by sound.
 */
export function nameSoundKeys(words: readonly string[], spelling = ''): string[] | null {
  const keys = words.map((w) => soundKey(w, spelling));
  if (keys.some((k) => k === '') || keys.reduce((n, k) => n + k.length, 0) < MIN_NAME_SOUNDS) return null;
  return keys;
}
