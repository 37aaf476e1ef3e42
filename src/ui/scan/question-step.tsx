import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import type { ScanData } from '../../domain/scan';
import { toMinutes, type Progress } from '../../domain/selection';
import { INSTRUMENT_VALUES, type Answer, type Content, type Item } from '../../domain/types';
import type { ScanEvent } from '../../machines/scan-machine';
import { FocusHeading } from '../components/focus-heading';
import { Markdown } from '../components/markdown';

type Send = (e: ScanEvent) => void;

export const MAX_OPEN_CHARS = 1000;

function ProgressBars({ content, item, progress }: { content: Content; item: Item; progress: Progress }) {
  const { t } = useTranslation();
  const mp = progress.modules.find((m) => m.moduleId === item.module);
  const module = content.modules.find((m) => m.id === item.module);
  const overallId = useId();
  const moduleId = useId();
  return (
    <div className="zs-progress">
      <label htmlFor={moduleId}>
        <span>{t('scan.progressModule', { module: module?.title ?? '' })}</span>
        <span>{t('scan.progressCount', { answered: mp?.answered ?? 0, total: mp?.total ?? 0 })}</span>
      </label>
      <progress id={moduleId} max={mp?.total ?? 1} value={mp?.answered ?? 0} />
      <label htmlFor={overallId}>
        <span>{t('scan.progressOverall')}</span>
        <span>
          {t('scan.progressCount', { answered: progress.answered, total: progress.total })} ·{' '}
          {t('scan.timeLeft', { minutes: progress.secondsLeft > 0 ? toMinutes(progress.secondsLeft) : 0 })}
        </span>
      </label>
      <progress id={overallId} max={progress.total} value={progress.answered} />
    </div>
  );
}

function Option({
  name,
  label,
  checked,
  onSelect,
  aside,
}: {
  name: string;
  label: string;
  checked: boolean;
  onSelect: () => void;
  aside?: boolean;
}) {
  return (
    <label className={`zs-option${aside ? ' zs-option--aside' : ''}`}>
      <input type="radio" name={name} checked={checked} onChange={onSelect} />
      <span>{label}</span>
    </label>
  );
}

/** The answer options of a question plus "weet niet" and "n.v.t.", as one radio group. */
function ChoiceControl({
  options,
  answer,
  set,
}: {
  options: { label: string; answer: Answer }[];
  answer: Answer | undefined;
  set: (a: Answer) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  const same = (a: Answer, b: Answer | undefined) => JSON.stringify(a) === JSON.stringify(b);
  const aside: { label: string; answer: Answer }[] = [
    { label: t('answer.unknown'), answer: { kind: 'unknown' } },
    { label: t('answer.na'), answer: { kind: 'na' } },
  ];
  return (
    <div className="zs-options">
      {options.map((o) => (
        <Option
          key={o.label}
          name={name}
          label={o.label}
          checked={same(o.answer, answer)}
          onSelect={() => set(o.answer)}
        />
      ))}
      <div className="zs-options__sep" />
      {aside.map((o) => (
        <Option
          key={o.label}
          name={name}
          aside
          label={o.label}
          checked={same(o.answer, answer)}
          onSelect={() => set(o.answer)}
        />
      ))}
    </div>
  );
}

function ScaleControl({
  item,
  answer,
  set,
}: {
  item: Item;
  answer: Answer | undefined;
  set: (a: Answer) => void;
}) {
  const { t } = useTranslation();
  const kind = item.type === 'frequency' ? 'frequency' : 'likert';
  const options = ([1, 2, 3, 4, 5] as const).map((v) => ({
    label: t(`answer.${kind}.${v}`),
    answer: { kind: 'scale', value: v } as Answer,
  }));
  return <ChoiceControl options={options} answer={answer} set={set} />;
}

function InstrumentControl({ answer, set }: { answer: Answer | undefined; set: (a: Answer) => void }) {
  const { t } = useTranslation();
  const options = INSTRUMENT_VALUES.map((v) => ({
    label: t(`answer.instrument.${v}`),
    answer: { kind: 'instrument', value: v } as Answer,
  }));
  return <ChoiceControl options={options} answer={answer} set={set} />;
}

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
              <span aria-hidden="true">{v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0'}</span>
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

function DilemmaControl({
  item,
  answer,
  set,
}: {
  item: Item;
  answer: Answer | undefined;
  set: (a: Answer) => void;
}) {
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

function OpenControl({
  item,
  answer,
  set,
}: {
  item: Item;
  answer: Answer | undefined;
  set: (a: Answer) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(answer?.kind === 'text' ? answer.value : '');
  const count = text.length;
  return (
    <div className="zs-field">
      <label htmlFor={id}>{t('answer.open.label')}</label>
      {item.t.hint && (
        <span id={`${id}-hint`} className="zs-hint">
          {item.t.hint}
        </span>
      )}
      <textarea
        id={id}
        value={text}
        maxLength={MAX_OPEN_CHARS}
        aria-describedby={`${item.t.hint ? `${id}-hint ` : ''}${id}-count`}
        onChange={(e) => {
          setText(e.target.value);
          set({ kind: 'text', value: e.target.value });
        }}
      />
      <span
        id={`${id}-count`}
        className="zs-hint"
        aria-live={count > MAX_OPEN_CHARS - 100 ? 'polite' : 'off'}
      >
        {t('answer.open.count', { count, max: MAX_OPEN_CHARS })}
      </span>
    </div>
  );
}

/** One question per screen: statement, answer control, explanation, priority mark and navigation. */
export function QuestionStep({
  item,
  index,
  items,
  scan,
  content,
  progress,
  send,
}: {
  item: Item;
  index: number;
  items: Item[];
  scan: ScanData;
  content: Content;
  progress: Progress;
  send: Send;
}) {
  const { t } = useTranslation();
  const answer = scan.answers[item.id];
  const module = content.modules.find((m) => m.id === item.module);
  const set = (a: Answer) => send({ type: 'answer.set', itemId: item.id, answer: a });
  const legendId = useId();
  const isLast = index >= items.length - 1;
  return (
    <section aria-labelledby={legendId} data-item-type={item.type} data-item-id={item.id}>
      <p className="zs-steps">
        {t('scan.questionOf', { n: index + 1, total: items.length, module: module?.title ?? '' })}
      </p>
      <ProgressBars content={content} item={item} progress={progress} />
      <FocusHeading level={1} focusKey={item.id}>
        <span id={legendId}>{item.t.text}</span>
      </FocusHeading>
      <p className="zs-hint">{t(`scan.typeHint.${item.type}`)}</p>
      <fieldset className="zs-question" aria-labelledby={legendId}>
        {(item.type === 'likert' || item.type === 'frequency') && (
          <ScaleControl item={item} answer={answer} set={set} />
        )}
        {item.type === 'instrument' && <InstrumentControl answer={answer} set={set} />}
        {item.type === 'dilemma' && <DilemmaControl item={item} answer={answer} set={set} />}
        {item.type === 'open' && <OpenControl item={item} answer={answer} set={set} />}
      </fieldset>
      <details className="zs-explain">
        <summary>{t('scan.why')}</summary>
        <Markdown>{item.t.why}</Markdown>
        {item.type === 'dilemma' && (
          <>
            <p>
              <strong>{t('scan.leftRisk', { pole: item.t.left })}</strong> {item.t.leftRisk}
            </p>
            <p>
              <strong>{t('scan.rightRisk', { pole: item.t.right })}</strong> {item.t.rightRisk}
            </p>
          </>
        )}
      </details>
      {item.type !== 'open' && (
        <label className="zs-check">
          <input
            type="checkbox"
            checked={scan.priorities.includes(item.id)}
            onChange={() => send({ type: 'priority.toggle', itemId: item.id })}
          />
          <span>{t('scan.priority')}</span>
        </label>
      )}
      <div className="zs-nav-buttons">
        <div className="zs-nav-buttons__group">
          <Button appearance="secondary-action-button" onClick={() => send({ type: 'nav.back' })}>
            {t('scan.back')}
          </Button>
          <Button appearance="subtle-button" onClick={() => send({ type: 'nav.overview' })}>
            {t('scan.overview')}
          </Button>
        </div>
        <div className="zs-nav-buttons__group">
          <Button appearance="subtle-button" onClick={() => send({ type: 'item.skip' })}>
            {t('scan.skip')}
          </Button>
          <Button appearance="primary-action-button" onClick={() => send({ type: 'nav.next' })}>
            {isLast ? t('scan.toCheck') : t('scan.next')}
          </Button>
        </div>
      </div>
    </section>
  );
}
