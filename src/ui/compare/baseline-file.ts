import { baselineFromScan } from '../../domain/compare';
import type { Baseline } from '../../domain/scan';
import type { Content } from '../../domain/types';
import { baselineFromGroupResult, isGroupResultText, readGroupResult } from '../../storage/group-result';
import { readFileText } from '../../storage/read-file';
import { restore } from '../../storage/restore';
import { readScanText, type ImportOutcome } from '../../storage/import-scan';

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
  const read = await readFileText(file);
  if (!read.ok) return { ...read, details: [] };
  if (isGroupResultText(read.text)) {
    const g = readGroupResult(read.text);
    return g.ok
      ? { ok: true, baseline: baselineFromGroupResult(g.result) }
      : { ok: false, code: g.code, details: g.details };
  }
  const checked = await readScanText(read.text, content, passphrase);
  if (!checked.ok) return checked;
  // read once more without reconciling with the current content
  const raw = checked.plain === undefined ? null : restore(checked.plain);
  const scan = raw?.ok ? raw.envelope.scan : checked.scan;
  const contentVersion = raw?.ok ? raw.envelope.contentVersion : content.contentVersion;
  return { ok: true, baseline: baselineFromScan(scan, 'file', contentVersion, fallbackName) };
}
