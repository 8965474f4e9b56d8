/**
 * The one Dexie database, in the extension's own origin (service worker on Chrome, background
 * script on Firefox). Never opened from a content script.
 */
import Dexie, { type Table } from 'dexie';
import type { Settings } from '../core/model/types.ts';

export interface KvRow {
  key: string;
  value: string;
}
export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export class GlossDb extends Dexie {
  kv!: Table<KvRow, string>;
  settings!: Table<SettingsRow, string>;

  constructor(name = 'gloss') {
    super(name);
    this.version(1).stores({
      kv: 'key',
      settings: 'key',
    });
  }
}

export const db = new GlossDb();
