/**
 * Given names that are one name in several languages (cognates), for the full-name rule of name
 * variants: "Uladzimir Putin" or "Vladimir Zelensky" name the person whose given name is Vladimir /
 * Volodymyr, because these are the Russian, Ukrainian and Belarusian forms of one name and the press
 * of each country uses its own. Each group is written as the press of each language writes it; the
 * compiler reads every form with the same keys as the page (name-keys.ts). Written by the Gloss
 * team for East Slavic names, which change form between Russian, Ukrainian, Belarusian and Polish
 * (a Western cognate is listed only where the press uses it for these people: "Alexandre" in French).
 */
import { PERSON_TITLES } from './titles.ts';

/** English articles that start some people's stage names ("The Weeknd"), not given names */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Can a word before a person's surname (normalised key, without a final full stop) be a given
 * name? Not a title ("President", "Sir") nor an article ("The Weeknd"): those words start
 * sentences and headlines everywhere, and the name scan reads every given name it meets.
 */
export function mayBeGivenName(key: string): boolean {
  return !ARTICLES.has(key) && !PERSON_TITLES.has(key);
}

/**
 * How many of the first words of a person's name (normalised keys, without final full stops) are
 * a title: a title word among the first two, with the words before it ("President Biden": 1,
 * "Prime Minister Maiga", "Vice President Vance": 2, "Joe Biden": 0). The name's given names
 * come after them.
 */
export function titleWordsAtStart(keys: readonly string[]): number {
  for (let i = Math.min(2, keys.length - 1); i > 0; i--) if (PERSON_TITLES.has(keys[i - 1]!)) return i;
  return 0;
}

export const GIVEN_NAME_COGNATES: readonly (readonly string[])[] = [
  ['Aleksandr', 'Alexander', 'Alexandre', 'Aleksander', 'Alexandr', 'Oleksandr', 'Olexandr', 'Aliaksandr', 'Alyaksandr', 'Alaksandr', 'Aleksandar', 'Aleksandras', 'Alessandro', 'Alejandro', 'Ołeksandr'],
  ['Vladimir', 'Wladimir', 'Władimir', 'Volodymyr', 'Wolodymyr', 'Wołodymyr', 'Volodimir', 'Uladzimir', 'Uładzimir', 'Vladimiras', 'Vladímir'],
  ['Dmitry', 'Dmitri', 'Dmitrij', 'Dmitriy', 'Dmytro', 'Dzmitry', 'Dzmitryj', 'Dimitri', 'Dimitrij', 'Dmitrii'],
  ['Sergei', 'Sergey', 'Sergej', 'Siergiej', 'Serhiy', 'Serhii', 'Serhij', 'Siarhei', 'Siarhiej', 'Sergueï', 'Serguéi', 'Sergio'],
  ['Mikhail', 'Michail', 'Mykhailo', 'Mychajło', 'Michaił', 'Mikhaïl', 'Mijaíl', 'Mihail', 'Michaił'],
  ['Yevgeny', 'Yevgeniy', 'Evgeny', 'Evgeniy', 'Yevhen', 'Yauhen', 'Jewgienij', 'Jewgeni', 'Evgueni', 'Ievgueni', 'Jauhien'],
  ['Andrei', 'Andrey', 'Andrej', 'Andriej', 'Andrij', 'Andriy', 'Andrii', 'Andrzej', 'Andreï', 'Andréi'],
  ['Nikolai', 'Nikolay', 'Nikolaj', 'Mykola', 'Mikalai', 'Mikołaj', 'Nicolaï'],
  ['Yuri', 'Yury', 'Yuriy', 'Yurii', 'Jurij', 'Juri', 'Iouri', 'Juryj'],
  ['Pyotr', 'Petr', 'Petro', 'Piotr', 'Piatro', 'Piotr'],
  ['Viktor', 'Wiktor', 'Victor', 'Viktar'],
  ['Oleg', 'Oleh', 'Aleh', 'Olieg'],
  ['Svetlana', 'Sviatlana', 'Swiatłana', 'Swietłana', 'Svitlana', 'Swetlana'],
  ['Yelena', 'Elena', 'Olena', 'Alena', 'Jelena', 'Ołena'],
  ['Aleksei', 'Alexei', 'Alexey', 'Aleksey', 'Oleksiy', 'Oleksii', 'Aliaksei', 'Alaksiej', 'Aleksiej', 'Alexeï', 'Alekséi'],
  ['Maria', 'Mariya', 'Maryia', 'Marija', 'Maryja'],
  ['Vasily', 'Vasiliy', 'Vasyl', 'Wasyl', 'Wassili', 'Vasil'],
  ['Valery', 'Valeriy', 'Valerii', 'Valerij', 'Walerij', 'Valéri'],
  ['Kirill', 'Kyrylo', 'Kiryl', 'Cyryl', 'Kirilo'],
  ['Yulia', 'Yuliia', 'Julia', 'Julija', 'Ioulia', 'Youlia', 'Julija'],
  ['Natalia', 'Nataliya', 'Natallia', 'Natalja'],
  ['Irina', 'Iryna', 'Iryna'],
  ['Tatiana', 'Tetiana', 'Tatsiana', 'Tatjana'],
  ['Yekaterina', 'Ekaterina', 'Kateryna', 'Katsiaryna', 'Katarzyna'],
  ['Anastasia', 'Anastasiia', 'Nastassia'],
  ['Pavel', 'Pavlo', 'Paval', 'Paweł'],
  ['Konstantin', 'Kostiantyn', 'Kanstantsin', 'Konstantyn'],
  ['Maxim', 'Maksim', 'Maksym', 'Maksimas'],
  ['Fyodor', 'Fedor', 'Fedir', 'Fiodar', 'Fiodor'],
  ['Semyon', 'Semen', 'Siamion'],
  ['Vitaly', 'Vitali', 'Vitaliy', 'Vitalii', 'Witalij'],
  ['Yegor', 'Egor', 'Yahor', 'Jegor'],
  ['Georgy', 'Georgiy', 'Heorhiy', 'Heorhii', 'Georgii'],
  ['Igor', 'Ihor'],
  ['Artyom', 'Artem', 'Artiom'],
  ['Ilya', 'Illia', 'Ilia'],
  ['Denis', 'Denys'],
  ['Gennady', 'Hennadiy', 'Gennadiy'],
  ['Grigory', 'Hryhoriy', 'Ryhor', 'Grigorij'],
  ['Anatoly', 'Anatoliy', 'Anatolii', 'Anatol', 'Anatolij'],
  ['Stepan', 'Stsiapan'],
  ['Boris', 'Borys'],
  ['Mikhail', 'Michail'],
  ['Ales', 'Aleś', 'Alesj'],
];
