/**
 * A place inside a longer name that is not the place: "Manchester" in "Manchester City", "Kentucky"
 * in "Northern Kentucky University", "Edinburgh" in "Edinburgh University Press", "Milan" in
 * "Inter Milan", "England" in "Bank of England", "London" in "Football.London". The longer name is
 * a club, a university, a newspaper or press, a company or another place; when the pack knows it,
 * the longest match already marks it whole, and when it does not, the place is not marked.
 *
 * Decided by the words around the mention in the original text, from short lists of the words that
 * make such names (English, French, German, Spanish, Italian, Portuguese), so that a place used as
 * a modifier stays marked ("Kentucky Governor Andy Beshear", "a Virginia Democrat", "the New
 * Zealand Army", "Mayor of London"). The same holds for an institution inside the name of its press
 * ("Victoria University" in "Victoria University Press": `inLongerInstitutionName`). Pure string
 * work: no DOM, no browser API.
 */
import { KIND_TABLE, Kind, MAP_TABLE, foldKey, isLower, isUpper, kindOf } from './normalise.ts';
import { FUNCTION_WORDS, hasHyphen, linkedByLowerWord } from './surroundings.ts';
import { SENTENCE_CASE_LANGS } from './sentence-case.ts';

/** capitalised words after a place that make the name something else (folded) */
const HEADS_AFTER: ReadonlySet<string> = new Set([
  // universities, colleges, schools
  'university', 'college', 'polytechnic', 'institute', 'school', 'academy',
  // newspapers, magazines and presses
  'press', 'times', 'post', 'herald', 'tribune', 'gazette', 'journal', 'chronicle', 'telegraph', 'courier', 'observer',
  'independent', 'globe', 'examiner', 'inquirer', 'review', 'magazine', 'daily', 'star', 'sun', 'standard',
  // in the languages that write the town first ("Stavanger Aftenblad", "Frankfurter Rundschau", "Leidsch Dagblad")
  'aftenblad', 'aftenposten', 'dagblad', 'tidende', 'avis', 'zeitung', 'rundschau', 'anzeiger', 'nachrichten', 'tagblatt', 'kurier',
  'nieuwsblad', 'courant', 'dagbladet', 'tidning', 'tidningen',
  // clubs ("Manchester City", "Leeds United", "Derby County")
  'city', 'united', 'fc', 'afc', 'cf', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'rangers', 'town', 'county', 'club', 'saint-germain',
  // handball clubs ("Aalborg Håndbold", "GOG Håndbold", "Rhein-Neckar Löwen")
  'handbold', 'handball', 'loewen', 'lowen',
  // teams named after a sponsor's country or town ("UAE Team Emirates")
  'team',
  // companies and markets
  'bank', 'group', 'holdings', 'inc', 'ltd', 'plc', 'corp', 'corporation', 'company', 'airlines', 'airways', 'airport', 'motors', 'exchange',
  // another place named after it ("Miami Beach"; "Mexico City" is in the pack)
  'beach',
  // orchestras, museums
  'symphony', 'orchestra', 'philharmonic', 'opera', 'ballet', 'museum', 'zoo',
  // grounds and halls named after a place or a sponsor ("London Stadium", "Emirates Stadium")
  'stadium', 'arena',
  // a city's courts ("Seoul High Court", "Islamabad High Court")
  'court',
  // authorities named after a place ("Suez Canal Authority", "Port Authority")
  'authority',
  // shoals and reefs named after a place ("Scarborough Shoal")
  'shoal', 'reef',
  // research collaborations and consortia named after a place ("International Thwaites Glacier Collaboration")
  'collaboration', 'consortium',
  // events named after the town that holds them ("Salzburg Festival", "Frankfurt Book Fair", "Edinburgh Festival Fringe",
  // "Whitney Biennial", "Munich Security Conference", "New York Marathon")
  'festival', 'fringe', 'fair', 'biennale', 'biennial', 'triennale', 'triennial', 'carnival', 'marathon', 'conference',
  // agreements named after where they were signed ("Paris Agreement", "Oslo Accords", "Kyoto Protocol", "Geneva Conventions")
  'agreement', 'accord', 'accords', 'protocol', 'convention', 'conventions', 'declaration',
  // buildings named after their town ("Cologne Cathedral", "Edinburgh Castle", "Victoria Palace Theatre")
  'theatre', 'theater', 'gallery', 'galleries', 'cathedral', 'castle',
]);

/**
 * capitalised words after a person's name that make the name of something named after them: a hall,
 * an airport, a foundation, a prize, a street or a tower ("Chiang Kai-shek Memorial Hall", "Soekarno-Hatta
 * International Airport", "Nelson Mandela Foundation", "Nobel Prize", "Trump Tower") (folded)
 */
const NAMED_AFTER_A_PERSON: ReadonlySet<string> = new Set([
  'memorial', 'hall', 'mausoleum', 'airport', 'foundation', 'prize', 'award', 'center', 'centre', 'library', 'museum',
  'stadium', 'arena', 'bridge', 'university', 'school', 'college', 'institute',
  // streets, squares and towers written after the name ("Johan Cruijff Boulevard", "Trump Tower")
  'boulevard', 'avenue', 'street', 'square', 'road', 'plein', 'laan', 'straat', 'platz', 'allee', 'tower',
]);

/**
 * capitalised words after an organisation's name that make the name of something else named after
 * it: a school, a ground, a foundation ("Johns Hopkins Bloomberg School", "Etihad Stadium", "Ford
 * Foundation"); not its own legal form or trade ("Barclays Bank", "Lufthansa Group") (folded)
 */
const NAMED_AFTER_AN_ORGANISATION: ReadonlySet<string> = new Set([
  'school', 'university', 'college', 'institute', 'academy', 'museum', 'foundation', 'stadium', 'arena', 'park', 'center', 'centre',
]);

/** the last words of an institution's name ("Victoria University", "Harvard Law School") (folded) */
const INSTITUTION_ENDS: ReadonlySet<string> = new Set(['university', 'college', 'polytechnic', 'institute', 'school', 'academy']);
/** capitalised words after an institution's name that make a name of its own: its press, its paper, its review (folded) */
const PUBLICATION_HEADS: ReadonlySet<string> = new Set([
  'press', 'times', 'post', 'herald', 'tribune', 'gazette', 'journal', 'chronicle', 'review', 'magazine', 'daily',
]);

/** words right before a place, or before "of"/"de"/… and the place, that make the name something else (folded) */
const HEADS_BEFORE: ReadonlySet<string> = new Set([
  'university', 'universite', 'universidad', 'universidade', 'universita', 'universitat', 'universiteit', 'uniwersytet', 'univerzita',
  // university hospitals and clinics, named after a place or a saint ("Hospital Universitario La Paz", "Clínica Universitaria Reina Fabiola")
  'universitario', 'universitaria',
  'college', 'institute', 'institut', 'instituto', 'istituto', 'school', 'academy', 'academie',
  'bank', 'banque', 'banco', 'banca', 'museum', 'musee', 'museo', 'air', 'telecom',
  // stock exchanges and chambers of commerce ("Bolsa de Madrid", "Borsa di Milano", "Cámara de Comercio de España"; not
  // yet "Bourse de Paris", whose Paris is the evidence a guarded company of Paris leans on: "LVMH et Hermès")
  'bolsa', 'borsa', 'comercio', 'commercio', 'commerce',
  // clubs ("Real Madrid", "Inter Milan", "FC Barcelona", "Olympique de Marseille", "Dynamo Kyiv")
  'real', 'atletico', 'inter', 'ac', 'fc', 'as', 'ss', 'ssc', 'olympique', 'racing', 'sporting', 'dynamo', 'dinamo', 'spartak',
  'lokomotiv', 'cska', 'bayern', 'borussia', 'eintracht', 'hertha', 'werder', 'hapoel', 'maccabi', 'beitar', 'stade', 'ajax',
  // ("Legia Warszawa", "Lech Poznań", "Sparta Praha", "Hajduk Split", "Rapid Wien", "Union Berlin", "Zenit Sankt-Peterburg")
  'legia', 'lech', 'wisla', 'slask', 'gornik', 'pogon', 'korona', 'widzew', 'cracovia', 'jagiellonia', 'zaglebie',
  'sparta', 'slavia', 'banik', 'viktoria', 'hajduk', 'partizan', 'olimpija', 'rapid', 'steaua', 'zenit', 'shakhtar', 'torpedo',
  'fortuna', 'arminia', 'alemannia', 'hansa', 'union',
  // tournaments and races ("Abierto de Australia", "Masters de Madrid", "Tour de France"; not "Grand Prix de Monaco",
  // whose head ends a name begun before it, as in "le British Museum de Londres")
  'abierto', 'open', 'masters', 'tour', 'tours',
  // national sides and teams ("XV de France", "Team USA", "UAE Team Emirates")
  'xv', 'team',
  // a qualifier makes another place ("Bassa Sassonia" is Lower Saxony, "Alta Austria" Upper Austria,
  // "Nuovo Galles del Sud" New South Wales, "Haute-Autriche", "New Britain"); where the pack knows
  // the longer place, it is marked whole. Not "North", "South", "East", "West": "South Wales", "East
  // Jerusalem" are parts of the place
  'alta', 'alto', 'bassa', 'basso', 'baja', 'bajo', 'baixa', 'baixo', 'haute', 'haut', 'hautes', 'hauts', 'basse', 'bas',
  'nuovo', 'nuova', 'nuevo', 'nueva', 'nouveau', 'nouvelle', 'novo', 'nova', 'new',
  // (and in Greek and the Slavic languages: "Νέα Φιλαδέλφεια", an Athens suburb; "Nowy Targ"; "Нова Каховка")
  'νεα', 'νεας', 'νεο', 'νεος', 'νεου', 'nowy', 'nowa', 'nowe', 'nowym', 'nowej', 'nowego', 'novy', 'novi', 'nove', 'novem',
  'новый', 'новая', 'новое', 'новой', 'новом', 'нового', 'нова', 'нови', 'нове', 'новы',
  // treaties named after the place they were signed ("Treaty of Maastricht", "Verdrag van Maastricht", "Traité de Lisbonne")
  'treaty', 'traite', 'tratado', 'trattato', 'vertrag', 'verdrag', 'traktat',
  // ports and their authorities ("Port of Antwerp-Bruges", "Havenbedrijf Rotterdam"; "Port of Spain" is in the pack),
  // and other authorities named after their country ("Maritime and Port Authority of Singapore")
  'port', 'havenbedrijf', 'haven', 'authority',
  // academies ("Real Academia Española", "Accademia di Santa Cecilia")
  'academia', 'accademia',
  // airport operators named after their country or city ("ANA Aeroportos de Portugal", "Aeroporti di Roma", "Airports of Thailand")
  'aeroportos', 'aeropuertos', 'aeroporti', 'airports',
  // festivals and biennials named after their town ("Festival de Cannes", "Biennale von Venedig", "Mostra di Venezia")
  'festival', 'biennale', 'biennial', 'mostra',
  // fairs named after their town ("Feira do Livro de Lisboa", "Feria del Libro de Madrid", "Salon du livre de Paris")
  'feira', 'fiera', 'feria', 'salon', 'libro', 'livro', 'libri',
  // car models named after places, after their maker ("Hyundai Tucson", "Porsche Cayenne", "Seat Ibiza", "Kia Rio")
  'hyundai', 'kia', 'porsche', 'seat', 'cupra', 'chevrolet', 'dacia', 'jeep', 'skoda',
]);

/**
 * Clubs' abbreviations, after the town ("Malmö FF", "Djurgårdens IF", "Bodø/Glimt" aside) or before it
 * ("VfL Wolfsburg", "HNK Rijeka", "FK Partizan", "IFK Göteborg", "HJK Helsinki"); counted only when
 * written with two capitals or more, so that "If" and "Sc" stay words (folded)
 */
const CLUB_ABBREVIATIONS_AFTER: ReadonlySet<string> = new Set(['ff', 'if', 'ifk', 'bk', 'ik', 'fk', 'sk', 'sc', 'sv', 'ac', 'afc', 'fc']);
const CLUB_ABBREVIATIONS_BEFORE: ReadonlySet<string> = new Set([
  'ifk', 'aik', 'hjk', 'vfl', 'vfb', 'tsg', 'bsc', 'fk', 'sk', 'nk', 'hnk', 'gnk', 'ks', 'kf', 'pfc', 'bk', 'sc', 'sv', 'fck', 'rsc',
  // handball and ice hockey clubs ("THW Kiel", "SG Flensburg-Handewitt", "HSG Wetzlar", "MT Melsungen", "RK Zagreb", "HC Davos")
  'thw', 'sg', 'hsg', 'tsv', 'tvb', 'mt', 'rk', 'hc', 'ehc', 'erc',
]);
/** a word written as an abbreviation: two capitals or more ("FF", "VfL") */
function abbreviated(text: string, s: number, e: number): boolean {
  let capitals = 0;
  for (let i = s; i < e && capitals < 2; i++) if (isUpper(text.charCodeAt(i))) capitals++;
  return capitals >= 2;
}

/**
 * Streets, squares and airports named after a place or a person ("carrer de València", "Via Roma",
 * "Rue de Paris", "Ulica Maršala Tita", "Letiště Václava Havla", "Aeroporto di Fiumicino"): the
 * words that start such a name, in the cases the name is read in (folded). Not "Most" (a bridge in
 * the Slavic languages, a word in English) nor "Place".
 */
const STREETS: ReadonlySet<string> = new Set([
  'carrer', 'calle', 'avenida', 'avinguda', 'rambla', 'plaza', 'placa', 'paseo', 'passeig', 'rue', 'avenue', 'boulevard', 'quai',
  'via', 'viale', 'corso', 'piazza', 'piazzale', 'largo', 'rua', 'praca', 'strada', 'calea', 'piata', 'bulevardul',
  'ulica', 'ulice', 'ulici', 'ulicy', 'ulicu', 'aleja', 'alei', 'plac', 'placu', 'namesti', 'namestie', 'trg', 'trgu', 'bulevar', 'bulevaru',
]);
/**
 * Airports: named after a person ("Letiště Václava Havla"), who is then not meant; after a place
 * with its head written small, the place is ("o aeroporto de Gotemburgo" is Gothenburg's airport)
 */
const AIRPORTS: ReadonlySet<string> = new Set(['letiste', 'letisti', 'letisko', 'aeroporto', 'aeropuerto', 'aeroport', 'aeroportul', 'lotnisko', 'lotnisku', 'lotniska', 'flughafen']);
const THOROUGHFARES: ReadonlySet<string> = new Set([...STREETS, ...AIRPORTS]);

/** what makes a place part of a longer name when it stands right before it (or before a connector and it) */
const PLACE_HEADS_BEFORE: ReadonlySet<string> = new Set([...HEADS_BEFORE, ...THOROUGHFARES]);

/** words between a head and the place: "Bank of England", "Université de Lyon", "Humboldt-Universität zu Berlin", "Verdrag van Maastricht" */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'du', 'des', 'di', 'del', 'della', 'da', 'do', 'dos', 'das', 'la', 'zu', 'der', 'van', 'von']);
/** the longest connector, in letters */
const MAX_CONNECTOR = Math.max(...[...CONNECTORS].map((w) => w.length));

/** how many capitalised words after the place are read for a head ("Sydney Morning Herald") */
const MAX_WORDS_AFTER = 3;

const isLetter = (c: number): boolean => {
  const k = kindOf(c);
  return k === Kind.Word || k === Kind.Expand || k === Kind.Mark || k === Kind.Drop;
};
/** a space inside one line: names go on across it, not across a line break */
const isSpace = (c: number): boolean => kindOf(c) === Kind.Space;

/** the first two letters of each word of a set, as the trie folds them (a number each), by set */
const TWO_LETTER_PREFIXES = new Map<ReadonlySet<string>, ReadonlySet<number>>();
const prefixOf = (a: number, b: number): number => a * 0x10000 + b;

/**
 * May the word [s, e) be one of `words` (folded)? Its first two letters as the trie folds them
 * (MAP_TABLE, as foldKey does) rule out most words before the word is folded whole; a one-letter
 * word, or a letter the trie expands, may be.
 */
function mayBeOneOf(text: string, s: number, e: number, words: ReadonlySet<string>): boolean {
  if (e - s < 2) return true;
  const a = text.charCodeAt(s);
  const b = text.charCodeAt(s + 1);
  if (KIND_TABLE[a] !== Kind.Word || KIND_TABLE[b] !== Kind.Word) return true;
  let prefixes = TWO_LETTER_PREFIXES.get(words);
  if (!prefixes) TWO_LETTER_PREFIXES.set(words, (prefixes = new Set([...words].filter((w) => w.length >= 2).map((w) => prefixOf(w.charCodeAt(0), w.charCodeAt(1))))));
  return prefixes.has(prefixOf(MAP_TABLE[a]!, MAP_TABLE[b]!));
}

/** the word (letters, digits, inner hyphens and apostrophes) starting at i, as [start, end) */
function wordFrom(text: string, i: number): [number, number] {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isLetter(c)) j++;
    else if ((c === 0x2d || c === 0x26) && j + 1 < text.length && isLetter(text.charCodeAt(j + 1))) j++; // "Saint-Germain", "A&M"
    else break;
  }
  return [i, j];
}

/** the word ending just before i, as [start, end) */
function wordBefore(text: string, i: number): [number, number] {
  let j = i;
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    if (isLetter(c)) j--;
    else if (c === 0x2d && j > 1 && isLetter(text.charCodeAt(j - 2))) j--; // "Humboldt-Universität"
    else break;
  }
  return [j, i];
}

/** part of a domain-like name: "Football.London", "London.gov" */
function domainLike(text: string, start: number, end: number): boolean {
  const before = start >= 2 && text.charCodeAt(start - 1) === 0x2e && isLetter(text.charCodeAt(start - 2));
  const after = end + 1 < text.length && text.charCodeAt(end) === 0x2e && isLower(text.charCodeAt(end + 1));
  return before || after;
}

/** where a capitalised word starts after the spaces at `i` (one or more), or -1 if no space or no capital is there */
function capitalAfterSpaces(text: string, i: number): number {
  if (i >= text.length || !isSpace(text.charCodeAt(i))) return -1;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i < text.length && isUpper(text.charCodeAt(i)) ? i : -1;
}

/**
 * capitalised words right after the place, up to a few, one of them a head: "City", "University Press",
 * "Morning Herald"; or, first, one of `abbreviations` written as one ("Malmö FF")
 */
function headAfter(text: string, end: number, heads: ReadonlySet<string>, abbreviations: ReadonlySet<string> | null): boolean {
  let i = end;
  for (let n = 0; n < MAX_WORDS_AFTER; n++) {
    i = capitalAfterSpaces(text, i);
    if (i < 0) return false;
    const [s, e] = wordFrom(text, i);
    if (e === s) return false;
    // the last part of a hyphened word counts too ("Sun-Times")
    const word = foldKey(text.slice(s, e));
    if (heads.has(word) || heads.has(word.slice(word.lastIndexOf('-') + 1))) return true;
    if (n === 0 && abbreviations?.has(word) && abbreviated(text, s, e)) return true;
    i = e;
  }
  return false;
}

/** the capitalised word ending just before i (across one space), if it is a word that names and not one that starts clauses */
function nameWordBefore(text: string, i: number): boolean {
  if (i === 0 || !isSpace(text.charCodeAt(i - 1))) return false;
  const [s, e] = wordBefore(text, i - 1);
  return e > s && isUpper(text.charCodeAt(s)) && !FUNCTION_WORDS.has(foldKey(text.slice(s, e)));
}

/**
 * A head right before the place ("Real Madrid", "Université Paris-Saclay"), or a head that starts a
 * name before a connector and the place ("Bank of England", "l'Université de Lyon"). A head that
 * ends a name already begun says where that is, and the place is the place: "le British Museum
 * de Londres". Right before it, one of `abbreviations` written as one counts as a head ("VfL Wolfsburg").
 */
function headBefore(text: string, start: number, heads: ReadonlySet<string>, abbreviations: ReadonlySet<string> | null): boolean {
  let i = start;
  for (let n = 0; n < 2; n++) {
    // one space (or a hyphen: "Université Paris-Saclay" has the head before "Paris")
    if (i === 0 || !(isSpace(text.charCodeAt(i - 1)) || (n === 0 && text.charCodeAt(i - 1) === 0x2d))) return false;
    while (i > 0 && (isSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x2d)) i--;
    const [s, e] = wordBefore(text, i);
    if (e === s) return false;
    const upper = isUpper(text.charCodeAt(s));
    // a head has a capital; a connector is a short word (no string made for the other words)
    if (!upper && (n > 0 || e - s > MAX_CONNECTOR)) return false;
    // a word that can be no head (nor its hyphened last part), no club's abbreviation and no connector is not folded
    if (!mayBeOneOf(text, s, e, CONNECTORS) && !(upper && (mayBeOneOf(text, s, e, heads) || (n === 0 && abbreviations !== null && mayBeOneOf(text, s, e, abbreviations)) || hasHyphen(text, s, e)))) return false;
    const word = foldKey(text.slice(s, e));
    if (upper && (heads.has(word) || heads.has(word.slice(word.lastIndexOf('-') + 1)))) {
      return n === 0 || HEADS_NAMING_THEIR_PLACE.has(word) || !nameWordBefore(text, s);
    }
    if (n === 0 && abbreviations?.has(word) && abbreviated(text, s, e)) return true;
    if (n > 0 || !CONNECTORS.has(word)) return false;
    i = s;
  }
  return false;
}

/** heads whose place belongs to the name even after other words ("Maritime and Port Authority of Singapore") */
const HEADS_NAMING_THEIR_PLACE: ReadonlySet<string> = new Set(['authority']);

/** how many words of a long name are read back from the place ("Real Academia Nacional de Medicina de España": five) */
const MAX_RUN_BEFORE = 8;

/**
 * In a language whose press writes headlines in sentence case (SENTENCE_CASE_LANGS), capitalised
 * words and connectors before a connector and the place, the first of them a head, are one long
 * name with the place: "Instituto de Salud Global de Barcelona", "Real Academia Nacional de
 * Medicina de España". A run that starts with another word names something in the place: "el
 * Hospital Universitario La Paz de Madrid" is in Madrid. (Where headlines capitalise every word, such
 * a run may be a headline's words: headBefore reads two words there.)
 */
function headStartsRunBefore(text: string, start: number, lang: string): boolean {
  if (!SENTENCE_CASE_LANGS.has(lang)) return false;
  const capitalBefore = (i: number): boolean => {
    if (i < 2 || !isSpace(text.charCodeAt(i - 1))) return false;
    const [s, e] = wordBefore(text, i - 1);
    return e > s && isUpper(text.charCodeAt(s));
  };
  let i = start;
  let first = -1;
  let firstEnd = -1;
  for (let n = 0; n < MAX_RUN_BEFORE && i >= 2 && isSpace(text.charCodeAt(i - 1)); n++) {
    const [s, e] = wordBefore(text, i - 1);
    if (e === s) break;
    if (isUpper(text.charCodeAt(s))) {
      if (n === 0) return false; // the place right after a connector only
      first = s;
      firstEnd = e;
    } else if (e - s > MAX_CONNECTOR || !CONNECTORS.has(text.slice(s, e)) || (n > 0 && !capitalBefore(s))) {
      // a word of the sentence, or a connector that starts no run: the run started after it
      break;
    }
    i = s;
  }
  return first >= 0 && !capitalBefore(first) && PLACE_HEADS_BEFORE.has(foldKey(text.slice(first, firstEnd)));
}

/**
 * Things named after a place, where the next word, in lower case, makes the name something else
 * (folded place → folded words): "Brussels sprouts", "Jerusalem artichoke", "Panama hat".
 */
const THINGS_NAMED_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['brussels', new Set(['sprout', 'sprouts', 'lace'])],
  ['jerusalem', new Set(['artichoke', 'artichokes'])],
  ['panama', new Set(['hat', 'hats'])],
  ['dijon', new Set(['mustard'])],
  ['cayenne', new Set(['pepper'])],
  ['boston', new Set(['terrier', 'terriers', 'fern', 'ferns'])],
  ['madeira', new Set(['cake', 'wine'])],
  ['bologna', new Set(['sausage'])],
  ['hamburg', new Set(['steak'])],
  ['stockholm', new Set(['syndrome'])],
]);

/** the places of THINGS_NAMED_AFTER, for the two-letter look-up (mayBeOneOf) */
const THINGS_PLACES: ReadonlySet<string> = new Set(THINGS_NAMED_AFTER.keys());
/** the longest place name in THINGS_NAMED_AFTER: a longer mention is none of them, without folding it */
const LONGEST_PLACE_A_THING_IS_NAMED_AFTER = Math.max(...[...THINGS_NAMED_AFTER.keys()].map((k) => k.length));

/** the word after the one space at i, as [start, end), or null (no space there, or no word after it) */
function wordAfterSpace(text: string, i: number): [number, number] | null {
  if (i >= text.length || !isSpace(text.charCodeAt(i))) return null;
  const [s, e] = wordFrom(text, i + 1);
  return e > s ? [s, e] : null;
}

/** the place's next word, in lower case, makes a thing named after it ("Brussels sprouts") */
function thingNamedAfter(text: string, start: number, end: number): boolean {
  if (end - start > LONGEST_PLACE_A_THING_IS_NAMED_AFTER || !mayBeOneOf(text, start, end, THINGS_PLACES)) return false;
  const next = wordAfterSpace(text, end);
  if (!next || isUpper(text.charCodeAt(next[0]))) return false;
  const words = THINGS_NAMED_AFTER.get(foldKey(text.slice(start, end)));
  return !!words && words.has(text.slice(next[0], next[1]).toLowerCase());
}

/** connectors of the Romance languages after a place that begin the rest of a longer name */
const QUALIFIER_CONNECTORS: ReadonlySet<string> = new Set(['de', 'del', 'della', 'di', 'do', 'da', 'dos', 'das']);
/**
 * languages where those words are words of their own, before a capitalised word that is no name:
 * Dutch "de" (the: "dat Brussel de Belgische cijfers"), German "das", "da" (before a noun, which
 * German writes with a capital: "in Berlin das Sagen"), Scandinavian "de", Slavic "do", "da"
 */
const CONNECTORS_ARE_WORDS: ReadonlySet<string> = new Set(['nl', 'de', 'da', 'sv', 'no', 'nb', 'nn', 'af', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs']);

/**
 * A connector and a capitalised word after a one-word place that the packs know as no name of their own:
 * "Santiago de Compostela", "Alcalá de Henares", "el Madrid de Ancelotti" (the club). Where that
 * word is a name ("Santiago de Chile", "Paris de France"), the place is the place. `nameAt(i)`: a
 * name the packs know starts at offset i; `lang`: the page's language (CONNECTORS_ARE_WORDS).
 */
function qualifiedAfter(text: string, start: number, end: number, nameAt: (i: number) => boolean, lang: string): boolean {
  // every connector starts with "d" (the one space before it: wordAfterSpace)
  if (CONNECTORS_ARE_WORDS.has(lang) || text.charCodeAt(end + 1) !== 0x64) return false;
  // a one-word place: a name of several words is a name of its own ("Sardinia Radio Telescope di San Basilio")
  if (wordFrom(text, start)[1] !== end) return false;
  const connector = wordAfterSpace(text, end);
  if (!connector || connector[1] - connector[0] > MAX_CONNECTOR || !QUALIFIER_CONNECTORS.has(text.slice(connector[0], connector[1]))) return false;
  const word = wordAfterSpace(text, connector[1]);
  return !!word && isUpper(text.charCodeAt(word[0])) && word[1] - word[0] > 1 && !nameAt(word[0]);
}

/**
 * Is the mention [start, end) of a place part of a longer name that is not the place? With
 * `nameAt` (where the names the packs know start), also a place followed by a connector and a
 * word that is no name ("Santiago de Compostela").
 */
export function inLongerName(text: string, start: number, end: number, nameAt?: (i: number) => boolean, lang = ''): boolean {
  return (
    domainLike(text, start, end) || headAfter(text, end, HEADS_AFTER, CLUB_ABBREVIATIONS_AFTER) || headBefore(text, start, PLACE_HEADS_BEFORE, CLUB_ABBREVIATIONS_BEFORE) || headStartsRunBefore(text, start, lang) ||
    thingNamedAfter(text, start, end) || lowerCaseHeadAfter(text, end, lang) || linkedByLowerWord(text, end) ||
    (nameAt !== undefined && (qualifiedAfter(text, start, end, nameAt, lang) || compoundBefore(text, start, nameAt, lang) || headOfPlaceName(text, start, end, nameAt)))
  );
}

/** languages whose press gives only a name's first word a capital (the sentence-case languages, the South and West Slavic ones), so that two capitalised words in a row are one name */
const ONE_CAPITAL_LANGS: ReadonlySet<string> = new Set([...SENTENCE_CASE_LANGS, 'hr', 'sr', 'bs', 'sl', 'pl', 'cs', 'sk']);

/**
 * In a language whose press capitalises a name's first word only (ONE_CAPITAL_LANGS), a one-word
 * place right before a capitalised word that starts no name the packs know nor a given name is the
 * first word of a longer name: "Milano Marittima" (a resort), "Mali Lošinj" (a Croatian town), "Roma
 * Capitale", "Łódź Fabryczna" (a station). `nameAt(i)`: a name the packs know starts at offset i; `isGivenName(word)`: a given name.
 */
export function beforeCapitalisedWord(text: string, start: number, end: number, nameAt: (i: number) => boolean, isGivenName: (word: string) => boolean, lang: string): boolean {
  if (!ONE_CAPITAL_LANGS.has(lang) || !isUpper(text.charCodeAt(end + 1)) || !isSpace(text.charCodeAt(end)) || wordFrom(text, start)[1] !== end) return false;
  const [s, e] = wordFrom(text, end + 1);
  // an acronym or a letter ("Roma FC", "Milano B") is no word of a name of this kind
  if (e - s < 3 || abbreviated(text, s, e) || nameAt(s)) return false;
  return !isGivenName(foldKey(text.slice(s, e)));
}

/**
 * The head nouns that Lithuanian and Latvian write in lower case after a town in the genitive to name
 * an institution of it ("Šiaulių bankas", "Vilniaus universitetas", "Rīgas lidosta"), in their
 * cases; the town there is not marked
 */
const LOWER_CASE_HEADS: Readonly<Record<string, ReadonlySet<string>>> = {
  lt: new Set(['bankas', 'banko', 'bankui', 'banką', 'banke', 'universitetas', 'universiteto', 'universitetui', 'universitetą', 'universitete', 'klinikos', 'klinikose', 'oro']),
  lv: new Set(['banka', 'bankas', 'bankai', 'banku', 'bankā', 'universitāte', 'universitātes', 'universitātei', 'universitāti', 'universitātē', 'lidosta', 'lidostas', 'lidostā']),
  // Turkish names a film, a series or a dish after a place or hero in small letters ("Batman filmi", "Adana kebap")
  tr: new Set(['filmi', 'filminin', 'filmine', 'filminde', 'serisi', 'serisinin', 'serisine', 'dizisi', 'dizisinin', 'kebap', 'kebabı', 'kebabın']),
};

/** the place's next word, in lower case, is the head of a name in Lithuanian, Latvian or Turkish ("Šiaulių bankas", "Batman filmi") */
function lowerCaseHeadAfter(text: string, end: number, lang: string): boolean {
  const heads = LOWER_CASE_HEADS[lang];
  if (!heads) return false;
  const next = wordAfterSpace(text, end);
  return !!next && !isUpper(text.charCodeAt(next[0])) && heads.has(text.slice(next[0], next[1]));
}

/**
 * Is the one-word place [start, end) itself a head of a longer name, before a place the packs know
 * ("Wisła Kraków", "Sparta Praha", "Lech Poznań", "Bayern München": a river, a town or a region that
 * names a club)? `nameAt(i)`: a name the packs know starts at offset i.
 */
function headOfPlaceName(text: string, start: number, end: number, nameAt: (i: number) => boolean): boolean {
  // a capital right after one space (capitalAfterSpaces, below), read first: most places have none
  if (!isUpper(text.charCodeAt(end + 1)) || wordFrom(text, start)[1] !== end || !isUpper(text.charCodeAt(start))) return false;
  const next = capitalAfterSpaces(text, end);
  if (next < 0 || next !== end + 1 || !nameAt(next)) return false;
  return HEADS_BEFORE.has(foldKey(text.slice(start, end)));
}

/** prefixes joined to a place by a hyphen that leave it the place ("Pro-Russia", "Ex-Yugoslavia") */
const PREFIXES: ReadonlySet<string> = new Set(['pro', 'anti', 'ex', 'post', 'pre', 'non', 'pan', 'trans', 'neo']);

/**
 * Is the place at `start` the end of a compound joined by a hyphen to a capitalised word that is no
 * name ("Météo-France", "Indo-Pacific")? Between two names the hyphen says how they relate
 * ("US-China", "Russia-Ukraine"), and a prefix leaves the place itself ("Pro-Russia"). Not in
 * German, whose compounds about places are the places ("Ost-Berlin").
 */
function compoundBefore(text: string, start: number, nameAt: (i: number) => boolean, lang: string): boolean {
  if (lang === 'de' || start < 3 || text.charCodeAt(start - 1) !== 0x2d) return false;
  let s = start - 1;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === start - 1 || !isUpper(text.charCodeAt(s)) || (s > 0 && text.charCodeAt(s - 1) === 0x2d)) return false;
  return !nameAt(s) && !PREFIXES.has(foldKey(text.slice(s, start - 1)));
}

/**
 * Capitalised words right before a person's name that make the name of a society, a foundation or
 * an institute named after them ("Vereniging Rembrandt", "Fondation Cartier", "Instytut Maxa
 * Plancka") (folded, in the cases the name is read in)
 */
const NAMED_AFTER_A_PERSON_BEFORE: ReadonlySet<string> = new Set([
  'vereniging', 'stichting', 'genootschap', 'stiftung', 'gesellschaft', 'fondation', 'fundacion', 'fundacao', 'fondazione', 'fundacio',
  'fundacja', 'fundacji', 'towarzystwo', 'towarzystwa', 'instytut', 'instytutu', 'institut', 'instituto', 'istituto', 'nadace', 'nadacia',
]);
/** what makes a person's name part of a longer name when it stands right before it: a street's head or a society's */
const PERSON_HEADS_BEFORE: ReadonlySet<string> = new Set([...THOROUGHFARES, ...NAMED_AFTER_A_PERSON_BEFORE]);

/**
 * Is the mention starting at `start` part of the name of a street, square or airport named after
 * it ("Ulici Maršala Tita", "Letišti Václava Havla", "Via Giuseppe Garibaldi"), or of a society or
 * foundation (NAMED_AFTER_A_PERSON_BEFORE: "Vereniging Rembrandt")? A person named so is not meant
 * there. (A place after a head written small is left alone: "un carrer de València" is
 * a street in Valencia.)
 */
export function inNameOfThoroughfare(text: string, start: number): boolean {
  if (headBefore(text, start, PERSON_HEADS_BEFORE, null)) return true;
  // in running text the head may be written small ("na letišti Václava Havla", "in via Garibaldi"):
  // a person right after it is still the street's or the airport's name
  return thoroughfareWordBefore(text, start, false, THOROUGHFARES) >= 0;
}

/**
 * Is the place starting at `start` the name of a street or square written with its head small,
 * right before it or before a connector ("in via Parigi", "rue de Paris", "piazza di Spagna")? Not
 * after "via" but on an Italian page: elsewhere it says which way ("flights via Paris").
 */
export function placeInNameOfThoroughfare(text: string, start: number, lang: string): boolean {
  const s = thoroughfareWordBefore(text, start, true, STREETS);
  return s >= 0 && (lang === 'it' || foldKey(text.slice(s, s + 3)) !== 'via' || isLetter(text.charCodeAt(s + 3))) && !offshore(text, s);
}

/** the Italian "al largo di" (off the coast of) at `s`, which is no square ("al largo di Brindisi") */
function offshore(text: string, s: number): boolean {
  if (foldKey(text.slice(s, s + 5)) !== 'largo' || s < 3 || !isSpace(text.charCodeAt(s - 1))) return false;
  const [b, e] = wordBefore(text, s - 1);
  return foldKey(text.slice(b, e)) === 'al';
}

/**
 * Is the name starting at `start` after the word for an airport, written small or not, right before
 * it or before a connector ("Flughafen Tegel", "aeroporto di Fiumicino", "Aeroporto di Linate")? An
 * airport's own name there is the airport: the place is not in a longer name that is not it.
 */
export function afterAirportWord(text: string, start: number): boolean {
  return thoroughfareWordBefore(text, start, true, AIRPORTS) >= 0;
}

/** where the small head (one of `heads`) of a street's name before `start` starts (across one connector with `connector`), or -1 */
function thoroughfareWordBefore(text: string, start: number, connector: boolean, heads: ReadonlySet<string>): number {
  if (start < 2 || !isSpace(text.charCodeAt(start - 1))) return -1;
  let [s, e] = wordBefore(text, start - 1);
  if (connector && e > s && e - s <= MAX_CONNECTOR && mayBeOneOf(text, s, e, CONNECTORS) && CONNECTORS.has(text.slice(s, e)) && s >= 2 && isSpace(text.charCodeAt(s - 1))) [s, e] = wordBefore(text, s - 1);
  return e > s && mayBeOneOf(text, s, e, heads) && heads.has(foldKey(text.slice(s, e))) ? s : -1;
}

/** Is the person's mention ending at `end` the start of the name of a hall, airport, foundation or prize named after them? */
export function inNameNamedAfterPerson(text: string, end: number): boolean {
  return headAfter(text, end, NAMED_AFTER_A_PERSON, null);
}

/** Is the organisation's mention [start, end) the start of the name of a school, ground or foundation named after it? */
export function inNameNamedAfterOrganisation(text: string, end: number): boolean {
  return headAfter(text, end, NAMED_AFTER_AN_ORGANISATION, null);
}

/**
 * Is the mention [start, end) of an institution ("Victoria University") part of the longer name of
 * its press or paper ("Victoria University Press", "Yale University Press", "Columbia University
 * Press")? Only names that end in an institution's word: a company's legal form after its name
 * ("Goldman Sachs Group") is the company.
 */
export function inLongerInstitutionName(text: string, start: number, end: number): boolean {
  // a capitalised word must follow (headAfter): most mentions have none, and are not read back
  if (capitalAfterSpaces(text, end) < 0) return false;
  const [s, e] = wordBefore(text, end);
  return e > s && s >= start && INSTITUTION_ENDS.has(foldKey(text.slice(s, e))) && headAfter(text, end, PUBLICATION_HEADS, null);
}

/**
 * The prefixes navies and shipping lines write before a ship's name ("HMS Belfast", "USS Gerald R.
 * Ford", "Zr.Ms. Rotterdam", "MS Estonia", "RFS Moskva"), as written: capitals, the Dutch ones
 * with their dots.
 */
const SHIP_PREFIX = /(?:^|[\s("“‘«])(?:HMS|HMAS|HMCS|HMNZS|HMHS|RMS|USS|USNS|USCGC|HNLMS|HNoMS|HSwMS|HDMS|RFS|INS|FGS|FS|ORP|TCG|KRI|ARA|NRP|ROKS|JS|MV|MS|SS|RV|Zr\.\s?Ms\.|Hr\.\s?Ms\.)\s+$/u;

/** the opening quotation marks a ship's name may stand in */
const OPENING_QUOTES = '«"„“”‘’\'‹';

/**
 * A word for a ship of a kind, then an opening quotation mark: the press names a ship in quotes after
 * what it is ("Подводная лодка «Краснодар»", "the frigate 'Hamburg'", "la frégate « Normandie »")
 */
const VESSEL_THEN_QUOTE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[
    'ship', 'submarine', 'frigate', 'destroyer', 'cruiser', 'corvette', 'tanker', 'carrier', 'ferry', 'vessel', 'yacht', 'icebreaker',
    'schiff', 'u-boot', 'fregatte', 'zerstörer', 'kreuzer', 'korvette', 'fähre', 'eisbrecher',
    'navire', 'sous-marin', 'frégate', 'croiseur', 'pétrolier', 'porte-avions', 'brise-glace',
    'buque', 'barco', 'submarino', 'fragata', 'crucero', 'corbeta', 'petrolero', 'portaaviones', 'rompehielos', 'navio', 'navio-escola',
    'nave', 'sottomarino', 'fregata', 'incrociatore', 'corvetta', 'petroliera', 'portaerei', 'rompighiaccio',
    'schip', 'onderzeeër', 'fregat', 'okręt', 'okrętu', 'okręcie', 'statek', 'statku', 'krążownik', 'niszczyciel', 'tankowiec', 'lodí', 'loď', 'ponorka', 'ponorky',
    'лодка', 'лодки', 'подлодка', 'подлодки', 'корабль', 'корабля', 'крейсер', 'крейсера', 'фрегат', 'фрегата', 'эсминец', 'эсминца', 'корвет', 'корвета',
    'танкер', 'танкера', 'судно', 'судна', 'авианосец', 'ледокол', 'човен', 'човна', 'корабель', 'кораб', 'подморница',
    'πλοίο', 'υποβρύχιο', 'φρεγάτα', 'δεξαμενόπλοιο',
  ].join('|')})\\s+[${OPENING_QUOTES}]\\s?$`,
  'iu',
);

/** Is the mention starting at `start` the name of a ship, after its prefix ("HMS Belfast", "Zr.Ms. Rotterdam") or in quotes after what it is ("Подводная лодка «Краснодар»")? */
export function shipName(text: string, start: number): boolean {
  return (prefixEndBefore(text, start) && SHIP_PREFIX.test(text.slice(Math.max(0, start - 12), start))) || (quoteBefore(text, start) && VESSEL_THEN_QUOTE.test(text.slice(Math.max(0, start - 20), start)));
}

const QUOTES: ReadonlySet<number> = new Set([...OPENING_QUOTES].map((q) => q.charCodeAt(0)));
/** the marks that close a quotation: those that may open one (a pair is written "…", „…“ or „…”) and » › */
const CLOSING_QUOTES: ReadonlySet<number> = new Set([...QUOTES, 0xbb, 0x203a]);

/** Does [start, end) fill a pair of quotation marks ("«Волга»", "„Wisła”")? */
export function quotedAlone(text: string, start: number, end: number): boolean {
  return start > 0 && QUOTES.has(text.charCodeAt(start - 1)) && CLOSING_QUOTES.has(text.charCodeAt(end));
}

/** the white space of a regular expression's \s */
const isWhite = (c: number): boolean => (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** white space before `start`, after a capital or a full stop: where a ship's prefix may end (SHIP_PREFIX); most mentions have a small word there */
function prefixEndBefore(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && isWhite(text.charCodeAt(j))) j--;
  return j >= 0 && j < start - 1 && (text.charCodeAt(j) === 0x2e || isUpper(text.charCodeAt(j)));
}

/** an opening quotation mark right before `start`, or before one space there (French: « Normandie »); most mentions have none, and the look-behind is skipped */
function quoteBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return QUOTES.has(c) || ((c === 0x20 || c === 0xa0 || c === 0x202f) && QUOTES.has(text.charCodeAt(start - 2)));
}

/**
 * The word for a river (or for its bank), in the cases news writes before a river's name, folded: a
 * town or a country right after it is the river of that name ("rieky Nitry", "le fleuve Niger",
 * "Rijeka Bosna", "der Fluss Wisła", "на березі Дніпра"). The river itself, where the pack has it,
 * is not dropped.
 */
const RIVER_WORDS: ReadonlySet<string> = new Set([
  'river', 'fluss', 'flusses', 'fleuve', 'riviere', 'fiume', 'rio', 'rivier', 'rzeka', 'rzeki', 'rzece', 'rzeke', 'reka', 'reky', 'rece',
  'reke', 'reku', 'rekou', 'rieka', 'rieky', 'rieke', 'rieku', 'riekou', 'rijeka', 'rijeke', 'rijeci', 'rijeku', 'река', 'реки', 'реке',
  'реку', 'рекой', 'ріка', 'ріки', 'річка', 'річки', 'річці', 'річку', 'рака', 'ракі', 'рацэ', 'ποταμος', 'ποταμου', 'ποταμο', 'raul',
  'raului', 'riul', 'riului', 'folyo', 'joki', 'joen', 'jogi', 'joe', 'upe', 'upes', 'floden', 'elva', 'elven', 'elv', 'lumi', 'lumit',
  'nehri', 'nehir',
  // the bank of a river, in the languages that name the river right after it in the genitive ("на правому березі Дніпра", "brzegu Wisły")
  'берег', 'берега', 'берегу', 'береге', 'березі', 'бераг', 'берага', 'беразе', 'brzeg', 'brzegu', 'brzegiem', 'breh', 'brehu', 'brehom',
]);

/**
 * The word for a god before a name ("бог Велес", "the god Veles", "dem Gott Wotan"): the name is the
 * god's, not a town's of that name.
 */
const GOD_WORDS: ReadonlySet<string> = new Set([
  'god', 'goddess', 'gott', 'gottes', 'gottin', 'dieu', 'deesse', 'dio', 'dea', 'dios', 'diosa', 'deus', 'deusa', 'bog', 'boga', 'bogu', 'bogiem', 'bogini',
  'buh', 'boha', 'bohem', 'bohyne', 'бог', 'бога', 'богу', 'богом', 'богот', 'богиња', 'богиня', 'богиње', 'богини', 'θεος', 'θεου', 'θεο', 'θεα', 'θεας',
  'zeu', 'zeul', 'zeului', 'isten', 'istennő', 'jumala', 'jumalan', 'tanrı', 'tanrısı',
].map(foldKey));

/** Is the mention starting at `start` right after one space and one of `words` (folded, eight letters at most)? */
function afterWordOf(text: string, start: number, words: ReadonlySet<string>): boolean {
  if (start < 2 || !isSpace(text.charCodeAt(start - 1))) return false;
  const [s, e] = wordBefore(text, start - 1);
  return e > s && e - s <= 8 && mayBeOneOf(text, s, e, words) && words.has(foldKey(text.slice(s, e)));
}

/** Is the mention starting at `start` right after the word for a god ("бог Велес")? */
export const afterGodWord = (text: string, start: number): boolean => afterWordOf(text, start, GOD_WORDS);

/** Is the mention starting at `start` right after the word for a river or its bank ("rieky Nitry", "brzegu Wisły")? */
export const afterRiverWord = (text: string, start: number): boolean => afterWordOf(text, start, RIVER_WORDS);

/** Polish writes "na" before a district, an island or a region, "w" before a town ("na Pradze" is Warsaw's Praga) */
const POLISH_NA: ReadonlySet<string> = new Set(['na']);

/** the locative endings of a Polish adjective between "na" and a name ("na warszawskiej Pradze", "na krakowskim Kazimierzu") */
const POLISH_LOCATIVE_ADJECTIVE = /^\p{Ll}{3,}(?:ej|im|ym)$/u;

/**
 * Is the mention starting at `start` right after Polish "na" ("na Pradze", "Na Pradze"), or after
 * "na" and an adjective in the locative ("na warszawskiej Pradze")?
 */
export function afterPolishNa(text: string, start: number): boolean {
  if (afterWordOf(text, start, POLISH_NA)) return true;
  if (start < 2 || !isSpace(text.charCodeAt(start - 1))) return false;
  const [s, e] = wordBefore(text, start - 1);
  return e > s && POLISH_LOCATIVE_ADJECTIVE.test(text.slice(s, e)) && afterWordOf(text, s, POLISH_NA);
}
