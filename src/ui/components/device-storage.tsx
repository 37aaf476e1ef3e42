import { createContext, useContext, type ReactNode } from 'react';
import { getContent } from '../../content/bundle';
import type { Content } from '../../domain/types';
import type { BackendKind } from '../../storage/backend';
import {
  openBackend,
  openWithoutIndexedDb,
  type MigrationResult,
  type OpenedBackend,
} from '../../storage/open-storage';
import { ScanStore } from '../../storage/scan-store';
import { WorkshopStore } from '../../storage/workshop-store';

/** Everything this device keeps: the scans, the trainer's workshops, and the questionnaire's structure. */
export interface DeviceStorage {
  /** The scans. */
  store: ScanStore;
  workshops: WorkshopStore;
  /** False when the browser refuses storage and everything lives in memory only. */
  persistent: boolean;
  /** IndexedDB, localStorage (older browsers) or memory. */
  kind: BackendKind;
  /** What moved from localStorage to IndexedDB when the app opened (null: nothing). */
  migrated: MigrationResult | null;
  /** The questionnaire's structure (the same in every language), to check and reconcile what is read back. */
  structure: Content;
}

let opened: DeviceStorage | null = null;
let opening: Promise<DeviceStorage> | null = null;

function fromBackend({ backend, persistent, migrated }: OpenedBackend): DeviceStorage {
  const structure = getContent('nl');
  return {
    store: new ScanStore(backend, structure.contentVersion, structure),
    workshops: new WorkshopStore(backend, structure.contentVersion, structure),
    persistent,
    kind: backend.kind,
    migrated,
    structure,
  };
}

/**
 * Opens this device's storage once per page; every screen shares it, so data kept in memory when the browser refuses
 * storage is the same on every screen. Without IndexedDB it opens at once.
 */
export function openDeviceStorage(): Promise<DeviceStorage> {
  if (opened) return Promise.resolve(opened);
  if (typeof indexedDB === 'undefined') {
    opened = fromBackend(openWithoutIndexedDb());
    return Promise.resolve(opened);
  }
  opening ??= openBackend().then((b) => {
    opened = fromBackend(b);
    return opened;
  });
  return opening;
}

const DeviceStorageContext = createContext<DeviceStorage | null>(null);

/** Gives the screens below another storage (tests). */
export function DeviceStorageProvider({ value, children }: { value: DeviceStorage; children: ReactNode }) {
  return <DeviceStorageContext.Provider value={value}>{children}</DeviceStorageContext.Provider>;
}

/**
 * The provided storage; without a provider, this page's device storage. While it opens, the screen suspends (the
 * app shell shows "Laden…").
 */
export function useDeviceStorage(): DeviceStorage {
  const given = useContext(DeviceStorageContext);
  if (given) return given;
  const pending = openDeviceStorage();
  if (opened) return opened;
  // React Suspense waits for a thrown promise
  throw pending;
}

let askedToPersist: Promise<boolean> | null = null;

/**
 * Asks the browser once per page to keep this site's storage (without it, Safari clears it after seven days unused
 * and any browser may clear it when the disk fills). True when storage is persistent.
 */
export function askToPersist(): Promise<boolean> {
  askedToPersist ??= (async () => {
    try {
      const s = navigator.storage;
      if (!s?.persist) return false;
      return (await s.persisted()) || (await s.persist());
    } catch {
      return false;
    }
  })();
  return askedToPersist;
}

export interface StorageState {
  /** Whether the browser keeps this site's storage for good (null: it does not say). */
  persisted: boolean | null;
  /** Bytes in use and available to this site (null: the browser does not say). */
  usage: number | null;
  quota: number | null;
}

/** How much this site stores and whether the browser keeps it. */
export async function storageState(): Promise<StorageState> {
  const s = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [persisted, estimate] = await Promise.all([
    s?.persisted ? s.persisted().catch(() => null) : Promise.resolve(null),
    s?.estimate ? s.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export { makeId, openScan, scanOpened, scanToOpen, takeScanToOpen } from './open-scan';
