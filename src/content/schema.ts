import { z } from './zod';
import { INSTRUMENT_VALUES, ITEM_TYPES, ROLES, type Condition } from '../domain/types';

const itemId = z
  .string()
  .regex(/^[a-z]{3}\.[a-z0-9-]+$/u, 'moet de vorm "mod.naam" hebben (kleine letters, cijfers, -)');
const seedId = z.string().regex(/^[a-z-]+\.[a-z-]+\.\d+$/u, 'is geen geldige bron-id');

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ item: itemId, scoreBelow: z.number().min(0).max(1) }),
    z.strictObject({ item: itemId, scoreAtLeast: z.number().min(0).max(1) }),
    z.strictObject({ item: itemId, answerIn: z.array(z.string()).min(1) }),
    z.strictObject({
      item: itemId,
      side: z.enum(['now', 'desired']),
      atMost: z.number().int().min(-3).max(3),
    }),
    z.strictObject({
      item: itemId,
      side: z.enum(['now', 'desired']),
      atLeast: z.number().int().min(-3).max(3),
    }),
    z.strictObject({ module: z.string(), scoreBelow: z.number().min(0).max(1) }),
    z.strictObject({ module: z.string(), scoreAtLeast: z.number().min(0).max(1) }),
    z.strictObject({ module: z.string(), unknownShareAtLeast: z.number().min(0).max(1) }),
  ]),
);

export const itemStructureSchema = z.strictObject({
  id: itemId,
  type: z.enum(ITEM_TYPES),
  anchor: z.boolean().optional(),
  weight: z.number().min(0.5).max(3).default(1),
  roles: z.array(z.enum(ROLES)).min(1),
  quick: z.boolean().default(false),
  reverse: z.boolean().optional(),
  sources: z.array(seedId).min(1),
  leansLeft: z.array(seedId).optional(),
  leansRight: z.array(seedId).optional(),
  showIf: conditionSchema.optional(),
  replaces: z.array(itemId).min(1).optional(),
});

export const moduleStructureSchema = z.strictObject({
  id: z.string().regex(/^[a-z]{3}$/u),
  order: z.number().int().min(1),
  items: z.array(itemStructureSchema).min(1),
});

const nonEmpty = z.string().trim().min(1, 'mag niet leeg zijn');

/** The same text for every role, or one per role (`checkContent` asks it to be complete for the item's roles). */
export const roleTextSchema = z.union([
  nonEmpty,
  z
    .strictObject({
      bestuurder: nonEmpty.optional(),
      projectleider: nonEmpty.optional(),
      trainer: nonEmpty.optional(),
    })
    .refine((r) => Object.keys(r).length > 0, 'noem minstens één rol'),
]);
export const tierAdviceSchema = z.strictObject({
  title: roleTextSchema,
  step: roleTextSchema,
  bullets: z.array(nonEmpty).min(2, 'geef twee of drie punten').max(3, 'geef twee of drie punten'),
});
export const scaledTextSchema = z.strictObject({
  text: nonEmpty,
  why: nonEmpty,
  advice: z.strictObject({
    start: tierAdviceSchema,
    deepen: tierAdviceSchema,
    plan: tierAdviceSchema.optional(),
    keep: tierAdviceSchema,
  }),
  groupQuestion: nonEmpty.optional(),
});
export const dilemmaTextSchema = z.strictObject({
  text: nonEmpty,
  left: nonEmpty,
  right: nonEmpty,
  why: nonEmpty,
  leftRisk: nonEmpty,
  rightRisk: nonEmpty,
  towardsLeft: nonEmpty,
  towardsRight: nonEmpty,
  extremeLeft: nonEmpty,
  extremeRight: nonEmpty,
  groupQuestion: nonEmpty.optional(),
});
export const openTextSchema = z.strictObject({
  text: nonEmpty,
  why: nonEmpty,
  hint: z.string().optional(),
});

export const moduleTextSchema = z.strictObject({
  title: nonEmpty,
  intro: nonEmpty,
  items: z.record(z.string(), z.record(z.string(), z.unknown())),
});

export const metaSchema = z.strictObject({
  contentVersion: z.string().regex(/^\d+\.\d+\.\d+$/u, 'moet de vorm 1.2.3 hebben'),
  fingerprint: z.string(),
  secondsPerType: z.strictObject({
    likert: z.number().positive(),
    frequency: z.number().positive(),
    instrument: z.number().positive(),
    dilemma: z.number().positive(),
    open: z.number().positive(),
  }),
  instrumentValues: z.array(z.enum(INSTRUMENT_VALUES)).optional(),
});

export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/u),
  severity: z.enum(['warning', 'info']),
  when: conditionSchema,
  sources: z.array(seedId).min(1),
});
export const rulesSchema = z.array(ruleSchema);
export const ruleTextsSchema = z.record(
  z.string(),
  z.strictObject({ title: nonEmpty, advice: roleTextSchema }),
);

const rolePathSchema = z.strictObject({ moduleOrder: z.array(z.string()).min(1), quick: z.array(itemId) });
export const scansSchema = z.strictObject({
  bestuurder: rolePathSchema,
  projectleider: rolePathSchema,
  trainer: rolePathSchema,
});

const i18nText = z.strictObject({ nl: nonEmpty, en: nonEmpty });
export const sourcesSchema = z.array(
  z.strictObject({
    key: z.string(),
    file: z.string(),
    title: i18nText,
    /** The name in a source badge beside the advice. */
    short: i18nText,
    origin: i18nText,
    publication: z.string().optional(),
    sections: z.record(z.string(), i18nText),
  }),
);

export const seedIndexSchema = z.strictObject({
  source: z.string(),
  ids: z.array(z.strictObject({ id: seedId, kind: z.string() })),
});

const jargonTerms = z.array(z.strictObject({ term: nonEmpty, forms: z.array(nonEmpty).min(1) }));
export const jargonSchema = z.strictObject({ nl: jargonTerms, en: jargonTerms });
