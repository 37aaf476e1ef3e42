import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/button-react';
import { ButtonGroup } from '@utrecht/button-group-react';
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '../components/basic';
import { FocusHeading } from '../components/focus-heading';
import { openScan } from '../components/open-scan';
import { peekCurrentScan, peekCurrentScanAnywhere } from '../../storage/peek';
import durations from 'virtual:zelfscan-durations';

export function StartPage() {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(() => peekCurrentScan());
  useEffect(() => {
    let live = true;
    void peekCurrentScanAnywhere().then((p) => live && setSaved(p));
    return () => {
      live = false;
    };
  }, []);
  const [confirming, setConfirming] = useState(false);
  const unfinished = saved && saved.step !== 'done' ? saved : null;

  const begin = (fresh: boolean) => openScan(fresh ? 'new' : 'current');

  return (
    <div className="zs-page zs-start">
      <FocusHeading>{t('start.title')}</FocusHeading>
      <Paragraph lead>{t('start.lead')}</Paragraph>

      <div className="zs-start__actions">
        {unfinished ? (
          <>
            <Paragraph>
              {t('start.savedScan', {
                name: unfinished.name || '—',
                answered: unfinished.answered,
                total: '…',
              })}
            </Paragraph>
            {confirming ? (
              <div role="group" aria-labelledby="confirm-text" className="zs-confirm">
                <Paragraph id="confirm-text">{t('start.confirmStartOver')}</Paragraph>
                <ButtonGroup>
                  <Button appearance="primary-action-button" onClick={() => begin(true)}>
                    {t('start.confirmYes')}
                  </Button>
                  <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
                    {t('start.confirmNo')}
                  </Button>
                </ButtonGroup>
              </div>
            ) : (
              <ButtonGroup>
                <Button appearance="primary-action-button" onClick={() => begin(false)}>
                  {t('start.continue')}
                </Button>
                <Button appearance="secondary-action-button" onClick={() => setConfirming(true)}>
                  {t('start.startOver')}
                </Button>
              </ButtonGroup>
            )}
          </>
        ) : (
          <Button appearance="primary-action-button" className="zs-start__begin" onClick={() => begin(true)}>
            {t('start.begin')}
          </Button>
        )}
      </div>

      <div className="zs-start__grid">
        <section aria-labelledby="for-whom">
          <Heading2 id="for-whom">{t('start.forWhomTitle')}</Heading2>
          <UnorderedList>
            <UnorderedListItem>{t('start.forWhomBestuurder')}</UnorderedListItem>
            <UnorderedListItem>{t('start.forWhomProjectleider')}</UnorderedListItem>
            <UnorderedListItem>{t('start.forWhomTrainer')}</UnorderedListItem>
          </UnorderedList>
        </section>
        <section aria-labelledby="how-long">
          <Heading2 id="how-long">{t('start.howLongTitle')}</Heading2>
          <Paragraph>{t('start.howLong', durations.bestuurder)}</Paragraph>
        </section>
        <section aria-labelledby="privacy-promise">
          <Heading2 id="privacy-promise">{t('start.privacyTitle')}</Heading2>
          <Paragraph>{t('start.privacy')}</Paragraph>
        </section>
      </div>
    </div>
  );
}
