import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ScanData } from '../../domain/scan';
import type { ScanContext, ScanEvent } from '../../machines/scan-machine';
import { encodeParticipantQr, QR_MAX_PARTS } from '../../storage/qr-codec';
import { navigate } from '../router';
import { useDeviceStorage } from './device-storage';
import { QrImage } from './qr';
import '../styles/workshop.css';

/** How long each code of a sequence stays on screen. */
const CODE_MS = 2500;

function QrSequence({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(codes.length > 1);
  useEffect(() => {
    if (!playing || codes.length < 2) return;
    const id = window.setInterval(() => setIndex((i) => (i + 1) % codes.length), CODE_MS);
    return () => window.clearInterval(id);
  }, [playing, codes.length]);
  const n = Math.min(index, codes.length - 1);
  return (
    <div className="zs-handin__qr">
      {codes.length > 1 && <Paragraph>{t('workshop.handIn.qrSequence')}</Paragraph>}
      <QrImage
        text={codes[n] ?? ''}
        alt={t('workshop.handIn.qrAlt', { n: n + 1, total: codes.length })}
        size={360}
      />
      {codes.length > 1 && (
        <>
          <p className="zs-hint" aria-live="off">
            {t('workshop.handIn.qrOf', { n: n + 1, total: codes.length })}
          </p>
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              onClick={() => setIndex((i) => (i - 1 + codes.length) % codes.length)}
            >
              {t('workshop.handIn.prevCode')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setPlaying((p) => !p)}>
              {playing ? t('workshop.handIn.pause') : t('workshop.handIn.play')}
            </Button>
            <Button
              appearance="secondary-action-button"
              onClick={() => setIndex((i) => (i + 1) % codes.length)}
            >
              {t('workshop.handIn.nextCode')}
            </Button>
          </ButtonGroup>
        </>
      )}
    </div>
  );
}

/**
 * Shown on the last step of a workshop scan: how to hand in (the export button sits next to it in the step), the
 * answers as QR code(s) for the trainer's camera and, on the trainer's own device, "Volgende deelnemer": the scan
 * machine hands the answers to the workshop record, removes this scan from the device and starts a fresh scan for
 * the next person, or ("Beurten afronden") returns to the workshop.
 */
export function WorkshopHandIn({
  scan,
  status,
  send,
}: {
  scan: ScanData;
  status: ScanContext['handIn'];
  send: (event: ScanEvent) => void;
}) {
  const { t } = useTranslation();
  const { workshops, structure } = useDeviceStorage();
  const [showQr, setShowQr] = useState(false);
  const workshop = scan.workshop;
  // the trainer's device is the one that holds the workshop itself
  const [onTrainerDevice] = useState(() => (workshop ? workshops.load(workshop.id) !== null : false));
  const codes = useMemo(
    () => (showQr ? encodeParticipantQr(scan, structure) : []),
    [showQr, scan, structure],
  );
  useEffect(() => {
    if (status === 'finished') navigate('workshop');
  }, [status]);
  if (!workshop) return null;

  return (
    <section className="zs-handin" aria-labelledby="handin-title">
      <Heading2 id="handin-title">{t('workshop.handIn.title')}</Heading2>
      <Paragraph>{t('workshop.handIn.intro', { name: workshop.name })}</Paragraph>
      <Button
        appearance="secondary-action-button"
        aria-expanded={showQr}
        onClick={() => setShowQr((v) => !v)}
      >
        {showQr ? t('workshop.handIn.hideQr') : t('workshop.handIn.showQr')}
      </Button>
      {showQr && codes.length > QR_MAX_PARTS && (
        // more codes than the trainer's camera takes in one go: the file carries any length
        <Alert type="warning">{t('workshop.handIn.qrTooMany', { max: QR_MAX_PARTS })}</Alert>
      )}
      {showQr && codes.length > 0 && codes.length <= QR_MAX_PARTS && <QrSequence codes={codes} />}
      {onTrainerDevice && (
        <div className="zs-handin__device">
          <Paragraph>
            <strong>{t('workshop.handIn.trainerDevice')}</strong> {t('workshop.handIn.nextHint')}
          </Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              disabled={status === 'busy'}
              onClick={() => send({ type: 'handIn', then: 'next' })}
            >
              {t('workshop.handIn.nextParticipant')}
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={status === 'busy'}
              onClick={() => send({ type: 'handIn', then: 'finish' })}
            >
              {t('workshop.handIn.finishTurns')}
            </Button>
          </ButtonGroup>
        </div>
      )}
      {status === 'failed' && (
        <Alert type="error" role="alert">
          {t('workshop.handIn.saveFailed')}
        </Alert>
      )}
    </section>
  );
}
