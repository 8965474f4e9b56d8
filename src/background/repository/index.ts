/**
 * The repository: the one layer that reads and writes the reader's data (pages, highlights,
 * notes, sightings, rejections, tombstones) in Dexie. Handlers, export, import and search call
 * these functions, never the tables. Every write is one transaction and resolves after it
 * committed; every write of a record raises its revision; every delete leaves a tombstone.
 */
export * from './pages.ts';
export * from './annotations.ts';
export * from './sightings.ts';
export * from './rejections.ts';
export * from './snapshot.ts';
export * from './import.ts';
export { unbury } from './tombstones.ts';
export * from './settings.ts';
export * from './lookups.ts';
