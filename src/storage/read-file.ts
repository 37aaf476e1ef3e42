import { decryptText, isEncrypted } from './crypto';
import { MAX_IMPORT_BYTES } from './envelope';

export type FileTextResult = { ok: true; text: string } | { ok: false; code: 'tooLarge' | 'read' };

/**
 * Reads a file the user picked or dropped as text. The size is checked before anything is read, so a huge file is
 * refused without being loaded into memory. Every import path (answers file, baseline, invitation, group result,
 * participant files) starts here.
 */
export async function readFileText(file: Blob): Promise<FileTextResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, code: 'tooLarge' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, code: 'read' };
  }
}

export type UnlockResult =
  { ok: true; text: string } | { ok: false; code: 'needsPassphrase' | 'wrongPassphrase' | 'damaged' };

/**
 * Opens a passphrase-protected export; any other text is passed through unchanged for its own reader to check (so
 * text that is not JSON at all gets that reader's message, not a passphrase question).
 */
export async function unlockText(text: string, passphrase?: string): Promise<UnlockResult> {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: true, text };
  }
  if (!isEncrypted(parsed)) return { ok: true, text };
  if (!passphrase) return { ok: false, code: 'needsPassphrase' };
  return decryptText(parsed, passphrase);
}
