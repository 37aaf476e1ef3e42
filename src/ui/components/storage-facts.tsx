import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { LANGUAGES, toLang } from '../../i18n/languages';
import { storageState, useDeviceStorage, type StorageState } from './device-storage';

/** Share of the quota from which the app warns before saving fails. */
const NEARLY_FULL = 0.9;

/** Bytes as the reader's language writes them: `1,2 MB`. */
function sizeText(bytes: number, lang: string): string {
  const l = LANGUAGES[toLang(lang)];
  if (bytes < 1024 * 1024) return `${l.decimal(bytes / 1024, 0)} kB`;
  if (bytes < 1024 ** 3) return `${l.decimal(bytes / 1024 ** 2, 1)} MB`;
  return `${l.decimal(bytes / 1024 ** 3, 1)} GB`;
}

/**
 * Whether the browser keeps this app's data for good and how much space it uses, with a warning near the quota that
 * says what takes the space. Shown on "Mijn scans" and the workshop overview.
 */
export function StorageFacts({
  memoryWarning = true,
  kind = 'scan',
}: {
  memoryWarning?: boolean;
  /** Which backup to point at: answers files (scans) or the workshop's backup. */
  kind?: 'scan' | 'workshop';
}) {
  const { t, i18n } = useTranslation();
  const { store, workshops, persistent } = useDeviceStorage();
  const [state, setState] = useState<StorageState | null>(null);
  useEffect(() => {
    let live = true;
    void storageState().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, []);
  if (!persistent) return memoryWarning ? <Alert type="warning">{t('scan.saveUnavailable')}</Alert> : null;
  if (!state) return null;
  const { usage, quota, persisted } = state;
  const nearlyFull = usage !== null && quota !== null && quota > 0 && usage / quota >= NEARLY_FULL;
  return (
    <div className="zs-storage-facts">
      {persisted !== null && (
        <Paragraph className="zs-hint">
          {t(
            persisted
              ? 'scans.storagePersisted'
              : kind === 'scan'
                ? 'scans.storageNotPersisted'
                : 'scans.storageNotPersistedWorkshop',
          )}
        </Paragraph>
      )}
      {usage !== null && quota !== null && quota > 0 && (
        <Paragraph className="zs-hint">
          {t('scans.storageUsage', {
            used: sizeText(usage, i18n.language),
            quota: sizeText(quota, i18n.language),
          })}
        </Paragraph>
      )}
      {nearlyFull && (
        <Alert type="warning">
          {t('scans.storageNearlyFull', {
            percent: Math.round(((usage ?? 0) / (quota ?? 1)) * 100),
            scans: sizeText(store.storedBytes(), i18n.language),
            workshops: sizeText(workshops.storedBytes(), i18n.language),
          })}
        </Alert>
      )}
    </div>
  );
}

/**
 * At a natural moment (a scan finished, answers collected): when the browser may clear this app's data, or the scan
 * or workshop changed since it was last saved as a file, say so once, next to the button that saves the file.
 */
export function BackupHint({
  changedSinceBackup = false,
  kind = 'scan',
}: {
  changedSinceBackup?: boolean;
  kind?: 'scan' | 'workshop';
}) {
  const { t } = useTranslation();
  const { persistent } = useDeviceStorage();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void storageState().then((s) => live && setPersisted(s.persisted));
    return () => {
      live = false;
    };
  }, []);
  // kept in memory only: the scan screen says so already
  if (!persistent) return null;
  if (persisted === false) return <Paragraph className="zs-hint">{t('scans.storageNotPersisted')}</Paragraph>;
  if (!changedSinceBackup) return null;
  return (
    <Paragraph className="zs-hint">
      {t(kind === 'scan' ? 'scans.changedSinceBackup' : 'scans.workshopChangedSinceBackup')}
    </Paragraph>
  );
}
