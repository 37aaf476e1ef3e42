import type { ScanData } from '../domain/scan';
import type { Content } from '../domain/types';
import { wrap } from './envelope';
import { restore } from './restore';
import { clearAllData } from './clear';

const PREFIX = 'zelfscan:';
const SCAN_KEY = (id: string) => `${PREFIX}scan:${id}`;
const CURRENT_KEY = `${PREFIX}current`;
const CORRUPT_PREFIX = `${PREFIX}corrupt:`;

export interface ScanSummary {
  id: string;
  name: string;
  role: ScanData['role'];
  updatedAt: string;
  step: ScanData['step'];
  answered: number;
}

export type SaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'quota' };

/** A Storage-like backend; localStorage in the browser, a Map in tests or when storage is unavailable. */
export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

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

/**
 * Saves and reads scans in browser storage, each in a versioned envelope. Corrupt entries are set aside under a
 * separate key (never deleted) and reported.
 */
export class ScanStore {
  constructor(
    private readonly storage: KeyValue,
    private readonly contentVersion: string,
    private readonly content?: Pick<Content, 'modules'>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private keys(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const k = this.storage.key(i);
      if (k) out.push(k);
    }
    return out;
  }

  save(scan: ScanData): SaveResult {
    const envelope = wrap(scan, this.contentVersion, this.clock().toISOString());
    try {
      this.storage.setItem(SCAN_KEY(scan.id), JSON.stringify(envelope));
      this.storage.setItem(CURRENT_KEY, scan.id);
      return { ok: true };
    } catch (e) {
      const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
      return { ok: false, reason: quota ? 'quota' : 'unavailable' };
    }
  }

  load(id: string): ScanData | null {
    const raw = this.storage.getItem(SCAN_KEY(id));
    if (raw === null) return null;
    const r = restore(raw, this.content);
    if (r.ok) return r.envelope.scan;
    this.setAside(id, raw);
    return null;
  }

  /** Moves an unreadable entry to a corrupt-key so it is kept for rescue but no longer loaded. */
  private setAside(id: string, raw: string): void {
    try {
      this.storage.setItem(`${CORRUPT_PREFIX}${id}`, raw);
      this.storage.removeItem(SCAN_KEY(id));
    } catch {
      /* leave it where it is */
    }
  }

  corruptCount(): number {
    return this.keys().filter((k) => k.startsWith(CORRUPT_PREFIX)).length;
  }

  list(): ScanSummary[] {
    const out: ScanSummary[] = [];
    for (const k of this.keys()) {
      if (!k.startsWith(`${PREFIX}scan:`)) continue;
      const scan = this.load(k.slice(`${PREFIX}scan:`.length));
      if (scan) {
        out.push({
          id: scan.id,
          name: scan.name,
          role: scan.role,
          updatedAt: scan.updatedAt,
          step: scan.step,
          answered: Object.keys(scan.answers).length,
        });
      }
    }
    return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  currentId(): string | null {
    return this.storage.getItem(CURRENT_KEY);
  }

  setCurrent(id: string): void {
    try {
      this.storage.setItem(CURRENT_KEY, id);
    } catch {
      /* not critical */
    }
  }

  remove(id: string): void {
    this.storage.removeItem(SCAN_KEY(id));
    if (this.currentId() === id) this.storage.removeItem(CURRENT_KEY);
  }

  rename(id: string, name: string): void {
    const scan = this.load(id);
    if (scan) this.save({ ...scan, name, updatedAt: this.clock().toISOString() });
  }

  /** Removes everything this app stored on the device, including the language choice. */
  clearAll(): void {
    clearAllData(this.storage);
  }
}
