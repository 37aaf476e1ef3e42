import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scanFileName } from '../../domain/file-names';
import type { ScanData } from '../../domain/scan';
import type { Content } from '../../domain/types';
import { wrap } from '../../storage/envelope';
import { readScanFile } from '../../storage/import-scan';
import type { SaveResult } from '../../storage/record-store';
import { FileField, PassphrasePrompt } from '../components/file-field';
import { useDeviceStorage } from '../components/device-storage';
import { SaveFileButtons } from '../components/save-file';
import { StatusMessage, type StatusText } from '../components/status-message';

/** Saves the answers as a file, optionally protected with a passphrase. */
export function ExportButton({
  scan,
  contentVersion,
  onSaved,
}: {
  scan: ScanData;
  contentVersion: string;
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const { store } = useDeviceStorage();
  return (
    <SaveFileButtons
      label={t('transfer.export')}
      fileName={scanFileName(scan, new Date())}
      // compact, so every scan the app can save also fits the import limit
      text={() => JSON.stringify(wrap(scan, contentVersion, new Date().toISOString()))}
      onSaved={() => {
        void store.markExported(scan.id, scan.updatedAt);
        onSaved?.();
      }}
    />
  );
}

/** A file picker that imports an answers file; a rejected file changes nothing and says why. */
export function ImportControl({
  content,
  onImport,
}: {
  content: Pick<Content, 'modules'>;
  /** Stores the scan; resolves with whether the browser kept it. */
  onImport: (scan: ScanData) => Promise<SaveResult>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [message, setMessage] = useState<StatusText | null>(null);
  const [pending, setPending] = useState<File | null>(null);
  const handle = async (file: File, passphrase?: string) => {
    const r = await readScanFile(file, content, passphrase);
    if (r.ok) {
      setPending(null);
      const saved = await onImport(r.scan);
      if (!saved.ok) {
        setMessage({ type: 'error', text: t('transfer.error.storage'), details: [] });
        return;
      }
      const name = t('transfer.imported', { name: r.scan.name || file.name });
      setMessage({
        type: 'ok',
        text: r.removed > 0 ? `${name} ${t('transfer.importedRemoved', { count: r.removed })}` : name,
      });
    } else if (r.code === 'needsPassphrase') {
      setPending(file);
      setMessage(null);
    } else {
      setMessage({ type: 'error', text: t(`transfer.error.${r.code}`), details: r.details });
    }
  };
  return (
    <div>
      <FileField
        id={id}
        label={t('transfer.importLabel')}
        hint={t('transfer.importHint')}
        onFiles={([file]) => file && handle(file)}
      />
      {pending && (
        <PassphrasePrompt
          className="zs-confirm"
          label={t('transfer.passphraseFor', { name: pending.name })}
          submitLabel={t('transfer.openProtected')}
          onSubmit={(pass) => void handle(pending, pass)}
        />
      )}
      <StatusMessage message={message} />
    </div>
  );
}
