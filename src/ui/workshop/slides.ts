import type { GroupAggregate } from '../../domain/aggregate';
import { enoughAnswers } from '../../domain/talk-map';

/** One slide of the facilitation mode. */
export type Slide =
  | { kind: 'title' }
  | { kind: 'map' }
  | { kind: 'dilemma'; itemId: string }
  | { kind: 'item'; itemId: string }
  | { kind: 'end' };

/**
 * The slides for a workshop: a title slide with the agenda, the map of where to talk (when at least one question has
 * enough answers to be on it), every dilemma someone answered
 * (with the group's positions), every item of the discussion agenda (with the group's answers) and a closing question.
 * None when the group is withheld.
 */
export function buildSlides(agg: GroupAggregate): Slide[] {
  if (agg.withheld) return [];
  // the map only when it has something to show: at least one question with enough answers
  const mappable = hasResult({ kind: 'map' }, agg);
  return [
    { kind: 'title' },
    ...(mappable ? [{ kind: 'map' as const }] : []),
    // a dilemma with too few answers keeps its slide, which says so (the question can still be discussed)
    ...agg.dilemmas
      .filter((d) => d.respondents > 0)
      .map((d) => ({ kind: 'dilemma' as const, itemId: d.itemId })),
    ...agg.agenda.filter((p) => p.kind === 'item').map((p) => ({ kind: 'item' as const, itemId: p.itemId })),
    { kind: 'end' },
  ];
}

/**
 * Whether a slide shows a group result that stays hidden until the trainer reveals it: the map, and a dilemma or item
 * with enough answers to show. A slide of a question with too few answers has nothing to reveal.
 */
export function hasResult(slide: Slide, agg: GroupAggregate): boolean {
  if (slide.kind === 'map') return [...agg.items, ...agg.dilemmas].some((d) => enoughAnswers(agg, d.itemId));
  if (slide.kind === 'dilemma' || slide.kind === 'item') return enoughAnswers(agg, slide.itemId);
  return false;
}

/** A slide's identity, kept across re-renders: what was revealed stays revealed. */
export const slideKey = (slide: Slide): string =>
  slide.kind === 'dilemma' || slide.kind === 'item' ? `${slide.kind}:${slide.itemId}` : slide.kind;
