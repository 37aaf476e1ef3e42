/**
 * One definition per answer type (likert, frequency, instrument, dilemma, open): which answers fit it, how it scores,
 * when it counts as answered, its options, how the group code counts it, how it travels in a QR code and a CSV file,
 * and how an answer reads in a report. Pure: words come in as parameters. The zod schemas of its answers and texts
 * sit in `src/content/answer-schemas.ts` (the domain does not import zod), its control in `src/ui/scan/controls/`.
 */
import {
  INSTRUMENT_VALUES,
  ITEM_TYPES,
  type Answer,
  type InstrumentValue,
  type ItemType,
  type Tier,
} from './types';

export type AnswerKind = Answer['kind'];

/** The words a report uses for answers (the report labels' `answers` plus the dilemma position text). */
export interface AnswerWords {
  likert: readonly string[];
  frequency: readonly string[];
  instrument: Readonly<Record<InstrumentValue, string>>;
  unknown: string;
  na: string;
  /** "nu +1, gewenst −2", from the two positions already written with their sign. */
  dilemmaPosition: (now: string, desired: string) => string;
}

/** One answer option as the scan shows it: its value ('1'…'5', 'ja'…) and the answer it sets. */
export interface AnswerOption {
  value: string;
  answer: Answer;
}

/** The answer options of a scored item in scale order, each with its position on a 0–1 axis. */
export interface ScaleOption {
  /** '1'…'5' for statements and frequencies; the instrument value for instruments. */
  value: string;
  position: number;
}

/** What the group code needs of a scored type: its axis, where an answer sits on it and which option it counts as. */
export interface GroupHooks {
  /** The options weak → strong, positioned 0–1. */
  axis: readonly ScaleOption[];
  position(answer: Answer): number | null;
  /** The option value an answer counts as ('' when none). */
  value(answer: Answer): string;
  /** Whether the mean reads as a score (a percentage) rather than as a point on the 1–5 scale. */
  meanIsScore: boolean;
}

/** A CSV column of one item: the answer itself, or the dilemma's now / desired position and its note. */
export type CsvColumn = 'answer' | 'now' | 'desired' | 'note';

export interface AnswerTypeDef {
  type: ItemType;
  /** Answer kinds that suit the type (restore() drops others). */
  kinds: readonly AnswerKind[];
  /** Counts towards module scores and carries advice tiers. */
  scored: boolean;
  /** The advice tiers its texts have (empty when not scored). */
  tiers: readonly Tier[];
  /** The word list of its options in the texts (`answer.<key>.<value>`), if it has options. */
  optionWords?: 'likert' | 'frequency' | 'instrument';
  /** The options in the order the scan shows them (empty for types without a choice). */
  options: readonly AnswerOption[];
  /** Normalised score 0 (weak) … 1 (strong), `null` when the answer carries none. */
  score(answer: Answer, reverse: boolean): number | null;
  /** The advice tier an answer calls for when the type decides it itself (instruments); undefined: by score. */
  tier?(answer: Answer): Tier | undefined;
  /** Whether an answer that exists counts as answered. */
  isAnswered(answer: Answer): boolean;
  /** The label of an option value in the report's words, or undefined when the value is unknown. */
  optionLabel(words: AnswerWords, value: string): string | undefined;
  group?: GroupHooks;
  qr: {
    /** Characters per item in the participant QR code. */
    width: 1 | 2;
    encode(answer: Answer | undefined): string;
    /** `text` is the item's free text carried beside the codes, if any. */
    decode(code: string, text: string | undefined): Answer | null;
  };
  csv: {
    columns(withNote: boolean): readonly CsvColumn[];
    cells(words: AnswerWords, answer: Answer | undefined, withNote: boolean): (string | number)[];
    /** Whether the answer has a note (a column for notes is added when anyone has one). */
    hasNote(answer: Answer | undefined): boolean;
  };
  /** An answer in words, as the report prints it. */
  answerText(words: AnswerWords, answer: Answer): string;
  /** Dilemma poles (`leansLeft`/`leansRight`) are allowed. */
  poles: boolean;
  /** May be an anchor statement. */
  anchors: boolean;
  /** May be marked as a priority. */
  priority: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Shared pieces

const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
const INSTRUMENT_SCORE: Record<InstrumentValue, number> = { ja: 1, deels: 0.5, gepland: 0.25, nee: 0 };
/** Instruments ordered from weak to strong (nee, gepland, deels, ja), positioned by their score. */
const INSTRUMENT_AXIS: readonly InstrumentValue[] = ['nee', 'gepland', 'deels', 'ja'];
const INSTRUMENT_CODE = { ja: 'j', deels: 'd', nee: 'n', gepland: 'g' } as const;
const POS = 'abcdefg';

const isInstrumentValue = (v: string): v is InstrumentValue =>
  (INSTRUMENT_VALUES as readonly string[]).includes(v);

/** A dilemma position with its sign, the minus as a real minus sign: "+2", "0", "−3". */
export const signedPosition = (v: number | undefined | null): string =>
  v === undefined || v === null ? '–' : v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0';

/** One character per item: 1–5, j/d/n/g, ? (weet niet), - (n.v.t.), t (text follows), . (no answer). */
function singleCode(a: Answer | undefined): string {
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

function decodeSingle(code: string): Answer | null {
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

/** An answer in words; `scale` is the word list for scale answers. */
function wordsOf(words: AnswerWords, a: Answer, scale: readonly string[]): string {
  switch (a.kind) {
    case 'scale':
      return scale[a.value - 1] ?? '';
    case 'instrument':
      return words.instrument[a.value];
    case 'unknown':
      return words.unknown;
    case 'na':
      return words.na;
    case 'dilemma':
      return words.dilemmaPosition(signedPosition(a.now), signedPosition(a.desired));
    case 'text':
      return a.value;
  }
}

/** One CSV cell: statements and frequencies as 1–5, instruments, "weet niet" and "n.v.t." in words, text in full. */
function singleCell(words: AnswerWords, a: Answer | undefined): string | number {
  if (!a || a.kind === 'dilemma') return '';
  // a scale answer as its number, the others in the words they read as
  return a.kind === 'scale' ? a.value : wordsOf(words, a, []);
}

const singleCsv: AnswerTypeDef['csv'] = {
  columns: () => ['answer'],
  cells: (words, a) => [singleCell(words, a)],
  hasNote: () => false,
};

const singleQr: AnswerTypeDef['qr'] = { width: 1, encode: singleCode, decode: (code) => decodeSingle(code) };

function scaleType(type: 'likert' | 'frequency'): AnswerTypeDef {
  return {
    type,
    kinds: ['scale', 'unknown', 'na'],
    scored: true,
    tiers: ['start', 'deepen', 'keep'],
    optionWords: type,
    options: SCALE_VALUES.map((v) => ({ value: String(v), answer: { kind: 'scale', value: v } })),
    score: (a, reverse) => {
      if (a.kind !== 'scale') return null;
      const s = (a.value - 1) / 4;
      return reverse ? 1 - s : s;
    },
    isAnswered: () => true,
    optionLabel: (words, value) => words[type][Number(value) - 1],
    group: {
      axis: SCALE_VALUES.map((v) => ({ value: String(v), position: (v - 1) / 4 })),
      position: (a) => (a.kind === 'scale' ? (a.value - 1) / 4 : null),
      value: (a) => (a.kind === 'scale' ? String(a.value) : ''),
      meanIsScore: false,
    },
    qr: singleQr,
    csv: singleCsv,
    answerText: (words, a) => wordsOf(words, a, words[type]),
    poles: false,
    anchors: type === 'likert',
    priority: true,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The types

const instrument: AnswerTypeDef = {
  type: 'instrument',
  kinds: ['instrument', 'unknown', 'na'],
  scored: true,
  tiers: ['start', 'deepen', 'plan', 'keep'],
  optionWords: 'instrument',
  options: INSTRUMENT_VALUES.map((v) => ({ value: v, answer: { kind: 'instrument', value: v } })),
  score: (a) => (a.kind === 'instrument' ? INSTRUMENT_SCORE[a.value] : null),
  tier: (a) =>
    a.kind === 'instrument'
      ? ({ nee: 'start', deels: 'deepen', gepland: 'plan', ja: 'keep' } as const)[a.value]
      : undefined,
  isAnswered: () => true,
  optionLabel: (words, value) => (isInstrumentValue(value) ? words.instrument[value] : undefined),
  group: {
    axis: INSTRUMENT_AXIS.map((v) => ({ value: v, position: INSTRUMENT_SCORE[v] })),
    position: (a) => (a.kind === 'instrument' ? INSTRUMENT_SCORE[a.value] : null),
    value: (a) => (a.kind === 'instrument' ? a.value : ''),
    meanIsScore: true,
  },
  qr: singleQr,
  csv: singleCsv,
  answerText: (words, a) => wordsOf(words, a, words.likert),
  poles: false,
  anchors: false,
  priority: true,
};

/** A type that gives no score: no options to choose, no advice tiers, left out of the theme scores. */
const UNSCORED = {
  scored: false,
  tiers: [],
  options: [],
  score: () => null,
} satisfies Partial<AnswerTypeDef>;

const dilemma: AnswerTypeDef = {
  type: 'dilemma',
  kinds: ['dilemma', 'unknown'],
  ...UNSCORED,
  isAnswered: (a) => (a.kind === 'dilemma' ? a.now !== undefined : a.kind === 'unknown'),
  optionLabel: () => undefined,
  qr: {
    width: 2,
    encode: (a) => {
      if (a?.kind === 'unknown') return '??';
      if (a?.kind !== 'dilemma') return '..';
      const p = (v: number | undefined) => (v === undefined ? '.' : (POS[v + 3] ?? '.'));
      return p(a.now) + p(a.desired);
    },
    decode: (code) => {
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
    },
  },
  csv: {
    columns: (withNote) => (withNote ? ['now', 'desired', 'note'] : ['now', 'desired']),
    cells: (words, a, withNote) => {
      const cells: (string | number)[] =
        a?.kind === 'unknown'
          ? [words.unknown, words.unknown]
          : [a?.kind === 'dilemma' ? (a.now ?? '') : '', a?.kind === 'dilemma' ? (a.desired ?? '') : ''];
      if (withNote) cells.push(a?.kind === 'dilemma' ? (a.note ?? '') : '');
      return cells;
    },
    hasNote: (a) => a?.kind === 'dilemma' && Boolean(a.note),
  },
  answerText: (words, a) => wordsOf(words, a, words.likert),
  poles: true,
  anchors: false,
  priority: true,
};

const open: AnswerTypeDef = {
  type: 'open',
  kinds: ['text'],
  ...UNSCORED,
  isAnswered: (a) => a.kind === 'text' && a.value.trim().length > 0,
  optionLabel: () => undefined,
  qr: {
    width: 1,
    encode: singleCode,
    decode: (code, text) => (code === 't' && text ? { kind: 'text', value: text } : null),
  },
  csv: singleCsv,
  answerText: (words, a) => wordsOf(words, a, words.likert),
  poles: false,
  anchors: false,
  priority: false,
};

/** Every answer type's definition, looked up by the item's type. */
export const ANSWER_TYPES: { readonly [T in ItemType]: AnswerTypeDef & { type: T } } = {
  likert: scaleType('likert') as AnswerTypeDef & { type: 'likert' },
  frequency: scaleType('frequency') as AnswerTypeDef & { type: 'frequency' },
  instrument: instrument as AnswerTypeDef & { type: 'instrument' },
  dilemma: dilemma as AnswerTypeDef & { type: 'dilemma' },
  open: open as AnswerTypeDef & { type: 'open' },
};

export const answerType = (type: ItemType): AnswerTypeDef => ANSWER_TYPES[type];

/** The types that count towards module scores (likert, frequency, instrument). */
export const SCORED_TYPES: ReadonlySet<ItemType> = new Set(ITEM_TYPES.filter((t) => ANSWER_TYPES[t].scored));

/** Whether an answer's kind suits the item's type. */
export const answerFits = (type: ItemType, kind: AnswerKind): boolean =>
  answerType(type).kinds.includes(kind);

/** The definition of a type named in raw content, or undefined when no such type exists. */
export const answerTypeOf = (type: string): AnswerTypeDef | undefined =>
  (ITEM_TYPES as readonly string[]).includes(type) ? ANSWER_TYPES[type as ItemType] : undefined;
