import { z } from '../content/zod';
import { newScan, type ScanData } from '../domain/scan';
import type { Content, Role } from '../domain/types';
import { inContentOrder, type WorkshopSetup } from '../domain/workshop';
import { withOwnQuestions } from '../domain/own-questions';
import { MAX_IMPORT_BYTES, ownQuestionsSchema, SCAN_FORMAT } from './envelope';
import { formatOf, readSaved, refuse, withoutNoMigration, type FileFormat } from './file-format';
import { decodeInvitationQr, QR_PREFIX } from './qr-codec';

/*
 * The trainer's invitation to a workshop: `{ format: 'zelfscan-wijkaanpak/workshop-invitation', version: 1,
 * contentVersion, workshop }`, as a file or as a QR code (qr-codec.ts) that decodes to the same invitation.
 */

export const INVITATION_FORMAT = 'zelfscan-wijkaanpak/workshop-invitation';
/** 2: the trainer's own questions (`workshop.own`). */
export const INVITATION_VERSION = 2;

const itemKey = z.string().max(80);

export const setupSchema = z.strictObject({
  id: z.string().min(1).max(80),
  name: z.string().trim().min(1).max(200),
  date: z.string().max(40),
  anonymous: z.boolean(),
  items: z.array(itemKey).min(1).max(500),
  own: ownQuestionsSchema.optional(),
}) satisfies z.ZodType<WorkshopSetup>;

export const invitationSchema = z.strictObject({
  format: z.literal(INVITATION_FORMAT),
  version: z.literal(INVITATION_VERSION),
  contentVersion: z.string().max(20),
  workshop: setupSchema,
});
export type Invitation = z.infer<typeof invitationSchema>;

type ContentRef = Pick<Content, 'modules' | 'contentVersion'>;

export function makeInvitation(setup: WorkshopSetup, contentVersion: string): Invitation {
  return { format: INVITATION_FORMAT, version: INVITATION_VERSION, contentVersion, workshop: setup };
}

export type InvitationErrorCode =
  'tooLarge' | 'notJson' | 'notOurs' | 'newerVersion' | 'invalid' | 'noItems' | 'otherContent' | 'scanFile';

export type InvitationRead =
  | { ok: true; setup: WorkshopSetup; contentVersion: string; removedItems: string[] }
  | { ok: false; code: InvitationErrorCode; details: string[] };

/**
 * The item set of a workshop, reconciled with this app's content: unknown items are left out and listed; the
 * trainer's own questions stay, after the content's.
 */
export function reconcileSetup(
  setup: WorkshopSetup,
  content: Pick<Content, 'modules'>,
): { setup: WorkshopSetup; removed: string[] } {
  const items = inContentOrder(withOwnQuestions(content, setup.own), setup.items);
  const kept = new Set(items);
  return { setup: { ...setup, items }, removed: setup.items.filter((id) => !kept.has(id)) };
}

/** Items this app does not know (another content version) are left out; an invitation with none left is refused. */
export const invitationFormat: FileFormat<
  Invitation,
  Pick<Content, 'modules'>,
  { setup: WorkshopSetup; contentVersion: string; removedItems: string[] },
  'noItems'
> = {
  format: INVITATION_FORMAT,
  version: INVITATION_VERSION,
  schema: invitationSchema,
  // 2 only adds what 1 did not have: a version-1 invitation is a version-2 one without own questions
  migrations: [{ from: 1, migrate: (e) => ({ ...e, version: 2 }) }],
  reconcile: (invitation, content) => {
    const { setup, removed } = reconcileSetup(invitation.workshop, content);
    if (setup.items.length === 0) return refuse('noItems');
    return { ok: true, value: { setup, contentVersion: invitation.contentVersion, removedItems: removed } };
  },
};

/** Reads an invitation: a file's text or the text of the trainer's QR code. */
export function readInvitation(input: string, content: ContentRef): InvitationRead {
  if (input.length > MAX_IMPORT_BYTES) return refuse('tooLarge');
  const trimmed = input.trim();
  let text = trimmed;
  if (trimmed.startsWith(`${QR_PREFIX}:I:`)) {
    const qr = decodeInvitationQr(trimmed, content);
    if (!qr.ok) return qr;
    text = JSON.stringify(makeInvitation(qr.value.setup, qr.value.contentVersion));
  } else if (trimmed.startsWith(`${QR_PREFIX}:`)) {
    // another of our codes (a participant's answers) is not an invitation
    return refuse('notOurs');
  }
  const r = readSaved(invitationFormat, text, content);
  if (r.ok) return { ok: true, ...r.value };
  if (r.code === 'notOurs' && formatOf(text) === SCAN_FORMAT) return refuse('scanFile');
  return { ok: false, code: withoutNoMigration(r.code), details: r.details };
}

/**
 * A participant's new scan for a workshop: the workshop set as fixed scope, so the scan flow asks exactly these. With
 * the participant's role (and name, in a named workshop) it starts at the first question.
 */
export function participantScan(
  setup: WorkshopSetup,
  id: string,
  now: string,
  who?: { role: Role; name: string },
): ScanData {
  const scan = newScan(id, now, setup.name);
  return {
    ...scan,
    ...(who
      ? {
          role: who.role,
          step: 'questions' as const,
          profile: { ...scan.profile, naam: setup.anonymous ? '' : who.name.trim() },
        }
      : {}),
    workshop: {
      id: setup.id,
      name: setup.name,
      date: setup.date,
      anonymous: setup.anonymous,
      ...(setup.own?.length ? { own: setup.own } : {}),
    },
    scope: { kind: 'items', items: [...setup.items] },
  };
}
