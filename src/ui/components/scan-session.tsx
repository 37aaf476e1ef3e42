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
import { askToPersist, makeId, type DeviceStorage } from './device-storage';

/**
 * The scan machine's side effects on a store: `saveScan` writes (at once, so closing the tab right after a change
 * loses nothing) unless another tab saved a newer version; `watchOtherTabs` reports what another tab saved for this
 * scan (the browser's `storage` event fires in the other tabs only).
 */
export function storeActors({ store, workshops, persistent }: DeviceStorage) {
  return {
    saveScan: fromPromise<SaveOutcome, SaveInput>(async ({ input }) => {
      const r = await store.saveUnlessNewer(input.scan, input.since);
      if (!r.ok) return r;
      // kept in memory only: the person has to know it is lost with the page
      if (!persistent) return { ok: false, reason: 'unavailable' };
      // the first answer that reached storage: ask the browser to keep it (Safari clears unused sites after 7 days)
      if (Object.keys(input.scan.answers).length > 0) void askToPersist();
      return r;
    }),
    watchOtherTabs: fromCallback<EventObject, WatchInput>(({ input, sendBack }) =>
      store.watch(input.scanId, (scan) => sendBack({ type: 'scan.newer', scan })),
    ),
    handIn: fromPromise<HandInOutcome, HandInInput>(async ({ input }) => {
      const ref = input.scan.workshop;
      const current = ref ? workshops.load(ref.id) : null;
      if (!ref || !current) return { ok: false };
      const now = new Date().toISOString();
      const { record } = addParticipant(current, participantFromScan(input.scan, current.setup, now), now);
      if (!(await workshops.save(record)).ok) return { ok: false };
      // the answers now live in the workshop record only: the next person cannot open them as a scan
      await store.remove(input.scan.id);
      if (input.then === 'finish') {
        await workshops.setCurrent(ref.id);
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
