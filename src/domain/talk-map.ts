import { GAP_BELOW } from './advice';
import { MIN_GROUP, SPREAD_THRESHOLDS, type GroupAggregate } from './aggregate';

/**
 * "Where to talk": every question of a workshop placed by how much the group wants to change (up) against how much
 * the group disagrees (right), in four named quadrants. Pure: the aggregate in, named points out.
 *
 * - Wants to change, 0–1. A scale question: the distance of the group's mean score from the strongest answer
 *   (1 − mean score, mirrored for reverse statements as in the scores). A dilemma: the gap between the group's mean
 *   "now" and mean "desired" position, divided by three (the step from the middle to a pole) and capped at 1.
 * - Disagrees, 0–0.5: the spread the aggregate computes (the standard deviation on a 0–1 scale; for a dilemma the
 *   larger of "now" and "desired").
 *
 * A question with fewer than MIN_GROUP real answers ("weet niet" and "n.v.t." do not count) stays off the map, in an
 * anonymous workshop and in a named one alike; it is listed in `tooFew`. Open questions have no position: not listed.
 */

/** Where the quadrants meet. */
export const TALK_MAP_THRESHOLDS = {
  /**
   * From here the group wants to change: a mean score under 75% (the personal report calls such an answer a gap,
   * GAP_BELOW), or a dilemma whose mean "desired" lies ¾ step or more from the mean "now".
   */
  changeFrom: 1 - GAP_BELOW,
  /** From here the group disagrees: a large spread, as on the discussion agenda (answers a full step apart). */
  disagreeFrom: SPREAD_THRESHOLDS.highFrom,
} as const;

/** A dilemma's mean move of this many steps counts as the most change there is. */
export const DILEMMA_FULL_GAP = 3;

/** The largest spread there is on a 0–1 scale (half the group at each end): the right edge of the map. */
export const MAX_DISAGREEMENT = 0.5;

/**
 * The four quadrants, in the order a trainer takes them up: divided and wanting to change first, then agreed and
 * wanting to change, then divided, then agreed and content.
 */
export const QUADRANTS = ['dividedChange', 'agreeChange', 'divided', 'agreeContent'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export function quadrantOf(
  change: number,
  disagreement: number,
  thresholds: { changeFrom: number; disagreeFrom: number } = TALK_MAP_THRESHOLDS,
): Quadrant {
  const wants = change >= thresholds.changeFrom;
  const divided = disagreement >= thresholds.disagreeFrom;
  if (divided) return wants ? 'dividedChange' : 'divided';
  return wants ? 'agreeChange' : 'agreeContent';
}

export interface TalkPoint {
  itemId: string;
  /** The question's number in the workshop: its place in the setup's item list, from 1. */
  number: number;
  kind: 'scale' | 'dilemma';
  /** How much the group wants to change, 0–1. */
  change: number;
  /** How much the group disagrees: the spread, 0–0.5. */
  disagreement: number;
  /** The real answers it rests on (for a dilemma: the smaller count of "now" and "desired"). */
  answers: number;
  quadrant: Quadrant;
}

export interface TalkMap {
  /** In the workshop's order. */
  points: TalkPoint[];
  /** Per quadrant its points, in the workshop's order; every quadrant is present. */
  quadrants: Record<Quadrant, TalkPoint[]>;
  /** Questions left off because fewer than MIN_GROUP people answered them, in the workshop's order. */
  tooFew: { itemId: string; number: number }[];
}

export interface TalkMapOptions {
  /** Defaults to MIN_GROUP; a parameter for tests. */
  minGroup?: number;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/**
 * The map of a workshop's questions. `itemIds` is the setup's item list: it gives the numbers (index + 1) and the
 * order. Questions the aggregate does not know (or open questions) are skipped.
 */
export function talkMap(
  agg: GroupAggregate,
  itemIds: readonly string[],
  options: TalkMapOptions = {},
): TalkMap {
  const minGroup = options.minGroup ?? MIN_GROUP;
  const items = new Map(agg.items.map((d) => [d.itemId, d] as const));
  const dilemmas = new Map(agg.dilemmas.map((d) => [d.itemId, d] as const));
  const points: TalkPoint[] = [];
  const tooFew: TalkMap['tooFew'] = [];

  itemIds.forEach((itemId, i) => {
    const number = i + 1;
    const d = items.get(itemId);
    if (d) {
      const answers = d.withheld ? 0 : (d.stats?.n ?? 0);
      if (answers < minGroup || d.meanScore === null || !d.stats) {
        tooFew.push({ itemId, number });
        return;
      }
      const change = clamp01(1 - d.meanScore);
      const disagreement = d.stats.sd;
      points.push({
        itemId,
        number,
        kind: 'scale',
        change,
        disagreement,
        answers,
        quadrant: quadrantOf(change, disagreement),
      });
      return;
    }
    const dl = dilemmas.get(itemId);
    if (!dl) return;
    const answers = dl.withheld ? 0 : Math.min(dl.now?.n ?? 0, dl.desired?.n ?? 0);
    if (answers < minGroup || !dl.now || !dl.desired) {
      tooFew.push({ itemId, number });
      return;
    }
    const change = clamp01(Math.abs(dl.desired.mean - dl.now.mean) / DILEMMA_FULL_GAP);
    const disagreement = dl.disagreement ?? 0;
    points.push({
      itemId,
      number,
      kind: 'dilemma',
      change,
      disagreement,
      answers,
      quadrant: quadrantOf(change, disagreement),
    });
  });

  const quadrants = Object.fromEntries(
    QUADRANTS.map((q) => [q, points.filter((p) => p.quadrant === q)]),
  ) as Record<Quadrant, TalkPoint[]>;
  return { points, quadrants, tooFew };
}

/** Whether a question has enough real answers to show its result: MIN_GROUP or more, whatever the anonymity. */
export function enoughAnswers(agg: GroupAggregate, itemId: string, minGroup = MIN_GROUP): boolean {
  const d = agg.items.find((x) => x.itemId === itemId);
  if (d) return !d.withheld && (d.stats?.n ?? 0) >= minGroup;
  const dl = agg.dilemmas.find((x) => x.itemId === itemId);
  if (dl) return !dl.withheld && dl.positions.length >= minGroup;
  return false;
}
