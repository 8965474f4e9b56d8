/**
 * Case endings of the languages whose press declines names: "в Москве", "w Kijowie", "Putins",
 * "Lukašenkos", "Κυριάκου Μητσοτάκη". A word in the text is tried as stem + ending for each ending of
 * its language that it ends with; the stem must then be the stem of an alias word (see
 * name-index.ts, which also decides which stems are unambiguous). Lists are lower case, in the
 * language's own script. Polish and Ukrainian stems that change before an ending ("Łukaszence" ←
 * "Łukaszenk-", "Харкова" ← "Харків") are given back by `restore`.
 */

interface Ending {
  strip: string;
  /**
   * put back on the stem: the consonant an alternation changed ("-ce" ← "-k"), or the nominative
   * of an adjectival surname, which tells him from her ("Зеленського" ← "Зеленський", "Zelenské"
   * ← "Zelenská")
   */
  add?: string;
  /** not after this letter ("-ej" is not the ending of "-skiej": that is "-iej") */
  notAfter?: string;
}

const plain = (list: string): Ending[] => list.split(' ').map((strip) => ({ strip }));
/** adjectival endings with the nominative they come from: "ого>ий" */
const restoring = (list: string): Ending[] =>
  list.split(' ').map((pair) => {
    const [strip, add] = pair.split('>') as [string, string];
    return { strip, add };
  });

/** Russian: noun and adjective (surname) case endings */
const RU = [
  ...plain('а я у ю е и ы ой ей ою ею ом ем ём ам ям ах ях ами ями ого его ому ему ым им ую юю ая яя ий ый ые ие ых их ыми ими'),
  ...restoring('ого>ий ому>ий им>ий ом>ий ого>ый ому>ый ым>ый ом>ый ой>ая ую>ая ей>яя'),
];
/**
 * Ukrainian, with the consonant changes before -і of the locative and dative: к, г and х become ц,
 * з and с ("у Кременчуці" ← "Кременчук", "у Кривому Розі" ← "Ріг", "на Волзі" ← "Волга")
 */
const UK = [
  ...plain('а я у ю і и ї е є ою ею єю ом ем єм ам ям ах ях ами ями ові еві єві ого ього ому ьому им ій ої ий ими их'),
  ...restoring('ого>ий ому>ий им>ий ім>ий ої>а ій>а ою>а у>а'),
  ...restoring('ці>к зі>г сі>х'),
];
/** Belarusian */
const BE = [
  ...plain('а я у ю і ы е ой ай ою аю ом ем ам ям ах ях амі ямі ага яга аму яму ым ім ая ую ых іх'),
  ...restoring('ага>і аму>і ім>і ага>ы аму>ы ым>ы ай>ая ую>ая ай>а'),
];
/** Bulgarian: the definite article on a name, full and short for a masculine one ("Дунавът", "по Дунава") */
const BG = plain('ът ят та а я');
/** Serbian, Croatian, Bosnian (Latin) */
const SR_LATN = plain('a u e om em i ama ima og oj ov ev');
const SR_CYRL = plain('а у е ом ем и ама има ог ој');
/**
 * The possessive adjective these languages make of a person's name, declined ("Milanovićeva ureda",
 * "Vučićevom", "Babišova vláda", "Ficovej vlády"): read like the name's other cases, so alone it names
 * the person only after their full name (as a surname does).
 */
const SR_LATN_POSSESSIVE = plain('ova ovo ove ovu ovom ovoj ovog ovim ovih eva evo eve evu evom evoj evog evim evih');
const SR_CYRL_POSSESSIVE = plain('ов ев ова ово ове ову овом овој овог овим ових ева ево еве еву евом евој евог евим евих');
const CS_POSSESSIVE = plain('ův ova ovo ovy ově ových ovým ovými ovej ovom');
const SR_LATN_WITH_POSSESSIVE = [...SR_LATN, ...SR_LATN_POSSESSIVE];
const SR_CYRL_WITH_POSSESSIVE = [...SR_CYRL, ...SR_CYRL_POSSESSIVE];
/** Slovenian: also its plural and dual cases ("v Benetkah" ← "Benetke", "Brežicah", "z Benetkami") */
const SL = [...SR_LATN_WITH_POSSESSIVE, ...plain('ah ih ami ov ev')];
/** Polish, with the consonant changes before -e of the locative and dative */
const PL: Ending[] = [
  ...plain('a u owi em ie ę ą y i ego emu im ym iej ów om ami ach e o iem mi'),
  // the plural adjective inside a name ("Stanów Zjednoczonych", "w Stanach Zjednoczonych", "Emiratami Arabskimi")
  ...plain('ych ich ymi imi'),
  // the locative plural after c, r and ch, which become cz, rz and sz ("w Niemczech" ← "Niemcy", "na Węgrzech", "we Włoszech")
  { strip: 'zech' },
  { strip: 'szech', add: 'ch' },
  // the locative of towns in a soft consonant ("we Wrocławiu", "w Poznaniu", "w Toruniu"), and their genitive ("do Radomia", "z Torunia")
  ...plain('iu ia'),
  { strip: 'ej', notAfter: 'i' },
  ...restoring('iego>i iemu>i im>i ego>y emu>y ym>y iej>a ą>a ej>a'),
  { strip: 'ce', add: 'k' },
  { strip: 'dze', add: 'g' },
  { strip: 'rze', add: 'r' },
  { strip: 'le', add: 'ł' },
  { strip: 'cie', add: 't' },
  { strip: 'dzie', add: 'd' },
  { strip: 'ście', add: 'st' },
  { strip: 'śnie', add: 'sn' },
];
/** Czech, Slovak, with the consonant changes before -e of the locative and dative ("v Praze" ← "Praha", "v Americe" ← "Amerika") */
const CS: Ending[] = [
  ...plain('a u e ě em ovi y i ou é ého ému ém ým ých ými ách ům ami ech ích ími om ej ý í'),
  // Slovak plurals of soft stems ("v Košiciach", "Košiciam" ← "Košice")
  ...plain('iach iam iami'),
  // a foreign name ending in -y, -i or -e takes the adjective's endings ("Kennedyho", "Carneymu", "Markem Carneym")
  ...plain('ho mu m'),
  ...restoring('ého>ý ému>ý ém>ý ým>ý ých>ý ými>ý é>á ou>á ej>á ú>á'),
  { strip: 'ze', add: 'h' },
  { strip: 'ze', add: 'g' },
  { strip: 'ce', add: 'k' },
  { strip: 'še', add: 'ch' },
  { strip: 'ře', add: 'r' },
];
const CS_WITH_POSSESSIVE = [...CS, ...CS_POSSESSIVE];
/** Lithuanian: also the nominative -as/-is/-ys/-us the language adds to foreign names ("Putinas"), and the plural cases of names in -iai ("Šiauliuose" ← "Šiauliai") */
const LT = plain('as is ys us a ė o os ės ui ai ei ą ę į ų u e oje ėje yje uje ams oms ose ėse iui io iu ių ius aus umi uose iuose uos iuos ais iais');
/** Latvian (with the locative -ī of names in -s and -is: "Daugavpilī" ← "Daugavpils") */
const LV = plain('s a u am ā ai as ei i ie im iem os ām ēm ī īs');
/**
 * Icelandic: the genitive and the other cases of names ("Kristrúnar", "Frostadóttur" ← "Frostadóttir",
 * "Reykjavíkur"), and the dative plural of plural names ("í Færeyjum" ← "Færeyjar", "í Árósum" ←
 * "Árósar", "í Bandaríkjunum" ← "Bandaríkin")
 */
const IS: Ending[] = [...plain('ar ur s i u a um'), ...restoring('ur>ir um>ar um>ir unum>in junum>in')];
/**
 * Albanian: the definite and case endings of names ("Osmanit" ← "Osmani", "Tiranës", "Kosovën"), and
 * those that replace a name's final -a ("Kinës", "Kinën" ← "Kina", whose stem is too short to stand alone)
 */
const SQ = [...plain('t n s it in ut un ës ën së'), ...restoring('ës>a ën>a')];
/** German: the genitive -s and -es of nouns ("Putins", "Moskaus", "des Bundestages") */
const DE = plain('s es');
/**
 * Greek: genitive and accusative of names, and the genitive plural of a plural name ("Σκοπίων" ←
 * "Σκόπια"); the genitive in -ι of a name in -ις, given back its nominative ("του Άδωνι" ← "Άδωνις");
 * the cases of a name in -ος, -ο, -ης, -ας and of a plural name in -ες, given back their nominative
 * ("του Βόλου", "στον Βόλο" ← "Βόλος"; "του Αγρινίου" ← "Αγρίνιο"; "των Σερρών" ← "Σέρρες")
 */
const EL = [...plain('ς υ ου ας ης ες ος α η ο ων'), ...restoring('ι>ις ί>ίς ου>ος ο>ος ου>ο ων>ες η>ης α>ας')];
/**
 * Finnish: the cases of names, with the -i- a name that ends in a consonant takes before them
 * ("Stubbin", "Orpon", "Putinin", "Helsingissä" is left: consonant gradation is not undone)
 */
const FI = plain('n in a ä ta tä ia iä ssa ssä issa issä sta stä ista istä lla llä illa illä lta ltä ilta iltä lle ille na nä ina inä ksi iksi an en on un iin ään');
/**
 * Hungarian: case suffixes, with their linking vowels ("Bécsben", "a Magyar Telekomnál"; the -val/-vel that takes the name's
 * last consonant: hungarianAssimilated). Not the -i that makes an adjective of a place ("soproni", of
 * Sopron): the press writes it small, and with a capital it is a sentence's first word or part of a
 * name of its own ("Soproni sör", a beer; "Szegedi Tudományegyetem"), never the place.
 */
const HU = [
  ...plain('ban ben ba be ból ből nak nek val vel ra re ról ről on en ön hoz hez höz tól től ot et öt t ért ig ként nál nél'),
  // the bare -n "on" after a name's last a or e, which lengthens to á or é ("Nyíregyházán" ← "Nyíregyháza")
  ...restoring('án>a én>e'),
];

/**
 * Romanian: the enclitic article and the genitive-dative of names ("Kievului", "Moscovei", "Rusiei",
 * "Londrei", "Sibiului" ← "Sibiu"; "Constanței" ← "Constanța", the -a given back), the genitive of
 * a name's first word that has the article ("Fondului Monetar Internațional" ← "Fondul"), and of a
 * plural one ("Emiratelor Arabe Unite" ← "Emiratele", "Carpaților" ← "Carpații")
 */
const RO = [...plain('ului ul ei ii lui'), ...restoring('ului>ul ei>a lor>le ilor>ii')];
/**
 * Estonian: the cases of names, with the -i- or -e- a name that ends in a consonant takes ("Putini",
 * "Moskvas", "Tallinnast", "Putiniga"; "Kallase", "Kallasega")
 */
const ET = plain('i a u s st sse le l lt ga ks na ta is ist isse ile il ilt iga iks ina ita e es est esse ele el elt ega eks');
/**
 * Kazakh and Kyrgyz: the case suffixes of names, by vowel harmony and the name's last sound
 * ("Атырауда", "Таразда", "Астананың", "Мәскеуге"; Kyrgyz "Бишкекте", "Ошто"); not the one-letter
 * dative and accusative, which too many words end in
 */
const KK = plain('да де та те нда нде дан ден тан тен нан нен ға ге қа ке на не ның нің дың дің тың тің ны ні ды ді ты ті мен бен пен дағы дегі тағы тегі');
const KY = plain('да де до дө та те то тө дан ден дон дөн тан тен тон төн нан нен нон нөн га ге го гө ка ке ко кө нын нин нун нүн дын дин дун дүн тын тин тун түн ны ни ну нү ды ди ду дү ты ти ту тү');
/** Uzbek (Latin letters): "Toshkentda", "Samarqandga", "Rossiyaning" */
const UZ = plain('da ga ka qa ning dan ni dagi');
/** Azerbaijani: "Bakıda", "Rusiyanın", "Ankaraya" (a name's apostrophe, as Turkish writes it, is read apart already) */
const AZ = plain('da də ya yə nın nin nun nün ın in un ün dan dən nı ni nu nü');
/** Basque: "Valladoliden", "Otegiren", "Bilbora", "Madrilgo", "Parisetik" */
const EU = plain('n en ren ko go ra era tik etik an ean');
/** Swedish, Danish, Norwegian: the genitive -s ("Putins", "Moskvas", "Rysslands") */
const SCANDINAVIAN = plain('s');

const BY_LANG: Record<string, Ending[]> = {
  ru: RU, uk: UK, be: BE, bg: BG, sr: SR_LATN_WITH_POSSESSIVE, hr: SR_LATN_WITH_POSSESSIVE, bs: SR_LATN_WITH_POSSESSIVE,
  sl: SL, pl: PL, cs: CS_WITH_POSSESSIVE, sk: CS_WITH_POSSESSIVE,
  lt: LT, lv: LV, de: DE, el: EL, fi: FI, hu: HU, ro: RO, et: ET, sv: SCANDINAVIAN, da: SCANDINAVIAN, no: SCANDINAVIAN,
  nb: SCANDINAVIAN, nn: SCANDINAVIAN, is: IS, sq: SQ, kk: KK, ky: KY, uz: UZ, az: AZ, eu: EU,
};

/** the lists of languages written in Cyrillic (another language's Cyrillic words take the Russian endings) */
const CYRILLIC_LISTS: ReadonlySet<Ending[]> = new Set([RU, UK, BE, BG, KK, KY]);

/** the ending list for a word in `lang` written in `script` */
function endingsFor(lang: string, script: 'latin' | 'cyrillic' | 'greek'): Ending[] {
  const primary = lang.split('-')[0]!;
  if (script === 'greek') return EL;
  if (script === 'cyrillic') {
    if (primary === 'sr' || primary === 'mk') return SR_CYRL_WITH_POSSESSIVE;
    const list = BY_LANG[primary];
    return list !== undefined && CYRILLIC_LISTS.has(list) ? list : RU;
  }
  if (primary === 'be') return BE_LATN;
  const list = BY_LANG[primary];
  return list !== undefined && !CYRILLIC_LISTS.has(list) && list !== EL ? list : [];
}

/** Belarusian Łacinka: the Belarusian endings in Latin letters */
const BE_LATN = plain('a ja u ju i y je ie oj aj oju aju om iem am jam ach jach ami jami aha jaha amu jamu ym im aja uju ych ich');

/**
 * Hungarian: after a consonant, the v of -val/-vel ("with") becomes that consonant, doubled: "Putyinnal"
 * ← "Putyin", "Sánchezzel" ← "Sánchez", "Kováccsal" ← "Kovács" (a doubled digraph doubles its first
 * letter). The stem, or null when the word does not end so.
 */
function hungarianAssimilated(word: string): string | null {
  const m = /^(.+?)([bcdfghjklmnprstvxz])\2([syz]?)[ae]l$/u.exec(word);
  if (!m || m[1]!.length + 1 + m[3]!.length < MIN_STEM) return null;
  return m[1]! + m[2]! + m[3]!;
}

/** Ukrainian: о/е in a closed last syllable becomes і, є becomes ї ("Харкова" → "Харків", "Києва" → "Київ") */
function ukrainianAlternation(stem: string): string | null {
  const m = /^(.*)([оеє])([бвгґджзклмнпрстфхцчшщ])$/u.exec(stem);
  if (!m) return null;
  return m[1]! + (m[2] === 'є' ? 'ї' : 'і') + m[3]!;
}

/**
 * Polish: ń, ś, ć, ź and dź are written ni, si, ci, zi, dzi before a vowel ("z Poznania" ← "Poznań",
 * "w Łodzi" ← "Łódź", "Torunia" ← "Toruń"): the stem without the i (the keys fold ń to n).
 */
function polishSoftConsonant(stem: string): string | null {
  return stem.length > MIN_STEM && /[nscz]i$/u.test(stem) ? stem.slice(0, -1) : null;
}

/** Belarusian: т and д soften to ц and дз before -е and -і ("у Брэсце" ← "Брэст", "у Гарадзе" ← "Горад") */
function belarusianAlternation(stem: string): string | null {
  const m = /^(.+)(ц|дз)$/u.exec(stem);
  return m ? m[1]! + (m[2] === 'ц' ? 'т' : 'д') : null;
}

/**
 * Russian and Belarusian: the e or o of a last syllable -ец, -ок, -ёл drops before an ending ("в
 * Череповце" ← "Череповец", "Городка" ← "Городок", "в Орле" ← "Орёл"; the keys read ё as е): the
 * stem with it put back.
 */
function eastSlavicFleeting(stem: string): string | null {
  const m = EAST_SLAVIC_FLEETING.exec(stem);
  return m ? m[1]! + (m[2] === 'к' ? 'о' : 'е') + m[2]! : null;
}
const EAST_SLAVIC_FLEETING = /^(.+[бвгджзклмнпрстфхчшщ])([цкл])$/u;

/**
 * Polish: the genitive plural of a plural name has no ending ("do Chin" ← "Chiny", "z Czech" ←
 * "Czechy", "Katowic" ← "Katowice"), and often takes an e before its last consonant ("Niemiec" ←
 * "Niemcy", "Węgier" ← "Węgry", "Helsinek" ← "Helsinki"): the word itself, and without that e.
 * Only a word that ends in a consonant.
 */
function addPolishGenitivePlural(word: string, out: string[]): void {
  if (word.length < MIN_STEM + 1 || !POLISH_GENITIVE_PLURAL_LAST.includes(word[word.length - 1]!) || (word.endsWith('h') && !word.endsWith('ch'))) return;
  addNew(out, word);
  const m = POLISH_INSERTED_E.exec(word);
  if (m) addNew(out, m[1]! + m[2]!);
}
const POLISH_CONSONANTS = 'bcćdfghjklłmnńprsśtwzźż';
/** the last letters of those genitives ("Katowic", "Suwałk", "Chin", "Węgier", "Malediw", "Aten"; h only of -ch: "Włoch") */
const POLISH_GENITIVE_PLURAL_LAST = 'cknrdtwmzh';
const POLISH_INSERTED_E = new RegExp(`^(.{2,}[${POLISH_CONSONANTS}])i?e([${POLISH_CONSONANTS}])$`, 'u');

/**
 * Czech, Slovak, Polish and Slovenian: the e of a last syllable -el, -en, -ek, -ec, -eň, -eł drops
 * before an ending ("Pavlovi" ← "Pavel", "vo Viedni" ← "Viedeň", "Pawła" ← "Paweł"): the stem with
 * it put back.
 */
function fleetingE(stem: string, lang: string): string | null {
  const m = (lang === 'sl' ? SLOVENIAN_FLEETING : lang === 'sk' ? SLOVAK_FLEETING : FLEETING).exec(stem);
  return m ? m[1]! + 'e' + m[2]! : null;
}
const FLEETING = /^(.*[bcčdďfghjklľmnňprřsštťvwzžł])([lnkcňľł])$/u;
/** Slovenian drops its e before -lj, -nj, -r and -m as well ("v Bruslju" ← "Bruselj", "Kopru" ← "Koper", "Gradcu" ← "Gradec") */
const SLOVENIAN_FLEETING = /^(.*[bcčdfghjklmnprsštvzž])(lj|nj|[lnkcrm])$/u;
/** Slovak drops its e before -r as well ("Petra" ← "Peter", "Alexandra" ← "Alexander") */
const SLOVAK_FLEETING = /^(.*[bcčdďfghjklľmnňprsštťvwzž])([lnkcňľr])$/u;
const FLEETING_E = new Set(['cs', 'sk', 'pl', 'sl']);

/**
 * Serbian, Croatian and Bosnian: the a of a last syllable -ac, -ak, -ar, -al, -an drops before an
 * ending ("u Kragujevcu" ← "Kragujevac", "u Zadru" ← "Zadar", "Крагујевцу" ← "Крагујевац"): the stem
 * with it put back.
 */
function fleetingA(stem: string): string | null {
  const latin = FLEETING_A_LATIN.exec(stem);
  if (latin) return latin[1]! + 'a' + latin[2]!;
  const cyrillic = FLEETING_A_CYRILLIC.exec(stem);
  return cyrillic ? cyrillic[1]! + 'а' + cyrillic[2]! : null;
}
const FLEETING_A_LATIN = /^(.*[bcčćdđfghjklmnprsštvzž])([ckrln])$/u;
const FLEETING_A_CYRILLIC = /^(.*[бвгдђжзјклљмнњпрстћфхцчџш])([цкрлн])$/u;
const FLEETING_A = new Set(['sr', 'hr', 'bs', 'sh']);

/**
 * Finnish: a name in -nen takes -se- before its endings and -s- before the partitive ("Valtosen",
 * "Valtoselle", "Valtosta" ← "Valtonen"; "Virtasen" ← "Virtanen"): the stem with -nen put back.
 */
function finnishNen(stem: string): string | null {
  const m = /^(.{2,}[aeiouyäö])se?$/u.exec(stem);
  return m ? m[1]! + 'nen' : null;
}

/**
 * Finnish: a name in -us, -os, -ys or -es takes -kse- before its endings ("Kokoomuksen" ←
 * "Kokoomus", "Rajavartiolaitoksella" ← "Rajavartiolaitos"): the stem with its -s given back.
 */
function finnishUs(stem: string): string | null {
  const m = /^(.{3,}[aeiouyäö])kse$/u.exec(stem);
  return m ? m[1]! + 's' : null;
}

/**
 * Finnish: a name in -ki after a vowel loses its k before most endings, and its -i turns to -e-
 * ("Huhtamäen" ← "Huhtamäki", "Kemijoella" ← "Kemijoki"): the stem with them given back.
 */
function finnishLostK(stem: string): string | null {
  const m = /^(.{2,}[aeiouyäö])e$/u.exec(stem);
  return m ? m[1]! + 'ki' : null;
}

/**
 * Slovenian: many masculine names in -r take -j- before their endings ("Boruta Pahorja" ← "Pahor",
 * "direktorja"): the stem without it.
 */
function slovenianJ(stem: string): string | null {
  return stem.length > MIN_STEM && stem.endsWith('rj') ? stem.slice(0, -1) : null;
}

/**
 * Finnish consonant gradation: before most endings a last syllable's stop weakens ("Turussa" ←
 * "Turku", "Helsingissä" ← "Helsinki", "Lappeenrannassa" ← "Lappeenranta", "Kotkassa", "Kuopiossa"
 * keep theirs). The strong forms a weak stem may come from, each still to be found as a name's word:
 * nk from ng, nt from nn, mp from mm, lt from ll, rt from rr, a k that went after l, r or h, and kk,
 * pp, tt from k, p, t between vowels.
 */
function finnishStrongGrades(stem: string): string[] {
  const m = /^(.*?)([bcdfghjklmnpqrstvwxz]+)([aeiouyäö]+)$/u.exec(stem);
  if (!m) return [];
  const [, head, consonants, vowels] = m as unknown as [string, string, string, string];
  if (!/[aeiouyäö]$/u.test(head)) return [];
  const out: string[] = [];
  const strong = GRADATION.get(consonants);
  if (strong) {
    out.push(head + strong + vowels);
    // a name in -i takes -e- before its endings ("Lahti", "Lahdessa")
    if (vowels === 'e') out.push(head + strong + 'i');
  }
  if (/^[lrh]$/u.test(consonants)) out.push(head + consonants + 'k' + vowels);
  if (/^[kpt]$/u.test(consonants)) out.push(head + consonants + consonants + vowels);
  return out.filter((s) => s.length >= MIN_STEM);
}
const GRADATION: ReadonlyMap<string, string> = new Map([['ng', 'nk'], ['nn', 'nt'], ['mm', 'mp'], ['ll', 'lt'], ['rr', 'rt'], ['hd', 'ht']]);

/** shortest stem (in letters of the original script) tried: two, for a short given name before a surname ("Ewy" ← "Ewa"); the name index keeps stems that short only for those (names-compile.ts) */
const MIN_STEM = 2;

/** `word` without ending `e` (and with what it puts back), or null when the word does not end so or the stem would be too short */
function withoutEnding(word: string, e: Ending): string | null {
  // the stem as it comes back, with the letter an alternation changed ("Dudzie" → "dud" of "Duda")
  if (word.length - e.strip.length + (e.add?.length ?? 0) < MIN_STEM || !word.endsWith(e.strip)) return null;
  if (e.notAfter !== undefined && word[word.length - e.strip.length - 1] === e.notAfter) return null;
  return word.slice(0, word.length - e.strip.length) + (e.add ?? '');
}

/** the last letters of a list of endings (a word ending otherwise has no stem to try) */
function lastLetters(endings: readonly Ending[]): Set<number> {
  return new Set(endings.map((e) => e.strip.charCodeAt(e.strip.length - 1)));
}

/**
 * The stems with the sound change its language makes before an ending undone (Ukrainian і, the
 * fleeting e or a, Slovenian -rj-, Finnish -nen and consonant gradation): none when the language
 * makes none there.
 */
function addRestoredStems(stem: string, primary: string, script: 'latin' | 'cyrillic' | 'greek', out: string[]): void {
  // nothing made per ending tried (no array, no closure): this runs for every ending of every capitalised word
  if (script === 'greek') return;
  if (script === 'cyrillic') {
    addNew(out, primary === 'uk' ? ukrainianAlternation(stem) : primary === 'be' ? belarusianAlternation(stem) : FLEETING_A.has(primary) ? fleetingA(stem) : null);
    if (primary === 'ru' || primary === 'be') addNew(out, eastSlavicFleeting(stem));
    return;
  }
  if (FLEETING_E.has(primary)) addNew(out, fleetingE(stem, primary));
  if (primary === 'sl') addNew(out, slovenianJ(stem));
  else if (primary === 'pl') addNew(out, polishSoftConsonant(stem));
  else if (FLEETING_A.has(primary)) addNew(out, fleetingA(stem));
  else if (primary === 'fi') {
    addNew(out, finnishNen(stem));
    addNew(out, finnishUs(stem));
    addNew(out, finnishLostK(stem));
    for (const strong of finnishStrongGrades(stem)) addNew(out, strong);
  }
}

/** `stem` at the end of `out` unless it is null or there already */
export function addNew(out: string[], stem: string | null): void {
  if (stem !== null && !out.includes(stem)) out.push(stem);
}

/** Greek words compared without their accents: "Σαμαρά" ends in the ending -α of "Σαμαράς" */
const GREEK_TONOS = /[\u0301\u0341]/gu;
function withoutTonos(word: string): string {
  return word.normalize('NFD').replace(GREEK_TONOS, '').normalize('NFC');
}

/**
 * The stems a lower-case word may have in `lang` (each without one of the language's endings,
 * longest ending first), empty for languages without case endings.
 */
export function stemsOf(word: string, lang: string, script: 'latin' | 'cyrillic' | 'greek'): string[] {
  const endings = endingsFor(lang, script);
  if (endings.length === 0) return [];
  if (script === 'greek') word = withoutTonos(word);
  const out: string[] = [];
  const primary = lang.split('-')[0]!;
  if (script === 'latin' && primary === 'hu') {
    const assimilated = hungarianAssimilated(word);
    if (assimilated !== null) out.push(assimilated);
  }
  if (script === 'latin' && primary === 'pl') addPolishGenitivePlural(word, out);
  for (const e of endings) {
    const stem = withoutEnding(word, e);
    if (stem === null) continue;
    addNew(out, stem);
    addRestoredStems(stem, primary, script, out);
  }
  return out;
}

/**
 * Czech and Slovak give a woman's surname the ending -ová, declined like an adjective (-ové, -ovou,
 * Slovak -ovej, -ovú), foreign names too: "Giorgia Meloniová", "s Giorgiou Meloniovou", "Elvira
 * Nabiullinová" (the final -a of "Nabiullina" goes). The surnames such a word may be made from,
 * lower case; empty in other languages.
 */
export function womansSurnameStems(word: string, lang: string): string[] {
  if (!makesWomansSurnames(lang)) return [];
  const m = WOMANS_ENDING.exec(word);
  if (!m || m.index < MIN_STEM) return [];
  const base = word.slice(0, m.index);
  return [base, base + 'a'];
}
const WOMANS_ENDING = /ov(?:á|é|ou|ej|ú)$/u;

/** does `lang` make women's surnames with -ová (womansSurnameStems)? */
export function makesWomansSurnames(lang: string): boolean {
  const primary = lang.split('-')[0]!;
  return primary === 'cs' || primary === 'sk';
}

/**
 * Adjectives inside names, declined before the noun they qualify: German's weak and mixed endings
 * ("der Europäischen Weltraumorganisation" ← "Europäische", "des Deutschen Zentrums" ← "Deutsches",
 * "im Weißen Haus" ← "Weißes", "des Deutschen Bundestages" ← "Deutscher"). Such a form fits a word
 * of a name only before the name's last word: alone, "Deutschen" is the Germans, not "Deutsche Bank".
 */
const ADJECTIVES: Record<string, Ending[]> = {
  de: restoring('en>e en>es en>er'),
};

/** The nominatives a lower-case word may come from as an adjective declined inside a name in `lang` (see ADJECTIVES). */
export function adjectiveStemsOf(word: string, lang: string, script: 'latin' | 'cyrillic' | 'greek'): string[] {
  const endings = script === 'latin' ? ADJECTIVES[lang.split('-')[0]!] : undefined;
  if (!endings) return [];
  const out: string[] = [];
  for (const e of endings) {
    const stem = withoutEnding(word, e);
    if (stem !== null && !out.includes(stem)) out.push(stem);
  }
  return out;
}

/** the last letters of the adjective endings of `lang` in Latin letters (ADJECTIVES), empty if it has none */
export function adjectiveEndingLetters(lang: string): Set<number> {
  return lastLetters(ADJECTIVES[lang.split('-')[0]!] ?? []);
}

/** the last letters of the endings of `lang` in `script` (a word ending otherwise has no stem to try) */
export function endingLetters(lang: string, script: 'latin' | 'cyrillic' | 'greek'): Set<number> {
  const letters = lastLetters(endingsFor(lang, script));
  // a Polish genitive plural has no ending (addPolishGenitivePlural)
  if (script === 'latin' && lang.split('-')[0] === 'pl') for (const c of POLISH_GENITIVE_PLURAL_LAST) letters.add(c.charCodeAt(0));
  return letters;
}

/** is the genitive -s the only ending `lang` gives names ("Putins", "Moskvas")? */
export function declinesOnlyGenitiveS(lang: string): boolean {
  const list = BY_LANG[lang.split('-')[0]!];
  return list === DE || list === SCANDINAVIAN;
}

/** does `lang` decline names (so that inflected forms are looked for)? */
export function declines(lang: string, script: 'latin' | 'cyrillic' | 'greek'): boolean {
  return endingsFor(lang, script).length > 0;
}

/**
 * The endings of the adjectives Slavic languages make from places' names ("anglický", "francuski",
 * "английский", "hrvatski"): a word that ends so is the adjective, which starts a sentence with a
 * capital like any word. By language (primary subtag).
 */
const CROATIAN_BOSNIAN_ADJECTIVE = /(?:sk|šk|čk)(?:i|a|o|e|og|oga|om|omu|oj|ih|im|ima)$/u;
const PLACE_ADJECTIVE: Readonly<Record<string, RegExp>> = {
  cs: /(?:sk|ck|čk)(?:ý|á|é|ého|ému|ém|ým|ých|ými|ou|í)$/u,
  sk: /(?:sk|ck|čk)(?:ý|á|é|ého|ému|om|ým|ých|ými|ou|í)$/u,
  pl: /(?:sk|ck)(?:i|a|ie|iego|iej|iemu|im|ich|imi|ą)$/u,
  sl: /(?:sk|šk|čk)(?:i|a|o|e|ega|emu|em|ih|im|imi)$/u,
  hr: CROATIAN_BOSNIAN_ADJECTIVE,
  bs: CROATIAN_BOSNIAN_ADJECTIVE,
  sr: /(?:sk|šk|čk|ск|шк|чк)(?:i|a|o|e|og|oga|om|omu|oj|ih|im|ima|и|а|о|е|ог|ога|ом|ому|ој|их|им|има)$/u,
  ru: /(?:ск|цк)(?:ий|ая|ое|ие|ого|ому|ой|ую|ом|их|им|ими)$/u,
  uk: /(?:ськ|цьк|зьк)(?:ий|а|е|і|ого|ому|ій|у|им|их|ими)$/u,
  be: /(?:ск|цк|зк)(?:і|ая|ае|ія|ага|аму|ай|ую|ім|іх|імі)$/u,
  bg: /(?:ск|шк|цк)(?:и|а|о|ия|ият|ата|ото|ите)$/u,
  mk: /(?:ск|шк|цк)(?:и|а|о|ата|от|ото|ите)$/u,
};

/** the endings only declined adjectives take, not nouns, in the languages whose towns are named with adjectives ("Грозный", "Свободный") */
const DECLINED_ADJECTIVE: Readonly<Record<string, RegExp>> = {
  ru: /(?:ые|ие|ых|их|ыми|ими|ая|яя|ое|ее|ую|юю|ого|его|ому|ему)$/u,
  uk: /(?:ого|ього|ому|ьому|ими|их|ої|ою)$/u,
  be: /(?:ага|яга|аму|яму|ымі|імі|ых|іх|ая|яя|ае|яе|ыя|ія|ую|юю)$/u,
};

/** does `word` end as a declined adjective ends, and no noun, in `lang` ("Свободные", "Лесных")? */
export function endsAsDeclinedAdjective(word: string, lang: string): boolean {
  return DECLINED_ADJECTIVE[lang]?.test(word.toLowerCase()) ?? false;
}

/** is `word` written as an adjective made from a place's name in `lang` ("Anglický", "Francuski") */
export function isAdjectiveOfPlace(word: string, lang: string): boolean {
  return PLACE_ADJECTIVE[lang]?.test(word.toLowerCase()) ?? false;
}
