import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/button-react';
import { ButtonGroup } from '@utrecht/button-group-react';
import { Alert, Heading2, Paragraph } from '../components/basic';
import { FocusHeading } from '../components/focus-heading';
import { clearEverything } from '../../storage/clear';

export function PrivacyPage() {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState<boolean | null>(null);
  const wipe = async () => {
    const wiped = await clearEverything();
    setConfirming(false);
    setDeleted(wiped);
  };
  return (
    <div className="zs-page">
      <FocusHeading>{t('privacy.title')}</FocusHeading>
      <Heading2>{t('privacy.whatTitle')}</Heading2>
      <Paragraph>{t('privacy.what')}</Paragraph>
      <Heading2>{t('privacy.whereTitle')}</Heading2>
      <Paragraph>{t('privacy.where')}</Paragraph>
      <Heading2>{t('privacy.exportTitle')}</Heading2>
      <Paragraph>{t('privacy.export')}</Paragraph>
      <Heading2>{t('privacy.deleteTitle')}</Heading2>
      <Paragraph>{t('privacy.delete')}</Paragraph>
      <div role="status">
        {deleted !== null && (
          <Alert type={deleted ? 'ok' : 'error'}>
            {t(deleted ? 'privacy.deleted' : 'privacy.deleteFailed')}
          </Alert>
        )}
      </div>
      {confirming ? (
        <div role="group" aria-labelledby="wipe-confirm" className="zs-confirm">
          <Paragraph id="wipe-confirm">{t('privacy.deleteConfirm')}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" hint="danger" onClick={() => void wipe()}>
              {t('privacy.deleteYes')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
              {t('privacy.deleteNo')}
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button appearance="secondary-action-button" hint="danger" onClick={() => setConfirming(true)}>
          {t('privacy.deleteButton')}
        </Button>
      )}
    </div>
  );
}
