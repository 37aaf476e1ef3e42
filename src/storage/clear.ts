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

/** Same name as the backend's channel: open stores in this and other tabs drop the keys announced on it. */
const CHANNEL = 'zelfscan-wijkaanpak-storage';

function countOurs(kv: Pick<Storage, 'key' | 'length'>): number {
  let n = 0;
  for (let i = 0; i < kv.length; i++) if (kv.key(i)?.startsWith(STORAGE_PREFIX)) n++;
  return n;
}

/**
 * "Alle gegevens wissen": everything this app keeps on the device, in IndexedDB and in localStorage. Resolves true
 * only when nothing of it is left in either (storage the browser blocks altogether holds nothing of ours).
 */
export async function clearEverything(): Promise<boolean> {
  let left = 0;
  try {
    clearAllData(globalThis.localStorage);
  } catch {
    /* refused: counted below */
  }
  try {
    left += countOurs(globalThis.localStorage);
  } catch {
    /* blocked altogether: nothing of ours can be in it */
  }
  if (typeof indexedDB === 'undefined') return left === 0;
  try {
    const { openAppDb, STORE } = await import('./idb');
    const db = await openAppDb();
    const keys = (await db.getAllKeys(STORE)).map(String);
    const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    await tx.store.clear();
    await tx.done;
    left += await db.count(STORE);
    db.close();
    if (typeof BroadcastChannel !== 'undefined' && keys.length) {
      const channel = new BroadcastChannel(CHANNEL);
      channel.postMessage({ keys });
      channel.close();
    }
  } catch {
    return false;
  }
  return left === 0;
}
