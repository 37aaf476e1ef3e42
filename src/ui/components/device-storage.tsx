import { createContext, useContext, type ReactNode } from 'react';
import { getContent } from '../../content/bundle';
import type { Content } from '../../domain/types';
import { defaultStorage, ScanStore } from '../../storage/scan-store';
import { WorkshopStore } from '../../storage/workshop-store';

/** Everything this device keeps: the scans, the trainer's workshops, and the questionnaire's structure. */
export interface DeviceStorage {
  /** The scans. */
  store: ScanStore;
  workshops: WorkshopStore;
  /** False when the browser refuses storage and everything lives in memory only. */
  persistent: boolean;
  /** The questionnaire's structure (the same in every language), to check and reconcile what is read back. */
  structure: Content;
}

let opened: DeviceStorage | null = null;

/**
 * Opens this device's storage once per page (the composition root in main.tsx does it first); every screen shares
 * it, so data kept in memory when the browser refuses storage is the same on every screen.
 */
export function openDeviceStorage(): DeviceStorage {
  if (opened) return opened;
  const structure = getContent('nl');
  const { storage, persistent } = defaultStorage();
  opened = {
    store: new ScanStore(storage, structure.contentVersion, structure),
    workshops: new WorkshopStore(storage, structure.contentVersion, structure),
    persistent,
    structure,
  };
  return opened;
}

const DeviceStorageContext = createContext<DeviceStorage | null>(null);

/** Gives the screens below the device's storage (the composition root), or another one (tests). */
export function DeviceStorageProvider({ value, children }: { value: DeviceStorage; children: ReactNode }) {
  return <DeviceStorageContext.Provider value={value}>{children}</DeviceStorageContext.Provider>;
}

/** The provided storage; without a provider, this page's device storage. */
export function useDeviceStorage(): DeviceStorage {
  return useContext(DeviceStorageContext) ?? openDeviceStorage();
}

export { makeId, openScan, takeScanToOpen } from './open-scan';
