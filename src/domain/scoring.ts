import { SCORED_TYPES, answerType } from './answer-types';
import type { Answer, Answers, Condition, Content, Item, Module } from './types';

/** Normalised score of one answer, 0 (weak) … 1 (strong); `null` when the answer carries no score. */
export function answerScore(item: Pick<Item, 'type' | 'reverse'>, answer: Answer | undefined): number | null {
  if (!answer) return null;
  return answerType(item.type).score(answer, item.reverse === true);
}

/** Whether an item has any answer (including "weet niet" and "n.v.t."). */
export function isAnswered(item: Item, answer: Answer | undefined): boolean {
  if (!answer) return false;
  return answerType(item.type).isAnswered(answer);
}

export interface ModuleScore {
  moduleId: string;
  /** Weighted mean of item scores, 0–1, or null when nothing scored was answered. */
  score: number | null;
  /** Number of scored items with a score. */
  scored: number;
  /** Number of scoring items (likert, frequency, instrument, not anchors) asked. */
  scorable: number;
  unknown: number;
  notApplicable: number;
  /** unknown / scorable items answered at all. */
  unknownShare: number;
  /** The mean score of the module's anchor statements, if any was answered. */
  anchorScore: number | null;
}

/** Scores one module over the given items (the items that were asked). */
export function scoreModule(module: Module, answers: Answers, askedIds?: ReadonlySet<string>): ModuleScore {
  let sum = 0;
  let weights = 0;
  let scored = 0;
  let scorable = 0;
  let unknown = 0;
  let notApplicable = 0;
  const anchorScores: number[] = [];
  for (const item of module.items) {
    if (askedIds && !askedIds.has(item.id)) continue;
    if (!SCORED_TYPES.has(item.type) || item.own) continue;
    const a = answers[item.id];
    const s = answerScore(item, a);
    if (item.anchor) {
      if (s !== null) anchorScores.push(s);
      continue;
    }
    scorable += 1;
    if (a?.kind === 'unknown') unknown += 1;
    if (a?.kind === 'na') notApplicable += 1;
    if (s !== null) {
      sum += s * item.weight;
      weights += item.weight;
      scored += 1;
    }
  }
  const answeredAtAll = scored + unknown;
  return {
    moduleId: module.id,
    score: weights > 0 ? sum / weights : null,
    scored,
    scorable,
    unknown,
    notApplicable,
    unknownShare: answeredAtAll > 0 ? unknown / answeredAtAll : 0,
    anchorScore: anchorScores.length ? anchorScores.reduce((a, b) => a + b, 0) / anchorScores.length : null,
  };
}

export type Level = 'sterk' | 'ontwikkeling' | 'aandacht';

/** Thresholds for the module levels; stated in the report's appendix. */
export const LEVEL_THRESHOLDS = { attentionBelow: 0.4, strongFrom: 0.7 } as const;

export function levelOf(score: number | null): Level | null {
  if (score === null) return null;
  if (score < LEVEL_THRESHOLDS.attentionBelow) return 'aandacht';
  if (score >= LEVEL_THRESHOLDS.strongFrom) return 'sterk';
  return 'ontwikkeling';
}

/** Evaluates a condition against the answers. A condition on an unanswered item is false. */
export function evaluate(cond: Condition, content: Pick<Content, 'modules'>, answers: Answers): boolean {
  if ('all' in cond) return cond.all.every((c) => evaluate(c, content, answers));
  if ('any' in cond) return cond.any.some((c) => evaluate(c, content, answers));
  if ('not' in cond) return !evaluate(cond.not, content, answers);
  if ('item' in cond) {
    const item = findItem(content, cond.item);
    const a = answers[cond.item];
    if (!item || !a) return false;
    if ('answerIn' in cond) {
      const raw = a.kind === 'scale' ? String(a.value) : a.kind === 'instrument' ? a.value : a.kind;
      return cond.answerIn.includes(raw);
    }
    if ('side' in cond) {
      if (a.kind !== 'dilemma') return false;
      const v = cond.side === 'now' ? a.now : a.desired;
      if (v === undefined) return false;
      return 'atMost' in cond ? v <= cond.atMost : v >= cond.atLeast;
    }
    const s = answerScore(item, a);
    if (s === null) return false;
    return 'scoreBelow' in cond ? s < cond.scoreBelow : s >= cond.scoreAtLeast;
  }
  const module = content.modules.find((m) => m.id === cond.module);
  if (!module) return false;
  const ms = scoreModule(module, answers);
  if ('unknownShareAtLeast' in cond) return ms.unknown > 0 && ms.unknownShare >= cond.unknownShareAtLeast;
  if (ms.score === null) return false;
  return 'scoreBelow' in cond ? ms.score < cond.scoreBelow : ms.score >= cond.scoreAtLeast;
}

export function findItem(content: Pick<Content, 'modules'>, id: string): Item | undefined {
  for (const m of content.modules) {
    const found = m.items.find((i) => i.id === id);
    if (found) return found;
  }
  return undefined;
}
