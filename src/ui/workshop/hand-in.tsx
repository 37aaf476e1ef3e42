import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ScanData } from '../../domain/scan';
import { addParticipant } from '../../domain/workshop';
import type { ScanStore } from '../../storage/scan-store';
import { encodeParticipantQr } from '../../storage/qr-codec';
import { participantFromScan } from '../../storage/participant-file';
import { participantScan } from '../../storage/invitation';
import { navigate } from '../router';
import { makeId } from '../scan/use-scan-session';
import { QrImage } from './qr';
import { openWorkshopStore } from './workshop-session';
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
 * answers as QR code(s) for the trainer's camera and, on the trainer's own device, "Volgende deelnemer": the answers
 * go into the workshop record, this scan is removed from the device and a fresh scan starts for the next person.
 */
export function WorkshopHandIn({
  scan,
  store,
  restart = () => window.location.reload(),
}: {
  scan: ScanData;
  store: ScanStore;
  /** Starts the scan screen afresh for the next participant; a parameter for tests. */
  restart?: () => void;
}) {
  const { t } = useTranslation();
  const [session] = useState(openWorkshopStore);
  const [showQr, setShowQr] = useState(false);
  const [failed, setFailed] = useState(false);
  const workshop = scan.workshop;
  const record = useMemo(() => (workshop ? session.store.load(workshop.id) : null), [session, workshop]);
  const codes = useMemo(
    () => (showQr ? encodeParticipantQr(scan, session.structure) : []),
    [showQr, scan, session],
  );
  if (!workshop) return null;

  /** Hands the answers to the workshop record on this device; true when saved. */
  const handIn = (): boolean => {
    const current = session.store.load(workshop.id);
    if (!current) return false;
    const now = new Date().toISOString();
    const { record: next } = addParticipant(current, participantFromScan(scan, current.setup, now), now);
    if (!session.store.save(next).ok) return false;
    // the answers now live in the workshop record only: the next person cannot open them as a scan
    store.remove(scan.id);
    return true;
  };

  const nextParticipant = () => {
    if (!handIn() || !record) {
      setFailed(true);
      return;
    }
    const fresh = participantScan(record.setup, makeId(), new Date().toISOString());
    store.save(fresh);
    sessionStorage.setItem('zelfscan:intent', 'continue');
    restart();
  };

  const finish = () => {
    if (!handIn()) {
      setFailed(true);
      return;
    }
    session.store.setCurrent(workshop.id);
    navigate('workshop');
  };

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
      {showQr && codes.length > 0 && <QrSequence codes={codes} />}
      {record && (
        <div className="zs-handin__device">
          <Paragraph>
            <strong>{t('workshop.handIn.trainerDevice')}</strong> {t('workshop.handIn.nextHint')}
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" onClick={nextParticipant}>
              {t('workshop.handIn.nextParticipant')}
            </Button>
            <Button appearance="secondary-action-button" onClick={finish}>
              {t('workshop.handIn.finishTurns')}
            </Button>
          </ButtonGroup>
        </div>
      )}
      {failed && (
        <Alert type="error" role="alert">
          {t('workshop.handIn.saveFailed')}
        </Alert>
      )}
    </section>
  );
}
