import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@utrecht/component-library-react';
import type { ScanData } from '../../domain/scan';
import type { Content } from '../../domain/types';
import { MAX_IMPORT_BYTES, wrap } from '../../storage/envelope';
import { restore, type RestoreErrorCode } from '../../storage/restore';
import { downloadBlob, isoDate } from '../download';

/** File name with date and role, e.g. zelfscan-bestuurder-2026-11-23.json */
export function exportFileName(scan: ScanData, date = new Date()): string {
  return `zelfscan-${scan.role ?? 'scan'}-${isoDate(date)}.json`;
}

export function ExportButton({ scan, contentVersion }: { scan: ScanData; contentVersion: string }) {
  const { t } = useTranslation();
  return (
    <Button
      appearance="secondary-action-button"
      onClick={() => {
        const env = wrap(scan, contentVersion, new Date().toISOString());
        downloadBlob(
          new Blob([JSON.stringify(env, null, 2)], { type: 'application/json' }),
          exportFileName(scan),
        );
      }}
    >
      {t('transfer.export')}
    </Button>
  );
}

export type ImportOutcome =
  | { ok: true; scan: ScanData; removed: number }
  | { ok: false; code: RestoreErrorCode | 'read'; details: string[] };

/** Reads a file the user picked. The size is checked before the file is read or parsed. */
export async function readScanFile(file: File, content: Pick<Content, 'modules'>): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, code: 'tooLarge', details: [] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, code: 'read', details: [] };
  }
  const r = restore(text, content);
  return r.ok
    ? { ok: true, scan: r.envelope.scan, removed: r.removedAnswers.length }
    : { ok: false, code: r.code, details: r.details };
}

/** A file picker that imports an answers file; a rejected file changes nothing and says why. */
export function ImportControl({
  content,
  onImport,
}: {
  content: Pick<Content, 'modules'>;
  onImport: (scan: ScanData) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string; details?: string[] } | null>(
    null,
  );
  return (
    <div className="zs-field">
      <label htmlFor={id}>{t('transfer.importLabel')}</label>
      <span className="zs-hint" id={`${id}-hint`}>
        {t('transfer.importHint')}
      </span>
      <input
        ref={input}
        id={id}
        type="file"
        accept="application/json,.json"
        aria-describedby={`${id}-hint`}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          const r = await readScanFile(file, content);
          if (r.ok) {
            onImport(r.scan);
            setMessage({
              type: 'ok',
              text: t('transfer.imported', { name: r.scan.name || file.name, removed: r.removed }),
            });
          } else {
            setMessage({ type: 'error', text: t(`transfer.error.${r.code}`), details: r.details });
          }
          if (input.current) input.current.value = '';
        }}
      />
      <div role="status" aria-live="polite">
        {message && (
          <Alert type={message.type === 'ok' ? 'ok' : 'error'}>
            <p className="utrecht-paragraph">{message.text}</p>
            {message.details && message.details.length > 0 && (
              <ul>
                {message.details.map((d) => (
                  <li key={d}>
                    <code>{d}</code>
                  </li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </div>
    </div>
  );
}
