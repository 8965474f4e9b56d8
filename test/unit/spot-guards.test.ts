/**
 * Guarded (common-word) aliases once their entity is on the page (issue #3 follow-up): the rules
 * in docs/knowledge-packs.md ("Context guard"), each with its own small example. Every negative
 * example here was linked before these rules; every positive one must stay linked.
 * Run: node --import tsx --test test/unit/spot-guards.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import type { Alias, Entity, EntityType, Pack } from '../../src/core/pack/types.ts';
import { decodeCompiledPack, encodeCompiledPack } from '../../src/core/pack/compiled-file.ts';

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const guard = (text: string, contextWords: string[] = []): Alias => ({ text, requiresContext: true, contextWords });
const ent = (id: string, name: string, type: EntityType, aliases: Alias[], related?: string[]): Entity => ({
  id, name, type, description: 'd', summary: 's', aliases, related, sources: SRC,
});
const pack: Pack = {
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC,
  entities: [
    ent('t:podemos', 'Podemos', 'organisation', [guard('Podemos', ['Belarra'])]),
    ent('t:chega', 'Chega', 'organisation', [guard('Chega', ['Ventura'])]),
    ent('t:reform', 'Reform UK', 'organisation', [guard('Reform', ['Farage'])]),
    ent('t:nz-labour', 'New Zealand Labour Party', 'organisation', [guard('Labour', ['New Zealand'])]),
    ent('t:uk-parliament', 'Parliament of the United Kingdom', 'organisation', [guard('Westminster', ['British', 'UK'])]),
    ent('t:us-house', 'United States House of Representatives', 'organisation', [guard('House of Representatives', ['US', 'U.S.', 'American'])]),
    ent('t:total', 'TotalEnergies', 'organisation', [{ text: 'Total', contextWords: ['oil'] }]),
    ent('t:may', 'Theresa May', 'person', [{ text: 'May', contextWords: ['Brexit'] }]),
    ent('t:wagner', 'Wagner Group', 'organisation', [guard('Wagner', ['mercenaries'])]),
    ent('t:abc', 'Australian Broadcasting Corporation', 'organisation', [guard('ABC', ['Australia'])]),
    ent('t:vale', 'Vale S.A.', 'organisation', [guard('Vale', ['mineradora', 'mining'])]),
    ent('t:nz', 'New Zealand', 'place', []),
    ent('t:trump', 'Donald Trump', 'person', []),
    ent('t:brian-may', 'Brian May', 'person', []),
  ],
};
const matcher = new Matcher(decodeCompiledPack(encodeCompiledPack(compilePack(pack))));
/** "text=id" of each linked mention */
const links = (text: string, lang = 'en'): string[] =>
  spot(text, [matcher], { lang }).mentions.filter((m) => m.entityId).map((m) => `${m.text}=${m.entityId}`);
/** `links` with a pack of these entities alone, on pages in `lang` unless said otherwise */
const linksWith = (entities: Entity[], lang: string) => {
  const m = new Matcher(compilePack({ ...pack, entities }));
  return (text: string, pageLang = lang): string[] => spot(text, [m], { lang: pageLang }).mentions.filter((x) => x.entityId).map((x) => `${x.text}=${x.entityId}`);
};
/** about 400 characters of text without names: more than the context window */
const FAR = ' Then the weather turned and the market in the old town was busy all day long with people who came from the hills to sell bread, cheese and apples, and the children ran between the stalls while the bells rang the hour again and again until the evening came and everyone went home to eat and sleep, and the next morning it all began again as it had for a hundred years or more, slowly. '.repeat(2);

test('at a sentence start a guarded word needs evidence nearby: "Podemos hablar"', () => {
  const page = `Podemos, el partido de Ione Belarra, votó.${FAR}Podemos hablar de todo.`;
  assert.deepEqual(links(page, 'es'), ['Podemos=t:podemos']);
  // mid-sentence and capitalised, the party named on the page is enough
  assert.deepEqual(links(`Podemos, el partido de Ione Belarra, votó.${FAR}Muchos votaron a Podemos ayer.`, 'es'), ['Podemos=t:podemos', 'Podemos=t:podemos']);
});

test('at a sentence start, followed by "de" or "of", it is the ordinary word: "Chega de promessas", "Reform of"', () => {
  const chega = `O Chega de André Ventura e o Chega de Ventura.${FAR}Chega de promessas, disse ela.`;
  assert.deepEqual(links(chega, 'pt'), ['Chega=t:chega', 'Chega=t:chega']);
  // the same page, the party as the subject of a sentence
  assert.deepEqual(links(`O Chega de André Ventura e o Chega de Ventura.${FAR}Chega venceu em Faro.`, 'pt'), ['Chega=t:chega', 'Chega=t:chega', 'Chega=t:chega']);
  const reform = `Nigel Farage leads Reform and Reform is polling well, Farage said.${FAR}Reform of the tax code is overdue.`;
  assert.deepEqual(links(reform), ['Reform=t:reform', 'Reform=t:reform']);
});

test('part of a longer capitalised name: "Labour Day", "Labour Force Survey", "Department of Labour"', () => {
  const page = 'New Zealand votes: National and Labour are close. Labour Day is a holiday; the Household Labour Force Survey and the Department of Labour report.';
  assert.deepEqual(links(page), ['New Zealand=t:nz', 'Labour=t:nz-labour']);
  // a generic head after the name keeps it: "the first Labour Government"
  assert.deepEqual(links('In New Zealand the first Labour Government was elected.'), ['New Zealand=t:nz', 'Labour=t:nz-labour']);
});

test('"Statute of Westminster" is not the UK Parliament; "at Westminster" is', () => {
  assert.deepEqual(links('The British adopted the Statute of Westminster in 1931.'), []);
  assert.deepEqual(links('The British MPs voted at Westminster today.'), ['Westminster=t:uk-parliament']);
});

test('"House of Representatives" after "New Zealand" is not the US House; after "US" it is', () => {
  assert.deepEqual(links('Unlike the US system, the New Zealand House of Representatives has one chamber.'), ['New Zealand=t:nz']);
  assert.deepEqual(links('A bill passed the US House of Representatives.'), ['House of Representatives=t:us-house']);
});

test('a guarded word after a capitalised given name is someone else: "Richard Wagner"', () => {
  const page = 'Wagner Group mercenaries left. Wagner fighters stayed. The composer Richard Wagner wrote operas.';
  assert.deepEqual(links(page), ['Wagner Group=t:wagner', 'Wagner=t:wagner']);
  // a person title is not a given name
  assert.deepEqual(links('Theresa May spoke. Later Prime Minister May resigned.'), ['Theresa May=t:may', 'May=t:may']);
});

test('hyphen-joined to another capitalised word it is part of another name: "ABC-CLIO"', () => {
  assert.deepEqual(links('In Australia the ABC reported it; a book by ABC-CLIO says so.'), ['ABC=t:abc']);
  assert.deepEqual(links('In Australia the ABC reported it; the ABC-Chairman said so.'), ['ABC=t:abc']);
});

test('in German a name starts compound nouns about it ("ABC-Vorsitzende", "Wagner-Söldner"); a word in capitals after it still makes a longer name', () => {
  assert.deepEqual(links('In Australien berichtete die ABC aus Australia. Die ABC-Vorsitzende trat zurück.', 'de'), ['ABC=t:abc', 'ABC=t:abc']);
  assert.deepEqual(links('Die mercenaries der Gruppe: Wagner-Söldner kämpfen weiter.', 'de'), ['Wagner=t:wagner']);
  assert.deepEqual(links('In Australien berichtete die ABC aus Australia. Ein Buch von ABC-CLIO erschien.', 'de'), ['ABC=t:abc']);
});

test('"Total" at a sentence start or after a capitalised word is the ordinary word', () => {
  const page = `TotalEnergies drilled for oil.${FAR}Total revenue rose. The Grand Total was large.`;
  assert.deepEqual(links(page), ['TotalEnergies=t:total']);
  assert.deepEqual(links('TotalEnergies drilled for oil. Total said the oil price fell.'), ['TotalEnergies=t:total', 'Total=t:total']);
});

test('"May" after a time word is a month, and "May Day" another name, even with Theresa May on the page', () => {
  const page = 'Theresa May spoke. In May, talks began; since May the unions have planned May Day. May replied.';
  assert.deepEqual(links(page), ['Theresa May=t:may', 'May=t:may']);
  assert.equal(spot(page, [matcher]).mentions.at(-1)!.text, 'May');
  assert.equal(spot(page, [matcher]).mentions.at(-1)!.start, page.lastIndexOf('May'));
});

test('a link made only because the entity is on the page is no evidence for the next one (no chains)', () => {
  // the second "Podemos" links (mid-sentence, party on the page); it does not vouch for "Podemos hablar" right after it
  const page = `Podemos, el partido de Ione Belarra, votó.${FAR}Muchos votaron a Podemos ayer. Podemos hablar de todo.`;
  assert.deepEqual(links(page, 'es'), ['Podemos=t:podemos', 'Podemos=t:podemos']);
  // context words count near the mention only
  assert.deepEqual(links(`Oil prices rose.${FAR}The firm said Total was the answer.`), []);
  assert.deepEqual(links('Oil prices rose and the firm said Total was the answer.'), ['Total=t:total']);
});

test('at a sentence start only context words in the same sentence count: "Vale lembrar" is not the mining company', () => {
  // the context word is in the next sentence, or in the previous one: the verb stays a verb
  assert.deepEqual(links('Vale lembrar que a SADC retirou a sua missão. A mineradora Vale vendeu as minas.', 'pt'), ['Vale=t:vale']);
  const pt = 'Vale lembrar que a SADC retirou a sua missão. A mineradora Vale vendeu as minas.';
  assert.deepEqual(spot(pt, [matcher], { lang: 'pt' }).mentions.map((m) => m.start), [pt.lastIndexOf('Vale')]);
  assert.deepEqual(links('A mineradora vendeu as minas! Vale lembrar que a SADC saiu.', 'pt'), []);
  assert.deepEqual(links('Quem pagou? Vale lembrar que a mineradora não.', 'pt'), ['Vale=t:vale']);
  // in the same sentence they count; abbreviations, initials and decimals do not end it
  assert.deepEqual(links('Vale, a mineradora brasileira, vendeu as minas.', 'pt'), ['Vale=t:vale']);
  assert.deepEqual(links('Vale told Mr. Silva and the U.S. Treasury that mining would resume.'), ['Vale=t:vale']);
  assert.deepEqual(links('Vale met M. Dupont and Dr. Costa on Friday about mining.'), ['Vale=t:vale']);
  assert.deepEqual(links('Vale cut output by 3.5 per cent at its mining sites.'), ['Vale=t:vale']);
  // a headline (a block without a closing full stop) is read with the first sentence below it
  assert.deepEqual(links('Vale shares fall\n\nThe mining company said output fell.'), ['Vale=t:vale']);
  assert.deepEqual(links('Vale lembrar\n\nA mineradora saiu. Outra frase.', 'pt'), ['Vale=t:vale']);
  // mid-sentence, where the capital already says it is a name, nearby context words still count across sentences
  assert.deepEqual(links('The mining season ended. Investors in Vale lost money.'), ['Vale=t:vale']);
});

test('a place of the same country linked on the page stands for the country: "In Mannheim und Karlsruhe"', () => {
  const found = linksWith([
    ent('t:country:de', 'Germany', 'place', []),
    ent('t:country:bg', 'Bulgaria', 'place', []),
    ent('t:mannheim', 'Mannheim', 'place', [], ['t:country:de']),
    ent('t:karlsruhe', 'Karlsruhe', 'place', [{ text: 'Karlsruhe', caseSensitive: true, requiresContext: true }], ['t:country:de']),
    ent('t:varna', 'Varna', 'place', [], ['t:country:bg']),
  ], 'de');
  assert.deepEqual(found('In Mannheim und Karlsruhe klagen die Städte über die Kosten.'), ['Mannheim=t:mannheim', 'Karlsruhe=t:karlsruhe']);
  // no place of that country on the page, or only a place of another country: still guarded
  assert.deepEqual(found('Die Stadt Karlsruhe klagt über die Kosten.'), []);
  assert.deepEqual(found('In Varna und Karlsruhe klagen die Städte.'), ['Varna=t:varna']);
  // at a sentence start a capital says nothing, whatever else is on the page
  assert.deepEqual(found('In Mannheim wird gebaut. Karlsruhe klagt über die Kosten.'), ['Mannheim=t:mannheim']);
});

test('a surname after the full name is still not the person as a month, inside a longer name or after another given name', () => {
  assert.deepEqual(links('Brian May played. In May, the May Day crowd cheered. May sang.'), ['Brian May=t:brian-may', 'May=t:brian-may']);
  assert.deepEqual(links('Donald Trump spoke at Trump Tower; his father Fred Trump built it. Trump left.'), ['Donald Trump=t:trump', 'Trump=t:trump']);
  // titles and sentence-initial function words before it are fine
  assert.deepEqual(links('Donald Trump spoke. When Trump left, President Trump waved.'), ['Donald Trump=t:trump', 'Trump=t:trump', 'Trump=t:trump']);
});

test('a city followed by a region of another country is another place of that name: "Dublin, Ohio", not a list', () => {
  const found = linksWith([
    ent('t:country:ie', 'Ireland', 'place', []),
    ent('t:country:us', 'United States', 'place', []),
    ent('t:country:ir', 'Iran', 'place', []),
    ent('t:city:dublin', 'Dublin', 'place', [], ['t:country:ie']),
    ent('t:city:moscow', 'Moscow', 'place', [], ['t:country:ru']),
    ent('t:city:paris', 'Paris', 'place', [{ text: 'Paris' }, { text: 'Paris', lang: 'fr' }], ['t:country:fr']),
    ent('t:region:ohio', 'Ohio', 'place', [], ['t:country:us']),
    ent('t:region:leinster', 'Leinster', 'place', [], ['t:country:ie']),
    ent('t:region:florida', 'Florida', 'place', [{ text: 'Floride', lang: 'fr' }], ['t:country:us']),
  ], 'en');
  assert.deepEqual(found('Residents of Dublin, Ohio, voted on Tuesday.'), ['Ohio=t:region:ohio']);
  assert.deepEqual(found("L'ouragan a frappé Paris, en Floride, hier soir.", 'fr'), ['Floride=t:region:florida']);
  // its own country's region, a country or another city after the comma: the city stays
  assert.deepEqual(found('Residents of Dublin, Leinster, voted.'), ['Dublin=t:city:dublin', 'Leinster=t:region:leinster']);
  assert.deepEqual(found('Support came from Moscow, Iran and Dublin.'), ['Moscow=t:city:moscow', 'Iran=t:country:ir', 'Dublin=t:city:dublin']);
  assert.deepEqual(found('Talks in Dublin, Paris and Moscow.'), ['Dublin=t:city:dublin', 'Paris=t:city:paris', 'Moscow=t:city:moscow']);
});

test('a city followed by "in" or "of" and a region of another country, perhaps with the kind of region between, is another place of that name ("Bergen in Noord-Holland", "Одеса у штаті Техас")', () => {
  const found = linksWith([
    ent('t:country:no', 'Norway', 'place', []),
    ent('t:country:nl', 'Netherlands', 'place', []),
    ent('t:country:ua', 'Ukraine', 'place', []),
    ent('t:country:us', 'United States', 'place', []),
    ent('t:city:bergen', 'Bergen', 'place', [], ['t:country:no']),
    ent('t:city:odesa', 'Odesa', 'place', [{ text: 'Одеса', lang: 'uk' }], ['t:country:ua']),
    ent('t:region:north-holland', 'North Holland', 'place', [{ text: 'Noord-Holland', lang: 'nl' }], ['t:country:nl']),
    ent('t:region:texas', 'Texas', 'place', [{ text: 'Техас', lang: 'uk' }], ['t:country:us']),
    ent('t:region:vestland', 'Vestland', 'place', [], ['t:country:no']),
  ], 'en');
  assert.deepEqual(found('Het dorp Bergen in Noord-Holland trekt veel bezoekers.', 'nl'), ['Noord-Holland=t:region:north-holland']);
  assert.deepEqual(found('Поліція міста Одеса у штаті Техас затримала чоловіка.', 'uk'), ['Техас=t:region:texas']);
  // its own country's region after "in": the city stays
  assert.deepEqual(found('Rain fell on Bergen in Vestland all week.'), ['Bergen=t:city:bergen', 'Vestland=t:region:vestland']);
});

/** a town, and a club with the town's name guarded by words of football (as the default pack has them) */
const townAndClub = (town: string, club: string, football: string[]): Entity[] => [
  ent(`t:city:${town.toLowerCase()}`, town, 'place', [{ text: town, sharedNote: 'also a club' }]),
  ent(`t:club:${town.toLowerCase()}`, club, 'organisation', [{ text: town, caseSensitive: true, requiresContext: true, contextWords: football, sharedNote: 'named after its town' }]),
];

test('a club named after its town: the article before it says the club, a preposition of place the town ("el Sevilla empató", "en Sevilla", "el alcalde de Sevilla")', () => {
  const found = linksWith(townAndClub('Sevilla', 'Sevilla FC', ['gol', 'LaLiga', 'entrenador']), 'es');
  assert.deepEqual(found('El Sevilla empató con un gol en el minuto 84 del partido de LaLiga.'), ['Sevilla=t:club:sevilla']);
  assert.deepEqual(found('En Sevilla, el entrenador habló tras el gol del empate.'), ['Sevilla=t:city:sevilla']);
  assert.deepEqual(found('El alcalde de Sevilla presentó el plan del agua.'), ['Sevilla=t:city:sevilla']);
  // without words of football the club is not meant: the town stays, whatever the article says
  assert.deepEqual(found('El Sevilla de los años sesenta era otra ciudad.'), ['Sevilla=t:city:sevilla']);
  assert.deepEqual(found('Sevilla aprobó el plan del agua.'), ['Sevilla=t:city:sevilla']);
});

test('a town whose name a club shares is guarded too (as the default pack has Sevilla): a preposition of place is its context, an article is none for the club', () => {
  const [town, club] = townAndClub('Sevilla', 'Sevilla FC', ['gol', 'LaLiga', 'entrenador']);
  const found = linksWith([{ ...town!, aliases: [{ text: 'Sevilla', caseSensitive: true, requiresContext: true, sharedNote: 'also a club' }] }, club!], 'es');
  assert.deepEqual(found('En Sevilla hace calor.'), ['Sevilla=t:city:sevilla']);
  assert.deepEqual(found('El alcalde de Sevilla presentó el plan del agua.'), ['Sevilla=t:city:sevilla']);
  assert.deepEqual(found('El Sevilla empató con un gol en el minuto 84 del partido de LaLiga.'), ['Sevilla=t:club:sevilla']);
  assert.deepEqual(found('El Sevilla de los años sesenta era otra ciudad.'), []);
});

test('British English gives a team a plural verb: "Liverpool were held" is the club; with no word of football, the city', () => {
  const found = linksWith(townAndClub('Liverpool', 'Liverpool F.C.', ['goal', 'league', 'manager']), 'en');
  assert.deepEqual(found('The manager was angry after Liverpool were held to a draw in the league.'), ['Liverpool=t:club:liverpool']);
  // without words of football, a plural verb leaves the city: it is all there is
  assert.deepEqual(found('The docks of Liverpool were bombed night after night in 1941.'), ['Liverpool=t:city:liverpool']);
});

test('Italian: an article a town does not take says the club, even with no word of football; with "di" after it, the town as it was ("la Roma dei papi")', () => {
  const found = linksWith(townAndClub('Roma', 'AS Roma', ['gol', 'partita']), 'it');
  assert.deepEqual(found('La Roma ha battuto il Lecce e sale al quarto posto in classifica.'), []);
  assert.deepEqual(found('La Roma ha vinto la partita con un gol al novantesimo.'), ['Roma=t:club:roma']);
  assert.deepEqual(found('Il sindaco di Roma ha presentato il piano.'), ['Roma=t:city:roma']);
  assert.deepEqual(found('La Roma dei papi era un\'altra città.'), ['Roma=t:city:roma']);
});

test('a region named like regions of other countries: the one of the country whose places the sentence lists ("du Nord-Ouest et du Sud-Ouest"), capitalised after the hyphen or not', () => {
  const exact = (text: string): Alias => ({ text, caseSensitive: true });
  const p: Pack = {
    ...pack,
    entities: [
      ent('gloss:country:cm', 'Cameroon', 'place', [exact('Cameroun')]),
      ent('gloss:country:bf', 'Burkina Faso', 'place', []),
      ent('gloss:country:ht', 'Haiti', 'place', []),
      ent('t:nw-cm', 'Northwest Region', 'place', [exact('Nord-ouest')], ['gloss:country:cm']),
      ent('t:sw-cm', 'Southwest Region', 'place', [exact('Sud-ouest')], ['gloss:country:cm']),
      ent('t:nw-ht', 'Nord-Ouest', 'place', [], ['gloss:country:ht']),
      ent('t:sw-bf', 'Sud-Ouest', 'place', [], ['gloss:country:bf']),
    ],
  };
  const m = new Matcher(compilePack(p));
  const found = (text: string): string[] => spot(text, [m], { lang: 'fr' }).mentions.map((x) => `${x.text}=${x.entityId || x.candidates?.join('|')}`);
  assert.deepEqual(found('Au Burkina Faso, le calme. Au Cameroun, les violences touchent les régions du Nord-Ouest et du Sud-Ouest.'), [
    'Burkina Faso=gloss:country:bf', 'Cameroun=gloss:country:cm', 'Nord-Ouest=t:nw-cm', 'Sud-Ouest=t:sw-cm',
  ]);
});

test('a guarded place before a month\'s name is a word of time ("Ende November"), not the place', () => {
  const found = linksWith([ent('t:ende', 'Ende', 'place', [guard('Ende')], ['gloss:country:id']), ent('gloss:country:id', 'Indonesia', 'place', [{ text: 'Indonesien', lang: 'de' }])], 'de');
  assert.deepEqual(found('In Indonesien schloss die Schau Ende November.'), ['Indonesien=gloss:country:id']);
  assert.deepEqual(found('In Indonesien liegt Ende auf der Insel Flores.'), ['Indonesien=gloss:country:id', 'Ende=t:ende']);
});

test('a guarded party in brackets right after a person\'s name is that party ("Sven Schoeller (Linke)"); in brackets after another word it needs context', () => {
  const found = linksWith([ent('t:left', 'The Left', 'organisation', [guard('Linke')]), ent('t:habeck', 'Robert Habeck', 'person', [])], 'de');
  assert.deepEqual(found('Das sagte Robert Habeck (Linke) am Montag.'), ['Robert Habeck=t:habeck', 'Linke=t:left']);
  assert.deepEqual(found('Das sagte der Redner (Linke) am Montag.'), []);
});

test('a person\'s one-word name before a capitalised word that is no name of theirs is another person\'s given name ("Guillaume Faury"); a regnal number or a suffix goes on with it', () => {
  const found = linksWith([
    ent('t:guillaume', 'Guillaume, Grand Duke of Luxembourg', 'person', [{ text: 'Guillaume', caseSensitive: true }]),
    ent('t:neymar', 'Neymar', 'person', []),
    ent('t:yamal', 'Lamine Yamal', 'person', [{ text: 'Yamal', caseSensitive: true }]),
  ], 'fr');
  assert.deepEqual(found('Son président exécutif, Guillaume Faury, a parlé.'), []);
  assert.deepEqual(found('Le grand-duc Guillaume a parlé, puis Neymar Jr a joué.'), ['Guillaume=t:guillaume', 'Neymar=t:neymar']);
  assert.deepEqual(found('Die Ausfälle von Jamal Musiala wiegen schwer.', 'de'), []);
});

test('a town\'s name after its club was named in full is the club ("Borussia Dortmund … Dortmund gewann", "VfB Stuttgart … Stuttgarts Trainer"); after a preposition of place it is the town', () => {
  const found = linksWith([
    ent('gloss:club:bvb', 'Borussia Dortmund', 'organisation', []),
    ent('t:vfb', 'VfB Stuttgart', 'organisation', []),
    ent('gloss:city:dortmund', 'Dortmund', 'place', []),
    ent('gloss:city:stuttgart', 'Stuttgart', 'place', []),
  ], 'de');
  assert.deepEqual(found('Borussia Dortmund spielte gegen den VfB Stuttgart. Dortmund gewann, Stuttgarts Trainer war sauer. In Dortmund regnete es.'), [
    'Borussia Dortmund=gloss:club:bvb', 'VfB Stuttgart=t:vfb', 'Dortmund=gloss:club:bvb', 'Stuttgarts=t:vfb', 'Dortmund=gloss:city:dortmund',
  ]);
  // no club named in full: the town
  assert.deepEqual(found('Dortmund gewann gegen Stuttgart.'), ['Dortmund=gloss:city:dortmund', 'Stuttgart=gloss:city:stuttgart']);
});

test('the word that says what kind of place a name is may be written in lower case ("Neuquén province" is Neuquén Province), not in an organisation\'s name', () => {
  const found = linksWith([
    ent('t:neuquen-province', 'Neuquén Province', 'place', []),
    ent('t:neuquen', 'Neuquén', 'place', []),
    ent('t:is', 'Islamic State', 'organisation', []),
  ], 'en');
  assert.deepEqual(found('Output in Neuquén province rose; in Neuquén the mayor spoke.'), ['Neuquén province=t:neuquen-province', 'Neuquén=t:neuquen']);
  assert.deepEqual(found('They want an Islamic state, not the Islamic State.'), ['Islamic State=t:is']);
});

test('after an article no town of the page\'s country takes, its name is a club\'s, even one the pack does not know ("Il Genoa ha esonerato …")', () => {
  const found = linksWith([ent('gloss:city:genoa', 'Genoa', 'place', [{ text: 'Genova', lang: 'it' }], ['gloss:country:it']), ent('gloss:city:cairo', 'Cairo', 'place', [], ['gloss:country:eg']), ent('gloss:country:it', 'Italy', 'place', [])], 'it');
  // a town abroad may take the article: not dropped
  assert.deepEqual(found('Il Genoa ha esonerato il tecnico. A Genova piove, e il Cairo è lontano.'), ['Genova=gloss:city:genoa', 'Cairo=gloss:city:cairo']);
  // "sul" (su + il): a win over the club
  assert.deepEqual(found('Con il 3-1 sul Genoa si avvicina alla zona Champions. A Genova piove.'), ['Genova=gloss:city:genoa']);
});

test('a title made of a field and an office in one word is a title ("Finanzminister Andrzej Domański", "Oberbürgermeisterin …")', () => {
  const found = linksWith([ent('t:domanski', 'Andrzej Domański', 'person', [guard('Andrzej Domański')])], 'de');
  assert.deepEqual(found('Finanzminister Andrzej Domański muss sparen.'), ['Andrzej Domański=t:domanski']);
  assert.deepEqual(found('Der Schauspieler Andrzej Domański spielt.'), []);
});

test('a governor or a mayor written before the name is a title ("Gouverneur Pierre Wunsch", "Kamervoorzitter …")', () => {
  const found = linksWith([ent('t:wunsch', 'Pierre Wunsch', 'person', [guard('Pierre Wunsch')])], 'nl');
  assert.deepEqual(found('Gouverneur Pierre Wunsch pleitte voor een hervorming.'), ['Pierre Wunsch=t:wunsch']);
  assert.deepEqual(found('Kamervoorzitter Pierre Wunsch opende het debat.'), ['Pierre Wunsch=t:wunsch']);
  assert.deepEqual(found('Buurman Pierre Wunsch pleitte voor een hervorming.'), []);
});

test('a title before the portfolio of the office is a title too ("Eurocommissaris voor Landbouw Christophe Hansen", "Minister of Finance …")', () => {
  const found = (lang: string) => linksWith([ent('t:hansen', 'Christophe Hansen', 'person', [guard('Christophe Hansen')])], lang);
  assert.deepEqual(found('nl')('Eurocommissaris voor Landbouw Christophe Hansen herhaalde dat.'), ['Christophe Hansen=t:hansen']);
  assert.deepEqual(found('en')('The Minister of Agriculture and Food Christophe Hansen said so.'), ['Christophe Hansen=t:hansen']);
  assert.deepEqual(found('fr')("La ministre de l'Agriculture Christophe Hansen a dit."), ['Christophe Hansen=t:hansen']);
  // a portfolio needs its title; a full stop ends it
  assert.deepEqual(found('nl')('De boer van Christophe Hansen herhaalde dat.'), []);
  assert.deepEqual(found('en')('He met the minister. Of course Christophe Hansen said so.'), []);
});

test('an acronym written in capitals at a sentence start links on the same evidence as in mid-sentence ("ESA is preparing"); a title-case word there does not', () => {
  const esa = ent('t:esa', 'European Space Agency', 'organisation', [{ text: 'ESA', kind: 'acronym', caseSensitive: true, requiresContext: true, contextWords: ['space'] }]);
  const esaLinks = linksWith([esa, ent('t:euratom-sa', 'Euratom Supply Agency', 'organisation', [])], 'en');
  // named in full earlier on the page, then, out of the full name's reach, its acronym starts a sentence
  assert.deepEqual(esaLinks(`The European Space Agency said so.${FAR}ESA is preparing to launch a mission.`), ['European Space Agency=t:esa', 'ESA=t:esa']);
  assert.deepEqual(esaLinks(`Nothing about it here.${FAR}ESA is preparing to launch a mission.`), [], 'with no evidence, still nothing');
  // a guarded word in title case at a sentence start still needs more (see "Podemos hablar")
  const podemosLinks = linksWith([ent('t:podemos', 'Podemos', 'organisation', [{ text: 'Podemos', kind: 'acronym', requiresContext: true }])], 'es');
  assert.deepEqual(podemosLinks(`Podemos votó no.${FAR}Podemos hablar de todo.`), []);
});

test('of organisations sharing an acronym, the one of a country of the page\'s language ("PAP" on a Polish page is the press agency); elsewhere the page must say', () => {
  const pap = ent('t:pap-pl', 'Polish Press Agency', 'organisation', [{ text: 'PAP', kind: 'acronym', caseSensitive: true, sharedNote: 's' }], ['gloss:country:pl']);
  const papSg = ent('t:pap-sg', "People's Action Party", 'organisation', [{ text: 'PAP', kind: 'acronym', caseSensitive: true, sharedNote: 's' }], ['gloss:country:sg']);
  const l = linksWith([pap, papSg], 'pl');
  assert.deepEqual(l('Według PAP rada miasta przyjęła budżet.'), ['PAP=t:pap-pl']);
  assert.deepEqual(l('According to PAP the council passed the budget.', 'en'), [], 'on an English page: both, no link');
});

test('an acronym before a person\'s title is the body whose officer that is ("IMO Secretary-General"); before another capitalised word it is part of a longer name', () => {
  const imo = new Matcher(compilePack({ ...pack, entities: [ent('t:imo', 'International Maritime Organization', 'organisation', [{ text: 'IMO', kind: 'acronym', caseSensitive: true, requiresContext: true }])] }));
  const found = (text: string) => spot(text, [imo], { lang: 'en' }).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.deepEqual(found('The International Maritime Organization met in London. IMO Secretary-General Arsenio Dominguez spoke.'), ['International Maritime Organization=t:imo', 'IMO=t:imo']);
  assert.deepEqual(found('The International Maritime Organization met in London. IMO Tankers Ltd was not there.'), ['International Maritime Organization=t:imo']);
});

test('Portuguese names a club with the article its towns do not take ("o Santos de Neymar venceu", "do Cruzeiro"), but a few towns take it ("o Porto", "do Rio")', () => {
  const brazil = (e: Entity): Entity => ({ ...e, related: ['gloss:country:br'] });
  const [town, club] = townAndClub('Santos', 'Santos FC', ['golos', 'treinador', 'Brasileirão']).map(brazil);
  const found = linksWith([
    { ...town!, id: 'gloss:city:santos' }, club!,
    ent('gloss:city:cruzeiro', 'Cruzeiro', 'place', [], ['gloss:country:br']),
    ent('gloss:city:rio-de-janeiro', 'Rio de Janeiro', 'place', [{ text: 'Rio', caseSensitive: true }], ['gloss:country:br']),
    ent('gloss:city:porto', 'Porto', 'place', [], ['gloss:country:pt']),
  ], 'pt');
  // a qualifier after the club does not make it the town, as it may in Spanish ("o Santos de Neymar")
  assert.deepEqual(found('O treinador viu o Santos de Neymar vencer por 3-1 no Brasileirão.'), ['Santos=t:club:santos']);
  assert.deepEqual(found('Em Santos, o porto recebeu dois navios.'), ['Santos=gloss:city:santos']);
  // a town of a Portuguese-speaking country after the article: not the town, though the pack does not know the club
  assert.deepEqual(found('O Flamengo venceu o Cruzeiro por 2-0.'), []);
  // the towns that take the article keep it
  assert.deepEqual(found('A festa do Rio e o Porto em dezembro.'), ['Rio=gloss:city:rio-de-janeiro', 'Porto=gloss:city:porto']);
});

test('a preposition of place before a town a club shares is no context for it inside a longer name ("the Neonworks of Cincinnati workshop")', () => {
  const [town, club] = townAndClub('Cincinnati', 'FC Cincinnati', ['goal', 'league']);
  const found = linksWith([{ ...town!, aliases: [{ text: 'Cincinnati', caseSensitive: true, requiresContext: true, sharedNote: 'also a club' }] }, club!], 'en');
  assert.deepEqual(found('He works at the Neonworks of Cincinnati workshop.'), []);
  assert.deepEqual(found('He works in the north of Cincinnati today.'), ['Cincinnati=t:city:cincinnati']);
});

test('of towns of several countries that share a guarded name, the page must name the country near it: its country elsewhere on the page is no evidence ("Cambridge": England\'s or Massachusetts\'s)', () => {
  const shared = (cc: string): Alias => ({ text: 'Cambridge', caseSensitive: true, requiresContext: true, sharedNote: `several cities; this one in ${cc}` });
  const found = linksWith([
    ent('gloss:city:cambridge-uk', 'Cambridge, United Kingdom', 'place', [shared('gb')], ['gloss:country:gb']),
    ent('gloss:city:cambridge-ma', 'Cambridge, Massachusetts', 'place', [shared('us')], ['gloss:country:us']),
    ent('gloss:country:us', 'United States', 'place', []),
    ent('gloss:country:gb', 'United Kingdom', 'place', []),
  ], 'en');
  assert.deepEqual(found(`The probe was built in the United States.${FAR}A scientist told reporters in Cambridge that the ice was thinning.`), ['United States=gloss:country:us']);
  assert.deepEqual(found('A scientist told reporters in Cambridge, in the United Kingdom, that the ice was thinning.'), ['Cambridge=gloss:city:cambridge-uk', 'United Kingdom=gloss:country:gb']);
  // one town of the name: its country on the page will do, as before
  const one = linksWith([ent('gloss:city:cambridge-uk', 'Cambridge, United Kingdom', 'place', [{ text: 'Cambridge', caseSensitive: true, requiresContext: true }], ['gloss:country:gb']), ent('gloss:country:gb', 'United Kingdom', 'place', [])], 'en');
  assert.deepEqual(one(`The probe was built in the United Kingdom.${FAR}A scientist told reporters in Cambridge that the ice was thinning.`), ['United Kingdom=gloss:country:gb', 'Cambridge=gloss:city:cambridge-uk']);
});

test('a guarded organisation after the noun for its kind is that organisation ("the carmaker Ford", "agencja Fitch"); an acronym so only of a body of no country or of the page\'s', () => {
  const ford = ent('t:ford', 'Ford Motor Company', 'organisation', [guard('Ford')]);
  const fitch = ent('t:fitch', 'Fitch Ratings', 'organisation', [guard('Fitch')]);
  const tno = ent('t:tno', 'TNO', 'organisation', [{ text: 'TNO', kind: 'acronym', caseSensitive: true, requiresContext: true }], ['gloss:country:nl']);
  const ibu = ent('t:ibu-jp', 'Shitennoji University', 'organisation', [{ text: 'IBU', kind: 'acronym', caseSensitive: true, requiresContext: true }], ['gloss:country:jp']);
  const l = linksWith([ford, fitch, tno, ibu], 'en');
  assert.deepEqual(l('Shares of the carmaker Ford fell.'), ['Ford=t:ford']);
  assert.deepEqual(l('Shares of Ford fell.'), [], 'without the kind word, a guarded name needs other evidence');
  assert.deepEqual(l('We wrześniu agencja Fitch obniżyła perspektywę.', 'pl'), ['Fitch=t:fitch']);
  assert.deepEqual(l('Die Ratingagentur Fitch senkte den Ausblick.', 'de'), ['Fitch=t:fitch'], 'a German compound whose head is the kind');
  assert.deepEqual(l('Onderzoeksorganisatie TNO opende in Delft een lab.', 'nl'), ['TNO=t:tno']);
  assert.deepEqual(l('Der Weltverband IBU bestätigte das.', 'de'), [], 'a Japanese university\'s acronym on a German page');
  assert.deepEqual(l('The actor Ford smiled.'), [], 'a word that is no kind of organisation');
});

test('a guarded organisation listed beside one that needs no context is an organisation ("Google, Apple en Meta"); a comma that ends a clause is no list', () => {
  const google = ent('t:google', 'Google', 'organisation', []);
  const microsoft = ent('t:microsoft', 'Microsoft', 'organisation', []);
  const apple = ent('t:apple', 'Apple Inc.', 'organisation', [guard('Apple')]);
  const paris = ent('t:paris', 'Paris', 'place', []);
  const parisFc = ent('t:paris-fc', 'Paris FC', 'organisation', [guard('Paris')]);
  const quai = ent('t:quai', "Quai d'Orsay", 'organisation', []);
  const l = linksWith([google, microsoft, apple, paris, parisFc, quai], 'nl');
  assert.deepEqual(l('De Commissie stelt regels op voor Google, Apple en Microsoft.'), ['Google=t:google', 'Apple=t:apple', 'Microsoft=t:microsoft']);
  assert.deepEqual(l('Apple and Google signed.', 'en'), ['Apple=t:apple', 'Google=t:google']);
  assert.deepEqual(l('Apple, Google said, would sign.', 'en'), ['Google=t:google'], 'a comma with no list after it');
  assert.deepEqual(l("Selon le Quai d'Orsay, Paris serait prêt.", 'fr'), ["Quai d'Orsay=t:quai", 'Paris=t:paris']);
  assert.deepEqual(l('Growers sold apples. Apple pie and more.', 'en'), [], 'no organisation listed beside it');
});

test('in German a body named in the genitive after a noun ("zum Ärger der Grünen", "Teilen der Union") is no longer name: its context words count', () => {
  const greens = ent('t:greens', 'Alliance 90/The Greens', 'organisation', [{ text: 'Grünen', lang: 'de', caseSensitive: true, requiresContext: true, contextWords: ['Bundestag'] }]);
  const bundestag = ent('t:bt', 'Bundestag', 'organisation', []);
  const l = linksWith([greens, bundestag], 'de');
  assert.deepEqual(l('Zum Ärger der Grünen im Bundestag wurde vertagt.'), ['Grünen=t:greens', 'Bundestag=t:bt']);
  assert.deepEqual(l('Zum Ärger der Grünen wurde vertagt.'), [], 'still a guarded word without context');
});

test('a guarded organisation at a sentence start that begins a compound naming an office is the organisation ("Grünen-Fraktionschefin Katharina Dröge"); before another compound it is not', () => {
  const greens = ent('t:greens', 'Alliance 90/The Greens', 'organisation', [{ text: 'Grünen', lang: 'de', caseSensitive: true, requiresContext: true, contextWords: ['Bundestag'] }]);
  const l = linksWith([greens], 'de');
  assert.deepEqual(l('Es wurde gestritten. Grünen-Fraktionschefin Anna Muster widersprach.'), ['Grünen=t:greens']);
  assert.deepEqual(l('Es wurde gestritten. Grünen-Flächen fehlen in der Stadt.'), []);
});

test('a guarded town of a country of the page\'s language, after a preposition of place, is the town ("in Gelsenkirchen", "im Süden von Gelsenkirchen"); without one, or on a page in another language, it waits for context', () => {
  const de = ent('gloss:country:de', 'Germany', 'place', []);
  const town = ent('t:gelsenkirchen', 'Gelsenkirchen', 'place', [{ text: 'Gelsenkirchen', caseSensitive: true, requiresContext: true }], ['gloss:country:de']);
  const l = linksWith([de, town], 'de');
  assert.deepEqual(l('Das Spiel in Gelsenkirchen endete torlos.'), ['Gelsenkirchen=t:gelsenkirchen']);
  assert.deepEqual(l('Ein Besuch an einer Schule im Süden von Gelsenkirchen zeigt es.'), ['Gelsenkirchen=t:gelsenkirchen']);
  assert.deepEqual(l('Das Spiel gegen Gelsenkirchen endete torlos.'), []);
  assert.deepEqual(l('The match in Gelsenkirchen ended goalless.', 'en'), []);
  // only the home country of the language: Peru's Trujillo is not meant by "el queso de Trujillo" on a Spanish page
  const peru = ent('gloss:country:pe', 'Peru', 'place', []);
  const trujillo = ent('t:trujillo', 'Trujillo', 'place', [{ text: 'Trujillo', caseSensitive: true, requiresContext: true }], ['gloss:country:pe']);
  assert.deepEqual(linksWith([peru, trujillo], 'es')('El festival del queso de Trujillo reunió a cien productores.'), []);
});

test('Polish "na" before a name says a district, an island or a region, not a city abroad ("na Pradze" is Warsaw\'s Praga, "w Pradze" Prague)', () => {
  const prague = ent('gloss:city:prague', 'Prague', 'place', [{ text: 'Praga', lang: 'pl' }, { text: 'Pradze', lang: 'pl' }], ['gloss:country:cz']);
  const bemowo = ent('gloss:city:bemowo', 'Bemowo', 'place', [{ text: 'Bemowie', lang: 'pl' }], ['gloss:country:pl']);
  const ukraine = ent('gloss:country:ua', 'Ukraine', 'place', [{ text: 'Ukrainie', lang: 'pl' }]);
  const l = linksWith([prague, bemowo, ukraine], 'pl');
  assert.deepEqual(l('Spotkanie odbyło się w Pradze.'), ['Pradze=gloss:city:prague']);
  assert.deepEqual(l('Mieszkańcy na Pradze protestują.'), []);
  assert.deepEqual(l('Na Pradze otwarto most.'), []);
  assert.deepEqual(l('Mieszkańcy na Bemowie i na Ukrainie.'), ['Bemowie=gloss:city:bemowo', 'Ukrainie=gloss:country:ua'], 'a Polish district the packs hold as a town, a country');
});

test("an organisation's guarded acronym in capitals is the page's own country's: 'SDP' on a Finnish page, not on a German one", () => {
  const finland = 'gloss:country:fi';
  const found = linksWith([
    ent('t:sdp-fi', 'Social Democratic Party of Finland', 'organisation', [{ text: 'SDP', kind: 'acronym', requiresContext: true }], [finland]),
    ent('t:thw', 'Technisches Hilfswerk', 'organisation', [{ text: 'THW', kind: 'acronym', requiresContext: true }], ['gloss:country:de']),
    ent('t:cd', 'Centre Democrats', 'organisation', [{ text: 'CD', kind: 'acronym', requiresContext: true }], ['gloss:country:be']),
  ], 'fi');
  assert.deepEqual(found('Tuoreen kyselyn mukaan SDP:n kannatus nousi.'), ['SDP=t:sdp-fi']);
  // the first word of a compound about it, after a hyphen, is still the party
  assert.deepEqual(found('SDP-johtaja Antti Lindtman puhui eilen.'), ['SDP=t:sdp-fi']);
  // on a page of another country's language, the guard asks for its context as before
  assert.deepEqual(found('Die SDP hat gestern gewählt.', 'de'), []);
  // not joined to another name, and not the first word of a longer name the page writes
  assert.deepEqual(found('De partij CD&V stemde tegen.', 'nl'), []);
  assert.deepEqual(found('Wolff vom THW Kiel spielt. Er hat seinen Vertrag beim THW verlängert.', 'de'), []);
  assert.deepEqual(found('Die Helfer vom THW waren vor Ort.', 'de'), ['THW=t:thw']);
  // in title case where the press writes acronyms so: "il Pd" on an Italian page
  const italian = linksWith([ent('t:pd', 'Democratic Party (Italy)', 'organisation', [{ text: 'PD', kind: 'acronym', requiresContext: true }], ['gloss:country:it'])], 'it');
  assert.deepEqual(italian('Ieri il Pd ha votato contro la riforma.'), ['Pd=t:pd']);
  assert.deepEqual(italian('Gestern hat die Pd dagegen gestimmt.', 'de'), []);
});

test('an item of a list after a plural word for regions is no town: "le province di Cremona e Mantova"', () => {
  const found = linksWith([
    ent('t:mantova', 'Mantua', 'place', [{ text: 'Mantova' }], ['gloss:country:it']),
    ent('t:cremona', 'Cremona', 'place', [{ text: 'Cremona' }], ['gloss:country:it']),
  ].map((e) => ({ ...e, id: e.id.replace('t:', 'gloss:city:') })), 'it');
  assert.deepEqual(found('Lo stato di emergenza per le province di Cremona e Mantova.'), []);
  assert.deepEqual(found('Piove a Cremona e Mantova.'), ['Cremona=gloss:city:cremona', 'Mantova=gloss:city:mantova']);
});

test('a guarded one-word name without diacritics, written with them on an English page, is another name: "Te Ika-a-Māui" is not Maui', () => {
  const found = linksWith([
    ent('t:maui', 'Maui', 'place', [{ text: 'Maui', requiresContext: true }], ['gloss:country:us']),
    ent('gloss:country:us', 'United States', 'place', [{ text: 'United States' }]),
  ], 'en');
  assert.deepEqual(found('The North Island (Te Ika-a-Māui) is far from the United States.'), ['United States=gloss:country:us']);
  assert.deepEqual(found('Maui is an island of the United States.'), ['Maui=t:maui', 'United States=gloss:country:us']);
  // other languages give foreign names their own accents ("Módena", "Sófia"): there the rule does not apply
  assert.deepEqual(found('A ilha de Máui, nos United States, recebe turistas.', 'pt'), ['Máui=t:maui', 'United States=gloss:country:us']);
});

test("a sentence's first word that is a function word of the page's language is that word: 'Oder die Regierung handelt' is no river", () => {
  const found = linksWith([ent('t:oder', 'Oder', 'place', [{ text: 'Oder' }])], 'de');
  assert.deepEqual(found('Oder die Regierung handelt endlich.'), []);
  assert.deepEqual(found('Die Pegel an der Oder steigen.'), ['Oder=t:oder']);
  // not a function word of an English page
  assert.deepEqual(found('Oder floods reached Frankfurt.', 'en'), ['Oder=t:oder']);
});
