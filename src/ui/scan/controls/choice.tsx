import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { answerType } from '../../../domain/answer-types';
import type { Answer } from '../../../domain/types';
import { optionText } from '../../components/option-text';
import type { AnswerControlProps } from './types';

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
export function ChoiceControl({
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

/** The options of the item's answer type, labelled from the texts (`answer.<list>.<value>`). */
export function OptionsControl({ item, answer, set }: AnswerControlProps) {
  const { t } = useTranslation();
  const def = answerType(item.type);
  const options = def.options.map((o) => ({
    label: def.optionWords ? optionText(t, item, o.value) : o.value,
    answer: o.answer,
  }));
  return <ChoiceControl options={options} answer={answer} set={set} />;
}
