/**
 * The zod half of each answer type's definition (`src/domain/answer-types.ts`; the domain does not import zod): the
 * answers it takes as saved in a scan, and the fields its texts have in `content/texts/<lang>/<module>.json`.
 */
import { z } from './zod';
import { TEXT_LIMITS } from '../domain/limits';
import { INSTRUMENT_VALUES, type ItemType } from '../domain/types';
import { dilemmaTextSchema, openTextSchema, scaledTextSchema } from './schema';

const dilemmaPos = z.number().int().min(-3).max(3);

export const scaleAnswerSchema = z.strictObject({
  kind: z.literal('scale'),
  value: z.number().int().min(1).max(5),
});
export const instrumentAnswerSchema = z.strictObject({
  kind: z.literal('instrument'),
  value: z.enum(INSTRUMENT_VALUES),
});
export const dilemmaAnswerSchema = z.strictObject({
  kind: z.literal('dilemma'),
  now: dilemmaPos.optional(),
  desired: dilemmaPos.optional(),
  note: z.string().max(1000).optional(),
});
export const textAnswerSchema = z.strictObject({
  kind: z.literal('text'),
  value: z.string().max(TEXT_LIMITS.openAnswer),
});

/** Per answer type: the schema of its own answer (besides "weet niet" / "n.v.t.") and of its texts. */
export const ANSWER_TYPE_SCHEMAS = {
  likert: { answer: scaleAnswerSchema, text: scaledTextSchema },
  frequency: { answer: scaleAnswerSchema, text: scaledTextSchema },
  instrument: { answer: instrumentAnswerSchema, text: scaledTextSchema },
  dilemma: { answer: dilemmaAnswerSchema, text: dilemmaTextSchema },
  open: { answer: textAnswerSchema, text: openTextSchema },
} as const satisfies Record<ItemType, { answer: z.ZodType; text: z.ZodType }>;
