import { TEXT_LIMITS } from '../../../domain/limits';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerControlProps } from './types';

export const MAX_OPEN_CHARS = TEXT_LIMITS.openAnswer;

export function OpenControl({ item, answer, set }: AnswerControlProps) {
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
