import type { OwnQuestion } from './own-questions';
import type { Answers, Role, Scope } from './types';

/** Steps of the guided scan; the saved scan remembers where the person was. */
export const STEPS = ['role', 'scope', 'questions', 'overview', 'check', 'reflection', 'done'] as const;
export type Step = (typeof STEPS)[number];

export interface Profile {
  gemeente: string;
  wijk: string;
  naam: string;
}

export type ActionStatus = 'open' | 'bezig' | 'klaar';

/** One line of the improvement agenda (verbeteragenda). */
export interface Action {
  id: string;
  text: string;
  owner: string;
  due: string;
  status: ActionStatus;
  /** The item this action came from, if it was proposed from a priority. */
  itemId?: string;
}

/** The workshop a participant's scan belongs to (set when the participant opens the trainer's invitation). */
export interface WorkshopRef {
  id: string;
  name: string;
  date: string;
  anonymous: boolean;
  /** The trainer's own questions, so the scan can ask them (their ids are in the scan's item scope). */
  own?: OwnQuestion[];
}

/**
 * An earlier measurement (nulmeting) this scan is compared with: a copy of its answers, so the comparison still works
 * when the earlier scan is deleted or came from a file or a workshop's group result.
 */
export interface Baseline {
  source: 'scan' | 'file' | 'workshop';
  label: string;
  savedAt: string;
  contentVersion: string;
  role: Role | null;
  answers: Answers;
}

/** A target level per module: where we want to be (0–1) and by when. */
export interface Target {
  level: number;
  by: string;
}

/** The memo's own fields; what stays empty is marked in the memo as a placeholder to fill in. */
export interface MemoFields {
  onderwerp: string;
  auteur: string;
  datum: string;
  aanleiding: string;
  financieel: string;
  juridisch: string;
  communicatie: string;
}

/** Empty memo fields. */
export const EMPTY_MEMO: MemoFields = {
  onderwerp: '',
  auteur: '',
  datum: '',
  aanleiding: '',
  financieel: '',
  juridisch: '',
  communicatie: '',
};

/** Everything one scan holds. Plain JSON: it is saved as is. */
export interface ScanData {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  step: Step;
  role: Role | null;
  profile: Profile;
  scope: Scope | null;
  /** Position in the list of asked items. */
  index: number;
  answers: Answers;
  priorities: string[];
  skipped: string[];
  reflection: { themes: string[]; notes: string };
  actions: Action[];
  memo: MemoFields;
  /**
   * Questions to answer again after a content update: they replace questions whose answers could not be carried
   * over (split or retyped). The scan screen lists them until they are answered.
   */
  notice: { toAnswer: string[] } | null;
  /** The report with its appendices (per theme, method, sources, unanswered, open answers), in every output. */
  appendices: boolean;
  confidential: boolean;
  workshop: WorkshopRef | null;
  baseline: Baseline | null;
  targets: Record<string, Target>;
}

/** A fresh, empty scan. `now` and `id` are parameters so tests are repeatable. */
export function newScan(id: string, now: string, name = ''): ScanData {
  return {
    id,
    name,
    createdAt: now,
    updatedAt: now,
    step: 'role',
    role: null,
    profile: { gemeente: '', wijk: '', naam: '' },
    scope: null,
    index: 0,
    answers: {},
    priorities: [],
    skipped: [],
    reflection: { themes: [], notes: '' },
    actions: [],
    memo: { ...EMPTY_MEMO },
    notice: null,
    appendices: false,
    confidential: false,
    workshop: null,
    baseline: null,
    targets: {},
  };
}

/** At most three priority themes can be chosen in the reflection step. */
export const MAX_THEMES = 3;

/** Toggles a theme, keeping at most MAX_THEMES. */
export function toggleTheme(themes: readonly string[], theme: string): string[] {
  if (themes.includes(theme)) return themes.filter((t) => t !== theme);
  if (themes.length >= MAX_THEMES) return [...themes];
  return [...themes, theme];
}
