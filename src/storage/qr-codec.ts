import { answerType } from '../domain/answer-types';
import { z } from '../content/zod';
import { normaliseOwn, OWN_MAX, withOwnQuestions } from '../domain/own-questions';
import { ownQuestionsSchema } from './envelope';
import type { ScanData } from '../domain/scan';
import type { Answer, Answers, Content, Item, Role } from '../domain/types';
import { fnv1a, inContentOrder, type WorkshopSetup } from '../domain/workshop';
import { parseJsonObject, refuse, zodIssues, type Reconciled } from './file-format';

/*
 * The QR codes of a workshop. They only encode and decode: what a code holds is then read by the same reader as the
 * file it stands for (invitation.ts, participant-file.ts).
 *
 * - Invitation: `ZW1:I:` + compact JSON; the item set as a bit set over the content's items (so it needs the same
 *   content version on both sides; the file does not).
 * - Participant answers: one or more codes `ZW1:P:<key>:<k>/<n>:<part>` that together hold compact JSON with one
 *   short code per workshop item.
 */

/** Prefix and version of every QR payload: `ZW1:I:` (invitation) and `ZW1:P:` (participant answers). */
export const QR_PREFIX = 'ZW1';
/** Characters of payload per participant QR code; longer answers are spread over a short sequence of codes. */
export const QR_CHUNK = 600;
/** A sequence of more codes than this is refused (it is not ours, or far too long to scan). */
export const QR_MAX_PARTS = 12;

type ContentRef = Pick<Content, 'modules' | 'contentVersion'>;

const text = (max: number) => z.string().max(max);

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

const invitationQrSchema = z.strictObject({
  w: z.string().min(1).max(80),
  n: z.string().trim().min(1).max(200),
  d: text(40),
  a: z.union([z.literal(0), z.literal(1)]),
  c: text(20),
  s: z.string().max(200),
  /** The trainer's own questions: kind (s statement, d dilemma, o open), text, and a dilemma's poles. */
  o: z
    .array(
      z.strictObject({
        k: z.enum(['s', 'd', 'o']),
        t: z.string(),
        l: z.string().optional(),
        r: z.string().optional(),
      }),
    )
    .max(OWN_MAX)
    .optional(),
});

const OWN_CODE = { statement: 's', dilemma: 'd', open: 'o' } as const;
const OWN_KIND = { s: 'statement', d: 'dilemma', o: 'open' } as const;

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
    ...(setup.own?.length
      ? {
          o: setup.own.map((q) => ({
            k: OWN_CODE[q.kind],
            t: q.text,
            ...(q.kind === 'dilemma' ? { l: q.left ?? '', r: q.right ?? '' } : {}),
          })),
        }
      : {}),
  };
  return `${QR_PREFIX}:I:${asciiJson(payload)}`;
}

/** The setup an invitation QR text holds; the bit set is only read against the same content version. */
export function decodeInvitationQr(
  qr: string,
  content: ContentRef,
): Reconciled<{ setup: WorkshopSetup; contentVersion: string }, 'invalid' | 'otherContent' | 'noItems'> {
  const json = parseJsonObject(qr.slice(`${QR_PREFIX}:I:`.length));
  if (!json.ok) return refuse('invalid');
  const parsed = invitationQrSchema.safeParse(json.data);
  if (!parsed.success) return refuse('invalid', zodIssues(parsed.error));
  const p = parsed.data;
  if (p.c !== content.contentVersion) return refuse('otherContent', [p.c]);
  const all = allItemIds(content);
  const bits = fromBase64Url(p.s);
  if (!bits || bits.length !== Math.ceil(all.length / 8)) return refuse('invalid', ['s']);
  const own = normaliseOwn(
    (p.o ?? []).map((q) => ({ kind: OWN_KIND[q.k], text: q.t, left: q.l, right: q.r })),
  );
  // the own questions are checked as a setup's are: lengths, both poles of a dilemma
  if (!ownQuestionsSchema.safeParse(own).success) return refuse('invalid', ['o']);
  const items = [...all.filter((_, i) => ((bits[i >> 3] ?? 0) >> (i & 7)) & 1), ...own.map((q) => q.id)];
  if (items.length === 0) return refuse('noItems');
  return {
    ok: true,
    value: {
      setup: { id: p.w, name: p.n, date: p.d, anonymous: p.a === 1, items, ...(own.length ? { own } : {}) },
      contentVersion: p.c,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Participant answers

const ROLE_CODE: Record<Role, string> = { bestuurder: 'b', projectleider: 'p', trainer: 't' };

/** One or two characters per item (see each answer type's `qr`). */
const answerCode = (item: Item, a: Answer | undefined): string => answerType(item.type).qr.encode(a);

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
  const asked = withOwnQuestions(content, workshop.own);
  const ids = inContentOrder(asked, scan.scope?.kind === 'items' ? scan.scope.items : []);
  const byId = new Map(asked.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
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

/** What a participant's QR payload holds, decoded against the trainer's workshop; not yet reconciled. */
export interface ParticipantQrData {
  scanId: string;
  updatedAt: string;
  contentVersion: string;
  role: Role | null;
  name: string;
  answers: Answers;
}

/** Decodes a completed participant QR payload; the position codes only mean something for the same item set. */
export function decodeParticipantQrPayload(
  payload: string,
  setup: WorkshopSetup,
  content: Pick<Content, 'modules'>,
): Reconciled<ParticipantQrData, 'invalid' | 'otherWorkshop' | 'otherSet'> {
  const json = parseJsonObject(payload);
  if (!json.ok) return refuse('invalid');
  const parsed = participantQrSchema.safeParse(json.data);
  if (!parsed.success) return refuse('invalid', zodIssues(parsed.error));
  const p = parsed.data;
  if (p.w !== setup.id) return refuse('otherWorkshop', []);
  if (p.h !== itemSetHash(setup.items)) return refuse('otherSet', [p.c]);
  const asked = withOwnQuestions(content, setup.own);
  const byId = new Map(asked.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const answers: Answers = {};
  let pos = 0;
  for (let i = 0; i < setup.items.length; i++) {
    const item = byId.get(setup.items[i] ?? '');
    if (!item) return refuse('otherSet', [p.c]);
    const { width, decode } = answerType(item.type).qr;
    const code = p.a.slice(pos, pos + width);
    pos += width;
    if (code.length < width) return refuse('invalid', ['a']);
    let a = decode(code, p.t?.[i]);
    const note = p.m?.[i];
    if (a?.kind === 'dilemma' && note) a = { ...a, note };
    if (a) answers[item.id] = a;
  }
  if (pos !== p.a.length) return refuse('invalid', ['a']);
  const role = (Object.keys(ROLE_CODE) as Role[]).find((r) => ROLE_CODE[r] === p.r) ?? null;
  return {
    ok: true,
    value: { scanId: p.s, updatedAt: p.u, contentVersion: p.c, role, name: p.n ?? '', answers },
  };
}

export interface QrPart {
  key: string;
  index: number;
  total: number;
  data: string;
}

/**
 * Splits a participant QR text into its parts; null when it is not one. A part's data may begin or end with a space
 * (the cut falls where it falls in an open answer), so only what a scanner may add is stripped: anything before the
 * prefix, and line breaks after the data (the JSON has none of its own: it escapes them).
 */
export function parseQrPart(text: string): QrPart | null {
  const m = /^ZW1:P:([0-9a-f]{8}):(\d{1,2})\/(\d{1,2}):([\s\S]*)$/u.exec(text.replace(/^\s+|[\r\n]+$/gu, ''));
  if (!m) return null;
  const index = Number(m[2]);
  const total = Number(m[3]);
  if (index < 1 || total < 1 || index > total || total > QR_MAX_PARTS) return null;
  return { key: m[1] ?? '', index, total, data: m[4] ?? '' };
}

export type CollectResult =
  | { status: 'complete'; key: string; payload: string }
  /** `missing`: the numbers of the codes not read yet, so the trainer can ask for exactly those. */
  | { status: 'partial'; key: string; got: number; total: number; missing: number[] }
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
    if (got.size < part.total) {
      const missing = Array.from({ length: part.total }, (_, i) => i + 1).filter((n) => !got.has(n));
      return { status: 'partial', key: part.key, got: got.size, total: part.total, missing };
    }
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
