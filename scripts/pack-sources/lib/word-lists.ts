/**
 * The ordinary words of the Cyrillic and Greek languages whose places the pack names, from the
 * spelling dictionaries Debian ships for Hunspell: a place's name in its own country's language
 * that is such a word (Russian "Находка", a find; "Мирный", peaceful; Greek "Δράμα", drama) needs
 * context on a page, one that is not ("Самара", "Πάτρα", "Суми") does not. Read at build time only:
 * nothing of the dictionaries goes into the pack.
 *
 * A dictionary lists each word once in its base form (the .dic file's stems, before the "/" of
 * their affix flags); proper names are listed with their capital, so a name whose lower-case form
 * is a stem is an ordinary word.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir, type PackageSource } from './sources.ts';

const hunspell = (lang: string, version: string, digest: string, licence: string): PackageSource => ({
  dir: `deb/hunspell-${lang}@${version.replace(/^\d+:/, '')}`,
  archive: `hunspell-${lang}_${version.replace(/^(\d+):/, '$1%3a')}_all.deb`,
  checksum: { algorithm: 'sha256', digest, encoding: 'hex' },
  fetchHint: `apt-get download hunspell-${lang}=${version}`,
  unpack: ['dpkg-deb', '-x', '{archive}', 'root'],
  ref: { name: `Hunspell dictionary ${lang} (Debian package hunspell-${lang} ${version}), to tell ordinary words from names`, url: 'https://packages.debian.org/bookworm/hunspell-' + lang, licence },
});

/** by language: the Debian package of its dictionary, pinned (Debian 12) */
export const WORD_LISTS: Readonly<Record<string, PackageSource>> = {
  ru: hunspell('ru', '1:7.5.0-1', 'ef3f0a54a8e52682be80932e414b97d7d268d4a33dfcb5b27b46142b5d84cfe3', 'BSD-3-Clause'),
  uk: hunspell('uk', '1:7.5.0-1', '8191ea5162b30f7ce5ad1bedd618590d1a8094bffeffb9745fd2035b6631a14a', 'GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1'),
  be: hunspell('be', '0.53-3.1', '1b4d8b79fd3d9c73afde7602a7aba44840deafce494c657d3fc15c114d7c0de3', 'CC-BY-SA-3.0'),
  bg: hunspell('bg', '1:7.5.0-1', '594f9605281ca46d24d70ccb29ed09fea83f461d2f0b12fbcf999975183b402a', 'GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1'),
  sr: hunspell('sr', '1:7.5.0-1', '1d4695df8aeceb9a49f218d05c8eb2c31cabea2fd2580a6f3c968af577fbfb56', 'LGPL-3.0-only OR CC-BY-SA-3.0'),
  el: hunspell('el', '1:7.5.0-1', 'ebb05d4232d7cf4b55a7af8b3ed4e4790082f6b9d58308043726a3c7b20f407e', 'GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1'),
};

const loaded = new Map<string, Set<string>>();

/** Russian dictionaries write ё where the press mostly writes е: both read alike here */
const fold = (word: string): string => word.toLowerCase().replace(/ё/g, 'е');

/** the lower-case stems of `lang`'s dictionary (every .dic file of its package), read once */
function wordsOf(lang: string): Set<string> | null {
  const src = WORD_LISTS[lang];
  if (!src) return null;
  let words = loaded.get(lang);
  if (words) return words;
  words = new Set();
  const dir = join(packageDir(src), 'root/usr/share/hunspell');
  // each dictionary once: a link to another (Serbian sr_ME.dic → sr_RS.dic) adds no word
  for (const file of readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.dic')).map((f) => f.name)) {
    const bytes = readFileSync(join(dir, file));
    // the .aff file says how the .dic is encoded (Greek: ISO 8859-7)
    const aff = readFileSync(join(dir, file.replace(/\.dic$/, '.aff')), 'latin1');
    const encoding = /^SET\s+(\S+)/m.exec(aff)?.[1]?.toLowerCase() ?? 'utf-8';
    const text = new TextDecoder(encoding).decode(bytes);
    for (const line of text.split(/\r?\n/).slice(1)) {
      const stem = line.replace(/^\uFEFF/, '').split('/')[0]!.trim();
      // a stem with its capital is a name, not a word
      if (stem && stem === stem.toLowerCase()) words.add(fold(stem));
    }
  }
  loaded.set(lang, words);
  return words;
}

/**
 * Is `name` an ordinary word of `lang` (a lower-case stem of its dictionary)? Undefined when the
 * pack has no dictionary of `lang`.
 */
export function isOrdinaryWord(name: string, lang: string): boolean | undefined {
  const words = wordsOf(lang);
  return words ? words.has(fold(name)) : undefined;
}
