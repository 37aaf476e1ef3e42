import type { ReactNode } from 'react';
import { Heading3 } from '@utrecht/component-library-react';
import { FileField } from './file-field';

/** A card with a heading that also names it as a region: one of the ways to pick something. */
export function CardSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="zs-card">
      <Heading3 id={id}>{title}</Heading3>
      {children}
    </section>
  );
}

/**
 * A card to open a file from: its heading and a file field, ids made from `id`; the first file picked goes to
 * `onFile`. What the file needs next (a passphrase) goes below as children.
 */
export function FileCard({
  id,
  title,
  label,
  hint,
  onFile,
  children,
}: {
  id: string;
  title: string;
  label: string;
  hint: string;
  onFile: (file: File) => void | Promise<void>;
  children?: ReactNode;
}) {
  return (
    <CardSection id={`${id}-file`} title={title}>
      <FileField id={`${id}-input`} label={label} hint={hint} onFiles={([file]) => file && onFile(file)} />
      {children}
    </CardSection>
  );
}
