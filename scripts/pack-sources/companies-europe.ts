/**
 * Generates packs/default/entities/companies-europe.json: large listed companies outside the S&P 500
 * (the constituents of the main European indices — Euro Stoxx 50, DAX and MDAX, CAC 40, FTSE 100,
 * IBEX 35, FTSE MIB, AEX, BEL 20, SMI, the Nordic, Austrian, Portuguese and Central European
 * indices — and the largest of Japan, China and Hong Kong, Korea, India, Canada, Australia, Brazil
 * and a few other markets).
 *
 * No open dataset of these constituents with a clear licence could be found (the public constituent
 * lists on GitHub are scraped from index providers), so the input is the Gloss team's hand-kept list
 * packs/default/overrides/companies-europe.json (CC BY 4.0): name, legal name, other and former
 * names, country, headquarters, sector, what the company does, and its indices as of the list's
 * date. It carries no Wikidata ids, so ids are gloss:company:<slug>.
 *
 * A company an earlier file already has (an organisation holding its name or legal name) is left
 * out. No name another file gives an entity is taken; one-word names match capitalised only, and
 * those that are ordinary words, people's names or place names need the page's context (words of
 * the company's sector or of the stock market nearby), as do short acronyms.
 *
 *   node --import tsx scripts/pack-sources/companies-europe.ts
 */
import type { Alias, Entity, Fact, SourceRef } from '../../src/core/pack/types.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { readOverrides, slug, writeEntities } from './lib/common.ts';
import { countryName } from './lib/country-names.ts';
import { Claims, dedupeAliases, isAnyEnglishWord, isEnglishVocabulary, isGenericName, isPersonName, isWordLike, noteSharedWithin, personWords, priorEntities } from './lib/claims.ts';

const FILE = 'companies-europe.json';

interface Company {
  name: string;
  legal?: string;
  aka?: string[];
  former?: string[];
  country: string;
  hq?: string;
  sector: string;
  what: string;
  index?: string[];
  guard?: string;
}
interface Input { asOf: string; companies: Company[] }

const input = readOverrides<Input>(FILE);
const SRC: SourceRef = {
  name: 'Gloss team (listed companies: name, country, sector, headquarters, index)',
  licence: 'CC-BY-4.0',
  asOf: input.asOf,
};

/** the entities of the files GENERATED_ORDER puts before this one */
const prior: Entity[] = priorEntities(FILE);
const byId = new Map(prior.map((e) => [e.id, e]));
const claims = new Claims(prior);
const persons = personWords(prior);

/** the names of the places of the pack (a one-word company name that is one needs context) */
const placeNames = new Set(prior.filter((e) => e.type === 'place').flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]).map(normaliseKey));

const SECTORS: Record<string, { label: string; words: string[] }> = {
  bank: { label: 'Banking', words: ['bank', 'banks', 'banking', 'lender', 'lenders', 'loans', 'deposits', 'banque', 'banques', 'banco', 'bancos', 'banca', 'banche', 'Banken', 'Kreditinstitut', 'bankowy', 'banku', 'kredyty'] },
  insurance: { label: 'Insurance', words: ['insurer', 'insurers', 'insurance', 'reinsurer', 'reinsurance', 'Versicherer', 'Versicherung', 'Versicherungskonzern', 'Rückversicherer', 'assureur', 'assurance', 'assurances', 'aseguradora', 'seguros', 'assicurazioni', 'assicurativo', 'compagnia assicurativa', 'seguradora', 'ubezpieczyciel', 'ubezpieczenia', 'verzekeraar'] },
  finance: { label: 'Financial services', words: ['investment', 'investor', 'asset manager', 'fund', 'funds', 'payments', 'brokerage', 'debt', 'Vermögensverwalter', 'długi', 'wierzytelności', 'gestionnaire', 'gestora', 'fondi', 'fundusz'] },
  oil: { label: 'Oil and gas', words: ['oil', 'gas', 'fuel', 'fuels', 'refinery', 'refiner', 'barrels', 'LNG', 'pétrole', 'pétrolier', 'carburants', 'raffinerie', 'Öl', 'Ölkonzern', 'Raffinerie', 'Kraftstoff', 'petróleo', 'petrolera', 'refinería', 'petrolio', 'petrolifera', 'raffineria', 'paliwa', 'paliw', 'ropa', 'ropy', 'rafineria', 'gaz', 'olie'] },
  utility: { label: 'Utilities', words: ['electricity', 'power', 'energy', 'utility', 'grid', 'renewables', 'wind', 'solar', 'nuclear', 'hydropower', 'water', 'Strom', 'Energie', 'Energiekonzern', 'Versorger', 'électricité', 'énergie', 'electricidad', 'energía', 'eléctrica', 'elettricità', 'energia', 'solares', 'solaire', 'fotovoltaica', 'prąd', 'energetyczny', 'energetyczne', 'energetyczna', 'energetycznej', 'energetyki', 'energetyka', 'energii'] },
  telecom: { label: 'Telecommunications', words: ['telecom', 'telecoms', 'telecommunications', 'mobile', 'broadband', 'operator', '5G', 'fibre', 'Telekom', 'Mobilfunk', 'opérateur', 'télécoms', 'operadora', 'telecomunicaciones', 'telecomunicazioni', 'operatore', 'telekomunikacyjny', 'operator komórkowy'] },
  auto: { label: 'Automobiles', words: ['cars', 'carmaker', 'carmakers', 'automaker', 'vehicles', 'vehicle', 'trucks', 'electric vehicles', 'Autobauer', 'Autohersteller', 'Autos', 'Fahrzeuge', 'voitures', 'constructeur', 'automobile', 'coches', 'automóviles', 'fabricante de automóviles', 'auto', 'automobili', 'casa automobilistica', 'samochody', 'samochodów', 'koncern motoryzacyjny'] },
  autoparts: { label: 'Automotive parts', words: ['supplier', 'suppliers', 'automotive', 'tyres', 'tires', 'cars', 'carmakers', 'Zulieferer', 'Autozulieferer', 'Reifen', 'équipementier', 'pneus', 'proveedor', 'neumáticos', 'fornitore', 'pneumatici', 'dostawca', 'opony', 'motoryzacyjny'] },
  aero: { label: 'Aerospace and defence', words: ['defence', 'defense', 'arms', 'weapons', 'military', 'missiles', 'aircraft', 'aerospace', 'satellite', 'satellites', 'tanks', 'Rüstung', 'Rüstungskonzern', 'Rüstungskonzerne', 'Rüstungsindustrie', 'Panzer', 'Raumfahrt', 'armement', 'défense', 'defensa', 'armamento', 'difesa', 'aerospazio', 'zbrojeniowy', 'obronny', 'zbrojeniówka'] },
  industrial: { label: 'Industrial engineering and services', words: ['engineering', 'machinery', 'machines', 'equipment', 'industrial', 'manufacturer', 'factory', 'lifts', 'elevators', 'trains', 'Maschinenbau', 'Maschinenbauer', 'Industriekonzern', 'Aufzüge', 'Züge', 'industriel', 'ascenseurs', 'industriale', 'przemysłowy'] },
  construction: { label: 'Construction and materials', words: ['construction', 'builder', 'building', 'cement', 'housebuilder', 'homes', 'infrastructure', 'Baukonzern', 'Zement', 'Bau', 'BTP', 'ciment', 'constructora', 'construcción', 'cemento', 'costruzioni', 'budowlany', 'budownictwo'] },
  chemicals: { label: 'Chemicals', words: ['chemicals', 'chemical', 'chemistry', 'fertiliser', 'fertilizer', 'Chemie', 'Chemiekonzern', 'chimie', 'chimique', 'química', 'químico', 'chimica', 'chemiczny', 'chemia', 'nawozy'] },
  pharma: { label: 'Pharmaceuticals and biotechnology', words: ['drug', 'drugs', 'drugmaker', 'pharmaceutical', 'pharmaceuticals', 'medicine', 'vaccine', 'biotech', 'biotechnology', 'Pharmakonzern', 'Pharma', 'Medikamente', 'laboratoire', 'médicament', 'farmacéutica', 'farmacéutico', 'farmaceutica', 'farmaco', 'farmaceutyczny', 'leki'] },
  medtech: { label: 'Medical technology', words: ['medical', 'medtech', 'health', 'healthcare', 'devices', 'diagnostics', 'Medizintechnik', 'médical', 'médico', 'medico', 'medyczny'] },
  health: { label: 'Health care services', words: ['hospital', 'hospitals', 'health', 'healthcare', 'clinic', 'clinics', 'pharmacy', 'Klinik', 'Krankenhaus', 'hôpital', 'santé', 'hospital', 'salud', 'ospedale', 'sanità', 'szpital'] },
  tech: { label: 'Software and IT services', words: ['software', 'technology', 'tech', 'digital', 'online', 'internet', 'platform', 'app', 'cloud', 'Softwarekonzern', 'logiciel', 'numérique', 'tecnología', 'tecnologica', 'oprogramowanie'] },
  semis: { label: 'Semiconductors', words: ['chip', 'chips', 'chipmaker', 'semiconductor', 'semiconductors', 'wafer', 'wafers', 'Halbleiter', 'Chips', 'Chiphersteller', 'semi-conducteurs', 'puces', 'semiconductores', 'semiconduttori', 'półprzewodniki', 'chipy'] },
  electronics: { label: 'Electronic and electrical equipment', words: ['electronics', 'electrical', 'electric', 'equipment', 'cables', 'turbines', 'components', 'camera', 'cameras', 'printers', 'Elektronik', 'Elektrotechnik', 'Kamera', 'électronique', 'électrique', 'electrónica', 'elettronica', 'elektronika'] },
  retail: { label: 'Retail', words: ['retailer', 'retailers', 'retail', 'stores', 'shops', 'supermarket', 'supermarkets', 'shoppers', 'e-commerce', 'Händler', 'Einzelhändler', 'Filialen', 'distributeur', 'enseigne', 'magasins', 'minorista', 'tiendas', 'supermercados', 'rivenditore', 'negozi', 'supermercati', 'sklepy', 'sklepów', 'detalista'] },
  food: { label: 'Food and beverages', words: ['food', 'foods', 'drinks', 'beverages', 'beer', 'brewer', 'spirits', 'wine', 'coffee', 'dairy', 'Lebensmittel', 'Getränke', 'Brauerei', 'alimentaire', 'boissons', 'brasseur', 'alimentación', 'bebidas', 'cervecera', 'alimentare', 'bevande', 'birra', 'spożywczy', 'napoje', 'browar'] },
  consumer: { label: 'Consumer goods', words: ['consumer', 'brands', 'Konsumgüter', 'Marken', 'marques', 'marcas', 'marchi'] },
  luxury: { label: 'Luxury goods', words: ['luxury', 'fashion', 'jewellery', 'watches', 'handbags', 'perfume', 'perfumes', 'fragrances', 'Luxus', 'Parfüm', 'luxe', 'parfums', 'maroquinerie', 'lujo', 'moda', 'lusso', 'luksusowy'] },
  media: { label: 'Media', words: ['media', 'broadcaster', 'television', 'TV', 'advertising', 'publisher', 'games', 'video game', 'music', 'streaming', 'Medien', 'Fernsehen', 'Werbung', 'Verlag', 'médias', 'télévision', 'publicité', 'éditeur', 'medios', 'televisión', 'publicidad', 'editorial', 'televisione', 'pubblicità', 'editore', 'telewizja', 'reklama', 'wydawca'] },
  travel: { label: 'Travel and leisure', words: ['hotel', 'hotels', 'airline', 'airlines', 'flights', 'travel', 'tourism', 'restaurants', 'casino', 'betting', 'gaming', 'Reise', 'Reisekonzern', 'Fluggesellschaft', 'hôtel', 'hôtels', 'voyage', 'compagnie aérienne', 'hoteles', 'viajes', 'aerolínea', 'alberghi', 'viaggi', 'compagnia aerea', 'linie lotnicze', 'hotele'] },
  transport: { label: 'Transport and logistics', words: ['logistics', 'shipping', 'freight', 'parcel', 'parcels', 'rail', 'railway', 'airport', 'airports', 'port', 'ports', 'delivery', 'Logistik', 'Reederei', 'Bahn', 'Flughafen', 'logistique', 'fret', 'aéroport', 'logística', 'aeropuerto', 'logistica', 'aeroporto', 'logistyka', 'przesyłki'] },
  realestate: { label: 'Real estate', words: ['property', 'properties', 'real estate', 'landlord', 'tenants', 'rents', 'Immobilien', 'Wohnungen', 'Mieter', 'immobilier', 'foncière', 'inmobiliaria', 'inmobiliario', 'immobiliare', 'nieruchomości', 'deweloper'] },
  mining: { label: 'Mining and metals', words: ['mining', 'miner', 'miners', 'copper', 'gold', 'iron ore', 'steel', 'aluminium', 'aluminum', 'metals', 'Bergbau', 'Stahl', 'Kupfer', 'minier', 'acier', 'cuivre', 'minera', 'acero', 'cobre', 'mineraria', 'acciaio', 'rame', 'górniczy', 'miedź', 'miedzi', 'stal', 'huta', 'węgiel', 'węgla', 'kopalnia', 'kopalni', 'coal', 'Kohle', 'charbon', 'mineradora', 'minério'] },
  paper: { label: 'Forestry, paper and packaging', words: ['paper', 'pulp', 'packaging', 'forest', 'forestry', 'wood', 'cardboard', 'Papier', 'Verpackung', 'papier', 'emballage', 'papel', 'celulosa', 'envases', 'carta', 'imballaggi', 'opakowania', 'celuloza'] },
  conglomerate: { label: 'Diversified industrial and holding groups', words: ['conglomerate', 'holding', 'subsidiaries', 'Mischkonzern', 'conglomérat', 'conglomerado', 'conglomerato', 'konglomerat'] },
};
/** stock-market words: any listed company */
const MARKET_WORDS = [
  'shares', 'shareholders', 'share price', 'stocks', 'stock market', 'investors', 'chief executive', 'CEO', 'market value', 'profit', 'profits', 'revenue', 'quarterly',
  'Aktie', 'Aktien', 'Aktionäre', 'Konzern', 'Konzerns', 'Börse', 'Vorstandschef', 'Umsatz', 'Gewinn',
  'actionnaires', 'Bourse', 'PDG', "chiffre d'affaires", 'bénéfice', 'bénéfices',
  'acciones', 'accionistas', 'Bolsa', 'consejero delegado', 'facturación',
  'azioni', 'azionisti', 'Borsa', 'Piazza Affari', 'amministratore delegato', 'fatturato',
  'ações', 'acionistas', 'lucro',
  'akcje', 'akcji', 'akcjonariusze', 'spółka', 'spółki', 'spółce', 'giełda', 'giełdzie', 'prezes', 'zysk', 'koncern', 'koncernu',
  'aandelen', 'aandeelhouders', 'beurs', 'topman',
];

const DEMONYM: Record<string, string> = {
  AE: 'Emirati', AR: 'Argentine', AT: 'Austrian', AU: 'Australian', BE: 'Belgian', BM: 'Bermuda-based', BR: 'Brazilian', CA: 'Canadian',
  CH: 'Swiss', CL: 'Chilean', CN: 'Chinese', CO: 'Colombian', CY: 'Cypriot', CZ: 'Czech', DE: 'German', DK: 'Danish', ES: 'Spanish',
  FI: 'Finnish', FO: 'Faroese', FR: 'French', GB: 'British', GR: 'Greek', HK: 'Hong Kong', HU: 'Hungarian', IE: 'Irish', IL: 'Israeli',
  IN: 'Indian', IT: 'Italian', JP: 'Japanese', KR: 'South Korean', KZ: 'Kazakh', LU: 'Luxembourg-based', MO: 'Macau-based', MX: 'Mexican',
  NG: 'Nigerian', NL: 'Dutch', NO: 'Norwegian', NZ: 'New Zealand', PE: 'Peruvian', PL: 'Polish', PT: 'Portuguese', QA: 'Qatari',
  RO: 'Romanian', SA: 'Saudi', SE: 'Swedish', SG: 'Singaporean', TR: 'Turkish', TW: 'Taiwanese', UA: 'Ukrainian', US: 'US', UY: 'Uruguayan', ZA: 'South African',
};

/** an index and the exchange it belongs to; a name not listed here is an exchange the company is listed on */
const INDICES: Record<string, string | null> = {
  DAX: 'Frankfurt Stock Exchange', MDAX: 'Frankfurt Stock Exchange', SDAX: 'Frankfurt Stock Exchange', 'Euro Stoxx 50': null,
  'CAC 40': 'Euronext Paris', 'SBF 120': 'Euronext Paris', 'FTSE 100': 'London Stock Exchange', 'FTSE 250': 'London Stock Exchange',
  'IBEX 35': 'Madrid Stock Exchange', 'FTSE MIB': 'Borsa Italiana', AEX: 'Euronext Amsterdam', AMX: 'Euronext Amsterdam',
  'BEL 20': 'Euronext Brussels', SMI: 'SIX Swiss Exchange', SMIM: 'SIX Swiss Exchange', SPI: 'SIX Swiss Exchange', 'ISEQ 20': 'Euronext Dublin',
  'OMX Stockholm 30': 'Nasdaq Stockholm', 'OMX Copenhagen 25': 'Nasdaq Copenhagen', 'OMX Helsinki 25': 'Nasdaq Helsinki', OBX: 'Oslo Stock Exchange',
  ATX: 'Vienna Stock Exchange', PSI: 'Euronext Lisbon', WIG20: 'Warsaw Stock Exchange', mWIG40: 'Warsaw Stock Exchange', sWIG80: 'Warsaw Stock Exchange',
  WIG: 'Warsaw Stock Exchange', PX: 'Prague Stock Exchange', BUX: 'Budapest Stock Exchange', BET: 'Bucharest Stock Exchange',
  'FTSE/ATHEX Large Cap': 'Athens Stock Exchange', 'BIST 30': 'Borsa Istanbul', 'Nikkei 225': 'Tokyo Stock Exchange',
  'Hang Seng Index': 'Hong Kong Stock Exchange', 'Hang Seng China Enterprises Index': 'Hong Kong Stock Exchange', 'CSI 300': 'Shanghai and Shenzhen stock exchanges',
  KOSPI: 'Korea Exchange', KOSDAQ: 'Korea Exchange', 'Nifty 50': 'National Stock Exchange of India', 'Nifty Next 50': 'National Stock Exchange of India',
  'S&P/TSX 60': 'Toronto Stock Exchange', 'S&P/TSX Composite': 'Toronto Stock Exchange', 'S&P/ASX 50': 'Australian Securities Exchange',
  'S&P/ASX 100': 'Australian Securities Exchange', 'NZX 50': 'New Zealand Exchange', Ibovespa: 'B3 exchange in São Paulo', 'S&P/BMV IPC': 'Mexican Stock Exchange',
  'JSE Top 40': 'Johannesburg Stock Exchange', 'NGX 30': 'Nigerian Exchange', 'Straits Times Index': 'Singapore Exchange', 'TA-35': 'Tel Aviv Stock Exchange',
  'QE Index': 'Qatar Stock Exchange', COLCAP: 'Colombia Stock Exchange', 'S&P IPSA': 'Santiago Stock Exchange', 'S&P Merval': 'Buenos Aires Stock Exchange',
  'S&P/BVL Peru General': 'Lima Stock Exchange',
};
/** exchanges named without an index, as the summary writes them */
const EXCHANGES: Record<string, string> = {
  'OMX Stockholm': 'Nasdaq Stockholm', 'OMX Copenhagen': 'Nasdaq Copenhagen', 'OMX Helsinki': 'Nasdaq Helsinki', 'Oslo Børs': 'Oslo Stock Exchange',
  'Bolsa de Madrid': 'Madrid Stock Exchange', Tadawul: 'Saudi Exchange (Tadawul)', Nasdaq: 'Nasdaq', B3: 'B3 exchange in São Paulo',
};
const the = (x: string) => (/^(Nasdaq|Borsa|Euronext|Saudi)/.test(x) ? x : `the ${x}`);

/** a legal form at the end of a legal name ("Elia Group SA" -> "Elia Group") */
const LEGAL_SUFFIX = /,?\s+(AG|SE|SA|S\.A\.|plc|PLC|N\.V\.|NV|ASA|Oyj|AB|A\/S|SpA|S\.p\.A\.|Ltd\.?|Limited|Inc\.|Corp\.|Corporation|Co\., Ltd\.|Nyrt\.|a\.s\.|AŞ|KGaA|& Co\. KGaA)$/;

const an = (w: string) => (/^[AEIOU]/.test(w) && !/^(Uruguayan|Ukrainian|US)/.test(w) ? 'an' : 'a');

/** a name in capitals and digits only ("BASF", "PKO BP", "K+S"): an acronym */
const isAcronym = (t: string) => /^[\p{Lu}\d&+.\- ]+$/u.test(t) && /\p{Lu}/u.test(t) && t.replace(/[^\p{Lu}\d]/gu, '').length <= 6 && !/\s\S{4,}/.test(t);
const oneWord = (t: string) => !/\s/.test(t);

/** 2–3 letter acronyms that are also something else often written in capitals */
const AMBIGUOUS_ACRONYMS = new Set(['AIA', 'FDJ', 'NYK', 'SPIE', 'BAT', 'SSE', 'DNB', 'SEB', 'HAL', 'LIC', 'CGI', 'CAE', 'BCE', 'KAI', 'NAB', 'ANZ', 'HMM', 'SCA', 'ISS', 'NOS', 'REN', 'CTT', 'BRD', 'PPC', 'OTE', 'MOL', 'CCC', 'JSW', 'STC', 'ICL', 'WEG', 'CSN', 'BRF', 'CCR', 'FAB', 'SNB', 'GEA', 'TUI', 'EVN', 'KT', 'TD', 'JT', 'CJ', 'AGL', 'QBE', 'BMO', 'WSP', 'GFL', 'AIB', 'NN', 'CSG', 'BYD', 'NEC', 'ITC', 'XTB', 'OTP', 'SBO', 'VIG', 'RBI', 'HUL', 'BEL', 'ABF', 'IHG', 'ICG', 'IMI', 'DCC', 'M&G', 'L&G', 'M&S', 'B&Q', 'B&M', 'L&T', 'MTR', 'TTI', 'CCB', 'FMC', 'LEG', 'WDP', 'GBL', 'AvH']);

/** names of ordinary words that read as a phrase of their own ("Mineral Resources", "Motor Oil") */
const GENERIC_PHRASES = new Set(['Mineral Resources', 'Power Assets', 'Motor Oil', 'Gold Fields', 'Auto Partner', 'Benefit Systems', 'Inter Cars', 'Life Insurance Corporation']);

function guardFor(t: string, c: Company): Partial<Alias> {
  const ctx = (c.guard ?? '').split(/\s+/).includes('ctx');
  if (isAcronym(t)) {
    const letters = t.replace(/[^\p{L}\d]/gu, '');
    const wordy = isWordLike(t, persons) || isAnyEnglishWord(t) || isEnglishVocabulary(letters.toLowerCase()) || placeNames.has(normaliseKey(t));
    const needs = letters.length <= 2 || wordy || (ctx && oneWord(t)) || (AMBIGUOUS_ACRONYMS.has(t) && letters.length <= 3);
    return { caseSensitive: true, ...(needs ? { requiresContext: true } : {}) };
  }
  if (oneWord(t)) {
    const wordy = isWordLike(t, persons) || isAnyEnglishWord(t) || isEnglishVocabulary(t) || placeNames.has(normaliseKey(t));
    return { caseSensitive: true, ...(wordy || ctx ? { requiresContext: true } : {}) };
  }
  // several words: ordinary words only ("National Grid", "Legal & General") match capitalised only
  if (isGenericName(t)) return { caseSensitive: true, ...(GENERIC_PHRASES.has(t) ? { requiresContext: true } : {}) };
  return {};
}

/**
 * An organisation of an earlier file holding this name: the same company. For another name than
 * the name or legal name (not an acronym), only a company holding it counts ("Reed Elsevier" is
 * RELX's; "ADP" is also a party).
 */
function sameCompany(text: string, other: boolean): Entity | undefined {
  if (other && isAcronym(text)) return undefined;
  // an acronym ("EDP", "UCB") is the same company only where a company holds it
  const strict = other || isAcronym(text);
  for (const h of claims.holders(text)) {
    const e = byId.get(h.id);
    if (!e || e.type !== 'organisation') continue;
    if (!strict || /^Company\b/.test(e.description) || /^(companies|media)/.test(h.file) || (/\bcompany\b/i.test(e.description) && !/party/i.test(e.description))) return e;
  }
  return undefined;
}

const entities: Entity[] = [];
const log = { duplicates: [] as string[], nameTaken: [] as string[], aliasesDropped: [] as string[], skipped: [] as string[] };
const cityIndex = new Map<string, Entity[]>();
for (const e of prior) {
  if (e.type !== 'place' || !e.id.startsWith('gloss:city:')) continue;
  for (const k of new Set([e.name, ...e.aliases.map((a) => a.text)].map(normaliseKey))) cityIndex.set(k, [...(cityIndex.get(k) ?? []), e]);
}

for (const c of input.companies) {
  const flags = new Set((c.guard ?? '').split(/\s+/).filter(Boolean));
  const notSame = flags.has('notsame');
  const dup = notSame ? undefined
    : [c.name, c.legal].flatMap((t) => (t ? [sameCompany(t, false)] : [])).find(Boolean)
      ?? [...(c.aka ?? []), ...(c.former ?? [])].map((t) => sameCompany(t, true)).find(Boolean);
  if (dup || flags.has('dup')) {
    log.duplicates.push(`${c.name} = ${dup ? `${dup.id} ${dup.name} (${(dup as { file?: string }).file})` : 'marked dup in the list'}`);
    continue;
  }
  const nameFree = !claims.taken(c.name) && !(flags.has('long') && oneWord(c.name));
  // without the short name: the legal name where it is short, else the first free name of several words
  const bare = c.legal?.replace(LEGAL_SUFFIX, '').trim();
  const fallback = [
    ...(bare && /\s/.test(bare) ? [bare] : []),
    ...(c.legal && c.legal.split(/\s+/).length <= 3 ? [c.legal] : []),
    ...(c.aka ?? []).filter((a) => /\s/.test(a)),
    ...(c.legal ? [c.legal] : []),
  ].find((t) => !claims.taken(t));
  const name = nameFree ? c.name : fallback;
  if (!name) {
    log.skipped.push(`${c.name}: the name and the legal name are held by other entities`);
    continue;
  }
  if (!nameFree) log.nameTaken.push(`${c.name} -> ${name}${claims.taken(c.name) ? ` (held by ${claims.holders(c.name).map((h) => h.id).join(', ')})` : ' (one word kept out)'}`);
  const id = `gloss:company:${slug(name)}`;
  if (claims.ids.has(id)) {
    log.skipped.push(`${c.name}: id ${id} exists`);
    continue;
  }

  const aliases: Alias[] = [];
  const add = (text: string, kind: Alias['kind']) => {
    if (claims.taken(text)) {
      log.aliasesDropped.push(`${c.name}: "${text}" (held by ${claims.holders(text).map((h) => h.id).join(', ')})`);
      return;
    }
    if (flags.has('long') && text === c.name && oneWord(text)) return;
    aliases.push({ text, kind: kind === 'name' && isAcronym(text) && oneWord(text) ? 'acronym' : kind, ...guardFor(text, c) });
  };
  add(name, 'name');
  if (c.legal && c.legal !== name) add(c.legal, 'name');
  if (nameFree && c.name !== name) add(c.name, 'short');
  for (const a of c.aka ?? []) add(a, isAcronym(a) && oneWord(a) ? 'acronym' : 'short');
  for (const a of c.former ?? []) add(a, 'former');
  // a person's name ("Henkel", "Schindler") is often near stock-market words in a business story: only the sector's words count
  const sectorWords = SECTORS[c.sector]?.words ?? [];
  const ctxWords = [...new Set([...sectorWords, ...MARKET_WORDS])];
  for (const a of aliases) {
    if (!a.requiresContext) continue;
    a.contextWords = isPersonName(a.text) || persons.has(normaliseKey(a.text)) ? sectorWords : ctxWords;
  }
  const list = dedupeAliases(name, aliases);

  const sector = SECTORS[c.sector];
  if (!sector) throw new Error(`${c.name}: unknown sector ${c.sector}`);
  const demonym = DEMONYM[c.country];
  if (!demonym) throw new Error(`${c.name}: no demonym for ${c.country}`);
  const country = countryName(c.country) ?? c.country;
  const hq = c.hq ? `${c.hq}, ${country}` : undefined;
  const indices = (c.index ?? []).filter((i) => i in INDICES);
  const exchanges = (c.index ?? []).filter((i) => !(i in INDICES)).map((i) => EXCHANGES[i] ?? i);
  const facts: Fact[] = [
    { label: 'Sector', value: sector.label, source: SRC.name },
    ...(hq ? [{ label: 'Headquarters', value: hq, source: SRC.name }] : []),
    ...(c.legal && c.legal !== name ? [{ label: 'Legal name', value: c.legal, source: SRC.name }] : []),
    ...indices.map((i) => ({ label: 'Listed in', value: `${i} index${INDICES[i] ? ` (${INDICES[i]})` : ''}`, asOf: input.asOf, source: SRC.name })),
    ...exchanges.map((x) => ({ label: 'Listed on', value: x, asOf: input.asOf, source: SRC.name })),
  ];
  const what = `${demonym} ${c.what}`;
  const where = c.hq ? `${/,/.test(c.what) ? ',' : ''} headquartered in ${c.hq}` : '';
  // "It is listed on the Warsaw Stock Exchange (WIG20 index)", "… (DAX index) and is in the Euro Stoxx 50 index"
  const byExchange = new Map<string, string[]>();
  for (const i of indices) if (INDICES[i]) byExchange.set(INDICES[i]!, [...(byExchange.get(INDICES[i]!) ?? []), i]);
  for (const x of exchanges) if (!byExchange.has(x)) byExchange.set(x, []);
  const and = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
  const places = [...byExchange].map(([x, is]) => `${the(x)}${is.length ? ` (${and(is)} ${is.length > 1 ? 'indices' : 'index'})` : ''}`);
  const free = indices.filter((i) => !INDICES[i]);
  let listing = places.length ? ` It is listed on ${and(places)}` : '';
  if (free.length) listing += `${listing ? ' and is' : ' It is'} in the ${and(free)} index`;
  if (listing) listing += '.';
  const related = [`gloss:country:${c.country.toLowerCase()}`];
  const city = c.hq ? (cityIndex.get(normaliseKey(c.hq)) ?? []).filter((x) => x.related?.includes(related[0]!)) : [];
  if (city.length === 1) related.push(city[0]!.id);
  entities.push({
    id,
    name,
    type: 'organisation',
    description: what,
    summary: `${name} is ${an(demonym)} ${what}${where}.${listing}`,
    aliases: list,
    facts,
    related: related.filter((r) => byId.has(r)),
    sources: [SRC],
  });
}
noteSharedWithin(entities, (others) => `also the name of ${others.map((o) => `${o.name} (${o.description})`).join('; ')}: context decides`);
writeEntities(FILE, entities);
console.log(`${input.companies.length} companies in the list; ${log.duplicates.length} already in an earlier file; ${log.skipped.length} skipped; ${log.nameTaken.length} under a longer name; ${log.aliasesDropped.length} names held by other entities left out`);
if (process.argv.includes('--verbose')) {
  for (const [k, v] of Object.entries(log)) { console.log(`\n## ${k}`); for (const x of v) console.log(`  ${x}`); }
}
