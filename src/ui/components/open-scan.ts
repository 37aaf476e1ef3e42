import type { ScanData } from '../../domain/scan';
import { navigate } from '../router';

/*
 * Light on purpose: the start page uses this, and must not load the storage and content code before it is needed.
 */

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

/**
 * What the scan screen is to open. Read during render, so it stays until the screen has opened (a render React throws
 * away and repeats reads it again); `scanOpened` clears it.
 */
export function scanToOpen(): ScanData | 'new' | null {
  return toOpen;
}

/** Called by the scan screen once it shows the scan. */
export function scanOpened(): void {
  toOpen = null;
}

/** Reads and clears what the scan screen is to open (for a screen that hands it on at once, and tests). */
export function takeScanToOpen(): ScanData | 'new' | null {
  const next = toOpen;
  toOpen = null;
  return next;
}
