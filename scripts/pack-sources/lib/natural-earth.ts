/**
 * Names of cities in other languages from Natural Earth's populated places (public domain): the
 * German, Spanish, French, Portuguese, Russian and English names it gives some 7,300 places, among
 * them many towns that the GeoNames names of lib/exonyms.ts lack ("Courtrai" is not one of them, but
 * "Trévise", "Cassel", "Oldenbourg", "Alejandrópolis", "Galatz" are). Each place carries its GeoNames
 * id, which is how a pack city is matched.
 *
 * Read from the GeoJSON conversion in martynafford/natural-earth-geojson (Natural Earth 4.0, 2017;
 * the conversion is under CC0), where the 1:10m file is kept as a 7-Zip archive: unpacking it needs
 * the `7z` command (Debian: p7zip-full).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSourceBytes, type GitSource } from './sources.ts';

export const NATURAL_EARTH: GitSource = {
  repo: 'martynafford/natural-earth-geojson',
  commit: '0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e',
  ref: {
    name: 'Natural Earth populated places (names in other languages), 1:10m, version 4.0, via martynafford/natural-earth-geojson',
    url: 'https://www.naturalearthdata.com/',
    licence: 'public-domain',
  },
};

const ARCHIVE = '10m/cultural/ne_10m_populated_places.7z';
const FILE = 'ne_10m_populated_places.json';

/** the languages Natural Earth 4.0 names its places in, and its field for each */
export const NATURAL_EARTH_LANGS: Readonly<Record<string, string>> = { de: 'NAME_DE', es: 'NAME_ES', fr: 'NAME_FR', pt: 'NAME_PT', ru: 'NAME_RU', en: 'NAME_EN' };

interface Feature { properties: Record<string, string | number | null> }

/** the file inside the archive, unpacked with 7z into a temporary folder */
function unpacked(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-ne-'));
  try {
    const archive = join(dir, 'places.7z');
    writeFileSync(archive, readSourceBytes(NATURAL_EARTH, ARCHIVE));
    try {
      return execFileSync('7z', ['x', '-so', archive, FILE], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
    } catch {
      console.error(`Cannot unpack ${ARCHIVE} of ${NATURAL_EARTH.repo}: the 7z command is needed (Debian: apt-get install p7zip-full).`);
      process.exit(1);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let byGeonameId: Map<number, Record<string, string>> | undefined;

/** each place's names by language ({ de: "Trient", fr: "Trente", … }), by its GeoNames id */
export function naturalEarthNames(): Map<number, Record<string, string>> {
  if (byGeonameId) return byGeonameId;
  byGeonameId = new Map();
  for (const f of (JSON.parse(unpacked()) as { features: Feature[] }).features) {
    const id = Number(f.properties.GEONAMEID);
    if (!Number.isInteger(id) || id <= 0) continue;
    const names: Record<string, string> = {};
    for (const [lang, field] of Object.entries(NATURAL_EARTH_LANGS)) {
      const v = f.properties[field];
      if (typeof v === 'string' && v.trim() !== '') names[lang] = v.trim();
    }
    byGeonameId.set(id, names);
  }
  return byGeonameId;
}
