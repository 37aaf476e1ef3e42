import {
  answerScore,
  evaluate,
  LEVEL_THRESHOLDS,
  levelOf,
  scoreModule,
  type Level,
  type ModuleScore,
} from './scoring';
import type { Answer, Answers, Content, Item, Role, Rule } from './types';

/** Multipliers of the priority formula; stated in the report's appendix. */
export const PRIORITY_WEIGHTS = { marked: 1.5, multiSource: 1.25, roleMatch: 1.2, chosenTheme: 1.2 } as const;
/** An item scoring below this shows a gap; from this value on it is a strength. */
export const GAP_BELOW = 0.75;
/** A share of "weet niet" answers in a module from which the information position counts as weak. */
export const UNKNOWN_SHARE_FINDING = 0.3;

/** Distinct source documents an item rests on (the first part of each seed id). */
export function documentsOf(sources: readonly string[]): string[] {
  return [...new Set(sources.map((s) => s.split('.')[0] ?? s))];
}

export interface Priority {
  item: Item;
  answer: Answer;
  score: number;
  priority: number;
  marked: boolean;
  multiSource: boolean;
  roleMatch: boolean;
  chosenTheme: boolean;
}

export interface AdviceInput {
  content: Content;
  answers: Answers;
  role: Role;
  priorities: readonly string[];
  themes: readonly string[];
  /** Ids of the items that were asked (the scan's selection). */
  asked: readonly string[];
}

/** Items with a gap, most urgent first: (1 − score) × weight × multipliers. Ties keep content order. */
export function rankPriorities(input: AdviceInput): Priority[] {
  const asked = new Set(input.asked);
  const out: Priority[] = [];
  for (const m of input.content.modules) {
    for (const item of m.items) {
      if (!asked.has(item.id) || item.anchor) continue;
      const answer = input.answers[item.id];
      const score = answerScore(item, answer);
      if (score === null || !answer || score >= GAP_BELOW) continue;
      const marked = input.priorities.includes(item.id);
      const multiSource = documentsOf(item.sources).length >= 2;
      const roleMatch = item.roles.includes(input.role);
      const chosenTheme = input.themes.includes(item.module);
      const priority =
        (1 - score) *
        item.weight *
        (marked ? PRIORITY_WEIGHTS.marked : 1) *
        (multiSource ? PRIORITY_WEIGHTS.multiSource : 1) *
        (roleMatch ? PRIORITY_WEIGHTS.roleMatch : 1) *
        (chosenTheme ? PRIORITY_WEIGHTS.chosenTheme : 1);
      out.push({ item, answer, score, priority, marked, multiSource, roleMatch, chosenTheme });
    }
  }
  return out.sort((a, b) => b.priority - a.priority);
}

export interface Strength {
  item: Item;
  answer: Answer;
  score: number;
}

/** Items answered strongly, best first (multi-source lessons first among equals). */
export function findStrengths(input: AdviceInput): Strength[] {
  const asked = new Set(input.asked);
  const out: Strength[] = [];
  for (const m of input.content.modules) {
    for (const item of m.items) {
      if (!asked.has(item.id) || item.anchor) continue;
      const answer = input.answers[item.id];
      const score = answerScore(item, answer);
      if (score === null || !answer || score < GAP_BELOW) continue;
      out.push({ item, answer, score });
    }
  }
  return out.sort(
    (a, b) =>
      b.score - a.score ||
      documentsOf(b.item.sources).length - documentsOf(a.item.sources).length ||
      b.item.weight - a.item.weight,
  );
}

export interface ModuleFinding extends ModuleScore {
  level: Level | null;
  /** Many "weet niet": the information position is weak. */
  weakInformation: boolean;
  /** Anchor statement versus practice: 'rosier' when the self-image is clearly higher than the item scores. */
  selfImage: 'rosier' | 'harsher' | null;
}

export function moduleFindings(
  content: Content,
  answers: Answers,
  asked: readonly string[],
): ModuleFinding[] {
  const set = new Set(asked);
  return content.modules
    .filter((m) => m.items.some((i) => set.has(i.id)))
    .map((m) => {
      const s = scoreModule(m, answers, set);
      const diff = s.anchorScore !== null && s.score !== null ? s.anchorScore - s.score : 0;
      return {
        ...s,
        level: levelOf(s.score),
        weakInformation: s.unknown >= 2 && s.unknownShare >= UNKNOWN_SHARE_FINDING,
        selfImage: diff >= 0.25 ? 'rosier' : diff <= -0.25 ? 'harsher' : null,
      };
    });
}

export interface DilemmaFinding {
  item: Item;
  now: number | null;
  desired: number | null;
  gap: number | null;
  extreme: boolean;
  /** Seed ids that argue for the pole the person wants to move towards. */
  towardsSources: string[];
  /** The advice that applies: 'gap' (moving two or more steps), 'extreme' (at −3 or +3), or both. */
  triggers: ('gap' | 'extreme')[];
}

export function dilemmaFindings(
  content: Content,
  answers: Answers,
  asked: readonly string[],
): DilemmaFinding[] {
  const set = new Set(asked);
  return content.modules
    .flatMap((m) => m.items)
    .filter((i) => i.type === 'dilemma' && set.has(i.id))
    .map((item) => {
      const a = answers[item.id];
      const now = a?.kind === 'dilemma' && a.now !== undefined ? a.now : null;
      const desired = a?.kind === 'dilemma' && a.desired !== undefined ? a.desired : null;
      const gap = now !== null && desired !== null ? desired - now : null;
      const extreme = (now !== null && Math.abs(now) === 3) || (desired !== null && Math.abs(desired) === 3);
      const triggers: ('gap' | 'extreme')[] = [];
      if (gap !== null && Math.abs(gap) >= 2) triggers.push('gap');
      if (extreme) triggers.push('extreme');
      const towardsSources =
        gap === null || gap === 0 ? [] : gap > 0 ? (item.leansRight ?? []) : (item.leansLeft ?? []);
      return { item, now, desired, gap, extreme, towardsSources, triggers };
    });
}

/** Cross-check rules whose condition holds. */
export function raisedFlags(content: Content, answers: Answers): Rule[] {
  return content.rules.filter((r) => evaluate(r.when, content, answers));
}

export { LEVEL_THRESHOLDS };
