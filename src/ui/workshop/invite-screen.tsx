import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { Content } from '../../domain/types';
import type { WorkshopRecord, WorkshopSetup } from '../../domain/workshop';
import { LANGUAGES } from '../../i18n/languages';
import { encodeInvitationQr } from '../../storage/qr-codec';
import { makeInvitation, participantScan } from '../../storage/invitation';
import { FocusHeading } from '../components/focus-heading';
import { downloadBlob } from '../download';
import { makeId, openScan } from '../components/device-storage';
import { QrImage } from '../components/qr';
import { nameSlug } from '../../report/group-model';
import { NavButtons } from '../components/nav-buttons';
import { WorkshopBlock } from './workshop-block';
import { UnorderedList, UnorderedListItem } from '../components/basic';
import '../styles/paper.css';

/** File name of the invitation, e.g. `workshop-uitnodiging-wijkaanpak-noord.json`. */
export function invitationFileName(name: string, lang: Content['lang']): string {
  const slug = nameSlug(name);
  return `${LANGUAGES[lang].fileWords.invitation}${slug ? `-${slug}` : ''}.json`;
}

/** Paper sheets offered at first, and the most one download makes (the renderer keeps to the same range). */
const SHEETS_DEFAULT = 12;
const SHEETS_MAX = 100;

/** The paper answer sheet: how many numbered sheets, and the PDF (its renderer loads on first use). */
function PaperSheetDownload({ content, setup }: { content: Content; setup: WorkshopSetup }) {
  const { t } = useTranslation();
  const id = useId();
  const [count, setCount] = useState(String(SHEETS_DEFAULT));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const n = Number(count);
  const valid = /^\d+$/u.test(count.trim()) && n >= 1 && n <= SHEETS_MAX;
  const make = async () => {
    setTried(true);
    if (!valid) return;
    setBusy(true);
    setFailed(false);
    try {
      const { renderAnswerSheet, answerSheetLabels, answerSheetFileName } =
        await import('../../report/pdf/answer-sheet');
      const labels = answerSheetLabels(content.lang);
      downloadBlob(
        await renderAnswerSheet(content, setup, labels, { sheets: n }),
        answerSheetFileName(setup, content.lang),
      );
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const wrong = tried && !valid;
  return (
    <WorkshopBlock id="ws-paper-sheet" title={t('workshop.sheet.title')}>
      <Paragraph>{t('workshop.sheet.intro')}</Paragraph>
      <div className="zs-field zs-paper-count">
        <label htmlFor={id}>{t('workshop.sheet.count')}</label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={SHEETS_MAX}
          step={1}
          value={count}
          aria-describedby={`${id}-hint${wrong ? ` ${id}-error` : ''}`}
          aria-invalid={wrong || undefined}
          onChange={(e) => setCount(e.target.value)}
        />
        <p className="zs-hint" id={`${id}-hint`}>
          {t('workshop.sheet.countHint', { max: SHEETS_MAX })}
        </p>
        {wrong && (
          <p className="zs-error" id={`${id}-error`}>
            {t('workshop.sheet.countInvalid', { max: SHEETS_MAX })}
          </p>
        )}
      </div>
      <Button appearance="secondary-action-button" busy={busy} disabled={busy} onClick={() => void make()}>
        {t('workshop.sheet.download')}
      </Button>
      <div role="status">
        {busy && <p className="zs-hint">{t('workshop.sheet.making')}</p>}
        {failed && <p className="zs-error">{t('workshop.sheet.failed')}</p>}
      </div>
    </WorkshopBlock>
  );
}

/**
 * The invitation: a QR code on the trainer's screen and the same as a file, plus taking turns on this device, plus
 * a numbered paper answer sheet for people without a device. The participants' apps load the invitation and ask
 * exactly the workshop's questions.
 */
export function InviteScreen({
  content,
  structure,
  record,
  onEdit,
  onCollect,
  onClose,
}: {
  content: Content;
  structure: Content;
  record: WorkshopRecord;
  onEdit: () => void;
  onCollect: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const s = record.setup;
  const startTurns = () => openScan(participantScan(s, makeId(), new Date().toISOString()));
  return (
    <div className="zs-page zs-workshop">
      <FocusHeading focusKey="invite">{t('workshop.invite.title')}</FocusHeading>
      <Paragraph lead>
        <strong>{s.name}</strong>
        <br />
        {t('workshop.invite.summary', {
          date: s.date,
          count: s.items.length,
          anonymity: s.anonymous ? t('workshop.invite.anonymousOn') : t('workshop.invite.anonymousOff'),
        })}
      </Paragraph>
      <Paragraph>{t('workshop.invite.intro')}</Paragraph>
      <div className="zs-workshop__invite">
        <QrImage
          text={encodeInvitationQr(s, structure)}
          alt={t('workshop.invite.qrAlt', { name: s.name })}
          size={360}
          // the own questions travel in the code too: long ones can make it too long for one
          failedText={s.own?.length ? t('workshop.invite.qrFailedOwn') : undefined}
        />
        <div>
          <Button
            appearance="secondary-action-button"
            onClick={() =>
              downloadBlob(
                new Blob([JSON.stringify(makeInvitation(s, structure.contentVersion), null, 2)], {
                  type: 'application/json',
                }),
                invitationFileName(s.name, content.lang),
              )
            }
          >
            {t('workshop.invite.download')}
          </Button>
        </div>
      </div>
      <WorkshopBlock id="ws-needs" title={t('workshop.invite.needsTitle')}>
        <Paragraph>{t('workshop.invite.needsIntro')}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>{t('workshop.invite.needsApp')}</UnorderedListItem>
          <UnorderedListItem>{t('workshop.invite.needsSingle')}</UnorderedListItem>
          <UnorderedListItem>{t('workshop.invite.needsPaper')}</UnorderedListItem>
        </UnorderedList>
      </WorkshopBlock>
      <WorkshopBlock id="ws-turns" title={t('workshop.invite.turnsTitle')}>
        <Paragraph>{t('workshop.invite.turnsIntro')}</Paragraph>
        <Button appearance="secondary-action-button" onClick={startTurns}>
          {t('workshop.invite.turnsStart')}
        </Button>
      </WorkshopBlock>
      <PaperSheetDownload content={content} setup={s} />
      <NavButtons
        back={{ label: t('workshop.invite.edit'), onClick: onEdit }}
        aside={{ label: t('workshop.invite.close'), onClick: onClose }}
        next={{ label: t('workshop.invite.toCollect'), onClick: onCollect }}
      />
    </div>
  );
}
