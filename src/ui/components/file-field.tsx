import { useId, useState, type ReactNode } from 'react';
import { Button } from '@utrecht/component-library-react';

/**
 * A labelled file picker for the app's JSON files, with a hint tied to it by aria-describedby. The input is cleared
 * after every pick, so picking the same file again (after fixing it, or after a wrong passphrase) reads it again.
 */
export function FileField({
  id,
  label,
  hint,
  multiple = false,
  onFiles,
}: {
  id: string;
  label: string;
  hint: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void | Promise<void>;
}) {
  return (
    <div className="zs-field">
      <label htmlFor={id}>{label}</label>
      <span className="zs-hint" id={`${id}-hint`}>
        {hint}
      </span>
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept="application/json,.json"
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) void onFiles(files);
        }}
      />
    </div>
  );
}

/** Asks for the passphrase of a protected file. It is shown while the file waits, and goes once the file opens. */
export function PassphrasePrompt({
  label,
  submitLabel,
  intro,
  className,
  onSubmit,
}: {
  label: string;
  submitLabel: string;
  intro?: ReactNode;
  className?: string;
  onSubmit: (passphrase: string) => void;
}) {
  const id = useId();
  const [pass, setPass] = useState('');
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(pass);
      }}
    >
      {intro}
      <div className="zs-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="password"
          autoComplete="current-password"
          value={pass}
          onChange={(e) => setPass(e.target.value)}
        />
      </div>
      <Button type="submit" appearance="primary-action-button">
        {submitLabel}
      </Button>
    </form>
  );
}
