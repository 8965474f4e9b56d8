/**
 * An airport's names from its OpenFlights name (scripts/pack-sources/lib/airport-names.ts, read by
 * airports.ts): the name without the city it serves, and the short name the news uses alone, given
 * only when it is a proper name of its own (no person's, place's, held or ordinary word).
 * Run: node --import tsx --test test/unit/pack-sources-airports.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { airportNames, cut, judgeShortName, tidy, type NameWorld } from '../../scripts/pack-sources/lib/airport-names.ts';

const keys = (list: string[]) => new Set(list.map(normaliseKey));
const PLACES = keys(['London', 'Luton', 'Paris', 'Beauvais', 'Bonn', 'Cologne', 'Florida', 'Frankfurt', 'Frankfurt am Main', 'Washington', 'Rome', 'Saint Paul', 'Incheon']);
const PEOPLE = keys(['Charles de Gaulle', 'John F. Kennedy', 'Marco Polo']);
const PERSON_WORDS = keys(['John', 'Charles', 'Adnan', 'Menderes', 'Lambert', 'Thurgood', 'Marshall', 'Leonardo', 'Paul', 'Václav']);
/** ordinary English words, and words of some language or rarer ones */
const COMMON = keys(['capital', 'liberty', 'south', 'sky', 'harbor']);
const WORDS = keys(['sola']);
const SMALL_TOWNS = keys(['Orly', 'Tegel']);

/** a world like the pack's, for an airport serving `city` */
function world(city: string[], held: Record<string, string> = {}): NameWorld {
  return {
    cityForms: city,
    cityName: city[0],
    otherPlaces: (t) => ['paris', 'washington'].includes(normaliseKey(t)),
    isSmallTown: (t) => SMALL_TOWNS.has(normaliseKey(t)),
    isPlace: (t) => PLACES.has(normaliseKey(t)),
    isPerson: (t) => PEOPLE.has(normaliseKey(t)) || (!/\s/.test(t) && PERSON_WORDS.has(normaliseKey(t))),
    isPersonWord: (w) => PERSON_WORDS.has(normaliseKey(w)),
    heldBy: (t) => (held[t] ? [held[t]!] : []),
    isGeneric: (t) => t.split(/\s+/).every((w) => COMMON.has(normaliseKey(w))),
    isWordLike: (t) => WORDS.has(normaliseKey(t)) || COMMON.has(normaliseKey(t)),
  };
}
const short = (ofName: string, city: string[], held?: Record<string, string>) => airportNames(ofName, world(city, held)).shorts.map((s) => `${s.text}:${s.verdict}`);

test('the city it serves is taken off, at either end and joined by a hyphen: what is left is the short name and names the airport', () => {
  const heathrow = airportNames('London Heathrow Airport', world(['London']));
  assert.equal(heathrow.name, 'Heathrow Airport');
  assert.deepEqual(heathrow.shorts, [{ text: 'Heathrow', verdict: 'free' }]);
  assert.ok(heathrow.fullNames.includes('London Heathrow Airport'));
  assert.equal(airportNames("Chicago O'Hare International Airport", world(['Chicago'])).name, "O'Hare International Airport");
  assert.deepEqual(short('Stockholm-Arlanda Airport', ['Stockholm']), ['Arlanda:free']);
  assert.deepEqual(short('Václav Havel Airport Prague', ['Prague']), ['Václav Havel:person']);
  // a segment of its own: "Leonardo da Vinci" is a person, "Fiumicino" the short name
  const fco = airportNames('Leonardo da Vinci–Fiumicino Airport', world(['Rome']));
  assert.equal(fco.name, 'Leonardo da Vinci–Fiumicino Airport');
  assert.deepEqual(fco.shorts.map((s) => `${s.text}:${s.verdict}`), ['Leonardo da Vinci:person', 'Fiumicino:free']);
  assert.ok(fco.fullNames.includes('Fiumicino Airport'));
});

test('no short name where what is left is a person\'s name', () => {
  const cdg = airportNames('Charles de Gaulle International Airport', world(['Paris']));
  assert.deepEqual(cdg.shorts, [{ text: 'Charles de Gaulle', verdict: 'person' }]);
  assert.ok(cdg.fullNames.includes('Charles de Gaulle Airport'));
  const jfk = airportNames('John F Kennedy International Airport', world(['New York']));
  assert.equal(jfk.name, 'John F. Kennedy International Airport');
  assert.deepEqual(jfk.shorts, [{ text: 'John F. Kennedy', verdict: 'person' }]);
  assert.deepEqual(short('King Abdulaziz International Airport', ['Jeddah']), ['King Abdulaziz:person']);
  assert.deepEqual(short('OR Tambo International Airport', ['Johannesburg']), ['OR Tambo:person']);
  assert.deepEqual(short('Mohammed V International Airport', ['Casablanca']), ['Mohammed V:person']);
  assert.deepEqual(short('Adnan Menderes International Airport', ['Izmir']), ['Adnan Menderes:person']);
  assert.deepEqual(short('St Louis Lambert International Airport', ['St. Louis']), ['Lambert:person']);
  assert.deepEqual(short('Venice Marco Polo Airport', ['Venice']), ['Marco Polo:person']);
  // a big place before the person is taken off, and the name stays the data's
  const bwi = airportNames('Baltimore/Washington International Thurgood Marshall Airport', world(['Baltimore']));
  assert.equal(bwi.name, 'Baltimore/Washington International Thurgood Marshall Airport');
  assert.deepEqual(bwi.shorts.map((s) => `${s.text}:${s.verdict}`), [':empty', 'Thurgood Marshall:person']);
});

test('no short name where what is left is a place, nothing, or ordinary words', () => {
  assert.deepEqual(short('London Luton Airport', ['London']), ['Luton:place']);
  assert.deepEqual(short('Cologne Bonn Airport', ['Cologne']), ['Bonn:place']);
  assert.deepEqual(short('Southwest Florida International Airport', ['Fort Myers']), ['Southwest Florida:place']);
  assert.deepEqual(short('Detroit Metropolitan Wayne County Airport', ['Detroit']), ['Wayne County:place']);
  assert.deepEqual(short('Minneapolis-St Paul International/Wold-Chamberlain Airport', ['Minneapolis']), ['St Paul:place', 'Wold-Chamberlain:free']);
  assert.deepEqual(short('Munich Airport', ['Munich']), [':empty']);
  // "am Main" is what is left of the city's longer name: nothing
  assert.deepEqual(short('Frankfurt am Main Airport', ['Frankfurt']), ['am Main:lower-case']);
  assert.deepEqual(short('Frankfurt am Main Airport', ['Frankfurt', 'Frankfurt am Main']), [':empty']);
  assert.deepEqual(short('Beijing Capital International Airport', ['Beijing']), ['Capital:common']);
  assert.deepEqual(short('Newark Liberty International Airport', ['Newark']), ['Liberty:common']);
  assert.deepEqual(short('Phoenix Sky Harbor International Airport', ['Phoenix']), ['Sky Harbor:common']);
  // another entity's name is never taken
  assert.deepEqual(short('Sheremetyevo International Airport', ['Moscow'], { Sheremetyevo: 'Sheremetyevo (a band)' }), ['Sheremetyevo:held']);
  // "Paris" and then the city it serves go: "Tillé" is left, a small town's name, so it needs context
  assert.deepEqual(short('Paris Beauvais Tillé Airport', ['Beauvais']), ['Tillé:free']);
  assert.deepEqual(short('Paris-Orly Airport', ['Paris']), ['Orly:guarded']);
});

test('a short name that is also a word, a small town\'s name, or starts with an article, needs context', () => {
  assert.deepEqual(short('Stavanger Airport Sola', ['Stavanger']), ['Sola:guarded']);
  assert.deepEqual(short('El Dorado International Airport', ['Bogota']), ['El Dorado:guarded']);
  assert.equal(judgeShortName('Changi', world(['Singapore'])).verdict, 'free');
});

test('the name: the city\'s longer name gives way to the pack\'s, foreign words for airport to "Airport", initials get their stop', () => {
  assert.equal(airportNames('Frankfurt am Main Airport', world(['Frankfurt', 'Frankfurt am Main'])).name, 'Frankfurt Airport');
  assert.equal(airportNames('Oslo Lufthavn', world(['Oslo'])).name, 'Oslo Airport');
  assert.equal(tidy('Don Miguel Hidalgo Y Costilla International Airport'), 'Don Miguel Hidalgo y Costilla International Airport');
  assert.equal(tidy('Mohammed V International Airport'), 'Mohammed V International Airport');
  assert.equal(cut('Stockholm-Arlanda', 'Stockholm'), 'Arlanda');
  assert.equal(cut('Hartsfield Jackson Atlanta', 'Atlanta'), 'Hartsfield Jackson');
  assert.equal(cut('Minneapolis-St Paul', 'Minneapolis'), 'St Paul');
  assert.equal(cut('Lyon Saint-Exupéry', 'Saint'), null);
});
