import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@utrecht/component-library-react';
import type { ScanData } from '../../domain/scan';
import type { Content } from '../../domain/types';
import { MAX_IMPORT_BYTES, wrap } from '../../storage/envelope';
import { restore, type RestoreErrorCode } from '../../storage/restore';
import { decryptText, encryptText, isEncrypted } from '../../storage/crypto';
import { downloadBlob, isoDate } from '../download';

/** File name with date and role, e.g. zelfscan-bestuurder-2026-11-23.json */
export function exportFileName(scan: ScanData, date = new Date()): string {
  return `zelfscan-${scan.role ?? 'scan'}-${isoDate(date)}.json`;
}

/** Saves the answers as a file, optionally protected with a passphrase (AES-GCM, key from PBKDF2). */
export function ExportButton({ scan, contentVersion }: { scan: ScanData; contentVersion: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [pass, setPass] = useState('');
  const [error, setError] = useState('');
  const plain = () => JSON.stringify(wrap(scan, contentVersion, new Date().toISOString()), null, 2);
  return (
    <div className="zs-export">
      <Button
        appearance="secondary-action-button"
        onClick={() => downloadBlob(new Blob([plain()], { type: 'application/json' }), exportFileName(scan))}
      >
        {t('transfer.export')}
      </Button>
      <details className="zs-explain">
        <summary>{t('transfer.protectTitle')}</summary>
        <p className="zs-hint">{t('transfer.protectHint')}</p>
        <div className="zs-field">
          <label htmlFor={id}>{t('transfer.passphrase')}</label>
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            value={pass}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setPass(e.target.value)}
          />
          {error && (
            <span id={`${id}-error`} className="zs-error" role="alert">
              {error}
            </span>
          )}
        </div>
        <Button
          appearance="secondary-action-button"
          onClick={async () => {
            if (pass.length < 8) {
              setError(t('transfer.passphraseShort'));
              return;
            }
            setError('');
            const file = await encryptText(plain(), pass);
            downloadBlob(
              new Blob([JSON.stringify(file)], { type: 'application/json' }),
              exportFileName(scan).replace(/\.json$/u, '.beveiligd.json'),
            );
          }}
        >
          {t('transfer.exportProtected')}
        </Button>
      </details>
    </div>
  );
}

export type ImportOutcome =
  | { ok: true; scan: ScanData; removed: number }
  | {
      ok: false;
      code: RestoreErrorCode | 'read' | 'needsPassphrase' | 'wrongPassphrase' | 'damaged';
      details: string[];
    };

/** Reads a file the user picked. The size is checked before the file is read or parsed. */
export async function readScanFile(
  file: File,
  content: Pick<Content, 'modules'>,
  passphrase?: string,
): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, code: 'tooLarge', details: [] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, code: 'read', details: [] };
  }
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* restore() reports it */
  }
  if (isEncrypted(parsed)) {
    if (!passphrase) return { ok: false, code: 'needsPassphrase', details: [] };
    const d = await decryptText(parsed, passphrase);
    if (!d.ok) return { ok: false, code: d.code, details: [] };
    text = d.text;
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
  const [pending, setPending] = useState<File | null>(null);
  const [pass, setPass] = useState('');
  const handle = async (file: File, passphrase?: string) => {
    const r = await readScanFile(file, content, passphrase);
    if (r.ok) {
      onImport(r.scan);
      setPending(null);
      setPass('');
      setMessage({
        type: 'ok',
        text: t('transfer.imported', { name: r.scan.name || file.name, removed: r.removed }),
      });
    } else if (r.code === 'needsPassphrase') {
      setPending(file);
      setMessage(null);
    } else {
      setMessage({ type: 'error', text: t(`transfer.error.${r.code}`), details: r.details });
    }
  };
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
          await handle(file);
          if (input.current) input.current.value = '';
        }}
      />
      {pending && (
        <form
          className="zs-confirm"
          onSubmit={(e) => {
            e.preventDefault();
            void handle(pending, pass);
          }}
        >
          <div className="zs-field">
            <label htmlFor={`${id}-pass`}>{t('transfer.passphraseFor', { name: pending.name })}</label>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="current-password"
              value={pass}
              onChange={(e) => setPass(e.target.value)}
            />
          </div>
          <Button type="submit" appearance="primary-action-button">
            {t('transfer.openProtected')}
          </Button>
        </form>
      )}
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
