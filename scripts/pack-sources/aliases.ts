/**
 * A pass after every generator (all.ts LAST, after exonyms.ts): adds to entities of the generated
 * files the names in their own country's language that their sources lack ("Europese Raad",
 * "Vlaamse regering", "Narodowy Bank Polski"), from the Gloss team's hand-kept list
 * packs/default/overrides/aliases.json (CC BY 4.0). A name another entity already holds, or the
 * entity itself, is left out (a name never turns an existing mark ambiguous); a one-word name
 * matches capitalised only, an acronym as written; a name marked `requiresContext` needs evidence
 * on the page (its `contextWords`, or the entity or a related one named).
 *
 *   node --import tsx scripts/pack-sources/aliases.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Alias, Entity } from '../../src/core/pack/types.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { ENTITIES_DIR, readJson, readOverrides, writeEntities } from './lib/common.ts';
import { Claims } from './lib/claims.ts';

/** a name to add: by default a name any page may use (one word: capitalised only); an acronym or a guarded short name says so */
interface Name {
  text: string;
  lang: string;
  kind?: 'acronym' | 'short';
  /** linked only with evidence on the page (a common word, or a name several things have) */
  requiresContext?: boolean;
  contextWords?: string[];
}
interface Input { asOf: string; aliases: Record<string, Name[]> }

const input = readOverrides<Input>('aliases.json');
const files = new Map(readdirSync(ENTITIES_DIR).filter((f) => f.endsWith('.json')).map((f) => [f, readJson<Entity[]>(join(ENTITIES_DIR, f))]));
const all = [...files.values()].flat();
const claims = new Claims(all);
const fileOf = new Map<string, string>();
for (const [file, list] of files) for (const e of list) fileOf.set(e.id, file);

/** a name's key and where its capitals are ("Millennium BCP" and "Millennium bcp" differ, "océano Índico" and "oceano Índico" do not) */
function keyAndCapitals(text: string): string {
  return `${normaliseKey(text)}|${text.replace(/\p{Lu}/gu, 'U').replace(/\p{Ll}/gu, 'l')}`;
}

const changed = new Set<string>();
const log = { added: 0, held: [] as string[], missing: [] as string[] };
for (const [id, names] of Object.entries(input.aliases)) {
  const file = fileOf.get(id);
  const entity = file ? files.get(file)!.find((e) => e.id === id) : undefined;
  if (!file || !entity) {
    log.missing.push(id);
    continue;
  }
  // its names by key and capitals: a name it has in other capitals is another name to add, since
  // names match in their own capitals ("CODELCO" not "Codelco", "Millennium BCP" not "Millennium bcp")
  const written = new Set([entity.name, ...entity.aliases.map((a) => a.text)].map(keyAndCapitals));
  for (const { text, lang, kind, requiresContext, contextWords } of names) {
    if (written.has(keyAndCapitals(text))) {
      // a pass before this one gave the name with the guard of the place's own name ("Duinkerke" like
      // "Dunkerque"): the team's list says whether a page may use it freely
      const given = entity.aliases.find((a) => keyAndCapitals(a.text) === keyAndCapitals(text));
      if (given && given.lang === lang && given.requiresContext && !requiresContext) {
        delete given.requiresContext;
        delete given.contextWords;
        changed.add(file);
      }
      continue;
    }
    if (claims.taken(text, id)) {
      log.held.push(`${id}: "${text}" (held by ${claims.holders(text, id).map((h) => h.id).join(', ')})`);
      continue;
    }
    const alias: Alias = {
      text, lang, kind: kind ?? 'name', ...(/\s/.test(text) && kind !== 'acronym' ? {} : { caseSensitive: true }),
      ...(requiresContext ? { requiresContext } : {}), ...(contextWords ? { contextWords } : {}),
    };
    entity.aliases.push(alias);
    written.add(keyAndCapitals(text));
    log.added++;
    changed.add(file);
  }
}
for (const file of changed) writeEntities(file, files.get(file)!);
console.log(`${log.added} names added; ${log.held.length} held by other entities left out${log.held.length ? `: ${log.held.join('; ')}` : ''}`);
if (log.missing.length > 0) throw new Error(`overrides/aliases.json names entities no file has: ${log.missing.join(', ')}`);
