import type { ScanData } from '../domain/scan';
import type { Content } from '../domain/types';
import { restore, type RestoreResult } from './restore';
import type { ScanStore } from './scan-store';

export type ImportScanResult =
  | { ok: true; scan: ScanData; removedAnswers: string[]; copied: boolean }
  | Extract<RestoreResult, { ok: false }>;

/**
 * Imports an answers file into the store. A rejected file changes nothing; an accepted one is added, and a scan that
 * already exists on this device is kept and the import saved as a copy, so nothing here is overwritten.
 */
export function importScanText(
  store: ScanStore,
  text: string,
  content: Pick<Content, 'modules'>,
  newId: () => string = () => `kopie-${Date.now().toString(36)}`,
): ImportScanResult {
  const r = restore(text, content);
  if (!r.ok) return r;
  return addScan(store, r.envelope.scan, r.removedAnswers, newId);
}

/** Adds an already validated scan; a scan with an id that exists here is saved as a copy under a new id. */
export function addScan(
  store: ScanStore,
  scan: ScanData,
  removedAnswers: string[] = [],
  newId = () => `kopie-${Date.now().toString(36)}`,
): ImportScanResult {
  const exists = store.load(scan.id) !== null;
  const saved = exists ? { ...scan, id: `${scan.id}-${newId()}` } : scan;
  store.save(saved);
  return { ok: true, scan: saved, removedAnswers, copied: exists };
}
