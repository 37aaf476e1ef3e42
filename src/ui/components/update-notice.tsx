import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/button-react';
import { onSwState, reloadToUpdate } from '../sw-register';

/** "Nieuwe versie beschikbaar — herladen": shown when a new service worker waits. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const [s, setS] = useState({ needRefresh: false, offlineReady: false });
  useEffect(() => onSwState(setS), []);
  return (
    <div role="status" className="zs-update">
      {s.needRefresh && (
        <div className="zs-update__bar">
          <span>{t('update.ready')} — </span>
          <Button appearance="primary-action-button" onClick={reloadToUpdate}>
            {t('update.reload')}
          </Button>
        </div>
      )}
    </div>
  );
}
