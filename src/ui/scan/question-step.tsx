import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import type { ScanData } from '../../domain/scan';
import { toMinutes, type Progress } from '../../domain/selection';
import { answerType } from '../../domain/answer-types';
import type { Answer, Content, Item } from '../../domain/types';
import type { ScanEvent } from '../../machines/scan-machine';
import { FocusHeading } from '../components/focus-heading';
import { Markdown } from '../components/markdown';
import { ANSWER_CONTROLS } from './answer-controls';

type Send = (e: ScanEvent) => void;

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
  const Control = ANSWER_CONTROLS[item.type];
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
        <Control item={item} answer={answer} set={set} />
      </fieldset>
      {item.own ? (
        <p className="zs-hint">{t('workshop.own.mark')}</p>
      ) : (
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
      )}
      {answerType(item.type).priority && !item.own && (
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
