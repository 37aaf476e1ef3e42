import type { ScanData } from '../domain/scan';
import type { Content } from '../domain/types';
import { wrap } from './envelope';
import { restore } from './restore';
import { clearAllData } from './clear';
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
    storage: KeyValue,
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

  /** Saves the scan and makes it the current one; the previous version stays when the browser refuses. */
  save(scan: ScanData): SaveResult {
    return this.writeText(
      scan.id,
      JSON.stringify(wrap(scan, this.contentVersion, this.clock().toISOString())),
      true,
    );
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

  rename(id: string, name: string): SaveResult {
    const scan = this.load(id);
    return scan ? this.save({ ...scan, name, updatedAt: this.clock().toISOString() }) : { ok: true };
  }

  /** Removes everything this app stored on the device, including the language choice. */
  clearAll(): void {
    clearAllData(this.storage);
  }
}
