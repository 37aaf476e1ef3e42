import { z } from '../content/zod';
import type { Baseline } from '../domain/scan';
import type { Answers } from '../domain/types';
import { answersSchema } from './envelope';
import { readSaved, withoutNoMigration, type FileFormat } from './file-format';

/**
 * A workshop's group result as a file: one answer set for the whole group (per item the median answer, made with
 * `groupAnswers` in src/domain/compare.ts), so a later scan or workshop can use it as its nulmeting. It holds no
 * personal answers: open answers are left out and no participant is named.
 */
export const GROUP_RESULT_FORMAT = 'zelfscan-wijkaanpak/group-result';
/** Current version of the group-result format. A change needs a version bump and a way to read the old version. */
export const GROUP_RESULT_VERSION = 1;

export const groupResultSchema = z.strictObject({
  format: z.literal(GROUP_RESULT_FORMAT),
  version: z.literal(GROUP_RESULT_VERSION),
  contentVersion: z.string().max(20),
  workshop: z.strictObject({
    id: z.string().min(1).max(80),
    name: z.string().max(200),
    date: z.string().max(40),
  }),
  /** How many participants' answers the group result rests on. */
  participants: z.number().int().min(0).max(10_000).optional(),
  answers: answersSchema,
});

export type GroupResult = z.infer<typeof groupResultSchema>;

/** Builds a group-result file's content; the workshop screen saves it with JSON.stringify. */
export function makeGroupResult(
  workshop: GroupResult['workshop'],
  contentVersion: string,
  answers: Answers,
  participants?: number,
): GroupResult {
  return {
    format: GROUP_RESULT_FORMAT,
    version: GROUP_RESULT_VERSION,
    contentVersion,
    workshop: { id: workshop.id, name: workshop.name, date: workshop.date },
    ...(participants !== undefined ? { participants } : {}),
    answers,
  };
}

export type GroupResultErrorCode = 'tooLarge' | 'notJson' | 'notOurs' | 'newerVersion' | 'invalid';

export type GroupResultRead =
  { ok: true; result: GroupResult } | { ok: false; code: GroupResultErrorCode; details: string[] };

/** The group result is read as it is: a later comparison reconciles its answers with the content. */
export const groupResultFormat: FileFormat<GroupResult, void, GroupResult> = {
  format: GROUP_RESULT_FORMAT,
  version: GROUP_RESULT_VERSION,
  schema: groupResultSchema,
  migrations: [],
  reconcile: (result) => ({ ok: true, value: result }),
};

/** Reads a group-result file. Never throws; 'notOurs' means the text is not a group result (it may be a scan file). */
export function readGroupResult(input: string): GroupResultRead {
  const r = readSaved(groupResultFormat, input, undefined);
  return r.ok
    ? { ok: true, result: r.value }
    : { ok: false, code: withoutNoMigration(r.code), details: r.details };
}

/** Whether a parsed JSON text says it is a group result (for choosing the reader of a picked file). */
export function isGroupResultText(input: string): boolean {
  try {
    const data = JSON.parse(input) as { format?: unknown } | null;
    return Boolean(data && typeof data === 'object' && data.format === GROUP_RESULT_FORMAT);
  } catch {
    return false;
  }
}

/** The group result as a scan's nulmeting: a copy of its answers, labelled with the workshop's name and date. */
export function baselineFromGroupResult(result: GroupResult): Baseline {
  return {
    source: 'workshop',
    label: (result.workshop.name || result.workshop.id).slice(0, 200),
    savedAt: result.workshop.date,
    contentVersion: result.contentVersion,
    role: null,
    answers: result.answers,
  };
}
