/*
 * What the scan store and the workshop store share: records kept as text under `zelfscan:<kind>:<id>` in a backend
 * (IndexedDB, or localStorage or memory as fallbacks; see backend.ts), a pointer to the current one, writes that say
 * whether they reached storage, and unreadable entries set aside under a corrupt-key (never deleted) for rescue.
 */
import { keyValueBackend, type Backend, type Changes, type UpdateDecision } from './backend';

export type SaveProblemReason = 'unavailable' | 'quota';
export type SaveResult = { ok: true } | { ok: false; reason: SaveProblemReason };

/** A Storage-like object; localStorage in the browser, a Map in tests or when storage is unavailable. */
export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const PREFIX = 'zelfscan:';

export function memoryStorage(): KeyValue {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

/** localStorage when it works (private modes may refuse it), otherwise memory. */
export function defaultStorage(): { storage: KeyValue; persistent: boolean } {
  try {
    const ls = globalThis.localStorage;
    const probe = `${PREFIX}probe`;
    ls.setItem(probe, '1');
    ls.removeItem(probe);
    return { storage: ls, persistent: true };
  } catch {
    return { storage: memoryStorage(), persistent: false };
  }
}

export { writeProblem } from './backend';

const isBackend = (s: Backend | KeyValue): s is Backend => 'write' in s && 'update' in s;

/** A backend for a Storage-like object, or the backend itself. */
export function asBackend(s: Backend | KeyValue): Backend {
  if (isBackend(s)) return s;
  const ls = typeof localStorage === 'undefined' ? null : localStorage;
  return keyValueBackend(s, s === ls ? 'localStorage' : 'memory');
}

/** Where one kind of record lives. */
export interface RecordKeys {
  /** e.g. `zelfscan:scan:` */
  record: string;
  /** e.g. `zelfscan:current` */
  current: string;
  /** e.g. `zelfscan:corrupt:` */
  corrupt: string;
}

/** Records of one kind; `parse` reads one back (null: unreadable, it is set aside). */
export abstract class RecordStore<T> {
  protected readonly backend: Backend;

  protected constructor(
    storage: Backend | KeyValue,
    private readonly keys: RecordKeys,
  ) {
    this.backend = asBackend(storage);
  }

  /** The record's stored text read back, or null when it cannot be read. */
  protected abstract parse(raw: string): T | null;

  protected keyOf(id: string): string {
    return `${this.keys.record}${id}`;
  }

  /** Writes a record's text; the reason when the browser refused it. The old text then stays as it was. */
  protected writeText(id: string, text: string, makeCurrent = false): Promise<SaveResult> {
    return this.backend.write({
      put: { [this.keyOf(id)]: text, ...(makeCurrent ? { [this.keys.current]: id } : {}) },
    });
  }

  /** Reads the stored text and writes what `decide` returns, with no other tab writing in between. */
  protected updateText(id: string, decide: (stored: string | null) => UpdateDecision, intended?: Changes) {
    return this.backend.update(this.keyOf(id), decide, intended);
  }

  /** The stored text of a record, as it was saved. */
  protected rawText(id: string): string | null {
    return this.backend.get(this.keyOf(id));
  }

  load(id: string): T | null {
    const raw = this.rawText(id);
    if (raw === null) return null;
    const parsed = this.parse(raw);
    if (parsed !== null) return parsed;
    // kept for rescue under a corrupt-key, no longer loaded; when that fails it stays where it is
    void this.backend.write({ put: { [`${this.keys.corrupt}${id}`]: raw }, remove: [this.keyOf(id)] });
    return null;
  }

  /** Remembers that the record as of `updatedAt` was saved as a file (a backup the user holds). */
  markExported(id: string, updatedAt: string): Promise<SaveResult> {
    return this.backend.write({ put: { [`${PREFIX}exported:${this.keys.record}${id}`]: updatedAt } });
  }

  /** The `updatedAt` of the version last saved as a file, or null when it never was. */
  exportedAt(id: string): string | null {
    return this.backend.get(`${PREFIX}exported:${this.keys.record}${id}`);
  }

  /** The ids of every stored record of this kind (readable or not yet read). */
  protected ids(): string[] {
    return this.backend
      .keys()
      .filter((k) => k.startsWith(this.keys.record))
      .map((k) => k.slice(this.keys.record.length));
  }

  /** Every readable record. */
  protected all(): T[] {
    return this.ids()
      .map((id) => this.load(id))
      .filter((r): r is T => r !== null);
  }

  /** The entries set aside as unreadable: key and text, to download from "Mijn scans". */
  setAside(): { key: string; text: string }[] {
    return this.backend
      .keys()
      .filter((k) => k.startsWith(this.keys.corrupt))
      .map((key) => ({ key, text: this.backend.get(key) ?? '' }));
  }

  /** The size of this kind's stored texts, in bytes (UTF-16, as browsers count them). */
  storedBytes(): number {
    let n = 0;
    for (const k of this.backend.keys())
      if (k.startsWith(this.keys.record)) n += (this.backend.get(k)?.length ?? 0) * 2;
    return n;
  }

  /** How many entries were set aside as unreadable. */
  corruptCount(): number {
    return this.backend.keys().filter((k) => k.startsWith(this.keys.corrupt)).length;
  }

  currentId(): string | null {
    return this.backend.get(this.keys.current);
  }

  setCurrent(id: string | null): Promise<SaveResult> {
    return id === null
      ? this.backend.write({ remove: [this.keys.current] })
      : this.backend.write({ put: { [this.keys.current]: id } });
  }

  remove(id: string): Promise<SaveResult> {
    return this.backend.write({
      remove: [this.keyOf(id), ...(this.currentId() === id ? [this.keys.current] : [])],
    });
  }
}
