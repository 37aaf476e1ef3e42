import { z } from '../content/zod';
import {
  dilemmaAnswerSchema,
  instrumentAnswerSchema,
  scaleAnswerSchema,
  textAnswerSchema,
} from '../content/answer-schemas';
import { ROLES } from '../domain/types';
import { STEPS, type ScanData } from '../domain/scan';

/** Identifies our files among other JSON. */
export const SCAN_FORMAT = 'zelfscan-wijkaanpak/scan';
/** Current version of the saved-scan format. Bump it together with a migration in migrations.ts. */
export const SCAN_VERSION = 2;
/** Files larger than this are refused before they are parsed. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

const text = (max: number) => z.string().max(max);

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

export const scanSchema = z.strictObject({
  id: z.string().min(1).max(80),
  name: text(200),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  step: z.enum(STEPS),
  role: z.enum(ROLES).nullable(),
  profile: z.strictObject({ gemeente: text(200), wijk: text(200), naam: text(200) }),
  scope: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('quick') }),
      z.strictObject({ kind: z.literal('full') }),
      z.strictObject({ kind: z.literal('modules'), modules: z.array(z.string().max(10)).max(20) }),
      z.strictObject({ kind: z.literal('items'), items: z.array(itemKey).max(500) }),
    ])
    .nullable(),
  index: z.number().int().min(0).max(10_000),
  answers: z.record(itemKey, answerSchema),
  priorities: z.array(itemKey).max(500),
  skipped: z.array(itemKey).max(500),
  reflection: z.strictObject({ themes: z.array(z.string().max(10)).max(3), notes: text(5000) }),
  actions: z
    .array(
      z.strictObject({
        id: z.string().max(80),
        text: text(1000),
        owner: text(200),
        due: text(40),
        status: z.enum(['open', 'bezig', 'klaar']),
        itemId: itemKey.optional(),
      }),
    )
    .max(200),
  memo: z.strictObject({
    onderwerp: text(300),
    auteur: text(200),
    datum: text(40),
    aanleiding: text(5000),
    financieel: text(2000),
    juridisch: text(2000),
    communicatie: text(2000),
  }),
  notice: z.strictObject({ toAnswer: z.array(itemKey).max(500) }).nullable(),
  appendices: z.boolean(),
  confidential: z.boolean(),
  workshop: z
    .strictObject({ id: z.string().max(80), name: text(200), date: text(40), anonymous: z.boolean() })
    .nullable(),
  baseline: z
    .strictObject({
      source: z.enum(['scan', 'file', 'workshop']),
      label: text(200),
      savedAt: text(40),
      contentVersion: text(20),
      role: z.enum(ROLES).nullable(),
      answers: z.record(itemKey, answerSchema),
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
