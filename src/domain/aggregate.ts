import { ANSWER_TYPES, SCORED_TYPES, answerType, type ScaleOption } from './answer-types';
import { answerScore, scoreModule } from './scoring';
import type { Answers, Content, Item, ItemType, Role } from './types';

/**
 * Group aggregation for a workshop: per item the spread of answers (not only the mean), per module the spread of the
 * participants' scores, every dilemma position, open answers side by side, a role comparison and the discussion
 * agenda (the items where the group disagrees most). Pure: data in, named results out.
 *
 * Anonymity: in an anonymous workshop no figure, list or breakdown resting on fewer than MIN_GROUP people is shown;
 * such parts come back with `withheld: true` and without their values.
 */

/** The smallest group a figure may rest on in an anonymous workshop. */
export const MIN_GROUP = 3;

/**
 * Spread is the standard deviation of the answers on a 0–1 scale (0 = all the same; 0.5 = half at each end). On the
 * five-point scale one step is 0.25, so from 0.25 on the answers lie on average a full step apart.
 */
export const SPREAD_THRESHOLDS = { mediumFrom: 0.15, highFrom: 0.25 } as const;
/** Items (and dilemmas) from this spread on go on the discussion agenda, most disagreement first. */
export const AGENDA_SPREAD_FROM = SPREAD_THRESHOLDS.highFrom;
/** At most this many points on the discussion agenda. */
export const AGENDA_MAX = 8;

export type SpreadLevel = 'low' | 'medium' | 'high';

export function spreadLevel(sd: number): SpreadLevel {
  if (sd >= SPREAD_THRESHOLDS.highFrom) return 'high';
  if (sd >= SPREAD_THRESHOLDS.mediumFrom) return 'medium';
  return 'low';
}

/** Summary statistics of a list of numbers. */
export interface Stats {
  n: number;
  mean: number;
  /** Population standard deviation. */
  sd: number;
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

function quantile(sorted: readonly number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

/** Mean, standard deviation, quartiles and range; null for an empty list. */
export function describe(values: readonly number[]): Stats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((s, v) => s + v, 0) / n;
  const variance = sorted.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
  return {
    n,
    mean,
    sd: Math.sqrt(variance),
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0] ?? 0,
    max: sorted[n - 1] ?? 0,
  };
}

export type { ScaleOption };

/** The answer options of a scored item in scale order (weak → strong), each with its position on a 0–1 axis. */
export function scaleOptions(type: ItemType): ScaleOption[] {
  return [...(answerType(type).group?.axis ?? ANSWER_TYPES.likert.group?.axis ?? [])];
}

/** Anything with a role and answers: a workshop participant. */
export interface GroupMember {
  role: Role | null;
  answers: Answers;
}

export interface ItemDistribution {
  itemId: string;
  module: string;
  type: ItemType;
  reverse: boolean;
  /** Participants who answered at all (including "weet niet" and "n.v.t."). */
  respondents: number;
  withheld: boolean;
  /** Per answer option, in scale order: how many chose it. Empty when withheld. */
  counts: (ScaleOption & { count: number })[];
  unknown: number;
  notApplicable: number;
  /** Positions (0–1, as answered: not mirrored for reverse statements) of the real answers, sorted. */
  positions: number[];
  /** Stats over `positions`. */
  stats: Stats | null;
  /** Mean score (0 weak … 1 strong; mirrored for reverse statements), as in the personal report. */
  meanScore: number | null;
  spread: SpreadLevel | null;
}

export interface DilemmaPosition {
  /** Index of the participant in the list given; null in an anonymous workshop. */
  participant: number | null;
  now: number | null;
  desired: number | null;
}

export interface DilemmaSpread {
  itemId: string;
  module: string;
  respondents: number;
  unknown: number;
  withheld: boolean;
  /** Every participant's position; sorted by position (and without who) in an anonymous workshop. */
  positions: DilemmaPosition[];
  /** Stats on the −3…+3 scale. */
  now: Stats | null;
  desired: Stats | null;
  /** The larger of the two standard deviations on a 0–1 scale (sd / 6), comparable with the items' spread. */
  disagreement: number | null;
  spread: SpreadLevel | null;
}

export interface ModuleSpread {
  moduleId: string;
  /** Participants with a score for this module. */
  respondents: number;
  withheld: boolean;
  /** The participants' module scores (0–1), sorted; empty when withheld. */
  scores: number[];
  stats: Stats | null;
  spread: SpreadLevel | null;
}

export interface OpenAnswerSet {
  itemId: string;
  withheld: boolean;
  /** Sorted by text (and without who) in an anonymous workshop, so the order does not give anyone away. */
  answers: { participant: number | null; text: string }[];
}

export interface RoleGroup {
  role: Role | null;
  count: number;
  withheld: boolean;
  /**
   * Mean module score per module for this role: null when nobody in the group has a score, or when the group or
   * (in an anonymous workshop) the people with a score are too few.
   */
  modules: { moduleId: string; mean: number | null; respondents: number }[];
}

export interface RoleComparison {
  /** True when the participants have more than one role: only then is there something to compare. */
  applies: boolean;
  groups: RoleGroup[];
}

export interface AgendaPoint {
  itemId: string;
  kind: 'item' | 'dilemma';
  disagreement: number;
  respondents: number;
}

export interface GroupAggregate {
  participants: number;
  anonymous: boolean;
  /** The whole group is smaller than MIN_GROUP in an anonymous workshop: nothing is shown. */
  withheld: boolean;
  modules: ModuleSpread[];
  items: ItemDistribution[];
  dilemmas: DilemmaSpread[];
  open: OpenAnswerSet[];
  roles: RoleComparison;
  agenda: AgendaPoint[];
}

export interface AggregateOptions {
  anonymous: boolean;
  /** Defaults to MIN_GROUP; a parameter for tests. */
  minGroup?: number;
}

function positionOf(item: Item, a: Answers[string] | undefined): number | null {
  if (!a) return null;
  return answerType(item.type).group?.position(a) ?? null;
}

function itemDistribution(
  item: Item,
  members: readonly GroupMember[],
  hide: (n: number) => boolean,
): ItemDistribution {
  const options = scaleOptions(item.type);
  const counts = options.map((o) => ({ ...o, count: 0 }));
  const positions: number[] = [];
  const scores: number[] = [];
  let respondents = 0;
  let unknown = 0;
  let notApplicable = 0;
  for (const m of members) {
    const a = m.answers[item.id];
    if (!a) continue;
    respondents += 1;
    if (a.kind === 'unknown') unknown += 1;
    else if (a.kind === 'na') notApplicable += 1;
    const p = positionOf(item, a);
    if (p === null) continue;
    positions.push(p);
    const raw = answerType(item.type).group?.value(a) ?? '';
    const slot = counts.find((c) => c.value === raw);
    if (slot) slot.count += 1;
    const s = answerScore(item, a);
    if (s !== null) scores.push(s);
  }
  const withheld = hide(respondents);
  const base = {
    itemId: item.id,
    module: item.module,
    type: item.type,
    reverse: Boolean(item.reverse),
    respondents,
    withheld,
  };
  if (withheld) {
    return {
      ...base,
      counts: [],
      unknown: 0,
      notApplicable: 0,
      positions: [],
      stats: null,
      meanScore: null,
      spread: null,
    };
  }
  positions.sort((a, b) => a - b);
  const stats = describe(positions);
  return {
    ...base,
    counts,
    unknown,
    notApplicable,
    positions,
    stats,
    meanScore: scores.length ? scores.reduce((s, v) => s + v, 0) / scores.length : null,
    spread: stats && stats.n >= 2 ? spreadLevel(stats.sd) : null,
  };
}

function dilemmaSpread(
  item: Item,
  members: readonly GroupMember[],
  hide: (n: number) => boolean,
  anonymous: boolean,
): DilemmaSpread {
  const positions: DilemmaPosition[] = [];
  let unknown = 0;
  members.forEach((m, i) => {
    const a = m.answers[item.id];
    if (!a) return;
    if (a.kind === 'unknown') {
      unknown += 1;
      return;
    }
    if (a.kind !== 'dilemma' || (a.now === undefined && a.desired === undefined)) return;
    positions.push({ participant: anonymous ? null : i, now: a.now ?? null, desired: a.desired ?? null });
  });
  const respondents = positions.length + unknown;
  const withheld = hide(respondents);
  if (withheld) {
    return {
      itemId: item.id,
      module: item.module,
      respondents,
      unknown: 0,
      withheld,
      positions: [],
      now: null,
      desired: null,
      disagreement: null,
      spread: null,
    };
  }
  if (anonymous) positions.sort((a, b) => (a.now ?? 9) - (b.now ?? 9) || (a.desired ?? 9) - (b.desired ?? 9));
  const now = describe(positions.flatMap((p) => (p.now === null ? [] : [p.now])));
  const desired = describe(positions.flatMap((p) => (p.desired === null ? [] : [p.desired])));
  const sds = [now, desired].filter((s): s is Stats => s !== null && s.n >= 2).map((s) => s.sd / 6);
  const disagreement = sds.length ? Math.max(...sds) : null;
  return {
    itemId: item.id,
    module: item.module,
    respondents,
    unknown,
    withheld,
    positions,
    now,
    desired,
    disagreement,
    spread: disagreement === null ? null : spreadLevel(disagreement),
  };
}

function moduleScores(
  content: Pick<Content, 'modules'>,
  asked: ReadonlySet<string>,
  members: readonly GroupMember[],
): Map<string, (number | null)[]> {
  const out = new Map<string, (number | null)[]>();
  for (const module of content.modules) {
    if (!module.items.some((i) => asked.has(i.id) && SCORED_TYPES.has(i.type) && !i.anchor && !i.own))
      continue;
    out.set(
      module.id,
      members.map((m) => scoreModule(module, m.answers, asked).score),
    );
  }
  return out;
}

/**
 * Aggregates the participants' answers over the workshop's items. `participants` is in the order the trainer
 * received them; indexes in the result refer to that order (never in an anonymous workshop).
 */
export function aggregate(
  content: Pick<Content, 'modules'>,
  itemIds: readonly string[],
  participants: readonly GroupMember[],
  options: AggregateOptions,
): GroupAggregate {
  const minGroup = options.minGroup ?? MIN_GROUP;
  const anonymous = options.anonymous;
  const hide = (n: number) => anonymous && n < minGroup;
  const asked = new Set(itemIds);
  const items = content.modules.flatMap((m) => m.items).filter((i) => asked.has(i.id));
  const groupWithheld = hide(participants.length);
  const members = groupWithheld ? [] : participants;
  // with the whole group withheld, every part is withheld too (its respondents count as zero)
  const hidePart = (n: number) => groupWithheld || hide(n);

  const distributions = items
    .filter((i) => SCORED_TYPES.has(i.type))
    .map((i) => itemDistribution(i, members, hidePart));
  const dilemmas = items
    .filter((i) => i.type === 'dilemma')
    .map((i) => dilemmaSpread(i, members, hidePart, anonymous));
  const open: OpenAnswerSet[] = items
    .filter((i) => i.type === 'open')
    .map((i) => {
      const answers: OpenAnswerSet['answers'] = [];
      members.forEach((m, idx) => {
        const a = m.answers[i.id];
        if (a?.kind === 'text' && a.value.trim())
          answers.push({ participant: anonymous ? null : idx, text: a.value.trim() });
      });
      const withheld = hidePart(answers.length);
      if (anonymous) answers.sort((a, b) => a.text.localeCompare(b.text));
      return { itemId: i.id, withheld, answers: withheld ? [] : answers };
    });

  const perModule = moduleScores(content, asked, members);
  const modules: ModuleSpread[] = [...perModule.entries()].map(([moduleId, list]) => {
    const scores = list.filter((s): s is number => s !== null).sort((a, b) => a - b);
    const withheld = hidePart(scores.length);
    const stats = withheld ? null : describe(scores);
    return {
      moduleId,
      respondents: scores.length,
      withheld,
      scores: withheld ? [] : scores,
      stats,
      spread: stats && stats.n >= 2 ? spreadLevel(stats.sd) : null,
    };
  });

  const roles = roleComparison(perModule, members, hidePart);

  const agenda: AgendaPoint[] = [
    ...distributions
      .filter((d) => !d.withheld && d.stats && d.stats.n >= 2 && d.stats.sd >= AGENDA_SPREAD_FROM)
      .map((d) => ({
        itemId: d.itemId,
        kind: 'item' as const,
        disagreement: d.stats?.sd ?? 0,
        respondents: d.respondents,
      })),
    ...dilemmas
      .filter((d) => !d.withheld && d.disagreement !== null && d.disagreement >= AGENDA_SPREAD_FROM)
      .map((d) => ({
        itemId: d.itemId,
        kind: 'dilemma' as const,
        disagreement: d.disagreement ?? 0,
        respondents: d.respondents,
      })),
  ]
    // most disagreement first; ties keep content order (the sort is stable)
    .sort((a, b) => b.disagreement - a.disagreement)
    .slice(0, AGENDA_MAX);

  return {
    participants: participants.length,
    anonymous,
    withheld: groupWithheld,
    modules,
    items: distributions,
    dilemmas,
    open,
    roles,
    agenda,
  };
}

function roleComparison(
  perModule: Map<string, (number | null)[]>,
  members: readonly GroupMember[],
  hide: (n: number) => boolean,
): RoleComparison {
  const order: (Role | null)[] = ['bestuurder', 'projectleider', 'trainer', null];
  const present = order.filter((r) => members.some((m) => m.role === r));
  const groups: RoleGroup[] = present.map((role) => {
    const idx = members.flatMap((m, i) => (m.role === role ? [i] : []));
    return {
      role,
      count: idx.length,
      withheld: hide(idx.length),
      modules: [...perModule.entries()].map(([moduleId, list]) => {
        const scores = idx.map((i) => list[i]).filter((s): s is number => s !== null && s !== undefined);
        const mean =
          scores.length && !hide(scores.length) ? scores.reduce((s, v) => s + v, 0) / scores.length : null;
        return { moduleId, mean, respondents: scores.length };
      }),
    };
  });
  // Complementary suppression: with exactly one group withheld, the whole group's figures minus the shown groups
  // would give it away, so the next smallest group is withheld too.
  if (groups.filter((g) => g.withheld).length === 1 && groups.length > 1) {
    const next = groups.filter((g) => !g.withheld).sort((a, b) => a.count - b.count)[0];
    if (next) next.withheld = true;
  }
  for (const g of groups)
    if (g.withheld) g.modules = g.modules.map((m) => ({ ...m, mean: null, respondents: 0 }));
  return { applies: present.length > 1, groups };
}
