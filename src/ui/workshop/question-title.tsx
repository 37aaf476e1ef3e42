import { useTranslation } from 'react-i18next';
import type { Item } from '../../domain/types';
import { questionNumber, type WorkshopSetup } from '../../domain/workshop';

/** A question as the workshop names it: its number (the same for everyone), its text, and whose question it is. */
export function QuestionTitle({ setup, item }: { setup: Pick<WorkshopSetup, 'items'>; item: Item }) {
  const { t } = useTranslation();
  const n = questionNumber(setup, item.id);
  return (
    <>
      {n !== null && <span className="zs-qnum">{t('workshop.question', { n })} </span>}
      {item.t.text}
      {item.own && (
        <>
          {' '}
          <span className="zs-tag">{t('workshop.own.markShort')}</span>
        </>
      )}
    </>
  );
}
