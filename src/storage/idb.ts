import { openDB, type IDBPDatabase } from 'idb';

/*
 * The app's IndexedDB database: one object store `kv` with the same keys localStorage used (`zelfscan:scan:<id>`,
 * `zelfscan:current`, …) and the same texts as values. Small on purpose: the start page reads it too.
 */

export const DB_NAME = 'zelfscan-wijkaanpak';
export const STORE = 'kv';

export function openAppDb(): Promise<IDBPDatabase> {
  return openDB(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore(STORE);
    },
  });
}
