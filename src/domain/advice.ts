import { answerType } from './answer-types';
import {
  answerScore,
  evaluate,
  LEVEL_THRESHOLDS,
  levelOf,
  scoreModule,
  type Level,
  type ModuleScore,
} from './scoring';
import type { Answer, Answers, Content, Item, Role, RoleText, Rule, SourceDocument, Tier } from './types';

/** Multipliers of the priority formula; stated in the report's appendix. */
export const PRIORITY_WEIGHTS = { marked: 1.5, multiSource: 1.25, roleMatch: 1.2, chosenTheme: 1.2 } as const;
/** An item scoring below this shows a gap; from this value on it is a strength. */
export const GAP_BELOW = 0.75;
/** A share of "weet niet" answers in a module from which the information position counts as weak. */
export const UNKNOWN_SHARE_FINDING = 0.3;

/**
 * Distinct publications an item rests on. A seed id's first part names its document; documents of one publication
 * (the two Wijkengids chapters) count once, through their `publication` in sources.json.
 */
export function documentsOf(
  sources: readonly string[],
  documents: readonly Pick<SourceDocument, 'key' | 'publication'>[] = [],
): string[] {
  const publication = (key: string) => documents.find((d) => d.key === key)?.publication ?? key;
  return [...new Set(sources.map((s) => publication(s.split('.')[0] ?? s)))];
}

/**
 * Score bounds of the advice tiers, stated in the report's method appendix. A score exactly on a bound goes to the
 * higher tier: on the 5-point scales 1–2 give `start`, 3 gives `deepen`, 4–5 give `keep`.
 */
export const TIER_FROM = { deepen: 0.375, keep: 0.75 } as const;

/**
 * The advice tier an answer calls for: instruments by their value (nee → start, deels → deepen, gepland → plan,
 * ja → keep), scales by their score (mirrored for reverse-keyed statements). Null without a scored answer.
 */
export function tierOf(item: Pick<Item, 'type' | 'reverse'>, answer: Answer | undefined): Tier | null {
  const own = answer && answerType(item.type).tier?.(answer);
  if (own) return own;
  const score = answerScore(item, answer);
  if (score === null) return null;
  return score >= TIER_FROM.keep ? 'keep' : score >= TIER_FROM.deepen ? 'deepen' : 'start';
}

/** Order in which a text per role falls back when the reader's role has none (an item outside the role's path). */
const ROLE_FALLBACK: readonly Role[] = ['bestuurder', 'projectleider', 'trainer'];

/** The text for a role: the role's own variant, or the shared text. */
export function textFor(text: RoleText | undefined, role: Role): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[role] ?? ROLE_FALLBACK.map((r) => text[r]).find((t) => t !== undefined) ?? '';
}

/** The advice of one scored item for one reader: the tier chosen by the answer, in the reader's role. */
export interface ItemAdvice {
  tier: Tier;
  /** The action, as the priority's title. */
  title: string;
  /** The first step (who, the coming weeks, after three months): the proposal for the verbeteragenda. */
  step: string;
  bullets: string[];
}

/** The advice an answer calls for, or null when the item has no scored answer (or no advice for its tier). */
export function adviceFor(item: Item, answer: Answer | undefined, role: Role): ItemAdvice | null {
  const tier = tierOf(item, answer);
  const a = tier ? item.t.advice?.[tier] : undefined;
  if (!tier || !a) return null;
  return { tier, title: textFor(a.title, role), step: textFor(a.step, role), bullets: a.bullets };
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

/** The asked items that have a score (anchors aside), with their answer and score, in content order. */
function scoredAnswers(input: AdviceInput): { item: Item; answer: Answer; score: number }[] {
  const asked = new Set(input.asked);
  return input.content.modules.flatMap((m) =>
    m.items.flatMap((item) => {
      if (!asked.has(item.id) || item.anchor) return [];
      const answer = input.answers[item.id];
      const score = answerScore(item, answer);
      return score === null || !answer ? [] : [{ item, answer, score }];
    }),
  );
}

/** Items with a gap, most urgent first: (1 − score) × weight × multipliers. Ties keep content order. */
export function rankPriorities(input: AdviceInput): Priority[] {
  const out: Priority[] = [];
  for (const { item, answer, score } of scoredAnswers(input)) {
    if (score >= GAP_BELOW) continue;
    const marked = input.priorities.includes(item.id);
    const multiSource = documentsOf(item.sources, input.content.sources).length >= 2;
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
  return out.sort((a, b) => b.priority - a.priority);
}

export interface Strength {
  item: Item;
  answer: Answer;
  score: number;
}

/** Items answered strongly, best first (multi-source lessons first among equals). */
export function findStrengths(input: AdviceInput): Strength[] {
  const out: Strength[] = scoredAnswers(input).filter((s) => s.score >= GAP_BELOW);
  const docs = (i: Item) => documentsOf(i.sources, input.content.sources).length;
  return out.sort(
    (a, b) => b.score - a.score || docs(b.item) - docs(a.item) || b.item.weight - a.item.weight,
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
  /** Signals: 'gap' (moving two or more steps), 'extreme' (at −3 or +3), or both. */
  triggers: ('gap' | 'extreme')[];
  /**
   * The advice that applies, following the direction: moving one step or more towards a pole gives the advice for
   * that move only; staying (or nearly staying) at an extreme gives that extreme's advice; otherwise none.
   */
  advice: { kind: 'towards' | 'extreme'; pole: 'left' | 'right' } | null;
}

/** Moving this many steps or more between "nu" and "gewenst" counts as wanting to move (advice per direction). */
export const MOVE_FROM = 1;

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
      const at = desired ?? now;
      const advice: DilemmaFinding['advice'] =
        gap !== null && Math.abs(gap) >= MOVE_FROM
          ? { kind: 'towards', pole: gap > 0 ? 'right' : 'left' }
          : at !== null && Math.abs(at) === 3
            ? { kind: 'extreme', pole: at > 0 ? 'right' : 'left' }
            : null;
      return { item, now, desired, gap, extreme, towardsSources, triggers, advice };
    });
}

/** The Markdown advice of a dilemma finding, in the direction the person wants to move (or at their extreme). */
export function dilemmaAdvice(d: DilemmaFinding): string {
  if (!d.advice) return '';
  const t = d.item.t;
  if (d.advice.kind === 'towards') return (d.advice.pole === 'left' ? t.towardsLeft : t.towardsRight) ?? '';
  return (d.advice.pole === 'left' ? t.extremeLeft : t.extremeRight) ?? '';
}

/** Cross-check rules whose condition holds. */
export function raisedFlags(content: Content, answers: Answers): Rule[] {
  return content.rules.filter((r) => evaluate(r.when, content, answers));
}

export { LEVEL_THRESHOLDS };
