import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Content } from '../../domain/types';
import { readFileText, unlockText } from '../../storage/read-file';
import type { WorkshopFileErrorCode, WorkshopStore } from '../../storage/workshop-store';
import { FileField, PassphrasePrompt } from '../components/file-field';
import { FocusHeading } from '../components/focus-heading';
import { JoinWorkshop } from './join';

/** The workshop page's start: join as a participant, or (as trainer) set up a new workshop or open a saved one. */
export function StartScreen({
  content,
  store,
  onNew,
  onOpen,
}: {
  content: Content;
  store: WorkshopStore;
  onNew: () => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [list, setList] = useState(() => store.list());
  const [confirm, setConfirm] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const fileId = useId();

  // a protected backup waits here for its passphrase
  const [pending, setPending] = useState<File | null>(null);

  /** Opens a workshop backup; a refused file changes nothing and says why. */
  const openFile = async (file: File, passphrase?: string) => {
    const refuse = (code: WorkshopFileErrorCode | 'read' | 'wrongPassphrase' | 'damaged') =>
      setStatus({ ok: false, lines: [t(`workshop.start.fileError.${code}`)] });
    const read = await readFileText(file);
    if (!read.ok) return refuse(read.code);
    const open = await unlockText(read.text, passphrase);
    if (!open.ok) {
      if (open.code !== 'needsPassphrase') return refuse(open.code);
      setPending(file);
      setStatus(null);
      return;
    }
    const r = await store.importText(open.text);
    if (!r.ok) return refuse(r.code);
    setPending(null);
    const name = r.record.setup.name;
    const changed = r.added + r.updated;
    const lines = [
      !r.merged
        ? t('workshop.start.imported', { name, count: r.record.participants.length })
        : changed > 0
          ? t('workshop.start.merged', { name, count: changed })
          : t('workshop.start.mergedNothing', { name }),
    ];
    if (r.removedItems > 0) lines.push(t('workshop.start.removedItems', { count: r.removedItems }));
    setList(store.list());
    setStatus({ ok: true, lines });
  };
  return (
    <div className="zs-page zs-workshop">
      <FocusHeading focusKey="choosing">{t('workshop.title')}</FocusHeading>
      <Paragraph lead>{t('workshop.intro')}</Paragraph>
      <section aria-labelledby="ws-join" className="zs-workshop__block">
        <Heading2 id="ws-join">{t('workshop.start.joinTitle')}</Heading2>
        <Paragraph>{t('workshop.start.joinIntro')}</Paragraph>
        <JoinWorkshop content={content} />
      </section>
      <section aria-labelledby="ws-trainer" className="zs-workshop__block">
        <Heading2 id="ws-trainer">{t('workshop.start.trainerTitle')}</Heading2>
        <Paragraph>{t('workshop.start.trainerIntro')}</Paragraph>
        <Button appearance="primary-action-button" onClick={onNew}>
          {t('workshop.start.new')}
        </Button>
        <div className="zs-workshop__open-file">
          <FileField
            id={fileId}
            label={t('workshop.start.openFileLabel')}
            hint={t('workshop.start.openFileHint')}
            onFiles={([file]) => file && openFile(file)}
          />
          {pending && (
            <PassphrasePrompt
              className="zs-confirm"
              label={t('transfer.passphraseFor', { name: pending.name })}
              submitLabel={t('transfer.openProtected')}
              onSubmit={(pass) => void openFile(pending, pass)}
            />
          )}
        </div>
        <div role="status">
          {status && (
            <Alert type={status.ok ? 'ok' : 'error'}>
              {status.lines.map((line) => (
                <Paragraph key={line}>{line}</Paragraph>
              ))}
            </Alert>
          )}
        </div>
        {list.length > 0 && (
          <>
            <Heading3>{t('workshop.start.savedTitle')}</Heading3>
            <ul className="zs-card-list">
              {list.map((w) => (
                <li key={w.id} className="zs-card">
                  <p className="utrecht-paragraph">
                    <strong>{w.name}</strong>
                    <br />
                    <span className="zs-hint">
                      {t('workshop.start.savedItem', { date: w.date, count: w.participants })}
                    </span>
                  </p>
                  {confirm === w.id ? (
                    <div role="group" aria-labelledby={`confirm-${w.id}`} className="zs-confirm">
                      <Paragraph id={`confirm-${w.id}`}>
                        {t('workshop.start.confirmDelete', { name: w.name })}
                      </Paragraph>
                      <ButtonGroup>
                        <Button
                          appearance="primary-action-button"
                          hint="danger"
                          onClick={async () => {
                            const r = await store.remove(w.id);
                            setList(store.list());
                            setConfirm(null);
                            setStatus(
                              r.ok
                                ? { ok: true, lines: [t('workshop.start.deleted', { name: w.name })] }
                                : { ok: false, lines: [t('workshop.start.deleteFailed', { name: w.name })] },
                            );
                          }}
                        >
                          {t('workshop.start.confirmYes')}
                        </Button>
                        <Button appearance="secondary-action-button" onClick={() => setConfirm(null)}>
                          {t('workshop.start.confirmNo')}
                        </Button>
                      </ButtonGroup>
                    </div>
                  ) : (
                    <ButtonGroup>
                      <Button appearance="secondary-action-button" onClick={() => onOpen(w.id)}>
                        {t('workshop.start.open', { name: w.name })}
                      </Button>
                      <Button appearance="subtle-button" hint="danger" onClick={() => setConfirm(w.id)}>
                        {t('workshop.start.delete', { name: w.name })}
                      </Button>
                    </ButtonGroup>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
