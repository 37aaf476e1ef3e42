import { getContent } from '../../content/bundle';
import type { Content } from '../../domain/types';
import { defaultStorage } from '../../storage/scan-store';
import { WorkshopStore } from '../../storage/workshop-store';

/**
 * The trainer's workshop storage on this device, with the questionnaire's structure (the same in every language)
 * for checks and reconciliation. Falls back to memory when the browser refuses storage.
 */
export function openWorkshopStore(): { store: WorkshopStore; persistent: boolean; structure: Content } {
  const structure = getContent('nl');
  const { storage, persistent } = defaultStorage();
  return { store: new WorkshopStore(storage, structure.contentVersion, structure), persistent, structure };
}

/** A new random id for a workshop or a participant's scan. */
export function newId(prefix: string): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? `${prefix}-${crypto.randomUUID()}`
    : `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
