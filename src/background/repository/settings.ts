/** The reader's settings: one row, merged over the defaults so fields added later have a value. */
import { db } from '../db.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../core/model/types.ts';

export async function getSettings(): Promise<Settings> {
  const row = await db.settings.get('settings');
  return { ...DEFAULT_SETTINGS, ...(row?.value ?? {}) };
}

export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const merged = { ...(await getSettings()), ...patch };
    await db.settings.put({ key: 'settings', value: merged });
    return merged;
  });
}
