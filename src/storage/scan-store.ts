import type { ScanData } from '../domain/scan';
import type { Content } from '../domain/types';
import { wrap } from './envelope';
import { restore } from './restore';
import { clearEverything } from './clear';
import { updatedAtOf, type Backend } from './backend';
import { PREFIX, RecordStore, type KeyValue, type SaveResult } from './record-store';

export interface ScanSummary {
  id: string;
  name: string;
  role: ScanData['role'];
  updatedAt: string;
  step: ScanData['step'];
  answered: number;
}

export { defaultStorage, memoryStorage, type KeyValue, type SaveResult } from './record-store';

/**
 * Saves and reads scans in browser storage, each in a versioned envelope. Corrupt entries are set aside under a
 * separate key (never deleted) and reported.
 */
export class ScanStore extends RecordStore<ScanData> {
  constructor(
    storage: Backend | KeyValue,
    private readonly contentVersion: string,
    private readonly content?: Pick<Content, 'modules'>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    super(storage, { record: `${PREFIX}scan:`, current: `${PREFIX}current`, corrupt: `${PREFIX}corrupt:` });
  }

  protected parse(raw: string): ScanData | null {
    const r = restore(raw, this.content);
    return r.ok ? r.envelope.scan : null;
  }

  private text(scan: ScanData): string {
    return JSON.stringify(wrap(scan, this.contentVersion, this.clock().toISOString()));
  }

  /** Saves the scan and makes it the current one; the previous version stays when the browser refuses. */
  save(scan: ScanData): Promise<SaveResult> {
    return this.writeText(scan.id, this.text(scan), true);
  }

  /**
   * Saves the scan unless another tab saved a newer version since `since` (the `updatedAt` this tab last loaded or
   * saved): then that version is returned and nothing is written. Read and write are one transaction.
   */
  async saveUnlessNewer(
    scan: ScanData,
    since: string,
  ): Promise<SaveResult | { ok: false; reason: 'newer'; scan: ScanData }> {
    const key = this.keyOf(scan.id);
    let newer: ScanData | null = null;
    const write = { put: { [key]: this.text(scan), [`${PREFIX}current`]: scan.id } };
    const r = await this.updateText(
      scan.id,
      (stored) => {
        // a light look at the stored version's time first: only a newer one is read whole (on every answer)
        const at = updatedAtOf(stored);
        const other =
          at !== null && at > since && at !== scan.updatedAt ? this.parse(stored as string) : null;
        if (other) {
          newer = other;
          return { keep: true };
        }
        return { write };
      },
      write,
    );
    if (!r.ok) return r;
    return newer ? { ok: false, reason: 'newer', scan: newer } : { ok: true };
  }

  /** Calls `onChange` with each version of the scan another tab saves. */
  watch(id: string, onChange: (scan: ScanData) => void): () => void {
    const key = this.keyOf(id);
    return this.backend.subscribe((k, value) => {
      if (k !== key || value === null) return;
      const scan = this.parse(value);
      if (scan) onChange(scan);
    });
  }

  /** The scan as it was saved, not reconciled with the current content (a baseline keeps removed questions). */
  loadAsSaved(id: string): ScanData | null {
    const raw = this.rawText(id);
    if (raw === null) return null;
    const r = restore(raw);
    return r.ok ? r.envelope.scan : null;
  }

  list(): ScanSummary[] {
    return this.all()
      .map((scan) => ({
        id: scan.id,
        name: scan.name,
        role: scan.role,
        updatedAt: scan.updatedAt,
        step: scan.step,
        answered: Object.keys(scan.answers).length,
      }))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async rename(id: string, name: string): Promise<SaveResult> {
    const scan = this.load(id);
    return scan ? this.save({ ...scan, name, updatedAt: this.clock().toISOString() }) : { ok: true };
  }

  /**
   * Removes everything this app stored on the device (scans, workshops, set-aside data, the language choice), in
   * this store and in localStorage; true only when nothing is left in either.
   */
  async clearAll(): Promise<boolean> {
    const keys = this.backend.keys().filter((k) => k.startsWith(PREFIX));
    const r = await this.backend.write({ remove: keys });
    const rest = await clearEverything();
    const left = this.backend.keys().filter((k) => k.startsWith(PREFIX)).length;
    return r.ok && rest && left === 0;
  }
}
