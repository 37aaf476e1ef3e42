import { useEffect, useState } from 'react';
import { newScan, type ScanData } from '../../domain/scan';
import {
  makeId,
  scanOpened,
  scanToOpen,
  useDeviceStorage,
  type DeviceStorage,
} from '../components/device-storage';

export interface ScanSession extends DeviceStorage {
  scan: ScanData;
  /** The current scan could not be read: it was set aside (see "Mijn scans") and a new one started. */
  unreadable: boolean;
}

/**
 * Picks the scan to show: the one the previous screen asked for (a new one, a participant's workshop scan, one from
 * "Mijn scans"), otherwise the current one, otherwise a new one.
 */
export function useScanSession(defaultName: string): ScanSession {
  const storage = useDeviceStorage();
  const [session] = useState(() => {
    const asked = scanToOpen();
    const currentId = storage.store.currentId();
    const existing = asked === null && currentId ? storage.store.load(currentId) : null;
    const unreadable =
      asked === null && currentId !== null && existing === null && storage.store.corruptCount() > 0;
    const scan =
      asked !== null && asked !== 'new'
        ? asked
        : (existing ?? newScan(makeId(), new Date().toISOString(), defaultName));
    return { ...storage, scan, unreadable };
  });
  // shown: the next visit to the scan screen opens the current scan again
  useEffect(() => scanOpened(), []);
  return session;
}
