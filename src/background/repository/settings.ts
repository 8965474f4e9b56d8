/** The reader's settings: one row, merged over the defaults so fields added later have a value. */
import { db } from '../db.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../core/model/types.ts';

export async function getSettings(): Promise<Settings> {
  const row = await db.settings.get('settings');
  return { ...DEFAULT_SETTINGS, ...(row?.value ?? {}) };
}

/** Read, change and write the settings in one transaction (no read-modify-write race between tabs). */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const merged = change(await getSettings());
    await db.settings.put({ key: 'settings', value: merged });
    return merged;
  });
}
