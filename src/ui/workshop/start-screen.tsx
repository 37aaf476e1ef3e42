import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Content } from '../../domain/types';
import type { WorkshopStore } from '../../storage/workshop';
import { FocusHeading } from '../components/focus-heading';
import { JoinWorkshop } from './join';

/** The workshop page's start: join as a participant, or (as trainer) set up a new workshop or open a saved one. */
export function StartScreen({
  content,
  store,
  onNew,
  onOpen,
}: {
  content: Content;
  store: WorkshopStore;
  onNew: () => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [list, setList] = useState(() => store.list());
  const [confirm, setConfirm] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  return (
    <div className="zs-page zs-workshop">
      <FocusHeading focusKey="choosing">{t('workshop.title')}</FocusHeading>
      <Paragraph lead>{t('workshop.intro')}</Paragraph>
      <section aria-labelledby="ws-join" className="zs-workshop__block">
        <Heading2 id="ws-join">{t('workshop.start.joinTitle')}</Heading2>
        <Paragraph>{t('workshop.start.joinIntro')}</Paragraph>
        <JoinWorkshop content={content} />
      </section>
      <section aria-labelledby="ws-trainer" className="zs-workshop__block">
        <Heading2 id="ws-trainer">{t('workshop.start.trainerTitle')}</Heading2>
        <Paragraph>{t('workshop.start.trainerIntro')}</Paragraph>
        <Button appearance="primary-action-button" onClick={onNew}>
          {t('workshop.start.new')}
        </Button>
        <div role="status">{status && <Alert type="ok">{status}</Alert>}</div>
        {list.length > 0 && (
          <>
            <Heading3>{t('workshop.start.savedTitle')}</Heading3>
            <ul className="zs-card-list">
              {list.map((w) => (
                <li key={w.id} className="zs-card">
                  <p className="utrecht-paragraph">
                    <strong>{w.name}</strong>
                    <br />
                    <span className="zs-hint">
                      {t('workshop.start.savedItem', { date: w.date, count: w.participants })}
                    </span>
                  </p>
                  {confirm === w.id ? (
                    <div role="group" aria-labelledby={`confirm-${w.id}`} className="zs-confirm">
                      <Paragraph id={`confirm-${w.id}`}>
                        {t('workshop.start.confirmDelete', { name: w.name })}
                      </Paragraph>
                      <ButtonGroup>
                        <Button
                          appearance="primary-action-button"
                          hint="danger"
                          onClick={() => {
                            store.remove(w.id);
                            setList(store.list());
                            setConfirm(null);
                            setStatus(t('workshop.start.deleted', { name: w.name }));
                          }}
                        >
                          {t('workshop.start.confirmYes')}
                        </Button>
                        <Button appearance="secondary-action-button" onClick={() => setConfirm(null)}>
                          {t('workshop.start.confirmNo')}
                        </Button>
                      </ButtonGroup>
                    </div>
                  ) : (
                    <ButtonGroup>
                      <Button appearance="secondary-action-button" onClick={() => onOpen(w.id)}>
                        {t('workshop.start.open', { name: w.name })}
                      </Button>
                      <Button appearance="subtle-button" hint="danger" onClick={() => setConfirm(w.id)}>
                        {t('workshop.start.delete', { name: w.name })}
                      </Button>
                    </ButtonGroup>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
