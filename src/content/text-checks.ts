import { answerTypeOf } from '../domain/answer-types';
import { words } from './copy-check';
import type { ContentIssue } from './load';
import { TIERS, type Lang, type Role } from '../domain/types';

/** Question length limits in words (B1: about 12, rarely more than 15, never more than 20). */
export const QUESTION_WORDS = { aim: 15, max: 20 } as const;

/** Source names that belong in the citation badge, not in the prose of a `why` text. */
export const SOURCE_NAMES = [
  'community of practice',
  'wijkengids',
  'zaanstad',
  'bouwsteen',
  'bouwstenen',
  'building block',
  'building blocks',
  'cop',
] as const;

/** A term that needs an explanation at its first use in a module: one or more word forms per language. */
export interface JargonTerm {
  term: string;
  forms: string[];
}
export type JargonList = Record<Lang, JargonTerm[]>;

interface ItemRef {
  id: string;
  type: string;
  roles: readonly Role[];
}

/** Does the text name one of the source documents? */
export function namesSource(text: string): boolean {
  const w = ` ${words(text).join(' ')} `;
  return SOURCE_NAMES.some((n) => w.includes(` ${n} `));
}

/**
 * An explanation follows the term: "integraal (over de grenzen van afdelingen heen)", "integraal: …" or "integraal –".
 * Case-insensitive, on word boundaries.
 */
export function firstUse(text: string, forms: readonly string[]): { at: number; explained: boolean } | null {
  let best: { at: number; explained: boolean } | null = null;
  for (const form of forms) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}-])${form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}-])`,
      'iu',
    );
    const m = re.exec(text);
    if (!m) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const explained = /^\s?[(:]|^\s[–—-]\s/u.test(after);
    if (!best || m.index < best.at) best = { at: m.index, explained };
  }
  return best;
}

/** The checks on the writing of one module's texts in one language: lengths, source names, tiers, role variants. */
export function checkModuleTexts(
  file: string,
  items: readonly ItemRef[],
  texts: { intro: string; items: Record<string, Record<string, unknown>> },
  jargon: readonly JargonTerm[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const item of items) {
    const t = texts.items[item.id];
    if (!t) continue;
    const path = `items.${item.id}`;
    const text = typeof t.text === 'string' ? t.text : '';
    const n = words(text).length;
    if (n > QUESTION_WORDS.max)
      issues.push({
        file,
        path: `${path}.text`,
        message: `vraag telt ${n} woorden; maximaal ${QUESTION_WORDS.max}`,
      });
    if (typeof t.why === 'string' && namesSource(t.why))
      issues.push({
        file,
        path: `${path}.why`,
        message: 'noemt een bron in de tekst; de bron staat al in de verwijzing (sources)',
      });
    const def = answerTypeOf(item.type);
    if (def?.scored) {
      const advice = (t.advice ?? {}) as Record<string, Record<string, unknown> | undefined>;
      for (const tier of TIERS) {
        const wanted = def.tiers.includes(tier);
        if (wanted && !advice[tier])
          issues.push({ file, path: `${path}.advice.${tier}`, message: 'dit niveau van advies ontbreekt' });
        if (!wanted && advice[tier])
          issues.push({
            file,
            path: `${path}.advice.${tier}`,
            message: '"plan" hoort alleen bij een instrument (antwoord "gepland")',
          });
        for (const key of ['title', 'step'] as const) {
          const v = advice[tier]?.[key];
          if (v && typeof v === 'object')
            issues.push(...roleIssues(file, `${path}.advice.${tier}.${key}`, v as object, item.roles));
        }
      }
    }
    if (item.roles.includes('trainer') && item.type !== 'open' && !t.groupQuestion)
      issues.push({
        file,
        path: `${path}.groupQuestion`,
        message: 'een trainer ziet dit item: geef een vraag voor de groep',
      });
  }
  // jargon: its first use in the module (intro, then every item in scan order) is explained
  const order: { path: string; text: string }[] = [{ path: 'intro', text: texts.intro }];
  for (const item of items) {
    const t = texts.items[item.id];
    if (!t) continue;
    for (const key of ['text', 'left', 'right', 'why', 'hint'] as const)
      if (typeof t[key] === 'string') order.push({ path: `items.${item.id}.${key}`, text: t[key] as string });
  }
  for (const term of jargon) {
    for (const o of order) {
      const use = firstUse(o.text, term.forms);
      if (!use) continue;
      if (!use.explained)
        issues.push({
          file,
          path: o.path,
          message: `"${term.term}" wordt hier voor het eerst gebruikt: leg het uit, bijvoorbeeld tussen haakjes, of kies een gewoner woord`,
        });
      break;
    }
  }
  return issues;
}

/** A per-role text must cover every role that sees the item, and only those. */
export function roleIssues(file: string, path: string, v: object, roles: readonly Role[]): ContentIssue[] {
  const keys = Object.keys(v);
  return [
    ...roles
      .filter((r) => !keys.includes(r))
      .map((r) => ({ file, path, message: `de tekst per rol mist "${r}"` })),
    ...keys
      .filter((k) => !roles.includes(k as Role))
      .map((k) => ({ file, path, message: `rol "${k}" krijgt dit item niet te zien` })),
  ];
}

export interface WritingStats {
  questions: number;
  meanWords: number;
  longestWords: number;
  longestId: string;
  overAim: number;
  whyTexts: number;
  whyNamingSource: number;
  scored: number;
  scoredWithAllTiers: number;
  /** Scored items seen by two or more roles, and how many of them have a per-role first step in every tier. */
  multiRole: number;
  multiRoleWithVariants: number;
  dilemmas: number;
  dilemmasWithDirections: number;
}

/** Figures `content:check` prints per language. */
export function writingStats(items: readonly (ItemRef & { t: Record<string, unknown> })[]): WritingStats {
  const counts = items.map((i) => ({ id: i.id, n: words(String(i.t.text ?? '')).length }));
  const longest = counts.reduce((a, b) => (b.n > a.n ? b : a), { id: '', n: 0 });
  const whys = items.filter((i) => typeof i.t.why === 'string');
  const scored = items.filter((i) => answerTypeOf(i.type)?.scored);
  const tiersOf = (i: (typeof scored)[number]) =>
    TIERS.filter((t) => answerTypeOf(i.type)?.tiers.includes(t));
  const advice = (i: (typeof scored)[number]) => (i.t.advice ?? {}) as Record<string, { step?: unknown }>;
  const multi = scored.filter((i) => i.roles.length >= 2);
  const dilemmas = items.filter((i) => i.type === 'dilemma');
  return {
    questions: items.length,
    meanWords: counts.reduce((s, c) => s + c.n, 0) / Math.max(1, counts.length),
    longestWords: longest.n,
    longestId: longest.id,
    overAim: counts.filter((c) => c.n > QUESTION_WORDS.aim).length,
    whyTexts: whys.length,
    whyNamingSource: whys.filter((i) => namesSource(String(i.t.why))).length,
    scored: scored.length,
    scoredWithAllTiers: scored.filter((i) => tiersOf(i).every((t) => advice(i)[t])).length,
    multiRole: multi.length,
    multiRoleWithVariants: multi.filter((i) =>
      tiersOf(i).every((t) => {
        const step = advice(i)[t]?.step;
        return !!step && typeof step === 'object';
      }),
    ).length,
    dilemmas: dilemmas.length,
    dilemmasWithDirections: dilemmas.filter((i) => i.t.towardsLeft && i.t.towardsRight).length,
  };
}
