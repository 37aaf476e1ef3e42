import type { Content } from '../domain/types';
import {
  addFileReads,
  type FileOutcome,
  type FileRead,
  type WorkshopRecord,
  type WorkshopSetup,
} from '../domain/workshop';
import { MAX_IMPORT_BYTES } from './envelope';
import { readFileText } from './read-file';
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

/** Reads the picked or dropped files as text; the size is checked before a file is read. */
export async function readFileInputs(files: readonly File[]): Promise<ImportInput[]> {
  return Promise.all(
    files.map(async (f): Promise<ImportInput> => {
      const read = await readFileText(f);
      if (read.ok) return { name: f.name, text: read.text };
      return { name: f.name, text: null, tooLarge: read.code === 'tooLarge' };
    }),
  );
}

/** What happened to one imported file. */
export type ImportResult = FileOutcome<ParticipantErrorCode>;

/** Reads each participant file on its own against the workshop's setup; nothing is added yet. */
export function readParticipantInputs(
  inputs: readonly ImportInput[],
  setup: WorkshopSetup,
  content: Pick<Content, 'modules' | 'contentVersion'>,
  now: string,
): FileRead[] {
  return inputs.map((input): FileRead => {
    const refuse = (code: ParticipantErrorCode, details: string[] = []): FileRead => ({
      file: input.name,
      ok: false,
      code,
      details,
    });
    if (input.tooLarge || (input.text !== null && input.text.length > MAX_IMPORT_BYTES))
      return refuse('tooLarge');
    if (input.text === null) return refuse('read');
    const r = readParticipantFile(input.text, setup, content, now);
    if (!r.ok) return refuse(r.code, r.details);
    return {
      file: input.name,
      ok: true,
      participant: r.participant,
      fromContentVersion: r.fromContentVersion,
      removedAnswers: r.removedAnswers,
    };
  });
}

/**
 * Imports participant files one by one into the record, as the trainer's import does. Each file is checked on its
 * own: a bad file only adds an error to the results and never changes the record; duplicates are recognised and not
 * counted twice.
 */
export function importParticipantTexts(
  record: WorkshopRecord,
  inputs: readonly ImportInput[],
  content: Pick<Content, 'modules' | 'contentVersion'>,
  now: string,
): { record: WorkshopRecord; results: ImportResult[] } {
  const reads = readParticipantInputs(inputs, record.setup, content, now);
  return addFileReads(record, reads, now) as { record: WorkshopRecord; results: ImportResult[] };
}

/** How many files are read and checked between two looks at the page (so it stays responsive, with progress). */
const CHUNK = 25;

/**
 * Reads and checks picked or dropped files for the workshop in chunks, giving the page room between them and saying
 * how far it is. Stops early (resolving with what it has) when `cancelled()` turns true.
 */
export async function readParticipantFiles(
  files: readonly File[],
  setup: WorkshopSetup,
  content: Pick<Content, 'modules' | 'contentVersion'>,
  now: string,
  progress: (done: number, total: number) => void,
  cancelled: () => boolean = () => false,
): Promise<FileRead[]> {
  const reads: FileRead[] = [];
  for (let i = 0; i < files.length && !cancelled(); i += CHUNK) {
    const inputs = await readFileInputs(files.slice(i, i + CHUNK));
    reads.push(...readParticipantInputs(inputs, setup, content, now));
    progress(reads.length, files.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return reads;
}
