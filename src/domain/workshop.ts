import type { OwnQuestion } from './own-questions';
import type { Answer, Answers, Content, Role } from './types';

/** What the trainer sets up: the workshop's name and date, anonymity and the fixed set of items everyone answers. */
export interface WorkshopSetup {
  id: string;
  name: string;
  date: string;
  anonymous: boolean;
  /**
   * Item ids in the workshop's order, the one numbering for everyone: the content's questions in content order
   * (module order, then item order), then the trainer's own questions (`eigen.1` …).
   */
  items: string[];
  /** The trainer's own questions (at most five); their ids end the item list. */
  own?: OwnQuestion[];
}

/** How a participant's answers reached the trainer; `paper`: typed in by the trainer from a paper answer sheet. */
export type ParticipantSource = 'file' | 'qr' | 'device' | 'paper';
export const PARTICIPANT_SOURCES = ['file', 'qr', 'device', 'paper'] as const;

/** One participant's answers as the trainer keeps them: only the workshop's items, no profile or notes. */
export interface Participant {
  /** The participant's scan id: the same person handing in twice has the same id. */
  id: string;
  role: Role | null;
  /** Empty in an anonymous workshop. */
  name: string;
  answers: Answers;
  source: ParticipantSource;
  /** When the trainer received the answers. */
  receivedAt: string;
  /** When the participant last changed the scan (the newer version wins). */
  updatedAt: string;
}

/** The trainer's workshop: its setup and the answers received so far. Plain JSON: saved as is. */
export interface WorkshopRecord {
  setup: WorkshopSetup;
  createdAt: string;
  updatedAt: string;
  participants: Participant[];
  /**
   * The series this workshop belongs to: workshops of the same group over time (a nulmeting and vervolgmetingen),
   * shown as a trend per theme. Every workshop of a series carries the same id and name; absent when it is in none.
   */
  series?: WorkshopSeries;
}

/** A series of workshops of one group, as each of its workshops records it. */
export interface WorkshopSeries {
  id: string;
  name: string;
}

/** The number of a question in the workshop: the same for every participant, on screen, on paper and in reports. */
export function questionNumber(setup: Pick<WorkshopSetup, 'items'>, itemId: string): number | null {
  const i = setup.items.indexOf(itemId);
  return i < 0 ? null : i + 1;
}

export function newWorkshop(setup: WorkshopSetup, now: string): WorkshopRecord {
  return { setup, createdAt: now, updatedAt: now, participants: [] };
}

/** The given item ids in content order, unknown ids left out and duplicates removed. */
export function inContentOrder(content: Pick<Content, 'modules'>, ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return content.modules.flatMap((m) => m.items.filter((i) => wanted.has(i.id)).map((i) => i.id));
}

/** FNV-1a 32-bit hash as 8 hex digits: a short, stable checksum (not for security). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function canonicalAnswer(a: Answer): string {
  switch (a.kind) {
    case 'scale':
      return `s${a.value}`;
    case 'instrument':
      return `i${a.value}`;
    case 'dilemma':
      return `d${a.now ?? ''}/${a.desired ?? ''}/${a.note ?? ''}`;
    case 'text':
      return `t${a.value}`;
    case 'unknown':
      return 'u';
    case 'na':
      return 'n';
  }
}

/** A checksum of a participant's role and answers, independent of key order: equal answers give equal prints. */
export function answersFingerprint(role: Role | null, answers: Answers): string {
  const keys = Object.keys(answers).sort();
  return fnv1a(`${role ?? ''}|${keys.map((k) => `${k}=${canonicalAnswer(answers[k] as Answer)}`).join('|')}`);
}

// Participants are immutable values, so a participant's print is computed once (importing 40 files compares each
// new one with all before it).
const prints = new WeakMap<Participant, string>();
function printOf(p: Participant): string {
  let print = prints.get(p);
  if (print === undefined) {
    print = answersFingerprint(p.role, p.answers);
    prints.set(p, print);
  }
  return print;
}

/**
 * Two participants with different ids but identical answers count as one only when the answers say enough to make a
 * coincidence unlikely: at least this many answered items.
 */
export const SAME_ANSWERS_MIN_ITEMS = 5;

export type AddOutcome =
  | { kind: 'added'; index: number }
  | { kind: 'updated'; index: number }
  | { kind: 'duplicate'; index: number; reason: 'sameId' | 'sameAnswers' }
  | { kind: 'stale'; index: number };

/**
 * Adds a participant to the workshop without counting anyone twice. The same scan id with the same answers is a
 * duplicate; with other answers the newer version replaces the older one (an older one is `stale` and ignored).
 * Another id with identical answers (enough of them) is a copy and a duplicate too. Returns a new record.
 */
export function addParticipant(
  record: WorkshopRecord,
  p: Participant,
  now: string,
): { record: WorkshopRecord; outcome: AddOutcome } {
  const print = printOf(p);
  const sameId = record.participants.findIndex((q) => q.id === p.id);
  if (sameId >= 0) {
    const existing = record.participants[sameId] as Participant;
    if (printOf(existing) === print) {
      return { record, outcome: { kind: 'duplicate', index: sameId, reason: 'sameId' } };
    }
    if (p.updatedAt <= existing.updatedAt) return { record, outcome: { kind: 'stale', index: sameId } };
    const participants = record.participants.map((q, i) => (i === sameId ? p : q));
    return {
      record: { ...record, participants, updatedAt: now },
      outcome: { kind: 'updated', index: sameId },
    };
  }
  if (Object.keys(p.answers).length >= SAME_ANSWERS_MIN_ITEMS) {
    const copy = record.participants.findIndex((q) => printOf(q) === print);
    if (copy >= 0) return { record, outcome: { kind: 'duplicate', index: copy, reason: 'sameAnswers' } };
  }
  const participants = [...record.participants, p];
  return {
    record: { ...record, participants, updatedAt: now },
    outcome: { kind: 'added', index: participants.length - 1 },
  };
}

export function removeParticipant(record: WorkshopRecord, id: string, now: string): WorkshopRecord {
  return { ...record, participants: record.participants.filter((p) => p.id !== id), updatedAt: now };
}

/** One file (or code) read for a workshop: the participant in it, or why it was refused. */
export type FileRead =
  | {
      file: string;
      ok: true;
      participant: Participant;
      fromContentVersion: string | null;
      removedAnswers: number;
    }
  /** `code` is the reader's reason (a `ParticipantErrorCode`), `details` what the message needs. */
  | { file: string; ok: false; code: string; details: string[] };

/** What happened to one file of an import, in the order the files were given. */
export interface FileOutcome<Code extends string = string> {
  file: string;
  outcome: AddOutcome['kind'] | 'error';
  /** Position of the participant in the record (added, updated, or the one this file duplicates). */
  index?: number;
  reason?: 'sameId' | 'sameAnswers';
  code?: Code;
  details: string[];
  fromContentVersion?: string | null;
  removedAnswers?: number;
}

/**
 * Adds the participants of files read one by one to the record: a refused file only adds its reason to the outcomes
 * and never changes the record; nobody is counted twice. In an anonymous workshop names are dropped, whatever the
 * participant's app sent.
 */
export function addFileReads(
  record: WorkshopRecord,
  reads: readonly FileRead[],
  now: string,
): { record: WorkshopRecord; results: FileOutcome[] } {
  let current = record;
  const results: FileOutcome[] = [];
  for (const r of reads) {
    if (!r.ok) {
      results.push({ file: r.file, outcome: 'error', code: r.code, details: r.details });
      continue;
    }
    const p = current.setup.anonymous ? { ...r.participant, name: '' } : r.participant;
    const added = addParticipant(current, p, now);
    current = added.record;
    results.push({
      file: r.file,
      outcome: added.outcome.kind,
      index: added.outcome.index,
      ...(added.outcome.kind === 'duplicate' ? { reason: added.outcome.reason } : {}),
      details: [],
      fromContentVersion: r.fromContentVersion,
      removedAnswers: r.removedAnswers,
    });
  }
  return { record: current, results };
}
