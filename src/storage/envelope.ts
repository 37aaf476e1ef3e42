import { TEXT_LIMITS as L } from '../domain/limits';
import { z } from '../content/zod';
import {
  dilemmaAnswerSchema,
  instrumentAnswerSchema,
  scaleAnswerSchema,
  textAnswerSchema,
} from '../content/answer-schemas';
import { OWN_KINDS, OWN_LIMITS, OWN_MAX } from '../domain/own-questions';
import { ROLES } from '../domain/types';
import { STEPS, type ScanData } from '../domain/scan';

/** Identifies our files among other JSON. */
export const SCAN_FORMAT = 'zelfscan-wijkaanpak/scan';
/** Current version of the saved-scan format. Bump it together with a migration in migrations.ts. */
export const SCAN_VERSION = 3;
/** Files larger than this are refused before they are parsed. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

const text = (max: number) => z.string().max(max);

/** A workshop's own questions as they travel (invitation, participant's scan, trainer's record): see own-questions.ts. */
export const ownQuestionsSchema = z
  .array(
    z.strictObject({
      id: z.string().regex(/^eigen\.[1-9]$/u),
      kind: z.enum(OWN_KINDS),
      text: z.string().trim().min(1).max(OWN_LIMITS.text),
      left: z.string().trim().min(1).max(OWN_LIMITS.pole).optional(),
      right: z.string().trim().min(1).max(OWN_LIMITS.pole).optional(),
    }),
  )
  .max(OWN_MAX)
  .refine(
    (qs) => qs.every((q) => (q.kind === 'dilemma') === (q.left !== undefined && q.right !== undefined)),
    {
      message: 'poles',
    },
  )
  .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, { message: 'ids' });

/** The answers of every answer type (see content/answer-schemas.ts), plus "weet niet" and "n.v.t.". */
export const answerSchema = z.discriminatedUnion('kind', [
  scaleAnswerSchema,
  instrumentAnswerSchema,
  dilemmaAnswerSchema,
  textAnswerSchema,
  z.strictObject({ kind: z.literal('unknown') }),
  z.strictObject({ kind: z.literal('na') }),
]);

const itemKey = z.string().max(80);

/** No questionnaire has more questions than this: a scan's answers (and a baseline's) stay within the read limit. */
export const MAX_ANSWERS = 500;

/** Answers per item id, at most MAX_ANSWERS of them. */
export const answersSchema = z
  .record(itemKey, answerSchema)
  .refine((a) => Object.keys(a).length <= MAX_ANSWERS, { message: `at most ${MAX_ANSWERS} answers` });

export const scanSchema = z.strictObject({
  id: z.string().min(1).max(80),
  name: text(L.name),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  step: z.enum(STEPS),
  role: z.enum(ROLES).nullable(),
  profile: z.strictObject({ gemeente: text(L.name), wijk: text(L.name), naam: text(L.name) }),
  scope: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('quick') }),
      z.strictObject({ kind: z.literal('full') }),
      z.strictObject({ kind: z.literal('modules'), modules: z.array(z.string().max(10)).max(20) }),
      z.strictObject({ kind: z.literal('items'), items: z.array(itemKey).max(500) }),
    ])
    .nullable(),
  index: z.number().int().min(0).max(10_000),
  answers: answersSchema,
  priorities: z.array(itemKey).max(500),
  skipped: z.array(itemKey).max(500),
  reflection: z.strictObject({ themes: z.array(z.string().max(10)).max(3), notes: text(L.long) }),
  actions: z
    .array(
      z.strictObject({
        id: z.string().max(80),
        text: text(L.action),
        owner: text(L.name),
        due: text(L.date),
        status: z.enum(['open', 'bezig', 'klaar']),
        itemId: itemKey.optional(),
      }),
    )
    .max(200),
  memo: z.strictObject({
    onderwerp: text(L.subject),
    auteur: text(L.name),
    datum: text(L.date),
    aanleiding: text(L.long),
    financieel: text(L.memoParagraph),
    juridisch: text(L.memoParagraph),
    communicatie: text(L.memoParagraph),
  }),
  notice: z.strictObject({ toAnswer: z.array(itemKey).max(500) }).nullable(),
  appendices: z.boolean(),
  confidential: z.boolean(),
  workshop: z
    .strictObject({
      id: z.string().max(80),
      name: text(200),
      date: text(40),
      anonymous: z.boolean(),
      own: ownQuestionsSchema.optional(),
    })
    .nullable(),
  baseline: z
    .strictObject({
      source: z.enum(['scan', 'file', 'workshop']),
      label: text(200),
      savedAt: text(40),
      contentVersion: text(20),
      role: z.enum(ROLES).nullable(),
      answers: answersSchema,
    })
    .nullable(),
  targets: z.record(z.string().max(10), z.strictObject({ level: z.number().min(0).max(1), by: text(40) })),
}) satisfies z.ZodType<ScanData>;

export const envelopeSchema = z.strictObject({
  format: z.literal(SCAN_FORMAT),
  version: z.literal(SCAN_VERSION),
  contentVersion: z.string().max(20),
  savedAt: z.string().max(40),
  scan: scanSchema,
});

export type Envelope = z.infer<typeof envelopeSchema>;

export function wrap(scan: ScanData, contentVersion: string, savedAt: string): Envelope {
  return { format: SCAN_FORMAT, version: SCAN_VERSION, contentVersion, savedAt, scan };
}
