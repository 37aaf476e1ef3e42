import type { GroupAggregate } from '../../domain/aggregate';

/** One slide of the facilitation mode. */
export type Slide =
  | { kind: 'title' }
  | { kind: 'dilemma'; itemId: string }
  | { kind: 'item'; itemId: string }
  | { kind: 'end' };

/**
 * The slides for a workshop: a title slide with the agenda, every dilemma (with the group's positions), every item of
 * the discussion agenda (with the group's answers) and a closing question. None when the group is withheld.
 */
export function buildSlides(agg: GroupAggregate): Slide[] {
  if (agg.withheld) return [];
  return [
    { kind: 'title' },
    ...agg.dilemmas
      .filter((d) => !d.withheld && d.positions.length > 0)
      .map((d) => ({ kind: 'dilemma' as const, itemId: d.itemId })),
    ...agg.agenda.filter((p) => p.kind === 'item').map((p) => ({ kind: 'item' as const, itemId: p.itemId })),
    { kind: 'end' },
  ];
}
