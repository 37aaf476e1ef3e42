import { useId } from 'react';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import type { ItemComparison } from '../../domain/compare';
import type { Item } from '../../domain/types';
import type { ReportLabels } from '../../report/labels';
import { answerText, changeDirection, changeText } from '../../report/model';
import { ChangeMark } from './report-blocks';

// Pieces of a comparison on screen that the workshop comparison builds by hand (the scan comparison renders the
// report model's section instead, see src/ui/compare/comparison-view.tsx).

/** Items listed as largest improvements and declines; every item is in the per-module tables below. */
const TOP = 10;

/** A change in words, with an arrow for the eye; the words carry the meaning, not the colour. */
export function Delta({ delta, L }: { delta: number | null; L: ReportLabels }) {
  return <ChangeMark text={changeText(L, delta)} direction={changeDirection(delta)} />;
}

/** A signed dilemma position (`+2`, `-1`, `0`), or a dash when there is none. */
export const signed = (v: number | null) => (v === null ? '–' : v > 0 ? `+${v}` : String(v));

/**
 * The items that moved most, each with its answers before and now and the change; the first `top` are listed and
 * the rest counted.
 */
export function ItemList({
  list,
  L,
  byId,
  top = TOP,
  answers,
  more,
}: {
  list: readonly ItemComparison[];
  L: ReportLabels;
  byId: ReadonlyMap<string, Item>;
  top?: number;
  /** The answers line, from the two answers in words. */
  answers: (x: ItemComparison, before: string, now: string) => string;
  more: (count: number) => string;
}) {
  return (
    <>
      <ol className="zs-compare-list">
        {list.slice(0, top).map((x) => {
          const item = byId.get(x.itemId);
          const before = item ? answerText(L, item, x.baselineAnswer) : '';
          const now = item ? answerText(L, item, x.nowAnswer) : '';
          return (
            <li key={x.itemId}>
              <span className="zs-compare-list__statement">{item?.t.text ?? x.itemId}</span>
              <span className="zs-hint">{`${answers(x, before, now)} · `}</span>
              <Delta delta={x.delta} L={L} />
            </li>
          );
        })}
      </ol>
      {list.length > top && <Paragraph className="zs-hint">{more(list.length - top)}</Paragraph>}
    </>
  );
}

/** Items named by id (removed, new, no longer "weet niet"), as a section or, `collapsed`, a details element. */
export function IdList({
  title,
  intro,
  ids,
  text,
  collapsed,
}: {
  title: string;
  intro: string;
  ids: readonly string[];
  text: (id: string) => string;
  collapsed?: boolean;
}) {
  const id = useId();
  if (ids.length === 0) return null;
  const list = (
    <ul>
      {ids.map((x) => (
        <li key={x}>{text(x)}</li>
      ))}
    </ul>
  );
  if (collapsed)
    return (
      <details className="zs-explain zs-compare-details">
        <summary>{title}</summary>
        <Paragraph className="zs-hint">{intro}</Paragraph>
        {list}
      </details>
    );
  return (
    <section aria-labelledby={id} className="zs-compare-block">
      <Heading3 id={id}>{title}</Heading3>
      <Paragraph className="zs-hint">{intro}</Paragraph>
      {list}
    </section>
  );
}
