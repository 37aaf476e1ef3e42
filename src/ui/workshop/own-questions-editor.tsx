import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import {
  OWN_KINDS,
  OWN_LIMITS,
  OWN_MAX,
  ownProblems,
  type OwnKind,
  type OwnProblem,
  type OwnQuestion,
} from '../../domain/own-questions';

/** An own question as it is being typed. */
export interface OwnDraft {
  key: string;
  kind: OwnKind;
  text: string;
  left: string;
  right: string;
}

export const draftOf = (q: OwnQuestion, i: number): OwnDraft => ({
  key: `${q.id}-${i}`,
  kind: q.kind,
  text: q.text,
  left: q.left ?? '',
  right: q.right ?? '',
});

let drafted = 0;
const emptyDraft = (): OwnDraft => ({
  key: `new-${++drafted}`,
  kind: 'statement',
  text: '',
  left: '',
  right: '',
});

/** The id of the first field of a draft with a problem, to move focus there. */
export const firstProblemField = (base: string, drafts: readonly OwnDraft[]): string | null => {
  for (const [i, d] of drafts.entries()) {
    const p = ownProblems(d);
    if (p.some((x) => x.startsWith('text'))) return `${base}-${i}-text`;
    if (p.length) return `${base}-${i}-left`;
  }
  return null;
};

/**
 * Up to five questions of the trainer's own: a statement (agree … disagree), a dilemma between two poles, or an open
 * question. Each field says what is wrong once the trainer tried to save; fixed once answers came in.
 */
export function OwnQuestionsEditor({
  drafts,
  onChange,
  tried,
  locked,
  idBase,
}: {
  drafts: OwnDraft[];
  onChange: (drafts: OwnDraft[]) => void;
  tried: boolean;
  locked: boolean;
  idBase: string;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const set = (i: number, patch: Partial<OwnDraft>) =>
    onChange(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const error = (problems: OwnProblem[], field: 'text' | 'pole') =>
    tried ? problems.find((p) => p.startsWith(field)) : undefined;

  return (
    <fieldset className="zs-question zs-own" aria-describedby={hintId}>
      <legend>{t('workshop.setup.own.legend')}</legend>
      <p className="zs-hint" id={hintId}>
        {locked ? t('workshop.setup.own.locked') : t('workshop.setup.own.hint', { max: OWN_MAX })}
      </p>
      {drafts.length > 0 && (
        <ol className="zs-own__list">
          {drafts.map((d, i) => {
            const problems = ownProblems(d);
            const textError = error(problems, 'text');
            const poleError = error(problems, 'pole');
            const f = (name: string) => `${idBase}-${i}-${name}`;
            return (
              <li key={d.key} className="zs-own__question">
                <fieldset className="zs-own__kind">
                  <legend>{t('workshop.setup.own.kind', { n: i + 1 })}</legend>
                  <div className="zs-own__kinds">
                    {OWN_KINDS.map((k) => (
                      <label key={k} className="zs-check">
                        <input
                          type="radio"
                          name={f('kind')}
                          checked={d.kind === k}
                          disabled={locked}
                          onChange={() => set(i, { kind: k })}
                        />
                        <span>{t(`workshop.setup.own.kinds.${k}`)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
                <div className="zs-field">
                  <label htmlFor={f('text')}>{t('workshop.setup.own.text', { n: i + 1 })}</label>
                  <textarea
                    id={f('text')}
                    rows={2}
                    value={d.text}
                    disabled={locked}
                    maxLength={OWN_LIMITS.text + 40}
                    aria-invalid={textError ? true : undefined}
                    aria-describedby={textError ? `${f('text')}-error` : undefined}
                    onChange={(e) => set(i, { text: e.target.value })}
                  />
                  {textError && (
                    <p className="zs-error" id={`${f('text')}-error`}>
                      {t(`workshop.setup.own.problems.${textError}`, { max: OWN_LIMITS.text })}
                    </p>
                  )}
                </div>
                {d.kind === 'dilemma' && (
                  <div className="zs-own__poles">
                    {(['left', 'right'] as const).map((side) => (
                      <div className="zs-field" key={side}>
                        <label htmlFor={f(side)}>{t(`workshop.setup.own.${side}`)}</label>
                        <input
                          id={f(side)}
                          type="text"
                          value={d[side]}
                          disabled={locked}
                          maxLength={OWN_LIMITS.pole + 20}
                          aria-invalid={poleError && !d[side].trim() ? true : undefined}
                          aria-describedby={poleError ? `${f('poles')}-error` : undefined}
                          onChange={(e) => set(i, { [side]: e.target.value })}
                        />
                      </div>
                    ))}
                    {poleError && (
                      <p className="zs-error" id={`${f('poles')}-error`}>
                        {t(`workshop.setup.own.problems.${poleError}`, { max: OWN_LIMITS.pole })}
                      </p>
                    )}
                  </div>
                )}
                {!locked && (
                  <Button
                    appearance="subtle-button"
                    onClick={() => onChange(drafts.filter((_, j) => j !== i))}
                  >
                    {t('workshop.setup.own.remove', { n: i + 1 })}
                  </Button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {!locked && drafts.length < OWN_MAX && (
        <Button appearance="secondary-action-button" onClick={() => onChange([...drafts, emptyDraft()])}>
          {t('workshop.setup.own.add')}
        </Button>
      )}
    </fieldset>
  );
}
