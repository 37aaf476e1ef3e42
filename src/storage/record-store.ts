/*
 * What the scan store and the workshop store share: records kept as text under `zelfscan:<kind>:<id>`, a pointer to
 * the current one, writes that report quota problems instead of throwing, and unreadable entries set aside under a
 * corrupt-key (never deleted) so they can be rescued.
 */

export type SaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'quota' };

/** A Storage-like backend; localStorage in the browser, a Map in tests or when storage is unavailable. */
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

/** Why a write failed: the browser's quota, or storage refused altogether. */
export function writeProblem(e: unknown): SaveResult {
  const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
  return { ok: false, reason: quota ? 'quota' : 'unavailable' };
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

/** Records of one kind in key-value storage; `parse` reads one back (null: unreadable, it is set aside). */
export abstract class RecordStore<T> {
  protected constructor(
    protected readonly storage: KeyValue,
    private readonly keys: RecordKeys,
  ) {}

  /** The record's stored text read back, or null when it cannot be read. */
  protected abstract parse(raw: string): T | null;

  protected keyOf(id: string): string {
    return `${this.keys.record}${id}`;
  }

  /** Writes a record's text; false with the reason when the browser refused it. The old text then stays. */
  protected writeText(id: string, text: string, makeCurrent = false): SaveResult {
    try {
      this.storage.setItem(this.keyOf(id), text);
      if (makeCurrent) this.storage.setItem(this.keys.current, id);
      return { ok: true };
    } catch (e) {
      return writeProblem(e);
    }
  }

  /** The stored text of a record, as it was saved. */
  protected rawText(id: string): string | null {
    return this.storage.getItem(this.keyOf(id));
  }

  load(id: string): T | null {
    const raw = this.rawText(id);
    if (raw === null) return null;
    const parsed = this.parse(raw);
    if (parsed !== null) return parsed;
    this.setAside(id, raw);
    return null;
  }

  /** Moves an unreadable entry to a corrupt-key so it is kept for rescue but no longer loaded. */
  private setAside(id: string, raw: string): void {
    try {
      this.storage.setItem(`${this.keys.corrupt}${id}`, raw);
      this.storage.removeItem(this.keyOf(id));
    } catch {
      /* leave it where it is */
    }
  }

  /** The ids of every stored record of this kind (readable or not yet read). */
  protected ids(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const k = this.storage.key(i);
      if (k?.startsWith(this.keys.record)) out.push(k.slice(this.keys.record.length));
    }
    return out;
  }

  /** Every readable record. */
  protected all(): T[] {
    return this.ids()
      .map((id) => this.load(id))
      .filter((r): r is T => r !== null);
  }

  /** How many entries were set aside as unreadable. */
  corruptCount(): number {
    let n = 0;
    for (let i = 0; i < this.storage.length; i++) if (this.storage.key(i)?.startsWith(this.keys.corrupt)) n++;
    return n;
  }

  currentId(): string | null {
    return this.storage.getItem(this.keys.current);
  }

  setCurrent(id: string | null): void {
    try {
      if (id === null) this.storage.removeItem(this.keys.current);
      else this.storage.setItem(this.keys.current, id);
    } catch {
      /* not critical */
    }
  }

  remove(id: string): void {
    this.storage.removeItem(this.keyOf(id));
    if (this.currentId() === id) this.storage.removeItem(this.keys.current);
  }
}
