import { useState } from 'react';
import { getContent } from '../../content/bundle';
import { newScan, type ScanData } from '../../domain/scan';
import type { Content } from '../../domain/types';
import { defaultStorage, ScanStore } from '../../storage/scan-store';

export interface ScanSession {
  structure: Content;
  store: ScanStore;
  persistent: boolean;
  scan: ScanData;
}

function makeId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `scan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Storage for this device; falls back to memory when the browser refuses storage. */
export function openStore(): { store: ScanStore; persistent: boolean; structure: Content } {
  const structure = getContent('nl');
  const { storage, persistent } = defaultStorage();
  return { store: new ScanStore(storage, structure.contentVersion, structure), persistent, structure };
}

/** Picks the scan to show: a new one when the user asked for it, otherwise the current one, otherwise a new one. */
export function useScanSession(defaultName: string): ScanSession {
  const [session] = useState(() => {
    const { store, persistent, structure } = openStore();
    const intent = sessionStorage.getItem('zelfscan:intent');
    sessionStorage.removeItem('zelfscan:intent');
    const currentId = store.currentId();
    const existing = intent !== 'new' && currentId ? store.load(currentId) : null;
    const scan = existing ?? newScan(makeId(), new Date().toISOString(), defaultName);
    return { structure, store, persistent, scan };
  });
  return session;
}

export { makeId };
