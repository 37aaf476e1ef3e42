import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/button-react';
import { ButtonGroup } from '@utrecht/button-group-react';
import { Alert, Paragraph } from './basic';

/**
 * "Alle gegevens wissen" with its confirmation, on the privacy page and under "Mijn scans". `wipe` resolves true only
 * when nothing is left; the message says what really happened.
 */
export function WipeData({ wipe, onDone }: { wipe: () => Promise<boolean>; onDone?: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [wiped, setWiped] = useState<boolean | null>(null);
  const go = async () => {
    const ok = await wipe();
    setConfirming(false);
    setWiped(ok);
    onDone?.();
  };
  return (
    <>
      <div role="status">
        {wiped !== null && (
          <Alert type={wiped ? 'ok' : 'error'}>{t(wiped ? 'privacy.deleted' : 'privacy.deleteFailed')}</Alert>
        )}
      </div>
      {confirming ? (
        <div role="group" aria-labelledby={id} className="zs-confirm">
          <Paragraph id={id}>{t('privacy.deleteConfirm')}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" hint="danger" onClick={() => void go()}>
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
    </>
  );
}
