import { createContext, useContext, useState, type ReactNode } from 'react';
import { useActorRef } from '@xstate/react';
import { fromCallback, fromPromise, type EventObject } from 'xstate';
import { getContent } from '../../content/bundle';
import type { ScanData } from '../../domain/scan';
import type { Content } from '../../domain/types';
import {
  scanMachine,
  type SaveInput,
  type SaveOutcome,
  type ScanActorRef,
  type WatchInput,
} from '../../machines/scan-machine';
import { restore } from '../../storage/restore';
import { defaultStorage, ScanStore } from '../../storage/scan-store';

/** The scans on this device, with the questionnaire's structure (the same in every language). */
export interface ScanStorage {
  store: ScanStore;
  /** False when the browser refuses storage and scans live in memory only. */
  persistent: boolean;
  structure: Content;
}

/** Storage for this device; falls back to memory when the browser refuses storage. */
export function openStore(): ScanStorage {
  const structure = getContent('nl');
  const { storage, persistent } = defaultStorage();
  return { store: new ScanStore(storage, structure.contentVersion, structure), persistent, structure };
}

export function makeId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `scan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The scan machine's side effects on a store: `saveScan` writes (at once, so closing the tab right after a change
 * loses nothing) unless another tab saved a newer version; `watchOtherTabs` reports what another tab saved for this
 * scan (the browser's `storage` event fires in the other tabs only).
 */
export function storeActors({ store, persistent, structure }: ScanStorage) {
  return {
    saveScan: fromPromise<SaveOutcome, SaveInput>(async ({ input }) => {
      const stored = store.load(input.scan.id);
      if (stored && stored.updatedAt > input.since && stored.updatedAt !== input.scan.updatedAt)
        return { ok: false, reason: 'newer', scan: stored };
      const r = store.save(input.scan);
      // kept in memory only: the person has to know it is lost with the page
      return r.ok && !persistent ? { ok: false, reason: 'unavailable' } : r;
    }),
    watchOtherTabs: fromCallback<EventObject, WatchInput>(({ input, sendBack }) => {
      const key = `zelfscan:scan:${input.scanId}`;
      const onStorage = (e: StorageEvent) => {
        if (e.key !== key || !e.newValue) return;
        const r = restore(e.newValue, structure);
        if (r.ok) sendBack({ type: 'scan.newer', scan: r.envelope.scan });
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    }),
  };
}

const ScanStorageContext = createContext<ScanStorage | null>(null);

/** Gives the screens below another store (tests, or a composition root that opens it once). */
export function ScanStorageProvider({ value, children }: { value: ScanStorage; children: ReactNode }) {
  return <ScanStorageContext.Provider value={value}>{children}</ScanStorageContext.Provider>;
}

/** The provided store, or this device's storage. */
export function useScanStorage(): ScanStorage {
  const given = useContext(ScanStorageContext);
  const [own] = useState(() => given ?? openStore());
  return given ?? own;
}

/** The current scan on this device, as it was when the screen opened (null: none). */
export function useCurrentScan(storage: ScanStorage): ScanData | null {
  const [scan] = useState(() => {
    const id = storage.store.currentId();
    return id ? storage.store.load(id) : null;
  });
  return scan;
}

/**
 * The running scan machine for one scan, saving to the given store and listening to other tabs. Screens send it
 * events and read it with `useSelector`; none of them writes the scan itself.
 */
export function useScanActor(storage: ScanStorage, scan: ScanData): ScanActorRef {
  const [machine] = useState(() => scanMachine.provide({ actors: storeActors(storage) }));
  return useActorRef(machine, { input: { scan, content: storage.structure } });
}
