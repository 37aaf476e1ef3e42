import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { signedPosition } from '../../../domain/answer-types';
import type { Item } from '../../../domain/types';
import type { AnswerControlProps } from './types';

/** Label of a dilemma position, naming the pole it leans to, so a screen reader announces where it is. */
export function dilemmaPointLabel(t: TFunction, item: Item, v: number): string {
  const left = item.t.left ?? '';
  const right = item.t.right ?? '';
  if (v === 0) return t('answer.dilemma.middle');
  const n = Math.abs(v);
  const strength = t(
    n === 1 ? 'answer.dilemma.strength1' : n === 2 ? 'answer.dilemma.strength2' : 'answer.dilemma.strength3',
  );
  return t('answer.dilemma.towards', { strength, pole: v < 0 ? left : right });
}

/**
 * One row of the bipolar scale: seven radio buttons in a fieldset. Arrow keys move along the scale; every option's
 * name says which pole it leans to and how strongly, so the position is announced, not just a number.
 */
function DilemmaScale({
  item,
  legend,
  value,
  onChange,
}: {
  item: Item;
  legend: string;
  value: number | undefined;
  onChange: (v: number) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="zs-scale">
      <legend>{legend}</legend>
      <div className="zs-scale__row">
        {[-3, -2, -1, 0, 1, 2, 3].map((v) => {
          const label = dilemmaPointLabel(t, item, v);
          return (
            <label key={v} className="zs-scale__point" title={label}>
              <input
                type="radio"
                name={name}
                checked={value === v}
                onChange={() => onChange(v)}
                aria-label={label}
              />
              <span aria-hidden="true">{signedPosition(v)}</span>
            </label>
          );
        })}
      </div>
      <div className="zs-scale__ends" aria-hidden="true">
        <span>← {item.t.left}</span>
        <span>{item.t.right} →</span>
      </div>
    </fieldset>
  );
}

export function DilemmaControl({ item, answer, set }: AnswerControlProps) {
  const { t } = useTranslation();
  const cur = answer?.kind === 'dilemma' ? answer : { kind: 'dilemma' as const };
  return (
    <div>
      <div className="zs-dilemma__poles">
        <div className="zs-dilemma__pole">
          <span className="zs-visually-hidden">{t('answer.dilemma.leftPole')}: </span>
          {item.t.left}
        </div>
        <div className="zs-dilemma__pole zs-dilemma__pole--right">
          <span className="zs-visually-hidden">{t('answer.dilemma.rightPole')}: </span>
          {item.t.right}
        </div>
      </div>
      <DilemmaScale
        item={item}
        legend={t('answer.dilemma.now')}
        value={cur.now}
        onChange={(v) => set({ ...cur, now: v })}
      />
      <DilemmaScale
        item={item}
        legend={t('answer.dilemma.desired')}
        value={cur.desired}
        onChange={(v) => set({ ...cur, desired: v })}
      />
      <label className="zs-check">
        <input
          type="checkbox"
          checked={answer?.kind === 'unknown'}
          onChange={(e) => set(e.target.checked ? { kind: 'unknown' } : { kind: 'dilemma' })}
        />
        <span>{t('answer.dilemma.unknown')}</span>
      </label>
    </div>
  );
}
