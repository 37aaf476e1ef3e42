import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { encryptText } from '../../storage/crypto';
import { downloadBlob } from '../download';

/** Passphrases shorter than this are refused. */
const MIN_PASSPHRASE = 8;

/**
 * Saves a JSON file, or the same file protected with a passphrase (AES-GCM with a key from PBKDF2, see
 * storage/crypto.ts) for files that travel. Used for answers files and workshop backups; every reader of those files
 * asks for the passphrase when it meets a protected one.
 */
export function SaveFileButtons({
  label,
  fileName,
  text,
  describedBy,
  onSaved,
}: {
  label: string;
  fileName: string;
  /** The file's text, made when the user saves (so it holds the latest answers). */
  text: () => string;
  describedBy?: string;
  /** Called once the file is handed to the browser (to remember when this was last backed up). */
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [pass, setPass] = useState('');
  const [error, setError] = useState('');
  return (
    <div className="zs-export">
      <Button
        appearance="secondary-action-button"
        aria-describedby={describedBy}
        onClick={() => {
          downloadBlob(new Blob([text()], { type: 'application/json' }), fileName);
          onSaved?.();
        }}
      >
        {label}
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
            if (pass.length < MIN_PASSPHRASE) {
              setError(t('transfer.passphraseShort'));
              return;
            }
            setError('');
            const file = await encryptText(text(), pass);
            downloadBlob(
              new Blob([JSON.stringify(file)], { type: 'application/json' }),
              fileName.replace(/\.json$/u, '.beveiligd.json'),
            );
            onSaved?.();
          }}
        >
          {t('transfer.exportProtected')}
        </Button>
      </details>
    </div>
  );
}
