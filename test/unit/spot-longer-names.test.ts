/**
 * A place inside a longer name that is not the place is not marked (src/core/spot/longer-names.ts,
 * docs/knowledge-packs.md "Names inside longer names"), unless the pack knows the longer name, which
 * is then marked whole; a place used as a modifier or after a title stays marked.
 * Run: node --import tsx --test test/unit/spot-longer-names.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import { inLongerName } from '../../src/core/spot/longer-names.ts';
import type { Entity, EntityType, Pack } from '../../src/core/pack/types.ts';

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const ent = (id: string, name: string, type: EntityType = 'place', aliases: string[] = []): Entity => ({
  id, name, type, description: 'd', summary: 's', aliases: aliases.map((text) => ({ text })), sources: SRC,
});
const pack: Pack = {
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC,
  entities: [
    ent('t:manchester', 'Manchester'), ent('t:kentucky', 'Kentucky'), ent('t:edinburgh', 'Edinburgh'), ent('t:london', 'London'),
    ent('t:milan', 'Milan', 'place', ['Milano']), ent('t:madrid', 'Madrid'), ent('t:england', 'England'), ent('t:lyon', 'Lyon'),
    ent('t:sydney', 'Sydney'), ent('t:miami', 'Miami'), ent('t:berlin', 'Berlin'), ent('t:brussels', 'Brussels'), ent('t:paris', 'Paris'), ent('t:virginia', 'Virginia'),
    ent('t:nz', 'New Zealand'), ent('t:mexico', 'Mexico'), ent('t:mexico-city', 'Mexico City'),
    ent('t:man-utd', 'Manchester United', 'organisation', ['Man United']),
    ent('t:beshear', 'Andy Beshear', 'person'),
    ent('t:bloomberg', 'Bloomberg', 'organisation'), ent('t:barclays', 'Barclays', 'organisation'),
    ent('t:saxony', 'Saxony', 'place', ['Sassonia']), ent('t:austria', 'Austria', 'place', ['Autriche']), ent('t:wales', 'Wales', 'place', ['Galles']),
  ],
};
const matcher = new Matcher(compilePack(pack));
/** "text=id" of each marked mention */
const marks = (text: string): string[] => spot(text, [matcher], { lang: 'en' }).mentions.map((m) => `${m.text}=${m.entityId}`);

test('a place inside the name of a club, a university, a newspaper, a company or a domain is not marked', () => {
  for (const text of [
    'Manchester City won the league.',
    'She studies at Northern Kentucky University, far from home.',
    'It was published by Edinburgh University Press last year.',
    'The website Football.London sees it the same way.',
    'He signed for Inter Milan, then for Real Madrid.',
    'The Bank of England held rates.',
    "Elle enseigne à l'Université de Lyon depuis 2010.",
    'The Sydney Morning Herald reported it first.',
    'Fans of Miami Beach’s hotels were not amused.',
    'Sie forscht an der Humboldt-Universität zu Berlin.',
    'Paris Saint-Germain lost at home.',
    'Visit London.gov for the details.',
    'Union Berlin drew in the cup.',
    'Sales of Brussels sprouts rose before Christmas.',
    // a tournament or a race named after a place
    'Empezará la temporada en el Abierto de Madrid, el único grande que le falta.',
    'Nadal ganó el Masters de Madrid en 2005.',
    // clubs' abbreviations, before or after the town
    'Milan FF won the derby, and VfL Berlin lost.',
    'HNK Madrid and Sydney FC drew.',
    // a street, square or airport named after a place
    'Il corteo è partito da Via Milano alle dieci.',
    'Les manifestants ont défilé Rue de Lyon.',
    // teams and national sides named after a country or town
    'Le XV de France jouera à Paris Saint-Germain.',
    'He rode for Team Berlin, then for Sydney Team Racing.',
    // a research collaboration named after a place
    'Scientists of the Sydney Collaboration and the Berlin Consortium agreed.',
    // an event, an agreement or a building named after the town
    'The Edinburgh Festival Fringe and the Madrid Book Fair sold out; the Berlin Conference met again.',
    'The Paris Agreement and the Kyoto Protocol set the targets.',
    'A new play opened at the Sydney Theatre, beside Edinburgh Castle.',
    'La Feria del Libro de Madrid abre el viernes.',
    // a car model named after a place, after its maker
    'El Hyundai Madrid y el Seat Lyon se venden bien.',
  ]) {
    assert.deepEqual(marks(text), [], text);
  }
});

test('the longer name is marked whole when the pack knows it; the place alone elsewhere is still the place', () => {
  assert.deepEqual(marks('Manchester United beat Manchester City in Manchester.'), ['Manchester United=t:man-utd', 'Manchester=t:manchester']);
  assert.deepEqual(marks('Mexico City is the capital of Mexico.'), ['Mexico City=t:mexico-city', 'Mexico=t:mexico']);
});

test('a place used as a modifier, after a title, or at a sentence end stays marked', () => {
  assert.deepEqual(marks('Kentucky Governor Andy Beshear spoke.'), ['Kentucky=t:kentucky', 'Andy Beshear=t:beshear']);
  assert.deepEqual(marks('said Mark Warner, a Virginia Democrat.'), ['Virginia=t:virginia']);
  assert.deepEqual(marks('the New Zealand Army and the Mayor of London met in Paris. Later they left.'), ['New Zealand=t:nz', 'London=t:london', 'Paris=t:paris']);
  assert.deepEqual(marks('They flew to London. University staff went on strike.'), ['London=t:london'], 'a head in the next sentence');
  assert.deepEqual(marks('They flew to London\nCity news follows.'), ['London=t:london'], 'a head on the next line');
  assert.deepEqual(marks('In Berlin, Bank workers struck.'), ['Berlin=t:berlin'], 'after a comma');
  assert.deepEqual(marks('Ministers met in Brussels on Monday; Brussels sprouts were served.'), ['Brussels=t:brussels'], 'the thing named after it');
  // a name already begun, then where it is: "de Londres" says where the British Museum is
  assert.deepEqual(marks('Le British Museum de London a proposé son expertise.'), ['London=t:london']);
  assert.deepEqual(marks('The Bank of England and the Museum of London.'), [], 'a head that starts the name');
});

test('a place before a connector and a word that is no name is part of that longer name ("Santiago de Compostela"); before a name it is the place', () => {
  assert.deepEqual(marks('Pilgrims reached Paris de Compostela on Saturday.'), []);
  assert.deepEqual(marks('The flight from Paris de Berlin landed.'), ['Paris=t:paris', 'Berlin=t:berlin']);
  assert.deepEqual(marks('They met in Paris de nuevo.'), ['Paris=t:paris'], 'a lower-case word after the connector');
  // where the connector is a word of the page's language: Dutch "de" (the), German "das" before a noun
  const marksIn = (text: string, lang: string): string[] => spot(text, [matcher], { lang }).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.deepEqual(marksIn('Hij zei dat Brussels de Belgische cijfers zal volgen.', 'nl'), ['Brussels=t:brussels']);
  assert.deepEqual(marksIn('Wer hat in Berlin das Sagen?', 'de'), ['Berlin=t:berlin']);
  assert.deepEqual(marksIn('Pilgrims reached Paris de Compostela on Saturday.', 'es'), [], 'in a Romance language it is still the connector');
});

test('an organisation at the start of the name of a school, ground or foundation named after it is not marked; its own legal form or trade keeps it', () => {
  assert.deepEqual(marks('He teaches at the Johns Hopkins Bloomberg School of Public Health.'), []);
  assert.deepEqual(marks('Barclays Bank raised its rates; Bloomberg reported it.'), ['Barclays=t:barclays', 'Bloomberg=t:bloomberg']);
});

test('a town in a handball club\'s name is not marked ("THW Kiel", "SG Flensburg-Handewitt", "Aalborg Håndbold"); alone it is', () => {
  assert.deepEqual(marks('THW London beat HSG Sydney, and Miami Håndbold lost; London slept.'), ['London=t:london']);
});

test('a word like a club\'s abbreviation but written as a word does not make a longer name ("London If")', () => {
  assert.deepEqual(marks('He would move to London If he could, he said.'), ['London=t:london']);
});

test('the look-around itself, on offsets', () => {
  const t = 'Edinburgh University Press';
  assert.equal(inLongerName(t, 0, 9), true);
  const u = 'Football.London to vidí podobně';
  assert.equal(inLongerName(u, 9, 15), true);
  const v = 'the end of London. Then';
  assert.equal(inLongerName(v, 11, 17), false);
});

test('a qualifier before a place makes another place ("Bassa Sassonia", "Alta Austria", "Haute-Autriche", "Nuovo Galles del Sud"); a compass point names a part of it', () => {
  for (const text of ['La Bassa Sassonia vota.', "L'Alta Austria e la Bassa Austria.", 'La Haute-Autriche vote.', 'Il Nuovo Galles del Sud brucia.', 'New Britain is an island.']) {
    assert.deepEqual(marks(text), [], text);
  }
  assert.deepEqual(marks('La Sassonia vota. In Austria si vota.'), ['Sassonia=t:saxony', 'Austria=t:austria']);
  assert.deepEqual(marks('Rain fell across South Wales.'), ['Wales=t:wales']);
});

test('a place hyphen-joined after a capitalised word that is no name ends that word\'s compound ("Météo-France"); between two names, after a prefix, or in German it is the place', () => {
  const more = new Matcher(compilePack({ ...pack, entities: [...pack.entities, ent('t:france', 'France'), ent('t:china', 'China'), ent('t:us', 'United States', 'place', ['US'])] }));
  const marksIn = (text: string, lang = 'en'): string[] => spot(text, [more], { lang }).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.deepEqual(marksIn('Selon Météo-France, les orages arrivent.', 'fr'), []);
  assert.deepEqual(marksIn('The US-China talks resumed.'), ['US=t:us', 'China=t:china']);
  assert.deepEqual(marksIn('Pro-France protesters gathered.'), ['France=t:france']);
  assert.deepEqual(marksIn('Die Ost-Berlin Frage blieb offen.', 'de'), ['Berlin=t:berlin']);
});

test('a place after a stock exchange or a chamber of commerce is part of its name ("Bolsa de Madrid", "Cámara de Comercio de España")', () => {
  const es = new Matcher(compilePack({ ...pack, entities: [...pack.entities, ent('t:spain', 'Spain', 'place', ['España'])] }));
  const marksIn = (text: string): string[] => spot(text, [es], { lang: 'es' }).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.deepEqual(marksIn('La Bolsa de Madrid cerró en rojo y la Cámara de Comercio de España pidió calma.'), []);
  assert.deepEqual(marksIn('En Madrid y en España se notó la caída.'), ['Madrid=t:madrid', 'España=t:spain']);
});

test('a ship named after a place or a person is neither ("HMS Berlin", the frigate "Sydney"); the place without the prefix is the place', () => {
  for (const text of ['The destroyer HMS Berlin docked.', 'Het schip Zr.Ms. Berlin vertrok.', 'The ferry MS Manchester sank in 1994.', 'Aboard the USS Andy Beshear, sailors cheered.']) {
    assert.deepEqual(marks(text), [], text);
  }
  assert.deepEqual(marks('The ship left Berlin for Sydney.'), ['Berlin=t:berlin', 'Sydney=t:sydney']);
  assert.deepEqual(marks('HMS Sydney left Berlin.'), ['Berlin=t:berlin']);
  // in quotes after what it is
  assert.deepEqual(marks('The frigate "Sydney" left Berlin.'), ['Berlin=t:berlin']);
  assert.deepEqual(marks('The submarine «Berlin» sailed; Sydney said "Berlin" was ready.'), ['Sydney=t:sydney', 'Berlin=t:berlin']);
});

test('a place before a court\'s or a shoal\'s name is part of it ("Seoul High Court", "Scarborough Shoal"); alone it is the place', () => {
  for (const text of ['The Sydney High Court upheld the ruling.', 'Boats gathered near Manchester Shoal at dawn.']) assert.deepEqual(marks(text), [], text);
  assert.deepEqual(marks('The court in Sydney upheld the ruling.'), ['Sydney=t:sydney']);
});

test('a person at the start of the name of a hall, airport, foundation or prize named after them is not marked; the person elsewhere is', () => {
  for (const text of [
    'Crowds filled the Andy Beshear Memorial Hall on Sunday.',
    'Flights left Andy Beshear International Airport late.',
    'The Andy Beshear Foundation gave a grant.',
    'Fans walked down the Andy Beshear Boulevard to the ground.',
    'The Andy Beshear Tower was sold.',
  ]) assert.deepEqual(marks(text), [], text);
  assert.deepEqual(marks('Andy Beshear spoke. Later the Beshear Prize was given.'), ['Andy Beshear=t:beshear']);
  assert.deepEqual(marks('The Andy Beshear Foundation gave a grant.'), []);
  assert.deepEqual(marks('Governor Andy Beshear visited the Memorial.'), ['Andy Beshear=t:beshear']);
});

test('a place that is itself the head of a club\'s name before a town is not marked ("Wisła Kraków", "Sparta Praha"); alone it is the place', () => {
  const p: Pack = { ...pack, entities: [...pack.entities, ent('t:vistula', 'Wisła'), ent('t:krakow', 'Kraków'), ent('t:sparta', 'Sparta'), ent('t:prague', 'Praha')] };
  const m = new Matcher(compilePack(p));
  const pl = (text: string): string[] => spot(text, [m], { lang: 'pl' }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(pl('Wisła Kraków pokonała Legię.'), []);
  assert.deepEqual(pl('Sparta Praha przegrała.'), []);
  assert.deepEqual(pl('Rzeka Wisła wylała pod Krakowem.'), ['Wisła=t:vistula', 'Krakowem=t:krakow']);
  assert.deepEqual(pl('Wisła wylała.'), ['Wisła=t:vistula']);
});

test('a town in the genitive before the lower-case head of an institution\'s name is not marked in Lithuanian and Latvian ("Šiaulių bankas"); elsewhere it is', () => {
  const p: Pack = { ...pack, entities: [...pack.entities, ent('t:siauliai', 'Šiauliai'), ent('t:riga', 'Rīga')] };
  const m = new Matcher(compilePack(p));
  const at = (text: string, lang: string): string[] => spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(at('Šiaulių bankas paskelbė apie pelną.', 'lt'), []);
  assert.deepEqual(at('Rīgas lidostā nolaidās lidmašīna.', 'lv'), []);
  assert.deepEqual(at('Šiaulių miesto taryba posėdžiavo.', 'lt'), ['Šiaulių=t:siauliai']);
});

test('after the word for a river or its bank, a town\'s or a country\'s name is the river\'s ("rieky Nitry", "le fleuve Niger", "brzegu Nitry"); the river itself, and the town elsewhere, stay', () => {
  const p: Pack = {
    ...pack,
    entities: [...pack.entities, ent('gloss:city:nitra', 'Nitra'), ent('gloss:country:ne', 'Niger'), ent('gloss:place:vistula', 'Wisła')],
  };
  const m = new Matcher(compilePack(p));
  const at = (text: string, lang: string): string[] => spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(at('Hladina rieky Nitry stúpla, v Nitre pršalo.', 'sk'), ['Nitre=gloss:city:nitra']);
  assert.deepEqual(at('Le fleuve Niger a débordé au Niger.', 'fr'), ['Niger=gloss:country:ne']);
  assert.deepEqual(at('Rzeka Wisła wylała.', 'pl'), ['Wisła=gloss:place:vistula']);
  // and after the word for its bank ("на правому березі Дніпра": the river, not the city Dnipro)
  assert.deepEqual(at('Na brzegu Nitry stoi zamek. W Nitrze pada.', 'pl'), ['Nitrze=gloss:city:nitra']);
});

test('a place inside the name of a treaty, a port, an airport operator or a festival named after it is not marked ("Verdrag van Maastricht", "Port of Antwerp", "Aeroporti di Roma", "Biennale von Venedig"); alone it is', () => {
  const p: Pack = { ...pack, entities: [...pack.entities, ent('t:maastricht', 'Maastricht'), ent('t:antwerp', 'Antwerp'), ent('t:venice', 'Venedig'), ent('t:amsterdam', 'Amsterdam')] };
  const m = new Matcher(compilePack(p));
  const at = (text: string, lang: string): string[] => spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(at('Sinds het Verdrag van Maastricht werkt de Universiteit van Amsterdam samen. In Maastricht regent het.', 'nl'), ['Maastricht=t:maastricht']);
  assert.deepEqual(at('The Port of Antwerp grew; Antwerp did too.', 'en'), ['Antwerp=t:antwerp']);
  assert.deepEqual(at('Die Biennale von Venedig beginnt; Venedig ist voll.', 'de'), ['Venedig=t:venice']);
  // an airport operator named after its city
  assert.deepEqual(at('Gli Aeroporti di Amsterdam crescono; ad Amsterdam piove.', 'it'), ['Amsterdam=t:amsterdam']);
});

test('a town before a newspaper\'s name in the languages that write the town first is not marked ("Stavanger Aftenblad", "Frankfurter Rundschau")', () => {
  const p: Pack = { ...pack, entities: [...pack.entities, ent('t:stavanger', 'Stavanger')] };
  const m = new Matcher(compilePack(p));
  assert.deepEqual(spot('Det melder Stavanger Aftenblad. I Stavanger regner det.', [m], { lang: 'nb' }).mentions.map((x) => x.text), ['Stavanger']);
  assert.equal(spot('Det melder Stavanger Aftenblad. I Stavanger regner det.', [m], { lang: 'nb' }).mentions[0]!.start, 34);
});

test('in a language with sentence-case headlines, a run of capitalised words before the place that starts with a head is one long name; one that starts otherwise is in the place', () => {
  const found = (text: string, lang: string): string[] => spot(text, [matcher], { lang }).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.deepEqual(found('Según el Instituto de Salud Global de Madrid, la cifra subió.', 'es'), []);
  assert.deepEqual(found('Lo dijo en la Real Academia Nacional de Medicina de Madrid.', 'es'), []);
  // a hospital of the city, named otherwise; a run broken by words of the sentence ("y de la"); a place without a connector
  assert.deepEqual(found('Ingresó en el Hospital Universitario La Paz de Madrid el lunes.', 'es'), ['Madrid=t:madrid']);
  assert.deepEqual(found('Ingresó en el Hospital Universitario Madrid Sur.', 'es'), []);
  assert.deepEqual(found('Según el Instituto de la Salud Pública y de la Vivienda Digna de Madrid, no.', 'es'), ['Madrid=t:madrid']);
  assert.deepEqual(found('Visitó Madrid y Lyon.', 'es'), ['Madrid=t:madrid', 'Lyon=t:lyon']);
  // English headlines capitalise every word: two words are read there, as before
  assert.deepEqual(found('Institute Of Global Health Funding Of Madrid', 'en'), ['Madrid=t:madrid']);
});

test('an authority named after its place has the place in its name, after other words too ("Maritime and Port Authority of Singapore")', () => {
  assert.deepEqual(marks('The Maritime and Port Authority of London said so. In London, rates rose.'), ['London=t:london']);
  assert.deepEqual(marks('The Miami Authority said so.'), []);
});

test('a place after the small head of a street\'s name is the street ("rue de Paris", "in via Milano"); "via" says which way but on Italian pages', () => {
  const found = (text: string, lang: string): string[] => spot(text, [matcher], { lang }).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.deepEqual(found('Flights via Paris were cancelled; the rue de Paris was closed.', 'en'), ['Paris=t:paris']);
  assert.deepEqual(found('La sede è in via Milano, a due passi da piazza di Madrid. A Milano piove.', 'it'), ['Milano=t:milan']);
  // an airport with its head small serves the place: "l'aeroporto di Madrid" is Madrid's
  assert.deepEqual(found("L'aeroporto di Madrid è chiuso per neve.", 'it'), ['Madrid=t:madrid']);
  assert.deepEqual(found("L'aéroport de Paris est fermé.", 'fr'), ['Paris=t:paris']);
  // "al largo di" is off the coast of a place, not a square ("largo") named after it
  assert.deepEqual(found('Il parco eolico sorgerà al largo di Madrid.', 'it'), ['Madrid=t:madrid']);
  assert.deepEqual(found('Il negozio è in largo di Madrid.', 'it'), []);
});

test('an airport\'s own name after the word for an airport is the airport ("am Flughafen Tegel"); a town there is still not marked', () => {
  const p: Pack = { ...pack, entities: [...pack.entities, ent('gloss:airport:tegel', 'Tegel Airport', 'place', ['Tegel']), ent('t:fiumicino', 'Fiumicino')] };
  const m = new Matcher(compilePack(p));
  const found = (text: string, lang: string): string[] => spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(found('Alle Flüge am Flughafen Tegel wurden gestrichen.', 'de'), ['Tegel=gloss:airport:tegel']);
  assert.deepEqual(found("Voli cancellati all'Aeroporto di Tegel.", 'it'), ['Tegel=gloss:airport:tegel']);
  // a town (no airport's id) named in an airport's name is not marked, as before
  assert.deepEqual(found('Alle Flüge am Flughafen Fiumicino wurden gestrichen.', 'de'), []);
});

test('where the press capitalises a name\'s first word only, a place before a capitalised word that starts no known name is a longer name ("Milano Marittima"); before a name it is the place', () => {
  const found = (text: string, lang: string): string[] => spot(text, [matcher], { lang }).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.deepEqual(found('A Milano Marittima la stagione è finita.', 'it'), []);
  assert.deepEqual(found('Pociąg odjechał z dworca Berlin Wschodni.', 'pl'), []);
  assert.deepEqual(found('A Milano Andy Beshear ha parlato; a Milano Madrid non piace; a Milano OCSE discute.', 'it'), ['Milano=t:milan', 'Andy Beshear=t:beshear', 'Milano=t:milan', 'Madrid=t:madrid', 'Milano=t:milan']);
  // English capitalises every word of a headline: left to the other rules
  assert.deepEqual(found('Milan Fashion Week Opens', 'en'), ['Milan=t:milan']);
});

test('a town joined by a small word and hyphens to more is another town ("Louvain-la-Neuve", "Boulogne-sur-Mer"); the town alone, or hyphened to a capital, is still the town', () => {
  const more = new Matcher(compilePack({ ...pack, entities: [...pack.entities, ent('t:leuven', 'Leuven', 'place', ['Louvain']), ent('t:boulogne', 'Boulogne')] }));
  const marksIn = (text: string): string[] => spot(text, [more], { lang: 'fr' }).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.deepEqual(marksIn("Des chercheurs de Louvain-la-Neuve ont publié l'étude."), []);
  assert.deepEqual(marksIn('Le port de Boulogne-sur-Mer reste fermé.'), []);
  assert.deepEqual(marksIn("Des bouchons près de Boulogne-sur-l'Aa et de Boulogne-sur-l’Aa."), [], 'an elided article after the second hyphen');
  assert.deepEqual(marksIn("Des chercheurs de Louvain ont publié l'étude."), ['Louvain=t:leuven']);
});

test('after the word for a god, a name is the god\'s, not a town\'s ("бог Велес"); in Turkish a film, series or dish named after a place is not the place ("Batman filmi", "Adana kebap")', () => {
  const more = new Matcher(compilePack({ ...pack, entities: [...pack.entities, ent('t:veles', 'Veles', 'place', ['Велес']), ent('t:batman', 'Batman'), ent('t:adana', 'Adana')] }));
  const marksIn = (text: string, lang: string): string[] => spot(text, [more], { lang }).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.deepEqual(marksIn('Изложбата е посветена на словенскиот бог Велес.', 'mk'), []);
  assert.deepEqual(marksIn('Во Велес отворија нова фабрика.', 'mk'), ['Велес=t:veles']);
  assert.deepEqual(marksIn('Yeni Batman filmi gişede zirveye yerleşti.', 'tr'), []);
  assert.deepEqual(marksIn('Bir porsiyon Adana kebap 650 liraya yükseldi.', 'tr'), []);
  assert.deepEqual(marksIn('Adana belediyesi yeni bir park açtı.', 'tr'), ['Adana=t:adana']);
});

test('a place\'s name alone in quotation marks on a Slavic page is a thing named after it ("«Волга»", the car; „Wisła", the club), not the place', () => {
  const m = new Matcher(compilePack({ ...pack, entities: [ent('t:volga', 'Volga', 'place', ['Волга', 'Wołga']), ent('t:vistula', 'Vistula', 'place', ['Wisła']), ent('t:dynamo', 'Dynamo', 'organisation', ['Динамо'])] }));
  const found = (text: string, lang: string): string[] => spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(found('Дед ездит на старой «Волге». На Волге начался паводок.', 'ru'), ['Волге=t:volga']);
  assert.deepEqual(found('Piłkarze „Wisły" przegrali. Nad Wisłą padało.', 'pl'), ['Wisłą=t:vistula']);
  // what the quotes name is still marked when the pack has it
  assert.deepEqual(found('Игроки «Динамо» выиграли.', 'ru'), ['Динамо=t:dynamo']);
  // an English page quotes the place itself
  assert.deepEqual(found('He called it "Volga" in his letters.', 'en'), ['Volga=t:volga']);
});
