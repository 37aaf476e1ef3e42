import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { estimateSeconds, toMinutes } from '../../domain/selection';
import { TEXT_LIMITS } from '../../domain/limits';
import { withOwnQuestions } from '../../domain/own-questions';
import { ROLES, type Content, type Role } from '../../domain/types';
import type { WorkshopSetup } from '../../domain/workshop';
import { readFileText } from '../../storage/read-file';
import { participantScan, readInvitation, type InvitationRead } from '../../storage/invitation';
import { FileField } from '../components/file-field';
import { makeId, openScan } from '../components/device-storage';
import { QrReader, type ReadFeedback } from '../components/qr';

type Found = { setup: WorkshopSetup; removed: number };

/**
 * "Deelnemen aan een workshop": the participant opens the trainer's invitation (file, camera or a photo of the QR
 * code), sees what it asks, and starts a scan limited to the workshop's questions.
 */
export function JoinWorkshop({ content }: { content: Content }) {
  const { t } = useTranslation();
  const id = useId();
  const [found, setFound] = useState<Found | null>(null);
  const [error, setError] = useState<string | null>(null);

  const message = (r: Extract<InvitationRead, { ok: false }>) =>
    t(`workshop.join.error.${r.code}`, { version: r.details[0] ?? '' });
  /** Reads an invitation; a file's problem shows below the picker, a QR code's in the camera's own status. */
  const accept = (text: string, fromCamera: boolean): ReadFeedback => {
    const r = readInvitation(text, content);
    if (!r.ok) {
      setError(fromCamera ? null : message(r));
      return { type: 'error', text: message(r) };
    }
    setError(null);
    setFound({ setup: r.setup, removed: r.removedItems.length });
    return null;
  };

  const [role, setRole] = useState<Role | null>(null);
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const roleError = tried && !role;
  const begin = (setup: WorkshopSetup) => {
    if (!role) {
      setTried(true);
      document.getElementById(`${id}-role-${ROLES[0]}`)?.focus();
      return;
    }
    openScan(participantScan(setup, makeId(), new Date().toISOString(), { role, name }));
  };

  const items = found
    ? withOwnQuestions(content, found.setup.own)
        .modules.flatMap((m) => m.items)
        .filter((i) => found.setup.items.includes(i.id))
    : [];
  return (
    <div className="zs-join">
      <FileField
        id={id}
        label={t('workshop.join.fileLabel')}
        hint={t('workshop.join.fileHint')}
        onFiles={async ([file]) => {
          if (!file) return;
          const read = await readFileText(file);
          if (read.ok) accept(read.text, false);
          else {
            setFound(null);
            setError(t(`workshop.join.error.${read.code}`));
          }
        }}
      />
      <QrReader startLabel={t('workshop.join.scan')} onText={(text) => accept(text, true)} />
      <div role="status" aria-live="polite">
        {error && <Alert type="error">{error}</Alert>}
        {found && (
          <Alert type="ok">
            <Paragraph>
              <strong>
                {t('workshop.join.found', {
                  name: found.setup.name,
                  date: found.setup.date,
                  count: items.length,
                  minutes: toMinutes(estimateSeconds(content, items)),
                })}
              </strong>
            </Paragraph>
            <Paragraph>
              {found.setup.anonymous ? t('workshop.join.anonymous') : t('workshop.join.named')}
            </Paragraph>
            {found.removed > 0 && (
              <Paragraph>{t('workshop.join.removed', { count: found.removed })}</Paragraph>
            )}
          </Alert>
        )}
      </div>
      {found && (
        <>
          <fieldset className="zs-question" aria-describedby={roleError ? `${id}-role-error` : undefined}>
            <legend>{t('workshop.join.roleLegend')}</legend>
            <p className="zs-hint">{t('workshop.join.roleHint')}</p>
            <div className="zs-options">
              {ROLES.map((r) => (
                <label key={r} className="zs-option">
                  <input
                    id={`${id}-role-${r}`}
                    type="radio"
                    name={`${id}-role`}
                    checked={role === r}
                    onChange={() => setRole(r)}
                  />
                  <span>{t(`roles.${r}.name`)}</span>
                </label>
              ))}
            </div>
            {roleError && (
              <p id={`${id}-role-error`} className="zs-error" role="alert">
                {t('workshop.join.roleRequired')}
              </p>
            )}
          </fieldset>
          {!found.setup.anonymous && (
            <div className="zs-field">
              <label htmlFor={`${id}-name`}>{t('workshop.join.name')}</label>
              <input
                id={`${id}-name`}
                className="utrecht-textbox utrecht-textbox--html-input"
                value={name}
                maxLength={TEXT_LIMITS.name}
                autoComplete="name"
                onChange={(e) => setName(e.target.value)}
              />
            </div>
          )}
          <Button appearance="primary-action-button" onClick={() => begin(found.setup)}>
            {t('workshop.join.begin')}
          </Button>
        </>
      )}
    </div>
  );
}
