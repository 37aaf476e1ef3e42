import type { ScanData } from './scan';
import { fnv1a } from './workshop';

/** A name as a file-name part: no accents, lower case, words joined by hyphens, at most 40 characters. */
export function nameSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .slice(0, 40)
    .replace(/-$/u, '');
}

/** Date and local time to the minute for a file name: `2026-12-01-1432`. */
export function fileStamp(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}`;
}

/** A short code of a scan, for a file name when the participant gave no name: the same scan, the same code. */
export const shortCode = (scanId: string): string => fnv1a(scanId).slice(0, 6);

/**
 * The file name of a scan's answers. A workshop participant's file is named after the workshop, the participant (the
 * name, or a short code in an anonymous workshop or without a name) and the time, so a folder of them never has two
 * alike: `wijkaanpak-noord-anna-de-vries-2026-12-01-1432.json`. Another scan: `zelfscan-bestuurder-2026-12-01-1432.json`.
 */
export function scanFileName(
  scan: Pick<ScanData, 'id' | 'role' | 'workshop' | 'profile'>,
  date: Date,
): string {
  const stamp = fileStamp(date);
  if (!scan.workshop) return `zelfscan-${scan.role ?? 'scan'}-${stamp}.json`;
  const who = (!scan.workshop.anonymous && nameSlug(scan.profile.naam)) || shortCode(scan.id);
  const workshop = nameSlug(scan.workshop.name) || 'workshop';
  return `${workshop}-${who}-${stamp}.json`;
}
