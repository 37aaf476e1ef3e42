/** Every storage key this app uses starts with this prefix. */
export const STORAGE_PREFIX = 'zelfscan:';

/** Removes everything this app stored in the given storage (scans, set-aside data, language choice). */
export function clearAllData(
  storage: Pick<Storage, 'key' | 'length' | 'removeItem'> = globalThis.localStorage,
): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(STORAGE_PREFIX)) keys.push(k);
  }
  keys.forEach((k) => storage.removeItem(k));
}
