import type { ScanData } from '../domain/scan';
import type { Content } from '../domain/types';
import { readFileText, unlockText } from './read-file';
import { restore, type RestoreErrorCode, type RestoreResult } from './restore';
import type { ScanStore } from './scan-store';

export type ImportScanResult =
  | { ok: true; scan: ScanData; removedAnswers: string[]; copied: boolean }
  | Extract<RestoreResult, { ok: false }>
  /** Read fine, but the browser did not store it (`details[0]`: quota or unavailable). */
  | { ok: false; code: 'storage'; details: string[] };

/**
 * Imports an answers file into the store. A rejected file changes nothing; an accepted one is added, and a scan that
 * already exists on this device is kept and the import saved as a copy, so nothing here is overwritten.
 */
export async function importScanText(
  store: ScanStore,
  text: string,
  content: Pick<Content, 'modules'>,
  newId: () => string = () => `kopie-${Date.now().toString(36)}`,
): Promise<ImportScanResult> {
  const r = restore(text, content);
  if (!r.ok) return r;
  return addScan(store, r.envelope.scan, r.removedAnswers, newId);
}

/** Adds an already validated scan; a scan with an id that exists here is saved as a copy under a new id. */
export async function addScan(
  store: ScanStore,
  scan: ScanData,
  removedAnswers: string[] = [],
  newId = () => `kopie-${Date.now().toString(36)}`,
): Promise<ImportScanResult> {
  const exists = store.load(scan.id) !== null;
  const saved = exists ? { ...scan, id: `${scan.id}-${newId()}` } : scan;
  const r = await store.save(saved);
  if (!r.ok) return { ok: false, code: 'storage', details: [r.reason] };
  return { ok: true, scan: saved, removedAnswers, copied: exists };
}

export type ImportOutcome =
  | { ok: true; scan: ScanData; removed: number }
  | {
      ok: false;
      code: RestoreErrorCode | 'read' | 'needsPassphrase' | 'wrongPassphrase' | 'damaged';
      details: string[];
    };

/** Reads a file the user picked. The size is checked before the file is read or parsed. */
export async function readScanFile(
  file: Blob,
  content: Pick<Content, 'modules'>,
  passphrase?: string,
): Promise<ImportOutcome> {
  const read = await readFileText(file);
  if (!read.ok) return { ...read, details: [] };
  return readScanText(read.text, content, passphrase);
}

/** Checks the text of an answers file, opening it first when it is protected with a passphrase. */
export async function readScanText(
  text: string,
  content: Pick<Content, 'modules'>,
  passphrase?: string,
): Promise<ImportOutcome & { plain?: string }> {
  const open = await unlockText(text, passphrase);
  if (!open.ok) return { ...open, details: [] };
  const r = restore(open.text, content);
  return r.ok
    ? { ok: true, scan: r.envelope.scan, removed: r.removedAnswers.length, plain: open.text }
    : { ok: false, code: r.code, details: r.details };
}
