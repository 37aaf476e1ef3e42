import { useState } from 'react';
import { newScan, type ScanData } from '../../domain/scan';
import type { Content } from '../../domain/types';
import type { ScanStore } from '../../storage/scan-store';
import { makeId, openStore, useScanStorage } from '../components/scan-session';

export interface ScanSession {
  structure: Content;
  store: ScanStore;
  persistent: boolean;
  scan: ScanData;
}

/** Picks the scan to show: a new one when the user asked for it, otherwise the current one, otherwise a new one. */
export function useScanSession(defaultName: string): ScanSession {
  const { store, persistent, structure } = useScanStorage();
  const [session] = useState(() => {
    const intent = sessionStorage.getItem('zelfscan:intent');
    sessionStorage.removeItem('zelfscan:intent');
    const currentId = store.currentId();
    const existing = intent !== 'new' && currentId ? store.load(currentId) : null;
    const scan = existing ?? newScan(makeId(), new Date().toISOString(), defaultName);
    return { structure, store, persistent, scan };
  });
  return session;
}

export { makeId, openStore };
