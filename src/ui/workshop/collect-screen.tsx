import { useId, useRef, useState, type DragEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Content } from '../../domain/types';
import type { AddOutcome, Participant, WorkshopRecord } from '../../domain/workshop';
import { decodeParticipantQr } from '../../storage/participant-file';
import { QrCollector } from '../../storage/qr-codec';
import type { FileOutcome } from '../../domain/workshop';

type ImportResult = FileOutcome;
import { participantName } from '../../report/group-model';
import { FileField } from '../components/file-field';
import { FocusHeading } from '../components/focus-heading';
import { QrReader, type ReadFeedback } from '../components/qr';
import { DEFAULT_LANG, hasKey, LANGUAGES } from '../../i18n/languages';
import { CodeList } from '../components/status-message';
import { NavButtons } from '../components/nav-buttons';
import { WorkshopBlock } from './workshop-block';
import { PaperEntry, sheetOf } from './paper-entry';

type T = TFunction;

/** Participants listed at a time. */
const PAGE = 100;

/** The sentence for one imported file. */
function resultText(t: T, r: ImportResult, who: (index: number) => string): string {
  if (r.outcome === 'error') {
    if (r.code === 'otherWorkshop' && r.details[0])
      return t('workshop.collect.error.otherWorkshopNamed', { name: r.details[0], date: r.details[1] ?? '' });
    // the keys are the same in every language: the base language's texts tell which codes have a message
    const errors = LANGUAGES[DEFAULT_LANG].resources.workshop.collect.error;
    const code = r.code ?? 'read';
    return hasKey(errors, code) ? t(`workshop.collect.error.${code}`) : t('workshop.collect.error.read');
  }
  const w = who(r.index ?? 0);
  const main =
    r.outcome === 'duplicate'
      ? t(
          r.reason === 'sameAnswers'
            ? 'workshop.collect.outcome.duplicateCopy'
            : 'workshop.collect.outcome.duplicate',
          { who: w },
        )
      : t(`workshop.collect.outcome.${r.outcome}`, { who: w });
  const notes = [
    ...(r.fromContentVersion
      ? [t('workshop.collect.outcome.migrated', { version: r.fromContentVersion })]
      : []),
    ...(r.removedAnswers ? [t('workshop.collect.outcome.removed', { count: r.removedAnswers })] : []),
  ];
  return [main, ...notes].join(' ');
}

/**
 * Collecting the participants' answers: many files at once (file picker or drag and drop), or QR codes read with the
 * camera. Each file is checked on its own; a bad one is reported and changes nothing already read in.
 */
export function CollectScreen({
  structure,
  content,
  record,
  add,
  onImport,
  importResults,
  busy,
  reading = null,
  onRemove,
  onOverview,
  onInvite,
  onClose,
  saveProblem,
}: {
  structure: Content;
  /** The workshop's content in the language on screen (the app's questions and the trainer's own). */
  content: Content;
  record: WorkshopRecord;
  /** Adds participants to the workshop; returns what happened to each. */
  add: (participants: Participant[]) => AddOutcome[];
  /** Reads and checks files one by one (the workshop machine does it); `importResults` says how each went. */
  onImport: (files: readonly File[]) => void;
  importResults: ImportResult[] | null;
  /** True while files are being read, and how far that is. */
  busy: boolean;
  reading?: { done: number; total: number } | null;
  onRemove: (id: string) => void;
  onOverview: () => void;
  onInvite: () => void;
  onClose: () => void;
  saveProblem: boolean;
}) {
  const { t: tt } = useTranslation();
  const t: T = tt;
  const fileId = useId();
  const collector = useRef(new QrCollector());
  // which completed QR sequences brought in each participant, so removing one lets their codes be read again
  const qrKeys = useRef(new Map<string, Set<string>>());
  const [dragging, setDragging] = useState(false);
  const [qrResult, setQrResult] = useState<ImportResult | null>(null);
  // a room of hundreds is listed a page at a time
  const [shown, setShown] = useState(PAGE);
  // the last outcomes are hidden once the list changed in another way (a participant removed)
  const [hidden, setHidden] = useState(false);
  const [status, setStatus] = useState('');
  const [tried, setTried] = useState(false);
  const setup = record.setup;
  const participants = record.participants;
  const whoIn = (list: readonly Participant[]) => (index: number) =>
    setup.anonymous
      ? t('workshop.collect.participant', { n: index + 1 })
      : participantName(list, index, t('workshop.collect.participant'));
  const who = whoIn(participants);

  const importFiles = (files: readonly File[]) => {
    if (files.length === 0) return;
    setQrResult(null);
    setHidden(false);
    setStatus('');
    onImport(files);
  };
  const results = hidden ? null : qrResult ? [qrResult] : importResults;

  const onQr = (text: string): ReadFeedback => {
    const r = collector.current.add(text);
    if (r.status === 'invalid') return { type: 'error', text: t('workshop.camera.notOurs') };
    if (r.status === 'repeat') return { type: 'info', text: t('workshop.camera.repeat') };
    if (r.status === 'partial')
      return {
        type: 'info',
        text: t('workshop.camera.partial', { got: r.got, total: r.total, missing: r.missing.join(', ') }),
      };
    const read = decodeParticipantQr(r.payload, setup, structure, new Date().toISOString());
    if (!read.ok) {
      collector.current.forget(r.key);
      return { type: 'error', text: t(`workshop.collect.error.${read.code}`) };
    }
    const [o] = add([read.participant]);
    // the participant this code stands for now: the one read, or the one already in the list it duplicates
    const owner =
      o?.kind === 'added' || o?.kind === 'updated' ? read.participant.id : participants[o?.index ?? -1]?.id;
    if (owner) qrKeys.current.set(owner, (qrKeys.current.get(owner) ?? new Set<string>()).add(r.key));
    const res: ImportResult = {
      file: t('workshop.collect.via.qr'),
      outcome: o?.kind ?? 'added',
      index: o?.index ?? 0,
      ...(o?.kind === 'duplicate' ? { reason: o.reason } : {}),
      details: [],
      fromContentVersion: read.fromContentVersion,
      removedAnswers: read.removedAnswers,
    };
    setQrResult(res);
    setHidden(false);
    // `participants` is this render's list, from before the add: name an added or updated participant from the read
    const after = [...participants];
    if (o?.kind === 'added' || o?.kind === 'updated') after[o.index] = read.participant;
    return {
      type: o?.kind === 'added' || o?.kind === 'updated' ? 'ok' : 'info',
      text: resultText(t, res, whoIn(after)),
    };
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void importFiles([...e.dataTransfer.files]);
  };

  const count = (kinds: ImportResult['outcome'][]) =>
    (results ?? []).filter((r) => kinds.includes(r.outcome)).length;
  const total = setup.items.length;

  return (
    <div className="zs-page zs-workshop">
      <FocusHeading focusKey="collecting">{t('workshop.collect.title')}</FocusHeading>
      <Paragraph>
        <strong>{setup.name}</strong> · {setup.date}
      </Paragraph>
      <Paragraph>{t('workshop.collect.intro')}</Paragraph>
      {saveProblem && <Alert type="warning">{t('workshop.collect.saveProblem')}</Alert>}
      <div
        className={`zs-dropzone${dragging ? ' zs-dropzone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <p className="zs-dropzone__text" aria-hidden="true">
          {dragging ? t('workshop.collect.dropActive') : t('workshop.collect.drop')}
        </p>
        <FileField
          id={fileId}
          multiple
          label={t('workshop.collect.fileLabel')}
          hint={t('workshop.collect.fileHint')}
          onFiles={importFiles}
        />
      </div>
      <QrReader startLabel={t('workshop.camera.open')} onText={onQr} continuous />

      <div role="status" aria-live="polite" className="zs-workshop__results">
        {busy && <p className="zs-hint">{t('workshop.collect.reading')}</p>}
        {busy && reading && reading.total > 1 && (
          <p className="zs-hint">
            <progress value={reading.done} max={reading.total} aria-label={t('workshop.collect.reading')} />{' '}
            {t('workshop.collect.readingOf', { done: reading.done, total: reading.total })}
          </p>
        )}
        {status && <Alert type="ok">{status}</Alert>}
        {results && !busy && (
          <Alert type={count(['error']) ? 'warning' : 'ok'}>
            <Heading2 className="zs-workshop__results-title">{t('workshop.collect.resultTitle')}</Heading2>
            <p className="utrecht-paragraph">
              {t('workshop.collect.resultSummary', {
                added: count(['added']),
                updated: count(['updated']),
                duplicates: count(['duplicate', 'stale']),
                errors: count(['error']),
              })}
            </p>
            <ul className="zs-workshop__result-list">
              {results.map((r, i) => (
                <li key={`${r.file}-${i}`} data-outcome={r.outcome}>
                  <span className="zs-tag" aria-hidden="true">
                    {r.outcome === 'error'
                      ? '✗'
                      : r.outcome === 'added' || r.outcome === 'updated'
                        ? '✓'
                        : '='}
                  </span>{' '}
                  <strong>{r.file}</strong>: {resultText(t, r, who)}
                  {r.details.length > 0 && r.code === 'invalid' && <CodeList items={r.details} />}
                </li>
              ))}
            </ul>
          </Alert>
        )}
      </div>

      <PaperEntry content={content} setup={setup} participants={participants} add={add} />

      <WorkshopBlock
        id="ws-participants"
        title={t('workshop.collect.participantsTitle', { count: participants.length })}
      >
        {participants.length === 0 ? (
          <Paragraph>{t('workshop.collect.none')}</Paragraph>
        ) : (
          <div className="zs-table-wrap">
            <table className="zs-overview-table">
              <thead>
                <tr>
                  <th scope="col">{t('workshop.collect.table.who')}</th>
                  {!setup.anonymous && <th scope="col">{t('workshop.collect.table.role')}</th>}
                  <th scope="col">{t('workshop.collect.table.answered')}</th>
                  <th scope="col">{t('workshop.collect.table.via')}</th>
                  <th scope="col">{t('workshop.collect.table.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {participants.slice(0, shown).map((p, i) => (
                  <tr key={p.id}>
                    <th scope="row">{who(i)}</th>
                    {!setup.anonymous && (
                      <td>{p.role ? t(`roles.${p.role}.name`) : t('workshop.collect.noRole')}</td>
                    )}
                    <td>
                      {t('workshop.collect.answeredOf', { answered: Object.keys(p.answers).length, total })}
                    </td>
                    <td>
                      {p.source === 'paper' && sheetOf(p) !== null
                        ? t('workshop.paper.viaSheet', { n: sheetOf(p) })
                        : t(`workshop.collect.via.${p.source}`)}
                    </td>
                    <td>
                      <Button
                        appearance="subtle-button"
                        hint="danger"
                        aria-label={t('workshop.collect.remove', { who: who(i) })}
                        onClick={() => {
                          const name = who(i);
                          onRemove(p.id);
                          qrKeys.current.get(p.id)?.forEach((key) => collector.current.forget(key));
                          qrKeys.current.delete(p.id);
                          setQrResult(null);
                          setHidden(true);
                          setStatus(t('workshop.collect.removed', { who: name }));
                        }}
                      >
                        {t('workshop.collect.removeShort')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {participants.length > shown && (
              <Button appearance="secondary-action-button" onClick={() => setShown((n) => n + PAGE)}>
                {t('workshop.collect.showMore', {
                  count: Math.min(PAGE, participants.length - shown),
                  shown,
                  total: participants.length,
                })}
              </Button>
            )}
          </div>
        )}
      </WorkshopBlock>
      {tried && participants.length === 0 && (
        <p className="zs-error" role="alert">
          {t('workshop.collect.overviewNeedsParticipants')}
        </p>
      )}
      <NavButtons
        back={{ label: t('workshop.collect.toInvite'), onClick: onInvite }}
        aside={{ label: t('workshop.invite.close'), onClick: onClose }}
        next={{
          label: t('workshop.collect.toOverview'),
          onClick: () => {
            setTried(true);
            onOverview();
          },
        }}
      />
    </div>
  );
}
