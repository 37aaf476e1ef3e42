import { useState } from 'react';
import { useActorRef } from '@xstate/react';
import { fromCallback, fromPromise, type EventObject } from 'xstate';
import type { ScanData } from '../../domain/scan';
import { addParticipant } from '../../domain/workshop';
import {
  scanMachine,
  type HandInInput,
  type HandInOutcome,
  type SaveInput,
  type SaveOutcome,
  type ScanActorRef,
  type WatchInput,
} from '../../machines/scan-machine';
import { participantScan } from '../../storage/invitation';
import { participantFromScan } from '../../storage/participant-file';
import { restore } from '../../storage/restore';
import { makeId, type DeviceStorage } from './device-storage';

/**
 * The scan machine's side effects on a store: `saveScan` writes (at once, so closing the tab right after a change
 * loses nothing) unless another tab saved a newer version; `watchOtherTabs` reports what another tab saved for this
 * scan (the browser's `storage` event fires in the other tabs only).
 */
export function storeActors({ store, workshops, persistent, structure }: DeviceStorage) {
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
    handIn: fromPromise<HandInOutcome, HandInInput>(async ({ input }) => {
      const ref = input.scan.workshop;
      const current = ref ? workshops.load(ref.id) : null;
      if (!ref || !current) return { ok: false };
      const now = new Date().toISOString();
      const { record } = addParticipant(current, participantFromScan(input.scan, current.setup, now), now);
      if (!workshops.save(record).ok) return { ok: false };
      // the answers now live in the workshop record only: the next person cannot open them as a scan
      store.remove(input.scan.id);
      if (input.then === 'finish') {
        workshops.setCurrent(ref.id);
        return { ok: true, next: null };
      }
      return { ok: true, next: participantScan(current.setup, makeId(), now) };
    }),
  };
}

/** The current scan on this device, as it was when the screen opened (null: none). */
export function useCurrentScan(storage: DeviceStorage): ScanData | null {
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
export function useScanActor(storage: DeviceStorage, scan: ScanData): ScanActorRef {
  const [machine] = useState(() => scanMachine.provide({ actors: storeActors(storage) }));
  return useActorRef(machine, { input: { scan, content: storage.structure } });
}
