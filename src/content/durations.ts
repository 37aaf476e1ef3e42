import { estimateSeconds, selectItems, toMinutes } from '../domain/selection';
import type { Role } from '../domain/types';
import { getContent } from './bundle';

/** Estimated minutes of the quick and full scan for a role. */
export function durationsFor(role: Role): { quick: number; full: number } {
  const c = getContent('nl');
  return {
    quick: toMinutes(estimateSeconds(c, selectItems(c, role, { kind: 'quick' }))),
    full: toMinutes(estimateSeconds(c, selectItems(c, role, { kind: 'full' }))),
  };
}
