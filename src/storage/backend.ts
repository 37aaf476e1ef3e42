import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { openAppDb, STORE } from './idb';
import type { KeyValue, SaveResult } from './record-store';

/*
 * Where the records live. IndexedDB is the primary store: every write is one transaction with strict durability, so a
 * write reported as done survives the browser process being killed, and a failed write leaves the previous version as
 * it was. localStorage (older browsers) and memory (storage refused) are the fallbacks. Reads are synchronous, from a
 * copy loaded when the store opens and kept up to date by this tab's writes and by what other tabs announce.
 */

export type BackendKind = 'indexeddb' | 'localStorage' | 'memory';

/** What one write changes: texts to put under keys, and keys to remove. */
export interface Changes {
  put?: Record<string, string>;
  remove?: string[];
}

/** What `update` decides after reading the stored text: write these changes, or leave everything as it is. */
export type UpdateDecision = { write: Changes } | { keep: true };

export type UpdateResult =
  { ok: true; stored: string | null; wrote: boolean } | Extract<SaveResult, { ok: false }>;

export interface Backend {
  readonly kind: BackendKind;
  get(key: string): string | null;
  keys(): string[];
  /** All changes in one transaction; resolves once they are durable (or with the reason they are not). */
  write(changes: Changes): Promise<SaveResult>;
  /**
   * Reads what is stored under `key` now and writes what `decide` returns, in one transaction, so another tab cannot
   * write in between. `decide` must be synchronous.
   */
  update(
    key: string,
    decide: (stored: string | null) => UpdateDecision,
    /** What the caller means to write, noted at once (before the read) so a page closed meanwhile loses nothing. */
    intended?: Changes,
  ): Promise<UpdateResult>;
  /** The texts as the durable store has them (not the copy in memory): to verify a copy. */
  readBack(keys: readonly string[]): Promise<(string | null)[]>;
  /** Called when another tab changed a key (null: removed). Returns the unsubscribe function. */
  subscribe(listener: (key: string, value: string | null) => void): () => void;
}

/** Why a write failed: the browser's quota, or storage refused altogether. */
export function writeProblem(e: unknown): Extract<SaveResult, { ok: false }> {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  const quota = name === 'QuotaExceededError' || (e instanceof DOMException && e.code === 22);
  return { ok: false, reason: quota ? 'quota' : 'unavailable' };
}

function kvKeys(kv: KeyValue): string[] {
  const out: string[] = [];
  for (let i = 0; i < kv.length; i++) {
    const k = kv.key(i);
    if (k !== null) out.push(k);
  }
  return out;
}

/**
 * A backend over a Storage-like object (localStorage, or a Map in memory). Writes apply at once; a write that fails
 * half-way is undone, so the earlier texts stay.
 */
export function keyValueBackend(kv: KeyValue, kind: 'localStorage' | 'memory'): Backend {
  const apply = (changes: Changes): SaveResult => {
    const before = new Map<string, string | null>();
    try {
      for (const [k, v] of Object.entries(changes.put ?? {})) {
        before.set(k, kv.getItem(k));
        kv.setItem(k, v);
      }
      for (const k of changes.remove ?? []) {
        before.set(k, kv.getItem(k));
        kv.removeItem(k);
      }
      return { ok: true };
    } catch (e) {
      for (const [k, v] of before) {
        try {
          if (v === null) kv.removeItem(k);
          else kv.setItem(k, v);
        } catch {
          /* the old text is still there: setItem failed before replacing it */
        }
      }
      return writeProblem(e);
    }
  };
  return {
    kind,
    get: (key) => kv.getItem(key),
    keys: () => kvKeys(kv),
    write: async (changes) => apply(changes),
    update: async (key, decide) => {
      const stored = kv.getItem(key);
      const d = decide(stored);
      if ('keep' in d) return { ok: true, stored, wrote: false };
      const r = apply(d.write);
      return r.ok ? { ok: true, stored, wrote: true } : r;
    },
    readBack: async (keys) => keys.map((k) => kv.getItem(k)),
    subscribe: (listener) => {
      if (kind !== 'localStorage' || typeof window === 'undefined') return () => {};
      // the browser's storage event fires in the other tabs only
      const onStorage = (e: StorageEvent) => {
        // a real event names its storage; one a test dispatches has none
        if (e.key !== null && (e.storageArea === kv || e.storageArea === null)) listener(e.key, e.newValue);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

const CHANNEL = 'zelfscan-wijkaanpak-storage';

type RwTx = IDBPTransaction<unknown, [typeof STORE], 'readwrite'>;

/**
 * Writes in flight when a page closes. IndexedDB commits asynchronously, so a tab closed (or reloaded) right after a
 * change could lose it; each write is first noted here, synchronously, and the note removed once the transaction has
 * committed. The next start replays what is left (see `replayJournal`). Best effort: when localStorage refuses, the
 * write still goes to IndexedDB.
 */
export const JOURNAL_PREFIX = 'zelfscan:journal:';

interface Journal {
  note(changes: Changes): void;
  clear(changes: Changes): void;
}

function localJournal(): Journal {
  const ls = (() => {
    try {
      return globalThis.localStorage;
    } catch {
      return null;
    }
  })();
  const each = (changes: Changes, f: (key: string, value: string | null) => void) => {
    for (const [k, v] of Object.entries(changes.put ?? {})) f(k, v);
    for (const k of changes.remove ?? []) f(k, null);
  };
  return {
    note: (changes) =>
      each(changes, (k, v) => {
        try {
          // a removal is noted as an empty marker object
          ls?.setItem(`${JOURNAL_PREFIX}${k}`, JSON.stringify({ v }));
        } catch {
          /* full or refused: IndexedDB still gets the write */
        }
      }),
    // only this write's own note: a later write to the same key, still in flight, keeps its note (writes to one key
    // overlap when a change follows before the previous one committed)
    clear: (changes) =>
      each(changes, (k, v) => {
        try {
          const key = `${JOURNAL_PREFIX}${k}`;
          if (ls?.getItem(key) === JSON.stringify({ v })) ls.removeItem(key);
        } catch {
          /* nothing to clear */
        }
      }),
  };
}

/** The `updatedAt` of a saved scan or workshop text (null: not one, or unreadable). */
export function updatedAtOf(text: string | null): string | null {
  if (text === null) return null;
  try {
    const env = JSON.parse(text) as { scan?: { updatedAt?: unknown }; workshop?: { updatedAt?: unknown } };
    const at = env.scan?.updatedAt ?? env.workshop?.updatedAt;
    return typeof at === 'string' ? at : null;
  } catch {
    return null;
  }
}

function storedIsNewer(stored: string | null, noted: string): boolean {
  const a = updatedAtOf(stored);
  const b = updatedAtOf(noted);
  return a !== null && b !== null && a > b;
}

/**
 * Applies the writes a closed page left noted in the journal (they are newer than what IndexedDB has: the note is
 * made just before the write) and removes the notes once they are stored.
 */
export async function replayJournal(backend: Backend, ls: KeyValue | null): Promise<number> {
  if (!ls) return 0;
  const changes: Changes = { put: {}, remove: [] };
  const notes: string[] = [];
  for (let i = 0; i < ls.length; i++) {
    const k = ls.key(i);
    if (k?.startsWith(JOURNAL_PREFIX)) notes.push(k);
  }
  const handled: string[] = [];
  for (const k of notes) {
    try {
      const { v } = JSON.parse(ls.getItem(k) ?? '') as { v?: unknown };
      const key = k.slice(JOURNAL_PREFIX.length);
      if (typeof v === 'string') {
        // a note older than what is stored (another tab saved later) is not applied
        if (!storedIsNewer(backend.get(key), v)) (changes.put as Record<string, string>)[key] = v;
        handled.push(k);
      } else if (v === null) {
        changes.remove?.push(key);
        handled.push(k);
      }
    } catch {
      /* not a note of ours: left as it is */
    }
  }
  const n = Object.keys(changes.put ?? {}).length + (changes.remove?.length ?? 0);
  const r = n > 0 ? await backend.write(changes) : { ok: true };
  if (r.ok) for (const k of handled) ls.removeItem(k);
  return r.ok ? n : 0;
}

/** Opens (creating on first use) the app's IndexedDB database and loads every record into memory. */
export async function openIndexedDbBackend(journal: Journal = localJournal()): Promise<Backend> {
  const db: IDBPDatabase = await openAppDb();
  // a newer version of the app in another tab wants to change the database: let it
  db.addEventListener('versionchange', () => db.close());
  const copy = new Map<string, string>();
  {
    const tx = db.transaction(STORE);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    keys.forEach((k, i) => {
      const v: unknown = values[i];
      if (typeof v === 'string') copy.set(String(k), v);
    });
    await tx.done;
  }
  const listeners = new Set<(key: string, value: string | null) => void>();
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  const remember = (changes: Changes) => {
    for (const [k, v] of Object.entries(changes.put ?? {})) copy.set(k, v);
    for (const k of changes.remove ?? []) copy.delete(k);
    const keys = [...Object.keys(changes.put ?? {}), ...(changes.remove ?? [])];
    if (keys.length) channel?.postMessage({ keys });
  };
  channel?.addEventListener('message', (e: MessageEvent<{ keys?: unknown }>) => {
    const keys = Array.isArray(e.data?.keys)
      ? e.data.keys.filter((k): k is string => typeof k === 'string')
      : [];
    void Promise.all(keys.map(async (k) => [k, (await db.get(STORE, k)) as unknown] as const)).then(
      (rows) => {
        for (const [k, v] of rows) {
          if (typeof v === 'string') copy.set(k, v);
          else copy.delete(k);
          listeners.forEach((l) => l(k, typeof v === 'string' ? v : null));
        }
      },
    );
  });
  /** A write that failed half-way must not commit the part before the failure. */
  const abort = (tx: { abort(): void; done: Promise<void> } | null) => {
    if (!tx) return;
    tx.done.catch(() => {});
    try {
      tx.abort();
    } catch {
      /* already finished or aborted */
    }
  };
  const writeIn = (tx: RwTx, c: Changes) => {
    // a failed request aborts the transaction, which reports it; the request's own rejection is not needed
    for (const [k, v] of Object.entries(c.put ?? {})) tx.store.put(v, k).catch(() => {});
    for (const k of c.remove ?? []) tx.store.delete(k).catch(() => {});
  };
  return {
    kind: 'indexeddb',
    get: (key) => copy.get(key) ?? null,
    keys: () => [...copy.keys()],
    write: async (changes) => {
      let tx: RwTx | null = null;
      journal.note(changes);
      try {
        tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
        writeIn(tx, changes);
        await tx.done;
      } catch (e) {
        abort(tx);
        journal.clear(changes);
        return writeProblem(e);
      }
      journal.clear(changes);
      remember(changes);
      return { ok: true };
    },
    update: async (key, decide, intended) => {
      if (intended) journal.note(intended);
      let stored: string | null = null;
      let decision: UpdateDecision = { keep: true };
      let tx: RwTx | null = null;
      try {
        tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
        const v: unknown = await tx.store.get(key);
        stored = typeof v === 'string' ? v : null;
        decision = decide(stored);
        if ('write' in decision) {
          journal.note(decision.write);
          writeIn(tx, decision.write);
        }
        await tx.done;
      } catch (e) {
        abort(tx);
        if ('write' in decision) journal.clear(decision.write);
        if (intended) journal.clear(intended);
        return writeProblem(e);
      }
      if ('write' in decision) journal.clear(decision.write);
      if (intended) journal.clear(intended);
      if ('write' in decision) remember(decision.write);
      else if (stored === null) copy.delete(key);
      else copy.set(key, stored);
      return { ok: true, stored, wrote: 'write' in decision };
    },
    readBack: async (keys) => {
      const tx = db.transaction(STORE);
      const values = await Promise.all(keys.map((k) => tx.store.get(k) as Promise<unknown>));
      await tx.done;
      return values.map((v) => (typeof v === 'string' ? v : null));
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
