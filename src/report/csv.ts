import { answerType } from '../domain/answer-types';
import { MIN_GROUP } from '../domain/aggregate';
import type { Content, Item, Lang, Role } from '../domain/types';
import {
  questionNumber,
  type Participant,
  type ParticipantSource,
  type WorkshopSetup,
} from '../domain/workshop';
import { LANGUAGES, type Translation } from '../i18n/languages';
import { reportLabels, type ReportLabels } from './labels';
import { answerWords, fill } from './model';

/** Characters that make a spreadsheet read a cell as a formula (or a DDE command) when they come first. */
const FORMULA_START = /^[=+\-@]/u;
/** What spreadsheets skip before looking for a formula: whitespace and control characters. */
const LEADING_SKIPPED = /^[\s\p{Cc}\u00a0\u3000]+/u;

/**
 * Whether a spreadsheet could read the text as a formula: a formula sign first, also after leading whitespace or
 * control characters, and also in its full-width form (＝, ＋, －, ＠ fold to the plain sign); a cell that starts with
 * a control character is never left as it is.
 */
function looksLikeFormula(value: string): boolean {
  if (/^\p{Cc}/u.test(value)) return true;
  return FORMULA_START.test(value.normalize('NFKC').replace(LEADING_SKIPPED, ''));
}

/**
 * One CSV field. Numbers are written as numbers. Text that a spreadsheet would run as a formula gets a leading
 * single quote (CSV injection); text with a comma, semicolon, quote or line break is quoted, quotes doubled (so
 * the cell is safe whichever separator the spreadsheet assumes).
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const s = looksLikeFormula(value) ? `'${value}` : value;
  return /[",;\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** Rows to CSV text with a UTF-8 byte order mark (so Excel reads accents) and CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number)[])[], sep = ';'): string {
  return `\uFEFF${rows.map((r) => r.map((c) => csvCell(c)).join(sep)).join('\r\n')}\r\n`;
}

/** Dutch spreadsheets expect a semicolon (the comma is the decimal sign); English ones a comma. */
export const csvSeparator = (lang: Lang) => LANGUAGES[lang].csvSeparator;

export interface CsvLabels {
  report: ReportLabels;
  csv: Translation['workshop']['csv'];
  via: Record<ParticipantSource, string>;
  participant: string;
  /** The mark of a trainer's own question in its column header. */
  own: string;
}

export function csvLabels(lang: Lang): CsvLabels {
  const w = LANGUAGES[lang].resources.workshop;
  return {
    report: reportLabels(lang),
    csv: w.csv,
    via: w.collect.via,
    participant: w.collect.participant,
    own: w.own.markShort,
  };
}

/**
 * All answers of a workshop as CSV: one row per participant, one column per question (two for a dilemma: now and
 * desired, −3 … +3; plus a column for notes when anyone wrote one). Statements and frequencies as 1–5, instruments,
 * "weet niet" and "n.v.t." in words, open answers in full. A column's header starts with the question's workshop
 * number, then its text and its item id (stable across workshops), or the mark of a trainer's own question. With
 * names, a column says how the answers came in (file, QR code, this device, paper). In an anonymous workshop the
 * rows carry no names and no source, are in no particular order, and a role held by fewer than three people is left
 * blank.
 */
export function workshopCsv(
  content: Content,
  setup: WorkshopSetup,
  participants: readonly Participant[],
  labels: CsvLabels,
): string {
  const L = labels;
  const sep = csvSeparator(content.lang);
  const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const items = setup.items.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined);
  const hasNote = (item: Item) =>
    participants.some((p) => answerType(item.type).csv.hasNote(p.answers[item.id]));
  const words = answerWords(L.report);

  const head: string[] = [L.csv.participant, L.csv.role, ...(setup.anonymous ? [] : [L.csv.source])];
  for (const item of items) {
    const n = questionNumber(setup, item.id);
    const label = `${n}. ${item.t.text} ${item.own ? `(${L.own})` : `[${item.id}]`}`;
    for (const col of answerType(item.type).csv.columns(hasNote(item)))
      head.push(col === 'answer' ? label : `${label} (${L.csv[col]})`);
  }

  const roleCount = new Map<Role | null, number>();
  for (const p of participants) roleCount.set(p.role, (roleCount.get(p.role) ?? 0) + 1);
  const roleCell = (r: Role | null) => {
    if (!r) return '';
    if (setup.anonymous && (roleCount.get(r) ?? 0) < MIN_GROUP) return '';
    return L.report.roles[r];
  };
  // anonymous: sorted by the (random) scan id, so the order of handing in gives nobody away
  const ordered = setup.anonymous ? [...participants].sort((a, b) => a.id.localeCompare(b.id)) : participants;

  const rows = ordered.map((p, i) => {
    const row: (string | number)[] = [
      setup.anonymous ? fill(L.participant, { n: i + 1 }) : p.name || fill(L.participant, { n: i + 1 }),
      roleCell(p.role),
      ...(setup.anonymous ? [] : [L.via[p.source]]),
    ];
    for (const item of items) {
      row.push(...answerType(item.type).csv.cells(words, p.answers[item.id], hasNote(item)));
    }
    return row;
  });
  return toCsv([head, ...rows], sep);
}

/** File name of the answers CSV. */
export function csvFileName(setup: Pick<WorkshopSetup, 'date'>, lang: Lang): string {
  return `${LANGUAGES[lang].fileWords.answersCsv}${setup.date ? `-${setup.date.slice(0, 10)}` : ''}.csv`;
}
