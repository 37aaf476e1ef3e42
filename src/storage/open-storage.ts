import {
  JOURNAL_PREFIX,
  keyValueBackend,
  openIndexedDbBackend,
  replayJournal,
  writeProblem,
  type Backend,
} from './backend';
import { memoryStorage, PREFIX, type KeyValue } from './record-store';

/*
 * Opening this device's storage: IndexedDB when the browser has it, with what an earlier version kept in
 * localStorage moved over (and removed there only once the copy is verified); otherwise localStorage; otherwise
 * memory, holding a copy of whatever localStorage still lets us read, so stored scans are still shown and exportable.
 */

/** The language choice stays in localStorage: the app reads it before anything else loads. */
export const LANG_KEY = `${PREFIX}lang`;

/** How long opening IndexedDB may take before the app goes on without it (a blocked database never answers). */
const OPEN_TIMEOUT_MS = 4000;

export interface OpenedBackend {
  backend: Backend;
  /** False: nothing written now survives the page (storage refused). */
  persistent: boolean;
  /** What moved from localStorage to IndexedDB on this start. */
  migrated: MigrationResult | null;
}

export interface MigrationResult {
  /** Keys copied into IndexedDB. */
  copied: number;
  /** Keys removed from localStorage after their copy was read back and found identical. */
  removed: number;
  /** Why the copy failed (localStorage was left as it was). */
  problem?: 'quota' | 'unavailable';
}

/** localStorage, or null when the browser blocks even looking at it. */
export function safeLocalStorage(): KeyValue | null {
  try {
    const ls = globalThis.localStorage;
    void ls.length;
    return ls;
  } catch {
    return null;
  }
}

function ourKeys(kv: KeyValue): string[] {
  const out: string[] = [];
  for (let i = 0; i < kv.length; i++) {
    const k = kv.key(i);
    if (k?.startsWith(PREFIX) && k !== LANG_KEY && !k.startsWith(JOURNAL_PREFIX)) out.push(k);
  }
  return out;
}

/**
 * Moves what this app kept in localStorage into `target`. A key the target already has is not overwritten (it was
 * written later). A key is removed from localStorage only once the target reads back the very same text.
 */
export async function migrateFromLocalStorage(
  target: Backend,
  ls: KeyValue | null,
): Promise<MigrationResult | null> {
  if (!ls) return null;
  const keys = ourKeys(ls);
  if (keys.length === 0) return null;
  const put: Record<string, string> = {};
  for (const k of keys) {
    const v = ls.getItem(k);
    if (v !== null && target.get(k) === null) put[k] = v;
  }
  const copied = Object.keys(put).length;
  if (copied > 0) {
    const w = await target.write({ put });
    if (!w.ok) return { copied: 0, removed: 0, problem: w.reason };
  }
  const back = await target.readBack(keys);
  let removed = 0;
  keys.forEach((k, i) => {
    const expected = put[k] ?? target.get(k);
    if (back[i] === null || back[i] !== expected) return;
    try {
      ls.removeItem(k);
      removed++;
    } catch {
      /* stays in localStorage too; the copy is safe */
    }
  });
  return { copied, removed };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const id = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(id);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** The fallback without IndexedDB: localStorage when it can be written (or is only full), otherwise memory. */
export function openWithoutIndexedDb(): OpenedBackend {
  const ls = safeLocalStorage();
  if (ls) {
    try {
      ls.setItem(`${PREFIX}probe`, '1');
      ls.removeItem(`${PREFIX}probe`);
      return { backend: keyValueBackend(ls, 'localStorage'), persistent: true, migrated: null };
    } catch (e) {
      // full is not refused: everything stored can be read, and each write says it did not fit
      if (writeProblem(e).reason === 'quota')
        return { backend: keyValueBackend(ls, 'localStorage'), persistent: true, migrated: null };
    }
  }
  // writes refused: work in memory, starting from a copy of what can still be read
  const copy = memoryStorage();
  if (ls) {
    try {
      for (const k of ourKeys(ls)) copy.setItem(k, ls.getItem(k) ?? '');
    } catch {
      /* nothing readable */
    }
  }
  return { backend: keyValueBackend(copy, 'memory'), persistent: false, migrated: null };
}

/** Opens the best storage this browser offers. */
export async function openBackend(): Promise<OpenedBackend> {
  if (typeof indexedDB === 'undefined') return openWithoutIndexedDb();
  let backend: Backend;
  try {
    backend = await withTimeout(openIndexedDbBackend(), OPEN_TIMEOUT_MS);
  } catch {
    return openWithoutIndexedDb();
  }
  const ls = safeLocalStorage();
  // first what a page closed mid-write left noted, then what an older version kept in localStorage
  await replayJournal(backend, ls);
  const migrated = await migrateFromLocalStorage(backend, ls);
  return { backend, persistent: true, migrated };
}
