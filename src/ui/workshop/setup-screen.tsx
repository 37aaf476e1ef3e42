import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup } from '@utrecht/component-library-react';
import { estimateSeconds, toMinutes } from '../../domain/selection';
import type { Content } from '../../domain/types';
import { inContentOrder, type WorkshopRecord, type WorkshopSetup } from '../../domain/workshop';
import { normaliseOwn, OWN_MODULE, ownItem, ownProblems } from '../../domain/own-questions';
import { toggled } from './toggle-set';
import { FocusHeading } from '../components/focus-heading';
import { draftOf, firstProblemField, OwnQuestionsEditor, type OwnDraft } from './own-questions-editor';
import { isoDate } from '../download';
import { makeId } from '../components/device-storage';

/** A module's "all questions" checkbox: checked, unchecked or mixed. */
function ModuleCheckbox({
  label,
  chosen,
  total,
  disabled,
  onChange,
}: {
  label: string;
  chosen: number;
  total: number;
  disabled: boolean;
  onChange: (all: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = chosen > 0 && chosen < total;
  }, [chosen, total]);
  return (
    <label className="zs-check zs-check--strong">
      <input
        ref={ref}
        type="checkbox"
        checked={chosen === total}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

/**
 * Setting up (or editing) a workshop: name, date, anonymity and the questions. Once answers came in, the question
 * set is fixed (the answers are coded against it); name, date and anonymity can still change.
 */
export function SetupScreen({
  content,
  record,
  onSave,
  onBack,
}: {
  content: Content;
  record: WorkshopRecord | null;
  onSave: (setup: WorkshopSetup) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const ids = { name: useId(), date: useId(), anon: useId(), items: useId(), own: useId() };
  const locked = (record?.participants.length ?? 0) > 0;
  const [name, setName] = useState(record?.setup.name ?? '');
  const [date, setDate] = useState(record?.setup.date ?? isoDate());
  const [anonymous, setAnonymous] = useState(record?.setup.anonymous ?? true);
  const [items, setItems] = useState<Set<string>>(
    () => new Set(record?.setup.items ?? content.paths.trainer.quick),
  );
  const [own, setOwn] = useState<OwnDraft[]>(() => (record?.setup.own ?? []).map(draftOf));
  const [tried, setTried] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const itemsRef = useRef<HTMLFieldSetElement>(null);

  // the app's own modules; the trainer's questions are edited below
  const modules = content.modules.filter((m) => m.id !== OWN_MODULE);
  const all = modules.flatMap((m) => m.items);
  const chosen = all.filter((i) => items.has(i.id));
  const ownItems = normaliseOwn(own).map(ownItem);
  const minutes = toMinutes(estimateSeconds(content, [...chosen, ...ownItems]));
  const nameMissing = !name.trim();
  const itemsMissing = chosen.length === 0;
  const ownInvalid = own.some((q) => ownProblems(q).length > 0);

  const setMany = (list: readonly string[], on: boolean) => setItems((prev) => toggled(prev, list, on));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (nameMissing) {
      nameRef.current?.focus();
      return;
    }
    if (itemsMissing) {
      itemsRef.current?.querySelector('input')?.focus();
      return;
    }
    const problem = firstProblemField(ids.own, own);
    if (problem) {
      document.getElementById(problem)?.focus();
      return;
    }
    // once answers came in, the own questions are fixed like the rest of the set
    const questions = locked ? (record?.setup.own ?? []) : normaliseOwn(own);
    onSave({
      id: record?.setup.id ?? makeId('ws'),
      name: name.trim(),
      date,
      anonymous,
      items: [...inContentOrder({ modules }, items), ...questions.map((q) => q.id)],
      ...(questions.length ? { own: questions } : {}),
    });
  };

  return (
    <form className="zs-page zs-workshop" onSubmit={submit} noValidate>
      <FocusHeading focusKey="setup">
        {record ? t('workshop.setup.editTitle') : t('workshop.setup.title')}
      </FocusHeading>
      <div className="zs-field">
        <label htmlFor={ids.name}>{t('workshop.setup.name')}</label>
        <input
          ref={nameRef}
          id={ids.name}
          type="text"
          value={name}
          maxLength={200}
          required
          aria-invalid={tried && nameMissing ? true : undefined}
          aria-describedby={tried && nameMissing ? `${ids.name}-error` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {tried && nameMissing && (
          <p className="zs-error" id={`${ids.name}-error`}>
            {t('workshop.setup.nameRequired')}
          </p>
        )}
      </div>
      <div className="zs-field">
        <label htmlFor={ids.date}>{t('workshop.setup.date')}</label>
        <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="zs-workshop__option">
        <label className="zs-check" htmlFor={ids.anon}>
          <input
            id={ids.anon}
            type="checkbox"
            checked={anonymous}
            aria-describedby={`${ids.anon}-hint`}
            onChange={(e) => setAnonymous(e.target.checked)}
          />
          <span>{t('workshop.setup.anonymous')}</span>
        </label>
        <span className="zs-hint" id={`${ids.anon}-hint`}>
          {t('workshop.setup.anonymousHint')}
        </span>
      </div>

      <fieldset ref={itemsRef} className="zs-question" aria-describedby={`${ids.items}-hint`}>
        <legend>{t('workshop.setup.itemsLegend')}</legend>
        <p className="zs-hint" id={`${ids.items}-hint`}>
          {locked ? t('workshop.setup.locked') : t('workshop.setup.itemsHint')}
        </p>
        {!locked && (
          <div className="zs-workshop__presets">
            <span>{t('workshop.setup.presets')}:</span>
            <ButtonGroup>
              <Button
                appearance="subtle-button"
                onClick={() => setItems(new Set(content.paths.trainer.quick))}
              >
                {t('workshop.setup.presetQuick')}
              </Button>
              <Button
                appearance="subtle-button"
                onClick={() => setItems(new Set(all.filter((i) => i.type === 'dilemma').map((i) => i.id)))}
              >
                {t('workshop.setup.presetDilemmas')}
              </Button>
              <Button appearance="subtle-button" onClick={() => setItems(new Set())}>
                {t('workshop.setup.presetNone')}
              </Button>
            </ButtonGroup>
          </div>
        )}
        {modules.map((m) => {
          const inModule = m.items.filter((i) => items.has(i.id)).length;
          return (
            <details key={m.id} className="zs-workshop__module">
              <summary>
                {m.title}{' '}
                <span className="zs-hint">
                  ({t('workshop.collect.answeredOf', { answered: inModule, total: m.items.length })})
                </span>
              </summary>
              <ModuleCheckbox
                label={t('workshop.setup.moduleAll')}
                chosen={inModule}
                total={m.items.length}
                disabled={locked}
                onChange={(on) =>
                  setMany(
                    m.items.map((i) => i.id),
                    on,
                  )
                }
              />
              <ul className="zs-workshop__items">
                {m.items.map((i) => (
                  <li key={i.id}>
                    <label className="zs-check">
                      <input
                        type="checkbox"
                        checked={items.has(i.id)}
                        disabled={locked}
                        onChange={(e) => setMany([i.id], e.target.checked)}
                      />
                      <span>
                        {i.t.text} <span className="zs-tag">{t(`workshop.setup.types.${i.type}`)}</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          );
        })}
        <p className="zs-workshop__count" aria-live="polite">
          {t('workshop.setup.count', { count: chosen.length + ownItems.length, minutes })}
        </p>
        {tried && itemsMissing && (
          <p className="zs-error" role="alert">
            {t('workshop.setup.itemsRequired')}
          </p>
        )}
      </fieldset>
      <OwnQuestionsEditor drafts={own} onChange={setOwn} tried={tried} locked={locked} idBase={ids.own} />
      {tried && nameMissing && <Alert type="error">{t('workshop.setup.nameRequired')}</Alert>}
      {tried && ownInvalid && <Alert type="error">{t('workshop.setup.own.invalid')}</Alert>}
      <div className="zs-nav-buttons">
        <Button appearance="secondary-action-button" onClick={onBack}>
          {t('workshop.setup.back')}
        </Button>
        <Button appearance="primary-action-button" type="submit">
          {t('workshop.setup.save')}
        </Button>
      </div>
    </form>
  );
}
