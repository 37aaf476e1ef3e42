import type { Page } from '@playwright/test';

/**
 * What the app keeps on this origin, as the durable stores have it: IndexedDB (the app's primary store) and
 * localStorage (the language choice, and whatever an older version left there), key by key.
 */
export function storedEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith('zelfscan')) out[k] = localStorage.getItem(k) ?? '';
    }
    const names = (await indexedDB.databases?.())?.map((d) => d.name) ?? [];
    if (!names.includes('zelfscan-wijkaanpak')) return out;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('zelfscan-wijkaanpak');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    if (!db.objectStoreNames.contains('kv')) {
      db.close();
      return out;
    }
    const rows = await new Promise<[string, string][]>((resolve, reject) => {
      const tx = db.transaction('kv');
      const keys = tx.objectStore('kv').getAllKeys();
      const values = tx.objectStore('kv').getAll();
      tx.oncomplete = () =>
        resolve(keys.result.map((k, i) => [String(k), String(values.result[i])] as [string, string]));
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    for (const [k, v] of rows) out[k] = v;
    return out;
  });
}

/** The ids of the answers in the current scan as stored. */
export async function storedAnswers(page: Page): Promise<string[]> {
  const all = await storedEntries(page);
  const id = all['zelfscan:current'];
  const env = JSON.parse(all[`zelfscan:scan:${id}`] ?? '{}') as {
    scan?: { answers?: Record<string, unknown> };
  };
  return Object.keys(env.scan?.answers ?? {});
}

/** Empties what the app keeps on this origin (IndexedDB and localStorage), as a fresh browser would have it. */
export async function clearStored(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    const names = (await indexedDB.databases?.())?.map((d) => d.name) ?? [];
    if (!names.includes('zelfscan-wijkaanpak')) return;
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.deleteDatabase('zelfscan-wijkaanpak');
      r.onsuccess = () => resolve();
      r.onerror = () => reject(r.error);
      // an open page holds the database: it closes on versionchange, and the deletion then goes on
      r.onblocked = () => {};
    });
  });
}
