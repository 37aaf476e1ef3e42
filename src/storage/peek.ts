/**
 * A light look at the current saved scan for the start page, without loading the validation code. The scan itself
 * is always loaded through restore() before use.
 */
export interface ScanPeek {
  id: string;
  name: string;
  answered: number;
  step: string;
}

export function peekCurrentScan(given?: Pick<Storage, 'getItem'>): ScanPeek | null {
  try {
    // inside the try: a browser that blocks storage throws on merely reading `localStorage`
    const storage = given ?? globalThis.localStorage;
    const id = storage?.getItem('zelfscan:current');
    if (!id) return null;
    const raw = storage?.getItem(`zelfscan:scan:${id}`);
    if (!raw) return null;
    const env = JSON.parse(raw) as {
      scan?: { id?: unknown; name?: unknown; answers?: unknown; step?: unknown };
    };
    const s = env.scan;
    if (!s || typeof s.id !== 'string' || typeof s.answers !== 'object' || s.answers === null) return null;
    return {
      id: s.id,
      name: typeof s.name === 'string' ? s.name : '',
      answered: Object.keys(s.answers).length,
      step: typeof s.step === 'string' ? s.step : 'role',
    };
  } catch {
    return null;
  }
}

/**
 * The current scan's stored text, from IndexedDB (where the app keeps its data) or else localStorage (not moved yet):
 * for the start page and for rescuing the answers when a screen crashes. Loads no validation code.
 */
export async function currentScanText(): Promise<string | null> {
  if (typeof indexedDB !== 'undefined') {
    try {
      const { openAppDb, STORE } = await import('./idb');
      const db = await openAppDb();
      const tx = db.transaction(STORE);
      const id: unknown = await tx.store.get('zelfscan:current');
      const raw: unknown = typeof id === 'string' ? await tx.store.get(`zelfscan:scan:${id}`) : null;
      db.close();
      if (typeof raw === 'string') return raw;
    } catch {
      /* fall back to localStorage */
    }
  }
  try {
    const id = globalThis.localStorage.getItem('zelfscan:current');
    return id ? globalThis.localStorage.getItem(`zelfscan:scan:${id}`) : null;
  } catch {
    return null;
  }
}

/** The start page's look at the current scan, wherever it is stored. */
export async function peekCurrentScanAnywhere(): Promise<ScanPeek | null> {
  const raw = await currentScanText();
  if (raw === null) return null;
  return peekCurrentScan({
    getItem: (k) => (k === 'zelfscan:current' ? 'x' : k === 'zelfscan:scan:x' ? raw : null),
  });
}
