import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { Content } from '../../domain/types';
import type { WorkshopRecord } from '../../domain/workshop';
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

/** File name of the invitation, e.g. `workshop-uitnodiging-wijkaanpak-noord.json`. */
export function invitationFileName(name: string, lang: Content['lang']): string {
  const slug = nameSlug(name);
  return `${LANGUAGES[lang].fileWords.invitation}${slug ? `-${slug}` : ''}.json`;
}

/**
 * The invitation: a QR code on the trainer's screen and the same as a file, plus taking turns on this device. The
 * participants' apps load it and ask exactly the workshop's questions.
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
      <WorkshopBlock id="ws-turns" title={t('workshop.invite.turnsTitle')}>
        <Paragraph>{t('workshop.invite.turnsIntro')}</Paragraph>
        <Button appearance="secondary-action-button" onClick={startTurns}>
          {t('workshop.invite.turnsStart')}
        </Button>
      </WorkshopBlock>
      <NavButtons
        back={{ label: t('workshop.invite.edit'), onClick: onEdit }}
        aside={{ label: t('workshop.invite.close'), onClick: onClose }}
        next={{ label: t('workshop.invite.toCollect'), onClick: onCollect }}
      />
    </div>
  );
}
