import { evaluate, isAnswered } from './scoring';
import type { Answers, Content, Item, Module, Role, Scope } from './types';

/** Modules in the order the role sees them. */
export function orderedModules(content: Content, role: Role): Module[] {
  const order = content.paths[role].moduleOrder;
  return [...content.modules].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/**
 * The items a person is asked, in order, for their role and scope. Items whose `showIf` does not hold are left out;
 * the quick scan follows the role's quick list, grouped by module so the flow stays module by module.
 */
export function selectItems(content: Content, role: Role, scope: Scope, answers: Answers = {}): Item[] {
  const modules = orderedModules(content, role);
  let items: Item[];
  if (scope.kind === 'quick') {
    const quick = content.paths[role].quick;
    const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
    const picked = quick.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined);
    const moduleRank = new Map(modules.map((m, i) => [m.id, i] as const));
    items = picked
      .map((item, idx) => ({ item, idx }))
      .sort(
        (a, b) =>
          (moduleRank.get(a.item.module) ?? 0) - (moduleRank.get(b.item.module) ?? 0) || a.idx - b.idx,
      )
      .map((x) => x.item);
  } else if (scope.kind === 'items') {
    // a fixed set (a workshop): exactly these items in the workshop's order, whatever the role, and none hidden by
    // another answer, so question 7 is the same question for everyone
    const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
    return scope.items.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined);
  } else {
    const chosen = scope.kind === 'modules' ? new Set(scope.modules) : null;
    items = modules
      .filter((m) => !chosen || chosen.has(m.id))
      .flatMap((m) => m.items.filter((i) => i.roles.includes(role)));
  }
  return items.filter((i) => !i.showIf || evaluate(i.showIf, content, answers));
}

/** Estimated seconds to answer the given items. */
export function estimateSeconds(content: Pick<Content, 'secondsPerType'>, items: readonly Item[]): number {
  return items.reduce((sum, i) => sum + content.secondsPerType[i.type], 0);
}

/** Minutes, rounded up to whole minutes, at least one. */
export function toMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

export interface ModuleProgress {
  moduleId: string;
  answered: number;
  total: number;
  firstOpenIndex: number | null;
  firstIndex: number;
}

export interface Progress {
  answered: number;
  total: number;
  secondsLeft: number;
  modules: ModuleProgress[];
  unanswered: Item[];
}

/** Progress over the selected items: per module and overall, with the time left. */
export function progressOf(
  content: Pick<Content, 'secondsPerType'>,
  items: readonly Item[],
  answers: Answers,
  skipped: readonly string[] = [],
): Progress {
  const modules = new Map<string, ModuleProgress>();
  let answered = 0;
  let secondsLeft = 0;
  const unanswered: Item[] = [];
  const skippedSet = new Set(skipped);
  items.forEach((item, index) => {
    let mp = modules.get(item.module);
    if (!mp) {
      mp = { moduleId: item.module, answered: 0, total: 0, firstOpenIndex: null, firstIndex: index };
      modules.set(item.module, mp);
    }
    mp.total += 1;
    if (isAnswered(item, answers[item.id])) {
      mp.answered += 1;
      answered += 1;
    } else {
      unanswered.push(item);
      if (!skippedSet.has(item.id)) secondsLeft += content.secondsPerType[item.type];
      if (mp.firstOpenIndex === null) mp.firstOpenIndex = index;
    }
  });
  return { answered, total: items.length, secondsLeft, modules: [...modules.values()], unanswered };
}
