import { createContext, useContext, type ReactNode } from 'react';
import { getContent } from '../../content/bundle';
import type { ScanData } from '../../domain/scan';
import type { Content } from '../../domain/types';
import { defaultStorage, ScanStore } from '../../storage/scan-store';
import { WorkshopStore } from '../../storage/workshop-store';
import { navigate } from '../router';

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

/** A new random id for a scan, a workshop (with a prefix) or a participant. */
export function makeId(prefix?: string): string {
  const id =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return prefix ? `${prefix}-${id}` : id;
}

/** What the scan screen opens next: a given scan, a new one, or (null) the current one. Kept in memory only. */
let toOpen: ScanData | 'new' | null = null;

/** Goes to the scan screen with a new scan or a given one (a participant's workshop scan, a scan from the list). */
export function openScan(next: ScanData | 'new' | 'current'): void {
  toOpen = next === 'current' ? null : next;
  navigate('scan');
}

/** Read once by the scan screen when it opens. */
export function takeScanToOpen(): ScanData | 'new' | null {
  const next = toOpen;
  toOpen = null;
  return next;
}
