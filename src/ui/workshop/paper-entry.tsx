import {
  memo,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
} from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { answerType } from '../../domain/answer-types';
import { TEXT_LIMITS } from '../../domain/limits';
import { ROLES, type Answer, type Answers, type Content, type Item, type Role } from '../../domain/types';
import {
  answersFingerprint,
  fnv1a,
  questionNumber,
  type AddOutcome,
  type Participant,
  type WorkshopSetup,
} from '../../domain/workshop';
import { LANGUAGES, toLang, type Translation } from '../../i18n/languages';
import { participantName } from '../../report/group-model';
import { WorkshopBlock } from './workshop-block';
import '../styles/paper.css';

/*
 * Typing in the paper answer sheets (src/report/pdf/answer-sheet.ts): one row per sheet, one cell per question (two
 * for a dilemma). A cell takes one key and moves on by itself, so a practised trainer types a whole sheet without
 * Tab; what a cell holds is a token (an option's value, `unknown`, `na`, a dilemma position) shown as its key.
 */

type T = TFunction;
type Keys = Translation['workshop']['paper']['keys'];

/**
 * A participant id for a paper sheet: the same for the same workshop and sheet number, so a sheet typed in again
 * updates its participant. It starts with a hash, so ids sorted (the rows of an anonymous CSV) do not put the paper
 * sheets together or in their order.
 */
export function paperId(setupId: string, sheet: number): string {
  return `${fnv1a(`${setupId}#${sheet}`)}-paper-${sheet}`;
}

/** The sheet number of a participant typed in from paper, or null. */
export function sheetOf(p: Pick<Participant, 'id' | 'source'>): number | null {
  if (p.source !== 'paper') return null;
  const m = /-(\d+)$/u.exec(p.id);
  return m ? Number(m[1]) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Columns and what their cells accept

/** What pressing a key in a cell does: set it (and perhaps others) and move on, wait for more, or refuse the key. */
type KeyResult = { set: Record<string, string>; advance: number } | { refused: true };

interface Column {
  /** The cell's key in a row. */
  key: string;
  kind: 'sheet' | 'role' | 'name' | 'choice' | 'dilemma' | 'open';
  item?: Item;
  n?: number;
  side?: 'now' | 'desired';
}

/** The tokens of a choice cell: the options' values, then "weet niet" and "n.v.t." where the type has them. */
function choiceTokens(item: Item): string[] {
  const def = answerType(item.type);
  return [
    ...def.options.map((o) => o.value),
    ...(def.kinds.includes('unknown') ? ['unknown'] : []),
    ...(def.kinds.includes('na') ? ['na'] : []),
  ];
}

const DILEMMA_TOKENS = ['-3', '-2', '-1', '0', '1', '2', '3'];

/** What a key does in a cell of the given column; `row` is the row's cells. */
function pressKey(col: Column, row: Record<string, string>, key: string, K: Keys): KeyResult {
  const k = key.toLowerCase();
  if (col.kind === 'role') {
    const byLetter = ROLES.find((r) => K.role[r] === k);
    const byDigit = /^[1-9]$/u.test(k) ? ROLES[Number(k) - 1] : undefined;
    const role = byLetter ?? byDigit;
    return role ? { set: { role }, advance: 1 } : { refused: true };
  }
  if (col.kind === 'choice' && col.item) {
    const def = answerType(col.item.type);
    const tokens = choiceTokens(col.item);
    let token: string | undefined;
    if (/^[1-9]$/u.test(k)) token = def.options[Number(k) - 1]?.value;
    else if (k === K.unknown || k === '?') token = 'unknown';
    else if (k === K.na) token = 'na';
    else if (def.optionWords === 'instrument')
      token = (Object.keys(K.instrument) as (keyof Keys['instrument'])[]).find((v) => K.instrument[v] === k);
    return token && tokens.includes(token) ? { set: { [col.key]: token }, advance: 1 } : { refused: true };
  }
  if (col.kind === 'dilemma' && col.item) {
    const other = `${col.item.id}:${col.side === 'now' ? 'desired' : 'now'}`;
    const pending = row[col.key];
    if (k === '-' || k === '−') return { set: { [col.key]: '-' }, advance: 0 };
    if (k === '+') return { set: { [col.key]: '+' }, advance: 0 };
    if (/^[0-3]$/u.test(k)) {
      const v = pending === '-' ? -Number(k) : Number(k);
      // a position replaces a "weet niet" on the other side: the answer is a position again
      const set: Record<string, string> = { [col.key]: String(v) };
      if (row[other] === 'unknown') set[other] = '';
      return { set, advance: 1 };
    }
    if ((k === K.unknown || k === '?') && answerType(col.item.type).kinds.includes('unknown'))
      // "weet niet" is one answer for the whole dilemma: both cells, and on past both
      return { set: { [col.key]: 'unknown', [other]: 'unknown' }, advance: col.side === 'now' ? 2 : 1 };
    return { refused: true };
  }
  return { refused: true };
}

/** How a cell's token is shown: the key that makes it (a dilemma position with its sign). */
function display(col: Column, token: string, K: Keys): string {
  if (!token) return '';
  if (col.kind === 'role') return K.role[token as Role] ?? token;
  if (col.kind === 'choice') {
    if (token === 'unknown') return K.unknown;
    if (token === 'na') return K.na;
    return K.instrument[token as keyof Keys['instrument']] ?? token;
  }
  if (col.kind === 'dilemma') {
    if (token === 'unknown') return K.unknown;
    if (token === '-') return '−';
    if (!DILEMMA_TOKENS.includes(token)) return token;
    const v = Number(token);
    return v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0';
  }
  return token;
}

/** Text typed or pasted into a code cell (a phone's keyboard, a paste): its token, or the text kept as typed. */
function fromText(col: Column, text: string, row: Record<string, string>, K: Keys): Record<string, string> {
  const s = text.trim();
  if (!s) return { [col.key]: '' };
  const one = s.length === 1 ? pressKey(col, row, s, K) : null;
  if (one && 'set' in one) return one.set;
  if (col.kind === 'dilemma') {
    const v = s.replace('−', '-').replace(/^\+/u, '');
    if (DILEMMA_TOKENS.includes(v) || v === '-0') return { [col.key]: String(Number(v)) };
  }
  // kept as typed: the row's check names it as a wrong value
  return { [col.key]: s };
}

function columnsOf(content: Content, setup: WorkshopSetup): Column[] {
  const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const cols: Column[] = [
    { key: 'sheet', kind: 'sheet' },
    { key: 'role', kind: 'role' },
  ];
  if (!setup.anonymous) cols.push({ key: 'name', kind: 'name' });
  for (const id of setup.items) {
    const item = byId.get(id);
    if (!item) continue;
    const n = questionNumber(setup, id) ?? 0;
    const def = answerType(item.type);
    if (def.options.length) cols.push({ key: id, kind: 'choice', item, n });
    else if (def.poles) {
      cols.push({ key: `${id}:now`, kind: 'dilemma', item, n, side: 'now' });
      cols.push({ key: `${id}:desired`, kind: 'dilemma', item, n, side: 'desired' });
    } else cols.push({ key: id, kind: 'open', item, n });
  }
  return cols;
}

// ---------------------------------------------------------------------------------------------------------------
// A row: its answers and its check

interface Row {
  /** Stable across edits (React's key). */
  uid: number;
  cells: Record<string, string>;
}

type Problem =
  { kind: 'question'; n: number } | { kind: 'role' } | { kind: 'sheet' } | { kind: 'sameSheet'; n: number };

export interface RowCheck {
  sheet: number | null;
  role: Role | null;
  name: string;
  answers: Answers;
  /** Questions without an answer. */
  missing: number;
  problems: Problem[];
  empty: boolean;
}

/** Reads a row: its answers, what is missing and what cannot be right. */
function checkRow(row: Row, cols: readonly Column[], sheetCounts: ReadonlyMap<number, number>): RowCheck {
  const c = row.cells;
  const problems: Problem[] = [];
  const sheetText = (c.sheet ?? '').trim();
  const sheet = /^\d{1,4}$/u.test(sheetText) && Number(sheetText) > 0 ? Number(sheetText) : null;
  if (sheet === null) problems.push({ kind: 'sheet' });
  else if ((sheetCounts.get(sheet) ?? 0) > 1) problems.push({ kind: 'sameSheet', n: sheet });
  const roleToken = c.role ?? '';
  const role = (ROLES as readonly string[]).includes(roleToken) ? (roleToken as Role) : null;
  if (roleToken && !role) problems.push({ kind: 'role' });
  const answers: Answers = {};
  let missing = 0;
  let filled = Boolean(roleToken || (c.name ?? '').trim());
  for (const col of cols) {
    const item = col.item;
    if (!item || col.side === 'desired') continue;
    const n = col.n ?? 0;
    if (col.kind === 'choice') {
      const token = c[col.key] ?? '';
      if (!token) {
        missing++;
        continue;
      }
      filled = true;
      const option = answerType(item.type).options.find((o) => o.value === token);
      const answer: Answer | undefined =
        option?.answer ??
        (token === 'unknown' ? { kind: 'unknown' } : token === 'na' ? { kind: 'na' } : undefined);
      if (answer && choiceTokens(item).includes(token)) answers[item.id] = answer;
      else problems.push({ kind: 'question', n });
    } else if (col.kind === 'dilemma') {
      const now = c[`${item.id}:now`] ?? '';
      const desired = c[`${item.id}:desired`] ?? '';
      if (now || desired) filled = true;
      if (now === 'unknown' || desired === 'unknown') {
        if ((now && now !== 'unknown') || (desired && desired !== 'unknown'))
          problems.push({ kind: 'question', n });
        else answers[item.id] = { kind: 'unknown' };
        continue;
      }
      const bad = [now, desired].some((v) => v && !DILEMMA_TOKENS.includes(v));
      if (bad) {
        problems.push({ kind: 'question', n });
        continue;
      }
      if (!now) missing++;
      if (now || desired)
        answers[item.id] = {
          kind: 'dilemma',
          ...(now ? { now: Number(now) } : {}),
          ...(desired ? { desired: Number(desired) } : {}),
        };
    } else if (col.kind === 'open') {
      const text = (c[col.key] ?? '').trim();
      if (text) {
        filled = true;
        answers[item.id] = { kind: 'text', value: text };
      } else missing++;
    }
  }
  return { sheet, role, name: (c.name ?? '').trim(), answers, missing, problems, empty: !filled };
}

type AddedState = 'added' | 'changed' | 'notAdded';

function problemText(t: T, p: Problem): string {
  if (p.kind === 'sheet') return t('workshop.paper.status.wrongSheet');
  if (p.kind === 'sameSheet') return t('workshop.paper.status.sameSheet', { n: p.n });
  const where =
    p.kind === 'role' ? t('workshop.paper.where.role') : t('workshop.paper.where.question', { n: p.n });
  return t('workshop.paper.status.wrong', { where });
}

/** The row's check in words: what is wrong, or how many questions are empty; and whether it is in the workshop. */
function statusText(t: T, check: RowCheck, added: AddedState): string {
  const first = check.problems[0];
  const what = first
    ? [problemText(t, first), ...check.problems.slice(1, 3).map((p) => problemText(t, p))].join('; ')
    : check.empty
      ? t('workshop.paper.status.empty')
      : check.missing === 0
        ? t('workshop.paper.status.complete')
        : t('workshop.paper.status.missing', { count: check.missing });
  return `${what} · ${t(`workshop.paper.status.${added}`)}`;
}

function rowFrom(uid: number, p: Participant, cols: readonly Column[]): Row {
  const cells: Record<string, string> = { sheet: String(sheetOf(p) ?? ''), role: p.role ?? '', name: p.name };
  for (const col of cols) {
    const a = col.item ? p.answers[col.item.id] : undefined;
    if (!a) continue;
    if (col.kind === 'choice')
      cells[col.key] = a.kind === 'scale' ? String(a.value) : a.kind === 'instrument' ? a.value : a.kind;
    else if (col.kind === 'dilemma') {
      const v = a.kind === 'dilemma' ? (col.side === 'now' ? a.now : a.desired) : undefined;
      cells[col.key] = a.kind === 'unknown' ? 'unknown' : v === undefined ? '' : String(v);
    } else if (col.kind === 'open' && a.kind === 'text') cells[col.key] = a.value;
  }
  return { uid, cells };
}

// ---------------------------------------------------------------------------------------------------------------
// The grid

interface Handlers {
  keyDown: (r: number, c: number, e: KeyboardEvent<HTMLInputElement>) => void;
  change: (r: number, c: number, e: ChangeEvent<HTMLInputElement>) => void;
  focus: (r: number, c: number) => void;
  ref: (r: number, c: number, el: HTMLInputElement | null) => void;
}

const GridRow = memo(function GridRow({
  row,
  r,
  cols,
  status,
  state,
  invalid,
  keys,
  descId,
  on,
}: {
  row: Row;
  r: number;
  cols: readonly Column[];
  status: string;
  state: string;
  /** Keys of the cells whose value cannot be right, space-separated (a string, so an unchanged row is not drawn again). */
  invalid: string;
  keys: Keys;
  descId: (n: number) => string;
  on: Handlers;
}) {
  const { t } = useTranslation();
  const wrong = new Set(invalid.split(' '));
  const sheet = row.cells.sheet || '?';
  const label = (col: Column) => {
    if (col.kind === 'sheet') return t('workshop.paper.cellSheet', { row: r + 1 });
    if (col.kind === 'role') return t('workshop.paper.cellRole', { sheet });
    if (col.kind === 'name') return t('workshop.paper.cellName', { sheet });
    if (col.kind === 'dilemma')
      return t(col.side === 'now' ? 'workshop.paper.cellNow' : 'workshop.paper.cellDesired', {
        sheet,
        n: col.n,
      });
    return t('workshop.paper.cell', { sheet, n: col.n });
  };
  const input = (col: Column, c: number) => {
    const text = col.kind === 'sheet' || col.kind === 'name' || col.kind === 'open';
    const value = text ? (row.cells[col.key] ?? '') : display(col, row.cells[col.key] ?? '', keys);
    return (
      <input
        ref={(el) => on.ref(r, c, el)}
        className={`zs-paper__input zs-paper__input--${col.kind}`}
        type="text"
        value={value}
        aria-label={label(col)}
        aria-describedby={col.n ? descId(col.n) : undefined}
        aria-invalid={wrong.has(col.key) || undefined}
        autoComplete="off"
        spellCheck={col.kind === 'open'}
        inputMode={col.kind === 'sheet' ? 'numeric' : undefined}
        maxLength={col.kind === 'open' ? TEXT_LIMITS.openAnswer : col.kind === 'name' ? TEXT_LIMITS.name : 12}
        onKeyDown={(e) => on.keyDown(r, c, e)}
        onChange={(e) => on.change(r, c, e)}
        onFocus={() => on.focus(r, c)}
      />
    );
  };
  return (
    <tr className={`zs-paper__row zs-paper__row--${state}`}>
      <th scope="row" className="zs-paper__sheet">
        {input(cols[0] as Column, 0)}
      </th>
      <td className="zs-paper__status" data-state={state}>
        {status}
      </td>
      {cols.slice(1).map((col, i) => (
        <td key={col.key} className={`zs-paper__cell zs-paper__cell--${col.kind}`}>
          {input(col, i + 1)}
        </td>
      ))}
    </tr>
  );
});

export function PaperEntry({
  content,
  setup,
  participants,
  add,
  now = () => new Date().toISOString(),
}: {
  /** The workshop's content: the app's questions and the trainer's own. */
  content: Content;
  setup: WorkshopSetup;
  participants: readonly Participant[];
  /** Adds participants to the workshop (the workshop machine does it); returns what happened to each. */
  add: (participants: Participant[]) => AddOutcome[];
  now?: () => string;
}) {
  const { t: tt, i18n } = useTranslation();
  const t: T = tt;
  const K = LANGUAGES[toLang(i18n.language)].resources.workshop.paper.keys;
  const id = useId();
  const cols = useMemo(() => columnsOf(content, setup), [content, setup]);
  const items = useMemo(() => cols.filter((c) => c.item && c.side !== 'desired'), [cols]);
  const nextUid = useRef(0);
  const [rows, setRows] = useState<Row[]>(() => {
    const paper = participants
      .filter((p) => sheetOf(p) !== null)
      .sort((a, b) => (sheetOf(a) ?? 0) - (sheetOf(b) ?? 0));
    const last = Math.max(0, ...paper.map((p) => sheetOf(p) ?? 0));
    const existing = paper.map((p) => rowFrom(nextUid.current++, p, cols));
    return [...existing, { uid: nextUid.current++, cells: { sheet: String(last + 1) } }];
  });
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  // most workshops have no paper: the grid opens on demand, and at once when sheets were typed in before
  const [open, setOpen] = useState(() => participants.some((p) => p.source === 'paper'));
  const [focused, setFocused] = useState<{ r: number; c: number } | null>(null);
  const [refusal, setRefusal] = useState('');
  const [result, setResult] = useState<string[]>([]);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const pending = useRef<{ r: number; c: number } | null>(null);

  const sheetCounts = useMemo(() => {
    const m = new Map<number, number>();
    for (const row of rows) {
      const n = Number((row.cells.sheet ?? '').trim());
      if (n > 0) m.set(n, (m.get(n) ?? 0) + 1);
    }
    return m;
  }, [rows]);
  const checks = useMemo(
    () => rows.map((row) => checkRow(row, cols, sheetCounts)),
    [rows, cols, sheetCounts],
  );
  const byId = useMemo(() => new Map(participants.map((p) => [p.id, p] as const)), [participants]);
  const addedState = (check: RowCheck): AddedState => {
    const p = check.sheet === null ? undefined : byId.get(paperId(setup.id, check.sheet));
    if (!p || p.source !== 'paper') return 'notAdded';
    return answersFingerprint(p.role, p.answers) === answersFingerprint(check.role, check.answers)
      ? 'added'
      : 'changed';
  };

  const focusCell = useCallback((r: number, c: number) => {
    const el = inputs.current.get(`${r}:${c}`);
    if (el) {
      el.focus();
      // text cells keep what they have, the caret at the end
      const end = el.value.length;
      el.setSelectionRange(end, end);
    } else pending.current = { r, c };
  }, []);
  useLayoutEffect(() => {
    if (!pending.current) return;
    const { r, c } = pending.current;
    pending.current = null;
    focusCell(r, c);
  }, [rows, open, focusCell]);

  const update = useCallback((r: number, set: Record<string, string>) => {
    setRows((rs) => rs.map((row, i) => (i === r ? { ...row, cells: { ...row.cells, ...set } } : row)));
  }, []);

  /** The row after `r`, made when `r` is the last: the next sheet number, focus on its role. */
  const nextRow = useCallback(
    (r: number, c = 1) => {
      const rs = rowsRef.current;
      if (r + 1 >= rs.length) {
        const last = Math.max(0, ...rs.map((row) => Number(row.cells.sheet) || 0));
        setRows([...rs, { uid: nextUid.current++, cells: { sheet: String(last + 1) } }]);
      }
      focusCell(r + 1, c);
    },
    [focusCell],
  );

  const move = useCallback(
    (r: number, c: number) => {
      const rc = Math.max(0, Math.min(rowsRef.current.length - 1, r));
      const cc = Math.max(0, Math.min(cols.length - 1, c));
      focusCell(rc, cc);
    },
    [cols.length, focusCell],
  );

  const refuse = useCallback(
    (col: Column, key: string) => {
      const where =
        col.kind === 'role'
          ? t('workshop.paper.where.role')
          : col.kind === 'sheet'
            ? t('workshop.paper.where.sheet')
            : t('workshop.paper.where.question', { n: col.n });
      let allowed: string;
      if (col.kind === 'role') allowed = t('workshop.paper.allowed.role', { ...K.role });
      else if (col.kind === 'sheet') allowed = t('workshop.paper.allowed.sheet');
      else if (col.kind === 'dilemma') allowed = t('workshop.paper.allowed.dilemma', { unknown: K.unknown });
      else if (col.item && answerType(col.item.type).optionWords === 'instrument')
        allowed = t('workshop.paper.allowed.instrument', { ...K.instrument, unknown: K.unknown, na: K.na });
      else
        allowed = t('workshop.paper.allowed.scale', {
          max: col.item ? answerType(col.item.type).options.length : 5,
          unknown: K.unknown,
          na: K.na,
        });
      setRefusal(t('workshop.paper.refused', { key, where, allowed }));
    },
    [t, K],
  );

  const on: Handlers = useMemo(
    () => ({
      ref: (r, c, el) => {
        if (el) inputs.current.set(`${r}:${c}`, el);
        else inputs.current.delete(`${r}:${c}`);
      },
      focus: (r, c) => setFocused({ r, c }),
      change: (r, c, e) => {
        const col = cols[c] as Column;
        const value = e.target.value;
        if (col.kind === 'sheet' || col.kind === 'name' || col.kind === 'open')
          update(r, { [col.key]: value });
        else update(r, fromText(col, value, rowsRef.current[r]?.cells ?? {}, K));
      },
      keyDown: (r, c, e) => {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        const col = cols[c] as Column;
        const el = e.currentTarget;
        const text = col.kind === 'sheet' || col.kind === 'name' || col.kind === 'open';
        const atStart = el.selectionStart === 0 && el.selectionEnd === 0;
        const atEnd = el.selectionStart === el.value.length;
        switch (e.key) {
          case 'Enter':
            e.preventDefault();
            setRefusal('');
            nextRow(r);
            return;
          case 'ArrowUp':
          case 'ArrowDown':
            e.preventDefault();
            move(r + (e.key === 'ArrowUp' ? -1 : 1), c);
            return;
          case 'ArrowLeft':
            if (text && !atStart) return;
            e.preventDefault();
            move(r, c - 1);
            return;
          case 'ArrowRight':
            if (text && !atEnd) return;
            e.preventDefault();
            move(r, c + 1);
            return;
          case 'Tab':
            return;
        }
        if (text) {
          // the sheet number takes digits only; names and open answers take what is typed
          if (col.kind === 'sheet' && e.key.length === 1 && !/\d/u.test(e.key)) {
            e.preventDefault();
            refuse(col, e.key);
          } else setRefusal('');
          return;
        }
        const cells = rowsRef.current[r]?.cells ?? {};
        if (e.key === 'Backspace' || e.key === 'Delete') {
          e.preventDefault();
          setRefusal('');
          if (e.key === 'Backspace' && !cells[col.key] && c > 1) {
            // in an empty cell: back to the one before, cleared, to type it again
            const prev = cols[c - 1] as Column;
            if (prev.kind !== 'name' && prev.kind !== 'open' && prev.kind !== 'sheet')
              update(r, { [prev.key]: '' });
            move(r, c - 1);
          } else update(r, { [col.key]: '' });
          return;
        }
        if (e.key === ' ') {
          // leave it as it is (empty: unanswered) and go on
          e.preventDefault();
          move(r, c + 1);
          return;
        }
        if (e.key.length !== 1) return;
        e.preventDefault();
        const res = pressKey(col, cells, e.key, K);
        if ('refused' in res) {
          refuse(col, e.key);
          return;
        }
        setRefusal('');
        update(r, res.set);
        if (res.advance) move(r, c + res.advance);
      },
    }),
    [cols, K, update, nextRow, move, refuse],
  );

  const descId = useCallback((n: number) => `${id}-q${n}`, [id]);

  const addSheets = () => {
    const at = now();
    const list: { check: RowCheck; participant: Participant }[] = [];
    const lines: string[] = [];
    let skipped = 0;
    checks.forEach((check) => {
      if (check.empty) return;
      if (check.problems.length || check.sheet === null) {
        skipped++;
        lines.push(t('workshop.paper.resultWrong', { sheet: check.sheet ?? '?' }));
        return;
      }
      if (addedState(check) === 'added') return;
      const existing = byId.get(paperId(setup.id, check.sheet));
      list.push({
        check,
        participant: {
          id: paperId(setup.id, check.sheet),
          role: check.role,
          name: setup.anonymous ? '' : check.name,
          answers: check.answers,
          source: 'paper',
          receivedAt: existing?.receivedAt ?? at,
          updatedAt: at,
        },
      });
    });
    if (list.length === 0 && skipped === 0) {
      setResult([t('workshop.paper.nothing')]);
      return;
    }
    const outcomes = list.length ? add(list.map((x) => x.participant)) : [];
    const who = (index: number) =>
      setup.anonymous
        ? t('workshop.collect.participant', { n: index + 1 })
        : participantName(participants, index, t('workshop.collect.participant'));
    outcomes.forEach((o, i) => {
      if (o.kind === 'duplicate' && o.reason === 'sameAnswers') {
        skipped++;
        lines.push(
          t('workshop.paper.resultDuplicate', { sheet: list[i]?.check.sheet ?? '?', who: who(o.index) }),
        );
      } else if (o.kind === 'stale' || o.kind === 'duplicate') skipped++;
    });
    const count = (kind: AddOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
    setResult([
      t('workshop.paper.result', { added: count('added'), updated: count('updated'), skipped }),
      ...lines,
    ]);
  };

  const current = focused ? cols[focused.c] : undefined;
  const currentText = !current
    ? ''
    : current.item
      ? `${t('workshop.paper.current', { n: current.n, text: current.item.t.text })}${
          current.kind === 'dilemma'
            ? ` (${t(current.side === 'now' ? 'workshop.paper.columns.now' : 'workshop.paper.columns.desired')})`
            : ''
        }`
      : current.kind === 'role'
        ? t('workshop.paper.currentRole')
        : current.kind === 'name'
          ? t('workshop.paper.currentName')
          : t('workshop.paper.currentSheet');
  const hasDilemma = cols.some((c) => c.kind === 'dilemma');
  const hasInstrument = items.some((c) => c.item && answerType(c.item.type).optionWords === 'instrument');
  const hasScale = items.some(
    (c) => c.item && c.kind === 'choice' && answerType(c.item.type).optionWords !== 'instrument',
  );

  return (
    <WorkshopBlock id={`${id}-title`} title={t('workshop.paper.title')} intro={t('workshop.paper.intro')}>
      {!open && (
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            setOpen(true);
            pending.current = { r: rows.length - 1, c: 1 };
          }}
        >
          {t('workshop.paper.open')}
        </Button>
      )}
      {open && (
        <div className="zs-paper" id={`${id}-grid`}>
          <section className="zs-paper__legend" aria-labelledby={`${id}-legend`}>
            <h3 id={`${id}-legend`} className="zs-paper__legend-title">
              {t('workshop.paper.legendTitle')}
            </h3>
            <ul>
              <li>{t('workshop.paper.legend.role', { ...K.role })}</li>
              {hasScale && <li>{t('workshop.paper.legend.scale')}</li>}
              {hasInstrument && <li>{t('workshop.paper.legend.instrument', { ...K.instrument })}</li>}
              <li>{t('workshop.paper.legend.unknown', { key: K.unknown })}</li>
              <li>{t('workshop.paper.legend.na', { key: K.na })}</li>
              {hasDilemma && <li>{t('workshop.paper.legend.dilemma')}</li>}
              <li>{t('workshop.paper.legend.moves')}</li>
            </ul>
          </section>
          <p className="zs-paper__current" aria-hidden="true">
            <strong>{currentText || '\u00a0'}</strong>
            {focused && checks[focused.r] && (
              <span className="zs-hint">
                {t('workshop.paper.currentRow', {
                  sheet: rows[focused.r]?.cells.sheet || '?',
                  status: statusText(
                    t,
                    checks[focused.r] as RowCheck,
                    addedState(checks[focused.r] as RowCheck),
                  ),
                })}
              </span>
            )}
          </p>
          <p className="zs-paper__refusal" role="alert">
            {refusal}
          </p>
          <div className="zs-paper__scroll">
            <table className="zs-paper__table" aria-label={t('workshop.paper.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col" rowSpan={hasDilemma ? 2 : 1} className="zs-paper__sheet">
                    {t('workshop.paper.columns.sheet')}
                  </th>
                  <th scope="col" rowSpan={hasDilemma ? 2 : 1} className="zs-paper__status">
                    {t('workshop.paper.columns.check')}
                  </th>
                  <th scope="col" rowSpan={hasDilemma ? 2 : 1}>
                    {t('workshop.paper.columns.role')}
                  </th>
                  {!setup.anonymous && (
                    <th scope="col" rowSpan={hasDilemma ? 2 : 1}>
                      {t('workshop.paper.columns.name')}
                    </th>
                  )}
                  {items.map((c) => (
                    <th
                      key={c.key}
                      scope="col"
                      colSpan={c.kind === 'dilemma' ? 2 : 1}
                      rowSpan={hasDilemma && c.kind !== 'dilemma' ? 2 : 1}
                      title={c.item?.t.text}
                      className={`zs-paper__qhead${c.item?.own ? ' zs-paper__qhead--own' : ''}`}
                    >
                      {c.n}
                    </th>
                  ))}
                </tr>
                {hasDilemma && (
                  <tr>
                    {cols
                      .filter((c) => c.kind === 'dilemma')
                      .map((c) => (
                        <th key={c.key} scope="col" className="zs-paper__subhead">
                          {t(
                            c.side === 'now'
                              ? 'workshop.paper.columns.now'
                              : 'workshop.paper.columns.desired',
                          )}
                        </th>
                      ))}
                  </tr>
                )}
              </thead>
              <tbody>
                {rows.map((row, r) => {
                  const check = checks[r] as RowCheck;
                  const added = addedState(check);
                  const state = check.problems.length ? 'wrong' : check.empty ? 'empty' : added;
                  const invalid = check.problems
                    .flatMap((p) =>
                      p.kind === 'question'
                        ? cols.filter((c) => c.n === p.n).map((c) => c.key)
                        : p.kind === 'role'
                          ? ['role']
                          : ['sheet'],
                    )
                    .join(' ');
                  return (
                    <GridRow
                      key={row.uid}
                      row={row}
                      r={r}
                      cols={cols}
                      status={statusText(t, check, added)}
                      state={state}
                      invalid={invalid}
                      keys={K}
                      descId={descId}
                      on={on}
                    />
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="zs-hint">{t('workshop.paper.scrollHint')}</p>
          <div hidden>
            {items.map((c) => (
              <span key={c.key} id={descId(c.n ?? 0)}>
                {c.item?.t.text}
                {c.item?.own ? ` (${t('workshop.own.markShort')})` : ''}
              </span>
            ))}
          </div>
          <div className="zs-paper__actions">
            <Button appearance="secondary-action-button" onClick={() => nextRow(rows.length - 1)}>
              {t('workshop.paper.addRow')}
            </Button>
            <Button appearance="primary-action-button" onClick={addSheets}>
              {t('workshop.paper.add')}
            </Button>
          </div>
          <div role="status" className="zs-paper__result">
            {result.map((line, i) => (
              <p key={i} className="utrecht-paragraph">
                {line}
              </p>
            ))}
          </div>
        </div>
      )}
    </WorkshopBlock>
  );
}
