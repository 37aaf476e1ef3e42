import { ROLES, type Content, type Item, type Module } from './types';

/*
 * The trainer's own questions in a workshop: statements (agree … disagree), dilemmas (two poles, now and desired) and
 * open questions, typed in the setup in the trainer's language. They travel with the invitation and are answered like
 * any other question, but carry no seed citation, no score and no advice.
 */

export const OWN_KINDS = ['statement', 'dilemma', 'open'] as const;
export type OwnKind = (typeof OWN_KINDS)[number];

export interface OwnQuestion {
  /** `eigen.1` … `eigen.5`: also in the workshop's item list, after the content's questions. */
  id: string;
  kind: OwnKind;
  text: string;
  /** The poles of a dilemma (both filled); absent otherwise. */
  left?: string;
  right?: string;
}

/** At most this many own questions per workshop; lengths as typed. */
export const OWN_MAX = 5;
export const OWN_LIMITS = { text: 160, pole: 60 } as const;

/** The module the own questions form in a workshop's content. */
export const OWN_MODULE = 'eigen';
const OWN_PREFIX = `${OWN_MODULE}.`;

export const isOwnId = (id: string): boolean => id.startsWith(OWN_PREFIX);
export const ownId = (n: number): string => `${OWN_PREFIX}${n}`;

const ITEM_TYPE = { statement: 'likert', dilemma: 'dilemma', open: 'open' } as const;

/** An own question as a questionnaire item: every role sees it, nothing is scored or advised. */
export function ownItem(q: OwnQuestion): Item {
  return {
    id: q.id,
    module: OWN_MODULE,
    type: ITEM_TYPE[q.kind],
    weight: 0,
    roles: [...ROLES],
    quick: false,
    sources: [],
    own: true,
    t:
      q.kind === 'dilemma'
        ? {
            text: q.text,
            why: '',
            left: q.left ?? '',
            right: q.right ?? '',
            leftRisk: '',
            rightRisk: '',
            towardsLeft: '',
            towardsRight: '',
            extremeLeft: '',
            extremeRight: '',
          }
        : { text: q.text, why: '' },
  };
}

/** The module's title and introduction in the language on screen (the questions stay in the language typed). */
export interface OwnModuleTexts {
  title: string;
  intro: string;
}

/**
 * The content with the workshop's own questions as one more module, last in every role's order. Without own
 * questions the content itself is returned (the same object, so memoised views stay valid).
 */
export function withOwnQuestions<C extends Pick<Content, 'modules'> & Partial<Pick<Content, 'paths'>>>(
  content: C,
  own: readonly OwnQuestion[] | undefined,
  texts: OwnModuleTexts = { title: '', intro: '' },
): C {
  if (!own?.length) return content;
  const module: Module = {
    id: OWN_MODULE,
    order: Math.max(0, ...content.modules.map((m) => m.order)) + 1,
    title: texts.title,
    intro: texts.intro,
    items: own.map(ownItem),
  };
  const paths = content.paths
    ? (Object.fromEntries(
        Object.entries(content.paths).map(([role, p]) => [
          role,
          { ...p, moduleOrder: [...p.moduleOrder, OWN_MODULE] },
        ]),
      ) as Content['paths'])
    : undefined;
  return {
    ...content,
    modules: [...content.modules.filter((m) => m.id !== OWN_MODULE), module],
    ...(paths ? { paths } : {}),
  };
}

/** Problems of an own question as typed: which fields are empty or too long (none when it is fine). */
export type OwnProblem = 'textEmpty' | 'textLong' | 'poleEmpty' | 'poleLong';
export function ownProblems(q: Pick<OwnQuestion, 'kind' | 'text' | 'left' | 'right'>): OwnProblem[] {
  const problems: OwnProblem[] = [];
  const text = q.text.trim();
  if (!text) problems.push('textEmpty');
  else if (text.length > OWN_LIMITS.text) problems.push('textLong');
  if (q.kind === 'dilemma') {
    const poles = [q.left ?? '', q.right ?? ''].map((p) => p.trim());
    if (poles.some((p) => !p)) problems.push('poleEmpty');
    if (poles.some((p) => p.length > OWN_LIMITS.pole)) problems.push('poleLong');
  }
  return problems;
}

/** The own questions as saved: trimmed, numbered `eigen.1` … in the order given, poles only on dilemmas. */
export function normaliseOwn(
  questions: readonly Pick<OwnQuestion, 'kind' | 'text' | 'left' | 'right'>[],
): OwnQuestion[] {
  return questions.slice(0, OWN_MAX).map((q, i) => ({
    id: ownId(i + 1),
    kind: q.kind,
    text: q.text.trim(),
    ...(q.kind === 'dilemma' ? { left: (q.left ?? '').trim(), right: (q.right ?? '').trim() } : {}),
  }));
}
