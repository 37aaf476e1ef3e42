import { TEXT_LIMITS } from '../../domain/limits';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { FocusHeading } from '../components/focus-heading';
import { openScan, useDeviceStorage } from '../components/device-storage';
import { StorageFacts } from '../components/storage-facts';
import { WipeData } from '../components/wipe-data';
import { ExportButton, ImportControl } from './transfer';
import type { ScanData } from '../../domain/scan';
import { addScan } from '../../storage/import-scan';
import type { SaveResult } from '../../storage/record-store';
import { downloadBlob, isoDate } from '../download';
import { LANGUAGES, toLang } from '../../i18n/languages';

/** "Mijn scans": every scan on this device — open, rename, export, delete, import, wipe all. */
export default function ScansPage() {
  const { t, i18n } = useTranslation();
  const { store, structure } = useDeviceStorage();
  const [list, setList] = useState(() => store.list());
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const refresh = () => setList(store.list());
  const open = (id: string) => {
    const scan = store.load(id);
    if (scan) openScan(scan);
  };
  const importScan = async (scan: ScanData): Promise<SaveResult> => {
    const r = await addScan(store, scan);
    refresh();
    return r.ok ? { ok: true } : { ok: false, reason: r.details[0] === 'quota' ? 'quota' : 'unavailable' };
  };
  const report = (ok: boolean, text: string) => setStatus({ ok, text });
  const fmt = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(i18n.language);
  };
  return (
    <div className="zs-page">
      <FocusHeading>{t('scans.title')}</FocusHeading>
      <Paragraph>{t('scans.intro')}</Paragraph>
      {store.corruptCount() > 0 && (
        <Alert type="warning">
          <Paragraph>{t('scans.corrupt', { count: store.corruptCount() })}</Paragraph>
          <Paragraph>{t('scans.setAsideIntro')}</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() =>
              downloadBlob(
                new Blob([JSON.stringify(store.setAside())], { type: 'application/json' }),
                `${LANGUAGES[toLang(i18n.language)].fileWords.setAside}-${isoDate(new Date())}.json`,
              )
            }
          >
            {t('scans.setAsideDownload')}
          </Button>
        </Alert>
      )}
      <StorageFacts />
      <div role="status">{status && <Alert type={status.ok ? 'ok' : 'error'}>{status.text}</Alert>}</div>
      {list.length === 0 ? (
        <Paragraph>{t('scans.empty')}</Paragraph>
      ) : (
        <ul className="zs-card-list">
          {list.map((s) => {
            const scan = store.load(s.id);
            return (
              <li key={s.id} className="zs-card">
                <Heading2 className="zs-card__title">{s.name || t('scan.defaultName')}</Heading2>
                <p className="zs-hint">
                  {s.role ? t(`roles.${s.role}.name`) : t('scans.noRole')} ·{' '}
                  {t('scans.answers', { count: s.answered })} ·{' '}
                  {t('scans.updated', { date: fmt(s.updatedAt) })}
                </p>
                <RenameField
                  name={s.name}
                  onRename={async (name) => {
                    const r = await store.rename(s.id, name);
                    refresh();
                    report(r.ok, r.ok ? t('scans.renamed', { name }) : t('scans.renameFailed'));
                  }}
                />
                <ButtonGroup>
                  <Button appearance="primary-action-button" onClick={() => open(s.id)}>
                    {t('scans.open', { name: s.name || t('scan.defaultName') })}
                  </Button>
                  {scan && <ExportButton scan={scan} contentVersion={structure.contentVersion} />}
                  {confirmDelete === s.id ? (
                    <>
                      <Button
                        appearance="primary-action-button"
                        hint="danger"
                        onClick={async () => {
                          const r = await store.remove(s.id);
                          setConfirmDelete(null);
                          refresh();
                          report(r.ok, t(r.ok ? 'scans.deleted' : 'scans.deleteFailed', { name: s.name }));
                        }}
                      >
                        {t('scans.confirmDelete', { name: s.name || t('scan.defaultName') })}
                      </Button>
                      <Button appearance="secondary-action-button" onClick={() => setConfirmDelete(null)}>
                        {t('privacy.deleteNo')}
                      </Button>
                    </>
                  ) : (
                    <Button appearance="subtle-button" hint="danger" onClick={() => setConfirmDelete(s.id)}>
                      {t('scans.delete', { name: s.name || t('scan.defaultName') })}
                    </Button>
                  )}
                </ButtonGroup>
              </li>
            );
          })}
        </ul>
      )}
      <Heading2>{t('scans.importTitle')}</Heading2>
      <ImportControl content={structure} onImport={importScan} />
      <Heading2>{t('privacy.deleteTitle')}</Heading2>
      <WipeData wipe={() => store.clearAll()} onDone={refresh} />
    </div>
  );
}

function RenameField({ name, onRename }: { name: string; onRename: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [v, setV] = useState(name);
  return (
    <form
      className="zs-rename"
      onSubmit={(e) => {
        e.preventDefault();
        void onRename(v.trim());
      }}
    >
      <div className="zs-field">
        <label>
          {t('scans.renameLabel')}
          <input type="text" value={v} maxLength={TEXT_LIMITS.name} onChange={(e) => setV(e.target.value)} />
        </label>
      </div>
      <Button type="submit" appearance="subtle-button">
        {t('scans.rename')}
      </Button>
    </form>
  );
}
