import { Alert } from '@utrecht/component-library-react';

export type StatusText = { type: 'ok' | 'error'; text: string; details?: string[] };

/** What a file got wrong, one field path (or code) an item, as code. */
export function CodeList({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((d) => (
        <li key={d}>
          <code>{d}</code>
        </li>
      ))}
    </ul>
  );
}

/**
 * A live region with the outcome of what the user just did, placed next to the control it is about. The region is
 * always there, so screen readers announce the message when it appears; `details` (such as the fields a rejected
 * file got wrong) are listed below it.
 */
export function StatusMessage({ message }: { message: StatusText | null }) {
  return (
    <div role="status" aria-live="polite">
      {message && (
        <Alert type={message.type === 'ok' ? 'ok' : 'error'}>
          <p className="utrecht-paragraph">{message.text}</p>
          {message.details && message.details.length > 0 && <CodeList items={message.details} />}
        </Alert>
      )}
    </div>
  );
}
