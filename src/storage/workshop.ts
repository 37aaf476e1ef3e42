import type { Content } from '../domain/types';
import { addParticipant, type AddOutcome, type WorkshopRecord } from '../domain/workshop';
import { MAX_IMPORT_BYTES } from './envelope';
import { readParticipantFile, type ParticipantErrorCode } from './participant-file';

/*
 * Importing many participant files into a workshop record at once. The formats live in their own files:
 * invitation.ts, participant-file.ts, qr-codec.ts and workshop-store.ts.
 */

export interface ImportInput {
  name: string;
  /** The file's text; null when it could not be read or was too large to read. */
  text: string | null;
  /** Set when the file was refused on its size before reading. */
  tooLarge?: boolean;
}

export interface ImportResult {
  file: string;
  outcome: AddOutcome['kind'] | 'error';
  /** Position of the participant in the record (added, updated, or the one this file duplicates). */
  index?: number;
  reason?: 'sameId' | 'sameAnswers';
  code?: ParticipantErrorCode;
  details: string[];
  fromContentVersion?: string | null;
  removedAnswers?: number;
}

/**
 * Imports participant files one by one into the record. Each file is checked on its own: a bad file only adds an
 * error to the results and never changes the record; duplicates are recognised and not counted twice.
 */
export function importParticipantTexts(
  record: WorkshopRecord,
  inputs: readonly ImportInput[],
  content: Pick<Content, 'modules' | 'contentVersion'>,
  now: string,
): { record: WorkshopRecord; results: ImportResult[] } {
  let current = record;
  const results: ImportResult[] = [];
  for (const input of inputs) {
    if (input.tooLarge || (input.text !== null && input.text.length > MAX_IMPORT_BYTES)) {
      results.push({ file: input.name, outcome: 'error', code: 'tooLarge', details: [] });
      continue;
    }
    if (input.text === null) {
      results.push({ file: input.name, outcome: 'error', code: 'read', details: [] });
      continue;
    }
    const r = readParticipantFile(input.text, current.setup, content, now);
    if (!r.ok) {
      results.push({ file: input.name, outcome: 'error', code: r.code, details: r.details });
      continue;
    }
    const added = addParticipant(current, r.participant, now);
    current = added.record;
    results.push({
      file: input.name,
      outcome: added.outcome.kind,
      index: added.outcome.index,
      ...(added.outcome.kind === 'duplicate' ? { reason: added.outcome.reason } : {}),
      details: [],
      fromContentVersion: r.fromContentVersion,
      removedAnswers: r.removedAnswers,
    });
  }
  return { record: current, results };
}
