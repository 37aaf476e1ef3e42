/**
 * A light look at the current saved scan for the start page, without loading the validation code. The scan itself
 * is always loaded through restore() before use.
 */
export interface ScanPeek {
  id: string;
  name: string;
  answered: number;
  step: string;
}

export function peekCurrentScan(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): ScanPeek | null {
  try {
    const id = storage?.getItem('zelfscan:current');
    if (!id) return null;
    const raw = storage?.getItem(`zelfscan:scan:${id}`);
    if (!raw) return null;
    const env = JSON.parse(raw) as {
      scan?: { id?: unknown; name?: unknown; answers?: unknown; step?: unknown };
    };
    const s = env.scan;
    if (!s || typeof s.id !== 'string' || typeof s.answers !== 'object' || s.answers === null) return null;
    return {
      id: s.id,
      name: typeof s.name === 'string' ? s.name : '',
      answered: Object.keys(s.answers).length,
      step: typeof s.step === 'string' ? s.step : 'role',
    };
  } catch {
    return null;
  }
}
