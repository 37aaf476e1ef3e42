import { isOwnId } from './own-questions';
import { SCORED_TYPES, answerFits as fitsKind } from './answer-types';
import { answerScore, isAnswered, scoreModule } from './scoring';
import type { Baseline, ScanData, Target } from './scan';
import type { Answer, Answers, Content, InstrumentValue, Item } from './types';

/**
 * Comparison over time: a scan against an earlier measurement (nulmeting), or one group result against another.
 * Items are matched by id. Answers to items the content no longer has (or no longer has in that form) are listed as
 * removed; items answered now without an earlier answer are listed as new. Neither is mixed into the scores: module
 * scores on both sides are computed over the same items, the ones answered in both measurements.
 */

/** An earlier measurement: a scan's answers or a group result, with the content version it was made with. */
export interface BaselineSet {
  answers: Answers;
  contentVersion?: string;
}

/** The current measurement, with the target levels per module when there are any. */
export interface CurrentSet {
  answers: Answers;
  targets?: Readonly<Record<string, Target>>;
}

export interface ModuleComparison {
  moduleId: string;
  /** Score of the earlier measurement over the compared items, 0–1, or null. */
  baseline: number | null;
  /** Score now over the same items, 0–1, or null. */
  now: number | null;
  /** now − baseline, or null when either has no score. */
  delta: number | null;
  /** The target level, 0–1, or null when none was set. */
  target: number | null;
  /** By when the target should be reached (as entered, usually an ISO date); '' when not given. */
  targetBy: string;
  /** target − now: how far there is still to go (negative when the target is passed), or null. */
  toTarget: number | null;
  /** Scoring items (not anchors) answered in both measurements: what the module scores rest on. */
  compared: number;
}

export interface ItemComparison {
  itemId: string;
  moduleId: string;
  baseline: number | null;
  now: number | null;
  /** now − baseline, or null when either answer has no score ("weet niet", "n.v.t."). */
  delta: number | null;
  baselineAnswer: Answer;
  nowAnswer: Answer;
}

export interface DilemmaMove {
  itemId: string;
  moduleId: string;
  nowBefore: number | null;
  nowAfter: number | null;
  desiredBefore: number | null;
  desiredAfter: number | null;
}

export interface NewlyAnswered {
  itemId: string;
  moduleId: string;
  answer: Answer;
}

export interface Comparison {
  /** The content version differs, or the earlier measurement has answers the content no longer takes. */
  contentChanged: boolean;
  modules: ModuleComparison[];
  /** Every scored item answered in both measurements (anchor statements included), in content order. */
  items: ItemComparison[];
  /** Items that scored higher now, largest rise first (ties in content order). */
  improvements: ItemComparison[];
  /** Items that scored lower now, largest fall first (ties in content order). */
  declines: ItemComparison[];
  /** Scored items with the same score in both measurements. */
  unchanged: number;
  /** Dilemmas whose current or desired position moved. */
  dilemmasMoved: DilemmaMove[];
  /** Items that were "weet niet" (or left empty) before and have a real answer now. */
  newlyAnswered: NewlyAnswered[];
  /** Ids answered in the earlier measurement that the content no longer has, or no longer in that form. Sorted. */
  removedItems: string[];
  /** Items answered now (and asked, when `asked` is given) without an answer in the earlier measurement. */
  newItems: string[];
  /** Items the content still has, answered earlier but not now (or not asked now). */
  onlyInBaseline: string[];
}

/** Whether an answer's kind suits the item's type (the same rule restore() applies to saved scans). */
export function answerFits(item: Pick<Item, 'type'>, answer: Answer): boolean {
  return fitsKind(item.type, answer.kind);
}

/** A real answer: one with a score, a dilemma position or text; not "weet niet", "n.v.t." or empty. */
function substantive(item: Item, answer: Answer | undefined): boolean {
  if (!answer || answer.kind === 'unknown' || answer.kind === 'na') return false;
  if (SCORED_TYPES.has(item.type)) return answerScore(item, answer) !== null;
  return isAnswered(item, answer);
}

const position = (a: Answer | undefined, side: 'now' | 'desired'): number | null =>
  a?.kind === 'dilemma' && a[side] !== undefined ? (a[side] ?? null) : null;

const minus = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;

/**
 * Compares the current answers with an earlier measurement, per module and per item. `asked` limits the current side
 * to the items the current scan asked (its selection); without it every answer counts. Pure: the same input gives the
 * same result, and swapping the two sides gives opposite deltas.
 */
export function compareAnswerSets(
  content: Pick<Content, 'modules' | 'contentVersion'>,
  baseline: BaselineSet,
  current: CurrentSet,
  asked?: readonly string[],
): Comparison {
  // a workshop's own questions are its own: another workshop's `eigen.1` is another question
  const items = content.modules.flatMap((m) => m.items).filter((i) => !i.own);
  const byId = new Map(items.map((i) => [i.id, i] as const));
  const askedSet = asked ? new Set(asked) : null;

  const removedItems: string[] = [];
  const before = new Map<string, Answer>();
  for (const [id, a] of Object.entries(baseline.answers)) {
    if (isOwnId(id)) continue;
    const item = byId.get(id);
    if (item && answerFits(item, a)) before.set(id, a);
    else removedItems.push(id);
  }
  removedItems.sort();
  const after = new Map<string, Answer>();
  for (const [id, a] of Object.entries(current.answers)) {
    const item = byId.get(id);
    if (item && answerFits(item, a) && (!askedSet || askedSet.has(id))) after.set(id, a);
  }

  const matched = new Set([...before.keys()].filter((id) => after.has(id)));
  const targets = current.targets ?? {};

  const modules: ModuleComparison[] = content.modules
    .filter((m) => targets[m.id] !== undefined || m.items.some((i) => matched.has(i.id) || after.has(i.id)))
    .map((m) => {
      const b = scoreModule(m, Object.fromEntries(before), matched);
      const n = scoreModule(m, Object.fromEntries(after), matched);
      const t = targets[m.id];
      const target = t ? t.level : null;
      const compared = m.items.filter(
        (i) => matched.has(i.id) && SCORED_TYPES.has(i.type) && !i.anchor,
      ).length;
      return {
        moduleId: m.id,
        baseline: b.score,
        now: n.score,
        delta: minus(n.score, b.score),
        target,
        targetBy: t?.by ?? '',
        toTarget: minus(target, n.score),
        compared,
      };
    });

  const compared: ItemComparison[] = [];
  const dilemmasMoved: DilemmaMove[] = [];
  const newlyAnswered: NewlyAnswered[] = [];
  for (const item of items) {
    if (!matched.has(item.id)) continue;
    const was = before.get(item.id) as Answer;
    const is = after.get(item.id) as Answer;
    if (SCORED_TYPES.has(item.type)) {
      const b = answerScore(item, was);
      const n = answerScore(item, is);
      compared.push({
        itemId: item.id,
        moduleId: item.module,
        baseline: b,
        now: n,
        delta: minus(n, b),
        baselineAnswer: was,
        nowAnswer: is,
      });
    }
    if (item.type === 'dilemma') {
      const move: DilemmaMove = {
        itemId: item.id,
        moduleId: item.module,
        nowBefore: position(was, 'now'),
        nowAfter: position(is, 'now'),
        desiredBefore: position(was, 'desired'),
        desiredAfter: position(is, 'desired'),
      };
      const moved =
        (move.nowBefore !== null && move.nowAfter !== null && move.nowBefore !== move.nowAfter) ||
        (move.desiredBefore !== null &&
          move.desiredAfter !== null &&
          move.desiredBefore !== move.desiredAfter);
      if (moved) dilemmasMoved.push(move);
    }
    const wasOpen = was.kind === 'unknown' || (was.kind !== 'na' && !isAnswered(item, was));
    if (wasOpen && substantive(item, is))
      newlyAnswered.push({ itemId: item.id, moduleId: item.module, answer: is });
  }

  const order = new Map(items.map((i, n) => [i.id, n] as const));
  const byContent = (a: ItemComparison, b: ItemComparison) =>
    (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0);
  const improvements = compared
    .filter((c) => c.delta !== null && c.delta > 0)
    .sort((a, b) => (b.delta ?? 0) - (a.delta ?? 0) || byContent(a, b));
  const declines = compared
    .filter((c) => c.delta !== null && c.delta < 0)
    .sort((a, b) => (a.delta ?? 0) - (b.delta ?? 0) || byContent(a, b));

  return {
    contentChanged:
      (baseline.contentVersion !== undefined && baseline.contentVersion !== content.contentVersion) ||
      removedItems.length > 0,
    modules,
    items: compared,
    improvements,
    declines,
    unchanged: compared.filter((c) => c.delta === 0).length,
    dilemmasMoved,
    newlyAnswered,
    removedItems,
    newItems: items.filter((i) => after.has(i.id) && !before.has(i.id)).map((i) => i.id),
    onlyInBaseline: items.filter((i) => before.has(i.id) && !after.has(i.id)).map((i) => i.id),
  };
}

/**
 * A scan as the nulmeting of another: a copy of its answers (so the comparison survives deleting the earlier scan),
 * labelled with its name and the moment it was last changed.
 */
export function baselineFromScan(
  scan: Pick<ScanData, 'name' | 'updatedAt' | 'role' | 'answers'>,
  source: 'scan' | 'file',
  contentVersion: string,
  fallbackName: string,
): Baseline {
  return {
    source,
    label: (scan.name.trim() || fallbackName).slice(0, 200),
    savedAt: scan.updatedAt.slice(0, 40),
    contentVersion: contentVersion.slice(0, 20),
    role: scan.role,
    answers: { ...scan.answers },
  };
}

// ---- group results ----

const INSTRUMENT_ORDER: readonly InstrumentValue[] = ['nee', 'gepland', 'deels', 'ja'];

/** The middle value; of an even number of values the lower of the two middle ones, so a group never looks rosier. */
function lowerMedian(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

type Kind = 'scale' | 'instrument' | 'dilemma' | 'unknown' | 'na';

/**
 * A group's answers as one answer set, so a workshop can be compared like a scan: per item the kind most
 * participants chose (a real answer wins a tie, then "weet niet"), and of the real answers the median — for an even
 * count the lower of the two middle answers, so it is always a valid answer. Dilemmas take the median of the current
 * and of the desired positions separately. Open answers are personal and are left out. The order of the sets does not
 * matter.
 */
export function groupAnswers(answerSets: readonly Answers[]): Answers {
  const perItem = new Map<string, Answer[]>();
  for (const set of answerSets) {
    for (const [id, a] of Object.entries(set)) {
      if (a.kind === 'text') continue;
      if (a.kind === 'dilemma' && a.now === undefined && a.desired === undefined) continue;
      const list = perItem.get(id) ?? [];
      list.push(a);
      perItem.set(id, list);
    }
  }
  const out: Answers = {};
  for (const id of [...perItem.keys()].sort()) {
    const list = perItem.get(id) ?? [];
    const count = (k: Kind) => list.filter((a) => a.kind === k).length;
    const real = (['scale', 'instrument', 'dilemma'] as const)
      .map((k) => ({ k, n: count(k) }))
      .sort((a, b) => b.n - a.n)[0] ?? { k: 'scale' as const, n: 0 };
    const unknown = count('unknown');
    const na = count('na');
    if (real.n > 0 && real.n >= unknown && real.n >= na) {
      const answers = list.filter((a) => a.kind === real.k);
      if (real.k === 'scale') {
        const value = lowerMedian(answers.map((a) => (a.kind === 'scale' ? a.value : 0)));
        if (value !== undefined) out[id] = { kind: 'scale', value };
      } else if (real.k === 'instrument') {
        const rank = lowerMedian(
          answers.map((a) => (a.kind === 'instrument' ? INSTRUMENT_ORDER.indexOf(a.value) : 0)),
        );
        const value = rank === undefined ? undefined : INSTRUMENT_ORDER[rank];
        if (value) out[id] = { kind: 'instrument', value };
      } else {
        const side = (s: 'now' | 'desired') =>
          lowerMedian(
            answers.flatMap((a) => (a.kind === 'dilemma' && a[s] !== undefined ? [a[s] as number] : [])),
          );
        const now = side('now');
        const desired = side('desired');
        out[id] = {
          kind: 'dilemma',
          ...(now !== undefined ? { now } : {}),
          ...(desired !== undefined ? { desired } : {}),
        };
      }
    } else {
      out[id] = unknown >= na ? { kind: 'unknown' } : { kind: 'na' };
    }
  }
  return out;
}
