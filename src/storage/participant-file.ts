import { withOwnQuestions } from '../domain/own-questions';
import type { ScanData } from '../domain/scan';
import type { Answers, Content } from '../domain/types';
import type { Participant, WorkshopSetup } from '../domain/workshop';
import { ENCRYPTED_FORMAT } from './crypto';
import { wrap, type Envelope } from './envelope';
import { formatOf, readSaved, refuse, type FileFormat } from './file-format';
import { INVITATION_FORMAT, participantScan } from './invitation';
import { decodeParticipantQrPayload } from './qr-codec';
import { scanFormat, type RestoreErrorCode } from './restore';

/*
 * A participant's answers for the trainer's workshop: a normal scan export (`zelfscan-wijkaanpak/scan`) whose
 * `scan.workshop.id` matches, or the QR codes of qr-codec.ts, which decode to the same scan file first.
 */

type ContentRef = Pick<Content, 'modules' | 'contentVersion'>;

export type ParticipantErrorCode =
  | RestoreErrorCode
  | 'read'
  | 'invitationFile'
  | 'protected'
  | 'notWorkshop'
  | 'otherWorkshop'
  | 'empty'
  | 'otherSet';

export interface ParticipantReadOk {
  participant: Participant;
  /** The content version the answers were given in, when it differs from this app's. */
  fromContentVersion: string | null;
  /** Answers dropped because their question no longer exists or changed type. */
  removedAnswers: number;
}

export type ParticipantRead =
  ({ ok: true } & ParticipantReadOk) | { ok: false; code: ParticipantErrorCode; details: string[] };

/** Answers to the workshop's items only. */
export function onlySet(answers: Answers, items: readonly string[]): Answers {
  const out: Answers = {};
  for (const id of items) {
    const a = answers[id];
    if (a) out[id] = a;
  }
  return out;
}

export interface ParticipantContext {
  setup: WorkshopSetup;
  content: ContentRef;
  receivedAt: string;
  source: Participant['source'];
}

/**
 * The scan format read for a workshop: after the scan's own reconciliation, only the answers to the workshop's
 * items are kept, with the role and, when the workshop is not anonymous, the name.
 */
export const participantFileFormat: FileFormat<
  Envelope,
  ParticipantContext,
  ParticipantReadOk,
  'notWorkshop' | 'otherWorkshop' | 'empty'
> = {
  format: scanFormat.format,
  version: scanFormat.version,
  schema: scanFormat.schema,
  migrations: scanFormat.migrations,
  reconcile: (envelope, { setup, content, receivedAt, source }) => {
    // the trainer's own questions as the trainer set them, whatever the participant's copy says
    const r = scanFormat.reconcile(envelope, withOwnQuestions(content, setup.own));
    if (!r.ok) return r;
    const scan = r.value.envelope.scan;
    if (!scan.workshop) return refuse('notWorkshop');
    if (scan.workshop.id !== setup.id)
      return refuse('otherWorkshop', [scan.workshop.name, scan.workshop.date]);
    const answers = onlySet(scan.answers, setup.items);
    if (Object.keys(answers).length === 0) return refuse('empty');
    return {
      ok: true,
      value: {
        participant: {
          id: scan.id,
          role: scan.role,
          name: setup.anonymous ? '' : scan.profile.naam.trim(),
          answers,
          source,
          receivedAt,
          updatedAt: scan.updatedAt,
        },
        fromContentVersion:
          envelope.contentVersion !== content.contentVersion ? envelope.contentVersion : null,
        removedAnswers: r.value.removedAnswers.length,
      },
    };
  },
};

/** Reads a participant's answers file for the trainer's workshop. */
export function readParticipantFile(
  input: string,
  setup: WorkshopSetup,
  content: ContentRef,
  receivedAt: string,
): ParticipantRead {
  const r = readSaved(participantFileFormat, input, { setup, content, receivedAt, source: 'file' });
  if (r.ok) return { ok: true, ...r.value };
  if (r.code === 'notOurs') {
    const format = formatOf(input);
    if (format === INVITATION_FORMAT) return refuse('invitationFile');
    // a passphrase-protected export: the trainer cannot read many of those at once
    if (format === ENCRYPTED_FORMAT) return refuse('protected');
  }
  return r;
}

/** Reads a completed participant QR payload against the trainer's workshop, as the scan file it stands for. */
export function decodeParticipantQr(
  payload: string,
  setup: WorkshopSetup,
  content: ContentRef,
  receivedAt: string,
): ParticipantRead {
  const d = decodeParticipantQrPayload(payload, setup, content);
  if (!d.ok) return d;
  const q = d.value;
  const scan: ScanData = {
    ...participantScan(setup, q.scanId, q.updatedAt),
    role: q.role,
    profile: { gemeente: '', wijk: '', naam: q.name },
    answers: q.answers,
  };
  const file = JSON.stringify(wrap(scan, q.contentVersion, q.updatedAt));
  const r = readSaved(participantFileFormat, file, { setup, content, receivedAt, source: 'qr' });
  return r.ok ? { ok: true, ...r.value } : r;
}

/** The participant of a finished scan on the trainer's own device ("volgende deelnemer"). */
export function participantFromScan(scan: ScanData, setup: WorkshopSetup, receivedAt: string): Participant {
  return {
    id: scan.id,
    role: scan.role,
    name: setup.anonymous ? '' : scan.profile.naam.trim(),
    answers: onlySet(scan.answers, setup.items),
    source: 'device',
    receivedAt,
    updatedAt: scan.updatedAt,
  };
}
