/**
 * Core types of the questionnaire and its answers. Pure data: the content loader produces these, the machines and
 * report only read them.
 */

export const ROLES = ['bestuurder', 'projectleider', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

export const ITEM_TYPES = ['likert', 'frequency', 'instrument', 'dilemma', 'open'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const INSTRUMENT_VALUES = ['ja', 'deels', 'nee', 'gepland'] as const;
export type InstrumentValue = (typeof INSTRUMENT_VALUES)[number];

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A condition over answers, used for `showIf` on items and for cross-check rules. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { item: string; scoreBelow: number }
  | { item: string; scoreAtLeast: number }
  | { item: string; answerIn: string[] }
  | { item: string; side: 'now' | 'desired'; atMost: number }
  | { item: string; side: 'now' | 'desired'; atLeast: number }
  | { module: string; scoreBelow: number }
  | { module: string; scoreAtLeast: number }
  | { module: string; unknownShareAtLeast: number };

export interface ItemStructure {
  id: string;
  type: ItemType;
  anchor?: boolean;
  weight: number;
  roles: Role[];
  quick: boolean;
  reverse?: boolean;
  sources: string[];
  leansLeft?: string[];
  leansRight?: string[];
  showIf?: Condition;
  /** A trainer's own workshop question (see own-questions.ts): no sources, no score, no advice. */
  own?: boolean;
  /**
   * Ids of an earlier content version whose answers this item takes over when a saved scan is opened: one old id
   * replaced by one item carries its answer (a merge or a rename); an old id replaced by several items (a split) or
   * by an item of another type is not carried over, and the user is told.
   */
  replaces?: string[];
}

/** Advice tiers of a scored item, chosen by the answer (see `tierOf`). */
export const TIERS = ['start', 'deepen', 'plan', 'keep'] as const;
export type Tier = (typeof TIERS)[number];

/** A text that is the same for every role, or one text per role (complete for the item's roles). */
export type RoleText = string | Partial<Record<Role, string>>;

/** The advice of one tier: an action as title, the first step (who, the coming weeks, after three months), bullets. */
export interface TierAdvice {
  title: RoleText;
  step: RoleText;
  bullets: string[];
}

export interface ScaledItemText {
  text: string;
  why: string;
  /** `plan` only for instruments (answered "gepland"). */
  advice: Partial<Record<Tier, TierAdvice>>;
  /** For the trainer: the question to put to the group about this lesson. */
  groupQuestion?: string;
}

export interface DilemmaItemText {
  text: string;
  left: string;
  right: string;
  why: string;
  leftRisk: string;
  rightRisk: string;
  /** Advice for moving towards the left pole (Markdown). */
  towardsLeft: string;
  towardsRight: string;
  /** Advice for staying at the left extreme (−3). */
  extremeLeft: string;
  extremeRight: string;
  groupQuestion?: string;
}

export interface OpenItemText {
  text: string;
  why: string;
  hint?: string;
}

export type ItemText = ScaledItemText | DilemmaItemText | OpenItemText;

export interface Item extends ItemStructure {
  module: string;
  /** Texts in the active language. */
  t: Pick<ScaledItemText, 'text' | 'why'> &
    Partial<ScaledItemText> &
    Partial<DilemmaItemText> &
    Partial<OpenItemText>;
}

export interface Module {
  id: string;
  order: number;
  title: string;
  intro: string;
  items: Item[];
}

export interface Rule {
  id: string;
  severity: 'warning' | 'info';
  when: Condition;
  sources: string[];
  title: string;
  advice: RoleText;
}

export interface RolePath {
  moduleOrder: string[];
  quick: string[];
}

export interface SourceDocument {
  key: string;
  file: string;
  title: string;
  /** The name in a source badge beside the advice. */
  short: string;
  origin: string;
  /** Documents of one publication share it; they count as one document for the multi-source weight. */
  publication?: string;
  sections: Record<string, string>;
}

/** The whole questionnaire in one language. */
export interface Content {
  lang: Lang;
  contentVersion: string;
  secondsPerType: Record<ItemType, number>;
  modules: Module[];
  rules: Rule[];
  paths: Record<Role, RolePath>;
  sources: SourceDocument[];
}

export type Answer =
  | { kind: 'scale'; value: number }
  | { kind: 'instrument'; value: InstrumentValue }
  | { kind: 'dilemma'; now?: number; desired?: number; note?: string }
  | { kind: 'text'; value: string }
  | { kind: 'unknown' }
  | { kind: 'na' };

export type Answers = Record<string, Answer>;

/** What a scan asks: the role's quick list, everything for the role, chosen modules, or a fixed set (a workshop). */
export type Scope =
  | { kind: 'quick' }
  | { kind: 'full' }
  | { kind: 'modules'; modules: string[] }
  | { kind: 'items'; items: string[] };
