import { z } from '../content/zod';
import { newScan, type ScanData } from '../domain/scan';
import { ROLES, type Answer, type Answers, type Content, type Item, type Role } from '../domain/types';
import {
  addParticipant,
  fnv1a,
  inContentOrder,
  PARTICIPANT_SOURCES,
  type AddOutcome,
  type Participant,
  type WorkshopRecord,
  type WorkshopSetup,
} from '../domain/workshop';
import { ENCRYPTED_FORMAT } from './crypto';
import { answerSchema, MAX_IMPORT_BYTES, SCAN_FORMAT } from './envelope';
import { reconcile, restore, type RestoreErrorCode } from './restore';
import type { KeyValue, SaveResult } from './scan-store';

/*
 * Workshop files and codes, and the trainer's workshop record in browser storage.
 *
 * - Invitation file: `{ format: 'zelfscan-wijkaanpak/workshop-invitation', version: 1, contentVersion, workshop }`.
 * - Invitation QR code: `ZW1:I:` + compact JSON; the item set as a bit set over the content's items (so it needs the
 *   same content version on both sides; the file does not).
 * - Participant answers: a normal scan export (`zelfscan-wijkaanpak/scan`) whose `scan.workshop.id` matches, or one or
 *   more QR codes `ZW1:P:<key>:<k>/<n>:<part>` that together hold compact JSON with one short code per workshop item.
 * - The trainer's record: `zelfscan:workshop:<id>` with `{ format: 'zelfscan-wijkaanpak/workshop', version: 1, … }`.
 *
 * Every read goes through a schema, never throws, and reports a code the UI turns into a message.
 */

export const INVITATION_FORMAT = 'zelfscan-wijkaanpak/workshop-invitation';
export const INVITATION_VERSION = 1;
export const WORKSHOP_FORMAT = 'zelfscan-wijkaanpak/workshop';
export const WORKSHOP_VERSION = 1;
/** Prefix and version of every QR payload: `ZW1:I:` (invitation) and `ZW1:P:` (participant answers). */
export const QR_PREFIX = 'ZW1';
/** Characters of payload per participant QR code; longer answers are spread over a short sequence of codes. */
export const QR_CHUNK = 600;
/** A sequence of more codes than this is refused (it is not ours, or far too long to scan). */
export const QR_MAX_PARTS = 12;

const itemKey = z.string().max(80);
const text = (max: number) => z.string().max(max);

export const setupSchema = z.strictObject({
  id: z.string().min(1).max(80),
  name: z.string().trim().min(1).max(200),
  date: text(40),
  anonymous: z.boolean(),
  items: z.array(itemKey).min(1).max(500),
}) satisfies z.ZodType<WorkshopSetup>;

export const invitationSchema = z.strictObject({
  format: z.literal(INVITATION_FORMAT),
  version: z.literal(INVITATION_VERSION),
  contentVersion: text(20),
  workshop: setupSchema,
});
export type Invitation = z.infer<typeof invitationSchema>;

type ContentRef = Pick<Content, 'modules' | 'contentVersion'>;

const issues = (error: z.ZodError): string[] =>
  error.issues.slice(0, 10).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);

function parseJson(
  input: string,
): { ok: true; data: Record<string, unknown> } | { ok: false; code: 'notJson' | 'notOurs' } {
  let data: unknown;
  try {
    data = JSON.parse(input);
  } catch {
    return { ok: false, code: 'notJson' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, code: 'notOurs' };
  return { ok: true, data: data as Record<string, unknown> };
}

/** JSON with every non-ASCII character escaped, so a QR payload is plain ASCII and can be cut anywhere. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}

function fromBase64Url(s: string): Uint8Array | null {
  try {
    const bin = atob(s.replace(/-/gu, '+').replace(/_/gu, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

const allItemIds = (content: Pick<Content, 'modules'>) =>
  content.modules.flatMap((m) => m.items.map((i) => i.id));

/** A checksum of the workshop's item set, so answers coded by position are only read against the same set. */
export function itemSetHash(items: readonly string[]): string {
  return fnv1a(items.join(','));
}

// ---------------------------------------------------------------------------------------------------------------
// Invitation

export function makeInvitation(setup: WorkshopSetup, contentVersion: string): Invitation {
  return { format: INVITATION_FORMAT, version: INVITATION_VERSION, contentVersion, workshop: setup };
}

export type InvitationErrorCode =
  'tooLarge' | 'notJson' | 'notOurs' | 'newerVersion' | 'invalid' | 'noItems' | 'otherContent' | 'scanFile';

export type InvitationRead =
  | { ok: true; setup: WorkshopSetup; contentVersion: string; removedItems: string[] }
  | { ok: false; code: InvitationErrorCode; details: string[] };

/** The item set of an invitation, reconciled with this app's content: unknown items are left out and listed. */
function reconcileSetup(
  setup: WorkshopSetup,
  content: Pick<Content, 'modules'>,
): { setup: WorkshopSetup; removed: string[] } {
  const items = inContentOrder(content, setup.items);
  const kept = new Set(items);
  return { setup: { ...setup, items }, removed: setup.items.filter((id) => !kept.has(id)) };
}

/**
 * Reads an invitation: a file's text or the text of the trainer's QR code. Items this app does not know (another
 * content version) are left out and listed in `removedItems`; an invitation with none left is refused.
 */
export function readInvitation(input: string, content: ContentRef): InvitationRead {
  const fail = (code: InvitationErrorCode, details: string[] = []): InvitationRead => ({
    ok: false,
    code,
    details,
  });
  if (input.length > MAX_IMPORT_BYTES) return fail('tooLarge');
  const trimmed = input.trim();
  if (trimmed.startsWith(`${QR_PREFIX}:I:`)) return decodeInvitationQr(trimmed, content);
  // another of our codes (a participant's answers) is not an invitation
  if (trimmed.startsWith(`${QR_PREFIX}:`)) return fail('notOurs');
  const json = parseJson(trimmed);
  if (!json.ok) return fail(json.code);
  const obj = json.data;
  if (obj.format === SCAN_FORMAT) return fail('scanFile');
  if (obj.format !== INVITATION_FORMAT) return fail('notOurs');
  if (typeof obj.version === 'number' && obj.version > INVITATION_VERSION) return fail('newerVersion');
  const parsed = invitationSchema.safeParse(obj);
  if (!parsed.success) return fail('invalid', issues(parsed.error));
  const { setup, removed } = reconcileSetup(parsed.data.workshop, content);
  if (setup.items.length === 0) return fail('noItems');
  return { ok: true, setup, contentVersion: parsed.data.contentVersion, removedItems: removed };
}

const invitationQrSchema = z.strictObject({
  w: z.string().min(1).max(80),
  n: z.string().trim().min(1).max(200),
  d: text(40),
  a: z.union([z.literal(0), z.literal(1)]),
  c: text(20),
  s: z.string().max(200),
});

/** The invitation as the text of one QR code: `ZW1:I:{…}` with the item set as a bit set over the content. */
export function encodeInvitationQr(setup: WorkshopSetup, content: ContentRef): string {
  const all = allItemIds(content);
  const wanted = new Set(setup.items);
  const bits = new Uint8Array(Math.ceil(all.length / 8));
  all.forEach((id, i) => {
    if (wanted.has(id)) bits[i >> 3] = (bits[i >> 3] ?? 0) | (1 << (i & 7));
  });
  const payload = {
    w: setup.id,
    n: setup.name,
    d: setup.date,
    a: setup.anonymous ? 1 : 0,
    c: content.contentVersion,
    s: toBase64Url(bits),
  };
  return `${QR_PREFIX}:I:${asciiJson(payload)}`;
}

function decodeInvitationQr(qr: string, content: ContentRef): InvitationRead {
  const fail = (code: InvitationErrorCode, details: string[] = []): InvitationRead => ({
    ok: false,
    code,
    details,
  });
  const json = parseJson(qr.slice(`${QR_PREFIX}:I:`.length));
  if (!json.ok) return fail('invalid');
  const parsed = invitationQrSchema.safeParse(json.data);
  if (!parsed.success) return fail('invalid', issues(parsed.error));
  const p = parsed.data;
  // the bit set only means something against the same list of items
  if (p.c !== content.contentVersion) return fail('otherContent', [p.c]);
  const all = allItemIds(content);
  const bits = fromBase64Url(p.s);
  if (!bits || bits.length !== Math.ceil(all.length / 8)) return fail('invalid', ['s']);
  const items = all.filter((_, i) => ((bits[i >> 3] ?? 0) >> (i & 7)) & 1);
  if (items.length === 0) return fail('noItems');
  return {
    ok: true,
    setup: { id: p.w, name: p.n, date: p.d, anonymous: p.a === 1, items },
    contentVersion: p.c,
    removedItems: [],
  };
}

/** A participant's new scan for a workshop: the workshop set as fixed scope, so the scan flow asks exactly these. */
export function participantScan(setup: WorkshopSetup, id: string, now: string): ScanData {
  return {
    ...newScan(id, now, setup.name),
    workshop: { id: setup.id, name: setup.name, date: setup.date, anonymous: setup.anonymous },
    scope: { kind: 'items', items: [...setup.items] },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Participant answers: file and QR codes

export type ParticipantErrorCode =
  | RestoreErrorCode
  | 'read'
  | 'invitationFile'
  | 'protected'
  | 'notWorkshop'
  | 'otherWorkshop'
  | 'empty'
  | 'otherSet';

export type ParticipantRead =
  | {
      ok: true;
      participant: Participant;
      /** The content version the answers were given in, when it differs from this app's. */
      fromContentVersion: string | null;
      /** Answers dropped because their question no longer exists or changed type. */
      removedAnswers: number;
    }
  | { ok: false; code: ParticipantErrorCode; details: string[] };

/** Answers to the workshop's items only. */
function onlySet(answers: Answers, items: readonly string[]): Answers {
  const out: Answers = {};
  for (const id of items) {
    const a = answers[id];
    if (a) out[id] = a;
  }
  return out;
}

/**
 * Reads a participant's answers file (a normal scan export) for the trainer's workshop: restore() (size, JSON,
 * format, migrations, schema, reconciliation with the current content), then the workshop check. Only the answers
 * to the workshop's items are kept, with the role and, when the workshop is not anonymous, the name.
 */
export function readParticipantFile(
  input: string,
  setup: WorkshopSetup,
  content: ContentRef,
  receivedAt: string,
): ParticipantRead {
  const r = restore(input, content);
  if (!r.ok) {
    if (r.code === 'notOurs') {
      const json = parseJson(input);
      if (json.ok && json.data.format === INVITATION_FORMAT)
        return { ok: false, code: 'invitationFile', details: [] };
      // a passphrase-protected export: the trainer cannot read many of those at once
      if (json.ok && json.data.format === ENCRYPTED_FORMAT)
        return { ok: false, code: 'protected', details: [] };
    }
    return { ok: false, code: r.code, details: r.details };
  }
  const scan = r.envelope.scan;
  if (!scan.workshop) return { ok: false, code: 'notWorkshop', details: [] };
  if (scan.workshop.id !== setup.id)
    return { ok: false, code: 'otherWorkshop', details: [scan.workshop.name, scan.workshop.date] };
  const answers = onlySet(scan.answers, setup.items);
  if (Object.keys(answers).length === 0) return { ok: false, code: 'empty', details: [] };
  return {
    ok: true,
    participant: {
      id: scan.id,
      role: scan.role,
      name: setup.anonymous ? '' : scan.profile.naam.trim(),
      answers,
      source: 'file',
      receivedAt,
      updatedAt: scan.updatedAt,
    },
    fromContentVersion:
      r.envelope.contentVersion !== content.contentVersion ? r.envelope.contentVersion : null,
    removedAnswers: r.removedAnswers.length,
  };
}

const POS = 'abcdefg';
const ROLE_CODE: Record<Role, string> = { bestuurder: 'b', projectleider: 'p', trainer: 't' };
const INSTRUMENT_CODE = { ja: 'j', deels: 'd', nee: 'n', gepland: 'g' } as const;

/** One or two characters per item: 1–5, j/d/n/g, ? (weet niet), - (n.v.t.), t (text follows), . (no answer). */
function answerCode(item: Item, a: Answer | undefined): string {
  if (item.type === 'dilemma') {
    if (a?.kind === 'unknown') return '??';
    if (a?.kind !== 'dilemma') return '..';
    const p = (v: number | undefined) => (v === undefined ? '.' : (POS[v + 3] ?? '.'));
    return p(a.now) + p(a.desired);
  }
  if (!a) return '.';
  switch (a.kind) {
    case 'unknown':
      return '?';
    case 'na':
      return '-';
    case 'scale':
      return String(a.value);
    case 'instrument':
      return INSTRUMENT_CODE[a.value];
    case 'text':
      return a.value.trim() ? 't' : '.';
    default:
      return '.';
  }
}

const participantQrSchema = z.strictObject({
  w: z.string().min(1).max(80),
  c: text(20),
  h: z.string().regex(/^[0-9a-f]{8}$/u),
  s: z.string().min(1).max(80),
  u: text(40),
  r: z.enum(['b', 'p', 't', '']),
  n: text(200).optional(),
  a: z.string().max(1000),
  t: z.record(z.string().regex(/^\d+$/u), text(1000)).optional(),
  m: z.record(z.string().regex(/^\d+$/u), text(1000)).optional(),
});

/**
 * A participant's answers as the texts of one or more QR codes: compact JSON with the workshop id, content version,
 * a checksum of the item set, the scan id, role and one short code per workshop item (open answers and dilemma notes
 * in full), split into parts of at most `chunk` characters: `ZW1:P:<key>:<k>/<n>:<part>`.
 */
export function encodeParticipantQr(scan: ScanData, content: ContentRef, chunk = QR_CHUNK): string[] {
  const workshop = scan.workshop;
  if (!workshop) return [];
  const ids = inContentOrder(content, scan.scope?.kind === 'items' ? scan.scope.items : []);
  const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const t: Record<string, string> = {};
  const m: Record<string, string> = {};
  const codes = ids
    .map((id, i) => {
      const item = byId.get(id) as Item;
      const a = scan.answers[id];
      if (a?.kind === 'text' && a.value.trim()) t[i] = a.value.trim();
      if (a?.kind === 'dilemma' && a.note?.trim()) m[i] = a.note.trim();
      return answerCode(item, a);
    })
    .join('');
  const name = workshop.anonymous ? '' : scan.profile.naam.trim();
  const payload = {
    w: workshop.id,
    c: content.contentVersion,
    h: itemSetHash(ids),
    s: scan.id,
    u: scan.updatedAt,
    r: scan.role ? ROLE_CODE[scan.role] : '',
    ...(name ? { n: name } : {}),
    a: codes,
    ...(Object.keys(t).length ? { t } : {}),
    ...(Object.keys(m).length ? { m } : {}),
  };
  const json = asciiJson(payload);
  const key = fnv1a(json);
  const total = Math.max(1, Math.ceil(json.length / chunk));
  return Array.from(
    { length: total },
    (_, k) => `${QR_PREFIX}:P:${key}:${k + 1}/${total}:${json.slice(k * chunk, (k + 1) * chunk)}`,
  );
}

export interface QrPart {
  key: string;
  index: number;
  total: number;
  data: string;
}

/** Splits a participant QR text into its parts; null when it is not one. */
export function parseQrPart(text: string): QrPart | null {
  const m = /^ZW1:P:([0-9a-f]{8}):(\d{1,2})\/(\d{1,2}):([\s\S]*)$/u.exec(text.trim());
  if (!m) return null;
  const index = Number(m[2]);
  const total = Number(m[3]);
  if (index < 1 || total < 1 || index > total || total > QR_MAX_PARTS) return null;
  return { key: m[1] ?? '', index, total, data: m[4] ?? '' };
}

export type CollectResult =
  | { status: 'complete'; key: string; payload: string }
  | { status: 'partial'; key: string; got: number; total: number }
  | { status: 'repeat'; key: string }
  | { status: 'invalid' };

/**
 * Collects the parts of participants' QR codes as the camera reads them, in any order, and gives the payload once
 * all parts of a sequence are in and its checksum holds. A sequence read before is reported as `repeat`.
 */
export class QrCollector {
  private readonly parts = new Map<string, Map<number, string>>();
  private readonly done = new Set<string>();

  add(text: string): CollectResult {
    const part = parseQrPart(text);
    if (!part) return { status: 'invalid' };
    if (this.done.has(part.key)) return { status: 'repeat', key: part.key };
    const got = this.parts.get(part.key) ?? new Map<number, string>();
    got.set(part.index, part.data);
    this.parts.set(part.key, got);
    if (got.size < part.total) return { status: 'partial', key: part.key, got: got.size, total: part.total };
    const payload = Array.from({ length: part.total }, (_, i) => got.get(i + 1) ?? '').join('');
    this.parts.delete(part.key);
    if (fnv1a(payload) !== part.key) return { status: 'invalid' };
    this.done.add(part.key);
    return { status: 'complete', key: part.key, payload };
  }

  /** Forgets a completed sequence, so it can be read again (after the trainer removed that participant). */
  forget(key: string): void {
    this.done.delete(key);
  }
}

function decodeCode(item: Item, code: string): Answer | null {
  if (item.type === 'dilemma') {
    if (code === '??') return { kind: 'unknown' };
    const p = (c: string) => (c === '.' ? undefined : POS.indexOf(c) - 3);
    const now = p(code[0] ?? '.');
    const desired = p(code[1] ?? '.');
    if ((now !== undefined && now < -3) || (desired !== undefined && desired < -3)) return null;
    if (now === undefined && desired === undefined) return null;
    return {
      kind: 'dilemma',
      ...(now !== undefined ? { now } : {}),
      ...(desired !== undefined ? { desired } : {}),
    };
  }
  if (code === '.') return null;
  if (code === '?') return { kind: 'unknown' };
  if (code === '-') return { kind: 'na' };
  if (/^[1-5]$/u.test(code)) return { kind: 'scale', value: Number(code) };
  const instrument = (Object.keys(INSTRUMENT_CODE) as (keyof typeof INSTRUMENT_CODE)[]).find(
    (k) => INSTRUMENT_CODE[k] === code,
  );
  if (instrument) return { kind: 'instrument', value: instrument };
  return null;
}

/** Reads a completed participant QR payload against the trainer's workshop. */
export function decodeParticipantQr(
  payload: string,
  setup: WorkshopSetup,
  content: ContentRef,
  receivedAt: string,
): ParticipantRead {
  const fail = (code: ParticipantErrorCode, details: string[] = []): ParticipantRead => ({
    ok: false,
    code,
    details,
  });
  const json = parseJson(payload);
  if (!json.ok) return fail('invalid');
  const parsed = participantQrSchema.safeParse(json.data);
  if (!parsed.success) return fail('invalid', issues(parsed.error));
  const p = parsed.data;
  if (p.w !== setup.id) return fail('otherWorkshop', []);
  if (p.h !== itemSetHash(setup.items)) return fail('otherSet', [p.c]);
  const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const raw: Answers = {};
  let pos = 0;
  for (let i = 0; i < setup.items.length; i++) {
    const item = byId.get(setup.items[i] ?? '');
    if (!item) return fail('otherSet', [p.c]);
    const width = item.type === 'dilemma' ? 2 : 1;
    const code = p.a.slice(pos, pos + width);
    pos += width;
    if (code.length < width) return fail('invalid', ['a']);
    let a =
      item.type === 'open'
        ? code === 't' && p.t?.[i]
          ? ({ kind: 'text', value: p.t[i] } as Answer)
          : null
        : decodeCode(item, code);
    const note = p.m?.[i];
    if (a?.kind === 'dilemma' && note) a = { ...a, note };
    if (a) raw[item.id] = a;
  }
  if (pos !== p.a.length) return fail('invalid', ['a']);
  // the same rules as a file: answers that no longer fit their question are dropped
  const { answers, removed } = reconcileAnswers(raw, content);
  if (Object.keys(answers).length === 0) return fail('empty');
  const role = (Object.keys(ROLE_CODE) as Role[]).find((r) => ROLE_CODE[r] === p.r) ?? null;
  return {
    ok: true,
    participant: {
      id: p.s,
      role,
      name: setup.anonymous ? '' : (p.n ?? '').trim(),
      answers,
      source: 'qr',
      receivedAt,
      updatedAt: p.u,
    },
    fromContentVersion: p.c !== content.contentVersion ? p.c : null,
    removedAnswers: removed.length,
  };
}

function reconcileAnswers(
  answers: Answers,
  content: Pick<Content, 'modules'>,
): { answers: Answers; removed: string[] } {
  const { scan, removed } = reconcile({ ...newScan('reconcile', ''), answers }, content);
  return { answers: scan.answers, removed };
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

// ---------------------------------------------------------------------------------------------------------------
// Importing many files

export interface ImportInput {
  name: string;
  /** The file's text; null when it could not be read or was too large to read. */
  text: string | null;
  /** Set when the file was refused on its size before reading. */
  tooLarge?: boolean;
}

export interface ImportResult {
  file: string;
  outcome: AddOutcome['kind'] | 'error';
  /** Position of the participant in the record (added, updated, or the one this file duplicates). */
  index?: number;
  reason?: 'sameId' | 'sameAnswers';
  code?: ParticipantErrorCode;
  details: string[];
  fromContentVersion?: string | null;
  removedAnswers?: number;
}

/**
 * Imports participant files one by one into the record. Each file is checked on its own: a bad file only adds an
 * error to the results and never changes the record; duplicates are recognised and not counted twice.
 */
export function importParticipantTexts(
  record: WorkshopRecord,
  inputs: readonly ImportInput[],
  content: ContentRef,
  now: string,
): { record: WorkshopRecord; results: ImportResult[] } {
  let current = record;
  const results: ImportResult[] = [];
  for (const input of inputs) {
    if (input.tooLarge || (input.text !== null && input.text.length > MAX_IMPORT_BYTES)) {
      results.push({ file: input.name, outcome: 'error', code: 'tooLarge', details: [] });
      continue;
    }
    if (input.text === null) {
      results.push({ file: input.name, outcome: 'error', code: 'read', details: [] });
      continue;
    }
    const r = readParticipantFile(input.text, current.setup, content, now);
    if (!r.ok) {
      results.push({ file: input.name, outcome: 'error', code: r.code, details: r.details });
      continue;
    }
    const added = addParticipant(current, r.participant, now);
    current = added.record;
    results.push({
      file: input.name,
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

// ---------------------------------------------------------------------------------------------------------------
// The trainer's record in browser storage

const participantSchema = z.strictObject({
  id: z.string().min(1).max(80),
  role: z.enum(ROLES).nullable(),
  name: text(200),
  answers: z.record(itemKey, answerSchema),
  source: z.enum(PARTICIPANT_SOURCES),
  receivedAt: text(40),
  updatedAt: text(40),
}) satisfies z.ZodType<Participant>;

export const workshopEnvelopeSchema = z.strictObject({
  format: z.literal(WORKSHOP_FORMAT),
  version: z.literal(WORKSHOP_VERSION),
  contentVersion: text(20),
  savedAt: text(40),
  workshop: z.strictObject({
    setup: setupSchema,
    createdAt: text(40),
    updatedAt: text(40),
    participants: z.array(participantSchema).max(1000),
  }),
});

export type WorkshopRestore =
  | {
      ok: true;
      record: WorkshopRecord;
      contentVersion: string;
      removedItems: string[];
      removedAnswers: number;
    }
  | { ok: false; code: 'notJson' | 'notOurs' | 'newerVersion' | 'invalid'; details: string[] };

/** Reads a saved workshop record and reconciles its items and answers with the current content. */
export function restoreWorkshop(input: string, content: Pick<Content, 'modules'>): WorkshopRestore {
  const json = parseJson(input);
  if (!json.ok) return { ok: false, code: json.code, details: [] };
  if (json.data.format !== WORKSHOP_FORMAT) return { ok: false, code: 'notOurs', details: [] };
  if (typeof json.data.version === 'number' && json.data.version > WORKSHOP_VERSION)
    return { ok: false, code: 'newerVersion', details: [] };
  const parsed = workshopEnvelopeSchema.safeParse(json.data);
  if (!parsed.success) return { ok: false, code: 'invalid', details: issues(parsed.error) };
  const w = parsed.data.workshop;
  const { setup, removed } = reconcileSetup(w.setup, content);
  let removedAnswers = 0;
  const participants = w.participants.map((p) => {
    const r = reconcileAnswers(onlySet(p.answers, setup.items), content);
    removedAnswers += r.removed.length;
    return { ...p, answers: r.answers };
  });
  return {
    ok: true,
    record: { ...w, setup, participants },
    contentVersion: parsed.data.contentVersion,
    removedItems: removed,
    removedAnswers,
  };
}

/** The versioned envelope of a workshop record, as stored and as saved to a file. */
export function workshopFileText(record: WorkshopRecord, contentVersion: string, savedAt: string): string {
  return JSON.stringify({
    format: WORKSHOP_FORMAT,
    version: WORKSHOP_VERSION,
    contentVersion,
    savedAt,
    workshop: record,
  });
}

export type WorkshopFileErrorCode =
  'tooLarge' | 'notJson' | 'notOurs' | 'newerVersion' | 'invalid' | 'invitation' | 'scanFile' | 'storage';

export type WorkshopFileImport =
  | {
      ok: true;
      record: WorkshopRecord;
      /** The workshop was on this device already and the file's participants were added to it. */
      merged: boolean;
      added: number;
      updated: number;
      removedItems: number;
      removedAnswers: number;
    }
  | { ok: false; code: WorkshopFileErrorCode; details: string[] };

const PREFIX = 'zelfscan:';
const WORKSHOP_KEY = (id: string) => `${PREFIX}workshop:${id}`;
const CURRENT_KEY = `${PREFIX}workshop-current`;
const CORRUPT_KEY = (id: string) => `${PREFIX}corrupt:workshop:${id}`;

export interface WorkshopSummary {
  id: string;
  name: string;
  date: string;
  participants: number;
  updatedAt: string;
}

/**
 * The trainer's workshops in browser storage, each in a versioned envelope. An unreadable entry is set aside under
 * a corrupt-key (never deleted), like the scan store does.
 */
export class WorkshopStore {
  constructor(
    private readonly storage: KeyValue,
    private readonly contentVersion: string,
    private readonly content: Pick<Content, 'modules'>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  save(record: WorkshopRecord): SaveResult {
    try {
      this.storage.setItem(WORKSHOP_KEY(record.setup.id), this.fileText(record));
      return { ok: true };
    } catch (e) {
      const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
      return { ok: false, reason: quota ? 'quota' : 'unavailable' };
    }
  }

  /**
   * The workshop as the store keeps it: a versioned envelope with the setup and every participant's answers. Saved
   * as a file it is the trainer's backup, or the way to move the workshop to another device.
   */
  fileText(record: WorkshopRecord): string {
    return workshopFileText(record, this.contentVersion, this.clock().toISOString());
  }

  /**
   * Opens a workshop file saved with fileText(), on this device or another. A workshop that is not here yet is added;
   * one that is here gets the file's participants added the way collected files are (nobody counted twice, a newer
   * version of someone's answers replaces the older one). A refused file changes nothing.
   */
  importText(input: string): WorkshopFileImport {
    const fail = (code: WorkshopFileErrorCode, details: string[] = []): WorkshopFileImport => ({
      ok: false,
      code,
      details,
    });
    if (input.length > MAX_IMPORT_BYTES) return fail('tooLarge');
    const json = parseJson(input);
    if (json.ok && json.data.format === INVITATION_FORMAT) return fail('invitation');
    if (json.ok && json.data.format === SCAN_FORMAT) return fail('scanFile');
    const r = restoreWorkshop(input, this.content);
    if (!r.ok) return fail(r.code, r.details);
    const now = this.clock().toISOString();
    const existing = this.load(r.record.setup.id);
    let record = existing ?? r.record;
    let added = existing ? 0 : r.record.participants.length;
    let updated = 0;
    if (existing) {
      for (const p of r.record.participants) {
        const step = addParticipant(record, p, now);
        record = step.record;
        if (step.outcome.kind === 'added') added++;
        if (step.outcome.kind === 'updated') updated++;
      }
    }
    if (!existing || added + updated > 0) {
      const saved = this.save(record);
      if (!saved.ok) return fail('storage', [saved.reason]);
    }
    return {
      ok: true,
      record,
      merged: existing !== null,
      added,
      updated,
      removedItems: r.removedItems.length,
      removedAnswers: r.removedAnswers,
    };
  }

  load(id: string): WorkshopRecord | null {
    const raw = this.storage.getItem(WORKSHOP_KEY(id));
    if (raw === null) return null;
    const r = restoreWorkshop(raw, this.content);
    if (r.ok) return r.record;
    try {
      this.storage.setItem(CORRUPT_KEY(id), raw);
      this.storage.removeItem(WORKSHOP_KEY(id));
    } catch {
      /* leave it where it is */
    }
    return null;
  }

  list(): WorkshopSummary[] {
    const ids: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const k = this.storage.key(i);
      if (k?.startsWith(`${PREFIX}workshop:`)) ids.push(k.slice(`${PREFIX}workshop:`.length));
    }
    return ids
      .map((id) => this.load(id))
      .filter((r): r is WorkshopRecord => r !== null)
      .map((r) => ({
        id: r.setup.id,
        name: r.setup.name,
        date: r.setup.date,
        participants: r.participants.length,
        updatedAt: r.updatedAt,
      }))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  remove(id: string): void {
    this.storage.removeItem(WORKSHOP_KEY(id));
    if (this.currentId() === id) this.storage.removeItem(CURRENT_KEY);
  }

  currentId(): string | null {
    return this.storage.getItem(CURRENT_KEY);
  }

  setCurrent(id: string | null): void {
    try {
      if (id === null) this.storage.removeItem(CURRENT_KEY);
      else this.storage.setItem(CURRENT_KEY, id);
    } catch {
      /* not critical */
    }
  }
}
