/**
 * The Countries States Cities Database at the commit the generators read (ODbL 1.0): the regions'
 * rows for regions-admin.ts, and their QIDs and ISO 3166-2 codes for lib/exonyms.ts. One pin for both.
 */
import type { GitSource } from './sources.ts';

export const CSC: GitSource = {
  repo: 'dr5hn/countries-states-cities-database',
  commit: '7fda0afd3e75391d9480c22ed3a2b91f50e08eb6',
  ref: { name: 'Countries States Cities Database', url: 'https://github.com/dr5hn/countries-states-cities-database', licence: 'ODbL-1.0', asOf: '2026-08-08' },
};
