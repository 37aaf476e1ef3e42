import { z } from '../content/zod';
import { ROLES, type Content } from '../domain/types';
import {
  addParticipant,
  PARTICIPANT_SOURCES,
  type Participant,
  type WorkshopRecord,
  type WorkshopSeries,
} from '../domain/workshop';
import { answersSchema, MAX_IMPORT_BYTES, SCAN_FORMAT } from './envelope';
import {
  formatOf,
  readSaved,
  refuse,
  withoutNoMigration,
  type FileFormat,
  type SavedErrorCode,
} from './file-format';
import { INVITATION_FORMAT, reconcileSetup, setupSchema } from './invitation';
import { onlySet } from './participant-file';
import { reconcile } from './restore';
import { newScan } from '../domain/scan';
import { withSeries } from '../domain/series';
import { withOwnQuestions } from '../domain/own-questions';
import type { Backend } from './backend';
import { PREFIX, RecordStore, type KeyValue, type SaveResult } from './record-store';

/*
 * The trainer's workshop record: `zelfscan:workshop:<id>` in browser storage with
 * `{ format: 'zelfscan-wijkaanpak/workshop', version: 1, … }`, and the same text saved as a backup file.
 */

export const WORKSHOP_FORMAT = 'zelfscan-wijkaanpak/workshop';
/** 2: own questions in the setup, paper participants, the series a workshop belongs to. */
export const WORKSHOP_VERSION = 2;

const text = (max: number) => z.string().max(max);

const participantSchema = z.strictObject({
  id: z.string().min(1).max(80),
  role: z.enum(ROLES).nullable(),
  name: text(200),
  answers: answersSchema,
  // every source ever written, 'paper' included: records saved before paper sheets existed still load unchanged
  source: z.enum(PARTICIPANT_SOURCES),
  receivedAt: text(40),
  updatedAt: text(40),
}) satisfies z.ZodType<Participant>;

/** The series a workshop is in; optional, so records saved before series existed load unchanged. */
const seriesSchema = z.strictObject({
  id: z.string().min(1).max(80),
  name: z.string().trim().min(1).max(200),
}) satisfies z.ZodType<WorkshopSeries>;

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
    series: seriesSchema.optional(),
  }),
});
type WorkshopEnvelope = z.infer<typeof workshopEnvelopeSchema>;

type WorkshopRestoreOk = {
  record: WorkshopRecord;
  contentVersion: string;
  removedItems: string[];
  removedAnswers: number;
};

export type WorkshopRestore =
  | ({ ok: true } & WorkshopRestoreOk)
  | { ok: false; code: Exclude<SavedErrorCode, 'noMigration'>; details: string[] };

/** The record's items and every participant's answers are reconciled with the current content. */
export const workshopFileFormat: FileFormat<WorkshopEnvelope, Pick<Content, 'modules'>, WorkshopRestoreOk> = {
  format: WORKSHOP_FORMAT,
  version: WORKSHOP_VERSION,
  schema: workshopEnvelopeSchema,
  // 2 only adds what 1 did not have: a version-1 record is a version-2 one without them
  migrations: [{ from: 1, migrate: (e) => ({ ...e, version: 2 }) }],
  reconcile: (envelope, content) => {
    const w = envelope.workshop;
    const { setup, removed } = reconcileSetup(w.setup, content);
    let removedAnswers = 0;
    const asked = withOwnQuestions(content, setup.own);
    const participants = w.participants.map((p) => {
      const answers = onlySet(p.answers, setup.items);
      const r = reconcile({ ...newScan('reconcile', ''), answers }, asked);
      removedAnswers += r.removed.length;
      return { ...p, answers: r.scan.answers };
    });
    return {
      ok: true,
      value: {
        record: { ...w, setup, participants },
        contentVersion: envelope.contentVersion,
        removedItems: removed,
        removedAnswers,
      },
    };
  },
};

/**
 * Reads a saved workshop record. No size limit here: a record this app stored may outgrow the import limit, and
 * importText checks the size of a file itself.
 */
export function restoreWorkshop(input: string, content: Pick<Content, 'modules'>): WorkshopRestore {
  const r = readSaved(workshopFileFormat, input, content, { maxBytes: Infinity });
  return r.ok
    ? { ok: true, ...r.value }
    : { ok: false, code: withoutNoMigration(r.code), details: r.details };
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

const SUMMARY_KEY = (id: string) => `${PREFIX}workshop-summary:${id}`;

const summarySchema = z.strictObject({
  id: z.string().max(80),
  name: z.string().max(200),
  date: z.string().max(40),
  participants: z.number().int().min(0),
  updatedAt: z.string().max(40),
  series: seriesSchema.optional(),
});

function safeJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export interface WorkshopSummary {
  id: string;
  name: string;
  date: string;
  participants: number;
  updatedAt: string;
  /** The series the workshop is in, so the list can show and group series without reading the records. */
  series?: WorkshopSeries;
}

/**
 * The trainer's workshops in browser storage, each in a versioned envelope. An unreadable entry is set aside under
 * a corrupt-key (never deleted), like the scan store does.
 */
export class WorkshopStore extends RecordStore<WorkshopRecord> {
  constructor(
    storage: Backend | KeyValue,
    private readonly contentVersion: string,
    private readonly content: Pick<Content, 'modules'>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    super(storage, {
      record: `${PREFIX}workshop:`,
      current: `${PREFIX}workshop-current`,
      corrupt: `${PREFIX}corrupt:workshop:`,
    });
  }

  protected parse(raw: string): WorkshopRecord | null {
    const r = restoreWorkshop(raw, this.content);
    return r.ok ? r.record : null;
  }

  /** The record's text and its summary, written together (the list reads summaries only). */
  private texts(record: WorkshopRecord): Record<string, string> {
    const summary: WorkshopSummary = {
      id: record.setup.id,
      name: record.setup.name,
      date: record.setup.date,
      participants: record.participants.length,
      updatedAt: record.updatedAt,
      ...(record.series ? { series: record.series } : {}),
    };
    return {
      [this.keyOf(record.setup.id)]: this.fileText(record),
      [SUMMARY_KEY(record.setup.id)]: JSON.stringify(summary),
    };
  }

  save(record: WorkshopRecord): Promise<SaveResult> {
    return this.backend.write({ put: this.texts(record) });
  }

  override async remove(id: string): Promise<SaveResult> {
    const r = await super.remove(id);
    return r.ok ? this.backend.write({ remove: [SUMMARY_KEY(id)] }) : r;
  }

  /**
   * Saves the workshop without losing what another tab collected meanwhile: participants in the stored version that
   * this one lacks and that arrived after `since` (when this tab last loaded or saved it) are kept. Read and write
   * are one transaction. Returns the record as saved when it differs from the one given.
   */
  async saveKeepingOthers(
    record: WorkshopRecord,
    since: string,
  ): Promise<{ ok: true; record: WorkshopRecord | null } | Extract<SaveResult, { ok: false }>> {
    let merged = record;
    const r = await this.updateText(record.setup.id, (stored) => {
      merged = record;
      // a light look first (a workshop of thousands is megabytes): only a newcomer makes it worth a full read
      const mine = new Set(record.participants.map((p) => p.id));
      if (stored === null || !hasNewcomer(stored, mine, since)) return { write: { put: this.texts(record) } };
      const other = this.parse(stored);
      for (const p of other?.participants ?? [])
        if (!mine.has(p.id) && p.receivedAt > since)
          merged = addParticipant(merged, p, record.updatedAt).record;
      return { write: { put: this.texts(merged) } };
    });
    if (!r.ok) return r;
    return { ok: true, record: merged === record ? null : merged };
  }

  /**
   * The workshop as it was saved, with the content version it was saved with and its answers not reconciled with the
   * current content (comparing with an older workshop keeps the questions that were removed since).
   */
  loadAsSaved(id: string): { record: WorkshopRecord; contentVersion: string } | null {
    const raw = this.rawText(id);
    if (raw === null) return null;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return null;
    }
    const parsed = workshopEnvelopeSchema.safeParse(data);
    return parsed.success
      ? { record: parsed.data.workshop, contentVersion: parsed.data.contentVersion }
      : null;
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
  async importText(input: string): Promise<WorkshopFileImport> {
    if (input.length > MAX_IMPORT_BYTES) return refuse('tooLarge');
    const format = formatOf(input);
    if (format === INVITATION_FORMAT) return refuse('invitation');
    if (format === SCAN_FORMAT) return refuse('scanFile');
    const r = restoreWorkshop(input, this.content);
    if (!r.ok) return r;
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
      const saved = await this.save(record);
      if (!saved.ok) return refuse('storage', [saved.reason]);
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

  /**
   * Every workshop on this device, newest first, from the summaries saved with each one (a workshop of thousands of
   * participants is not read for the list); a workshop saved before summaries existed is read once.
   */
  list(): WorkshopSummary[] {
    return this.ids()
      .map((id) => {
        const parsed = summarySchema.safeParse(safeJson(this.backend.get(SUMMARY_KEY(id))));
        if (parsed.success) return parsed.data;
        const r = this.load(id);
        return r
          ? {
              id,
              name: r.setup.name,
              date: r.setup.date,
              participants: r.participants.length,
              updatedAt: r.updatedAt,
              ...(r.series ? { series: r.series } : {}),
            }
          : null;
      })
      .filter((w): w is WorkshopSummary => w !== null)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** The workshops of a series on this device, found by their summaries and read as the store keeps them. */
  seriesRecords(seriesId: string): WorkshopRecord[] {
    return this.list()
      .filter((s) => s.series?.id === seriesId)
      .map((s) => this.load(s.id))
      .filter((r): r is WorkshopRecord => r !== null);
  }

  /**
   * Puts the workshops `memberIds` in `series` and takes that series off every other workshop that had it, in one
   * write. The open workshop (`selfId`) is left alone: its machine saves it with the rest of its changes. Only
   * records that change are written.
   */
  setSeries(
    selfId: string,
    series: WorkshopSeries,
    memberIds: readonly string[],
    now: string,
  ): Promise<SaveResult> {
    const members = new Set(memberIds);
    const put: Record<string, string> = {};
    for (const s of this.list()) {
      if (s.id === selfId) continue;
      const wanted = members.has(s.id) ? series : s.series?.id === series.id ? null : undefined;
      if (wanted === undefined) continue;
      if (wanted?.id === s.series?.id && wanted?.name === s.series?.name) continue;
      const record = this.load(s.id);
      if (record) Object.assign(put, this.texts(withSeries(record, wanted, now)));
    }
    return Object.keys(put).length ? this.backend.write({ put }) : Promise.resolve({ ok: true });
  }
}

/** Whether the stored workshop text has a participant not in `mine` that arrived after `since`. */
function hasNewcomer(stored: string, mine: ReadonlySet<string>, since: string): boolean {
  try {
    const env = JSON.parse(stored) as {
      workshop?: { participants?: { id?: unknown; receivedAt?: unknown }[] };
    };
    return (env.workshop?.participants ?? []).some(
      (p) =>
        typeof p.id === 'string' &&
        !mine.has(p.id) &&
        typeof p.receivedAt === 'string' &&
        p.receivedAt > since,
    );
  } catch {
    return false;
  }
}
