import { OWN_MODULE, withOwnQuestions } from '../domain/own-questions';
import { answerType } from '../domain/answer-types';
import type { ScanData } from '../domain/scan';
import type { Content, Item } from '../domain/types';
import { SCAN_FORMAT, SCAN_VERSION, envelopeSchema, type Envelope } from './envelope';
import { readSaved, type FileFormat, type SavedErrorCode } from './file-format';
import { migrations } from './migrations';

export type RestoreErrorCode = SavedErrorCode;

export type RestoreResult =
  | { ok: true; envelope: Envelope; removedAnswers: string[] }
  | { ok: false; code: RestoreErrorCode; details: string[] };

/** The saved scan: an answers file, and each scan in browser storage. Without content it is not reconciled. */
export const scanFormat: FileFormat<
  Envelope,
  Pick<Content, 'modules'> | undefined,
  { envelope: Envelope; removedAnswers: string[] }
> = {
  format: SCAN_FORMAT,
  version: SCAN_VERSION,
  schema: envelopeSchema,
  migrations,
  reconcile: (envelope, content) => {
    if (!content) return { ok: true, value: { envelope, removedAnswers: [] } };
    const { scan, removed } = reconcile(envelope.scan, content);
    return { ok: true, value: { envelope: { ...envelope, scan }, removedAnswers: removed } };
  },
};

/**
 * Reads a saved or imported scan through the scan format's pipeline (see readSaved). Never throws; every failure
 * has a code the UI turns into a message.
 */
export function restore(input: string, content?: Pick<Content, 'modules'>): RestoreResult {
  const r = readSaved(scanFormat, input, content);
  return r.ok ? { ok: true, ...r.value } : r;
}

function fits(item: Item, kind: string): boolean {
  return answerType(item.type).kinds.some((k) => k === kind);
}

/**
 * Keeps every answer to an item that still exists with the same type, carries answers over to items that replace an
 * earlier id one to one (a merge or a rename: `replaces` in the content), keeps an open answer as the note of the
 * dilemma that replaced it, and lists the ids of answers that no longer fit. Items that replace a dropped answer are
 * recorded in the scan's `notice`, so the app can ask for them again.
 */
export function reconcile(
  scan: ScanData,
  content: Pick<Content, 'modules'>,
): { scan: ScanData; removed: string[] } {
  // a workshop's own questions are questions of this scan too (as the content gives them, when it has them: the
  // trainer's version)
  const asked = content.modules.some((m) => m.id === OWN_MODULE)
    ? content
    : withOwnQuestions(content, scan.workshop?.own);
  const all = asked.modules.flatMap((m) => m.items);
  const items = new Map(all.map((i) => [i.id, i] as const));
  const moduleIds = new Set(asked.modules.map((m) => m.id));
  const replacedBy = new Map<string, Item[]>();
  for (const item of all)
    for (const old of item.replaces ?? []) replacedBy.set(old, [...(replacedBy.get(old) ?? []), item]);
  const removed: string[] = [];
  const toAnswer: string[] = [];
  const answers: ScanData['answers'] = {};
  for (const [id, a] of Object.entries(scan.answers)) {
    const item = items.get(id);
    if (item && fits(item, a.kind)) {
      answers[id] = a;
      continue;
    }
    const successors = item ? [] : (replacedBy.get(id) ?? []);
    const only = successors.length === 1 ? successors[0] : undefined;
    if (only && fits(only, a.kind) && !(only.id in scan.answers)) answers[only.id] = a;
    else {
      removed.push(id);
      for (const s of successors) {
        if (only && a.kind === 'text' && only.type === 'dilemma' && !(only.id in scan.answers))
          answers[only.id] = { kind: 'dilemma', note: a.value.slice(0, 1000) };
        if (!(s.id in scan.answers)) toAnswer.push(s.id);
      }
    }
  }
  const known = (id: string) => items.has(id);
  const renamed = (id: string) => {
    const s = items.has(id) ? undefined : replacedBy.get(id);
    return s?.length === 1 && s[0] ? s[0].id : id;
  };
  const previous = scan.notice?.toAnswer.filter((id) => known(id) && !(id in answers)) ?? [];
  const pending = [...new Set([...previous, ...toAnswer])];
  return {
    scan: {
      ...scan,
      answers,
      priorities: [...new Set(scan.priorities.map(renamed))].filter(known),
      skipped: scan.skipped.map(renamed).filter(known),
      reflection: { ...scan.reflection, themes: scan.reflection.themes.filter((m) => moduleIds.has(m)) },
      scope:
        scan.scope?.kind === 'modules'
          ? { kind: 'modules', modules: scan.scope.modules.filter((m) => moduleIds.has(m)) }
          : scan.scope?.kind === 'items'
            ? {
                kind: 'items',
                items: [
                  ...new Set(
                    scan.scope.items.flatMap((id) =>
                      known(id) ? [id] : (replacedBy.get(id) ?? []).map((i) => i.id),
                    ),
                  ),
                ],
              }
            : scan.scope,
      notice: pending.length ? { toAnswer: pending } : null,
    },
    removed,
  };
}
