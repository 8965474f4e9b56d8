/**
 * Polish names a region by a word for its kind in small letters and an adjective: "województwo
 * pomorskie", "obwód królewiecki", "powiat tatrzański". Both words decline, and the name index,
 * which reads only words with a capital, cannot read them: "w województwie pomorskim", "władze
 * województwa pomorskiego", "z obwodem królewieckim". Given such a name as the pack writes it (the
 * nominative), this gives its other case forms, so the compiled pack can list them (compile.ts).
 */

/** the genitive, dative, instrumental and locative of each word for a kind of region */
const KIND_FORMS: Readonly<Record<string, readonly [string, string, string, string]>> = {
  województwo: ['województwa', 'województwu', 'województwem', 'województwie'],
  obwód: ['obwodu', 'obwodowi', 'obwodem', 'obwodzie'],
  powiat: ['powiatu', 'powiatowi', 'powiatem', 'powiecie'],
};

/** the adjective's genitive, dative, instrumental and locative, from its nominative in -ie (neuter), -i or -y (masculine) */
function adjectiveForms(adjective: string): [string, string, string, string] | null {
  let stem: string;
  let vowel: 'i' | 'y';
  if (adjective.endsWith('ie')) [stem, vowel] = [adjective.slice(0, -2), 'i'];
  else if (adjective.endsWith('i')) [stem, vowel] = [adjective.slice(0, -1), 'i'];
  else if (adjective.endsWith('y')) [stem, vowel] = [adjective.slice(0, -1), 'y'];
  else return null;
  // -ki, -gi keep their i before -ego ("pomorskiego"); -ny, -ły take none ("zielonego")
  const before = vowel === 'i' ? 'i' : '';
  return [`${stem}${before}ego`, `${stem}${before}emu`, `${stem}${vowel}m`, `${stem}${vowel}m`];
}

/** The other case forms of a Polish name "kind of region + adjective"; none for any other name. */
export function polishCaseForms(name: string): string[] {
  const m = /^(\S+) (\p{Ll}[\p{L}-]*\p{Ll})$/u.exec(name);
  if (!m) return [];
  const kind = KIND_FORMS[m[1]!.toLowerCase()];
  const adjective = adjectiveForms(m[2]!);
  if (!kind || !adjective) return [];
  const capital = m[1]![0] !== m[1]![0]!.toLowerCase();
  return kind.map((k, i) => `${capital ? k[0]!.toUpperCase() + k.slice(1) : k} ${adjective[i]}`).filter((f, i, all) => all.indexOf(f) === i);
}
