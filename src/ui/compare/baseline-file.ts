import { baselineFromScan } from '../../domain/compare';
import type { Baseline } from '../../domain/scan';
import type { Content } from '../../domain/types';
import { decryptText, isEncrypted } from '../../storage/crypto';
import { MAX_IMPORT_BYTES } from '../../storage/envelope';
import { baselineFromGroupResult, isGroupResultText, readGroupResult } from '../../storage/group-result';
import { restore } from '../../storage/restore';
import { readScanFile, type ImportOutcome } from '../scan/transfer';

export type BaselineFileOutcome = { ok: true; baseline: Baseline } | Extract<ImportOutcome, { ok: false }>;

/**
 * Reads a file picked as the nulmeting: a workshop's group result or an exported answers file (also one protected
 * with a passphrase). Both pass their schema; a scan file is checked by the same reader as "Mijn scans". The baseline
 * keeps the file's answers as they were, also to items the content no longer has, so the comparison can list them as
 * removed instead of hiding them.
 */
export async function readBaselineFile(
  file: File,
  content: Pick<Content, 'modules' | 'contentVersion'>,
  fallbackName: string,
  passphrase?: string,
): Promise<BaselineFileOutcome> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, code: 'tooLarge', details: [] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, code: 'read', details: [] };
  }
  if (isGroupResultText(text)) {
    const g = readGroupResult(text);
    return g.ok
      ? { ok: true, baseline: baselineFromGroupResult(g.result) }
      : { ok: false, code: g.code, details: g.details };
  }
  const checked = await readScanFile(file, content, passphrase);
  if (!checked.ok) return checked;
  // read once more without reconciling with the current content (decrypted again when the file is protected)
  let plain = text;
  try {
    const parsed: unknown = JSON.parse(text);
    if (isEncrypted(parsed) && passphrase) {
      const d = await decryptText(parsed, passphrase);
      if (d.ok) plain = d.text;
    }
  } catch {
    /* readScanFile has read it, so it is JSON */
  }
  const raw = restore(plain);
  const scan = raw.ok ? raw.envelope.scan : checked.scan;
  const contentVersion = raw.ok ? raw.envelope.contentVersion : content.contentVersion;
  return { ok: true, baseline: baselineFromScan(scan, 'file', contentVersion, fallbackName) };
}
