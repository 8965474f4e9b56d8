/**
 * Earlier versions of the Gloss JSON format are upgraded step by step to the current one before
 * validation: UPGRADES[n] turns a version-n file into a version-(n+1) file. Version 1 is the
 * first version (issue #10), so the chain is empty today; a later format change adds its step
 * here and keeps reading every file an earlier Gloss wrote.
 */
import { NOTES_FORMAT_VERSION } from './schema.ts';

type Upgrade = (file: Record<string, unknown>) => Record<string, unknown>;
const UPGRADES: Record<number, Upgrade> = {};

export type VersionCheck = { ok: true; file: Record<string, unknown> } | { ok: false; newer: number } | { ok: false; invalid: string };

export function upgradeToCurrent(file: Record<string, unknown>): VersionCheck {
  const version = file['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, invalid: 'formatVersion must be a whole number, 1 or more' };
  if (version > NOTES_FORMAT_VERSION) return { ok: false, newer: version };
  let out = file;
  for (let n = version; n < NOTES_FORMAT_VERSION; n++) {
    const step = UPGRADES[n];
    if (!step) return { ok: false, invalid: `Gloss cannot read format version ${n}` };
    out = { ...step(out), formatVersion: n + 1 };
  }
  return { ok: true, file: out };
}
