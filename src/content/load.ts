import { answerType } from '../domain/answer-types';
import { ANSWER_TYPE_SCHEMAS } from './answer-schemas';
import type { z } from 'zod';
import {
  ROLES,
  type Condition,
  type Content,
  type Item,
  type Lang,
  type Module,
  type Rule,
} from '../domain/types';
import {
  metaSchema,
  moduleStructureSchema,
  moduleTextSchema,
  ruleTextsSchema,
  rulesSchema,
  scansSchema,
  seedIndexSchema,
  sourcesSchema,
  jargonSchema,
} from './schema';
import { checkModuleTexts, roleIssues } from './text-checks';

/** The content files as read from disk or bundled by Vite: file name (without .json) to parsed JSON. */
export interface RawContent {
  meta: unknown;
  modules: Record<string, unknown>;
  texts: Record<Lang, Record<string, unknown>>;
  rules: unknown;
  scans: unknown;
  sources: unknown;
  seedIndex: unknown;
  /** Terms that need an explanation at first use (checked by `checkContent`; not part of the app). */
  jargon?: unknown;
}

/** One problem in the content, with the file and the path inside it. */
export interface ContentIssue {
  file: string;
  path: string;
  message: string;
}

export interface ContentCheck {
  issues: ContentIssue[];
  /** Seed ids cited by at least one item or rule. */
  cited: Set<string>;
  /** All seed ids of the index. */
  seedIds: string[];
  fingerprint: string;
}

function parse<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  issues: ContentIssue[],
  prefix: string[] = [],
): z.infer<T> | null {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  for (const i of r.error.issues) {
    issues.push({ file, path: [...prefix, ...i.path.map(String)].join('.') || '(root)', message: i.message });
  }
  return null;
}

/** A stable fingerprint of the item structure (ids, types, modules); editing items changes it. */
export function fingerprintOf(modules: { id: string; items: { id: string; type: string }[] }[]): string {
  const text = modules
    .flatMap((m) => m.items.map((i) => `${m.id}/${i.id}/${i.type}`))
    .sort()
    .join('|');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function conditionRefs(c: Condition, out: { items: string[]; modules: string[] }): void {
  if ('all' in c) c.all.forEach((x) => conditionRefs(x, out));
  else if ('any' in c) c.any.forEach((x) => conditionRefs(x, out));
  else if ('not' in c) conditionRefs(c.not, out);
  else if ('item' in c) out.items.push(c.item);
  else out.modules.push(c.module);
}

/**
 * Validates every content file and the references between them. Returns every problem found, never only the first.
 */
export function checkContent(raw: RawContent): ContentCheck {
  const issues: ContentIssue[] = [];
  const problem = (file: string, path: string, message: string) => {
    issues.push({ file, path, message });
  };
  const meta = parse(metaSchema, raw.meta, 'meta.json', issues);
  const seedIndex = parse(seedIndexSchema, raw.seedIndex, 'seed-index.json', issues);
  const seedIds = seedIndex?.ids.map((x) => x.id) ?? [];
  const seedSet = new Set(seedIds);
  const cited = new Set<string>();
  const modules = Object.entries(raw.modules)
    .map(([name, data]) => {
      const m = parse(moduleStructureSchema, data, `modules/${name}.json`, issues);
      if (m && m.id !== name)
        problem(
          `modules/${name}.json`,
          'id',
          `id "${m.id}" hoort gelijk te zijn aan de bestandsnaam "${name}"`,
        );
      return m ? { ...m, file: `modules/${name}.json` } : null;
    })
    .filter((m) => m !== null)
    .sort((a, b) => a.order - b.order);
  const moduleIds = new Set(modules.map((m) => m.id));
  const itemIds = new Map<string, string>();
  const itemTypes = new Map<string, string>();
  for (const m of modules) {
    m.items.forEach((item, idx) => {
      const path = `items.${idx}`;
      if (itemIds.has(item.id))
        problem(m.file, `${path}.id`, `id "${item.id}" komt ook voor in ${itemIds.get(item.id)}`);
      itemIds.set(item.id, m.file);
      itemTypes.set(item.id, item.type);
      if (!item.id.startsWith(`${m.id}.`))
        problem(m.file, `${path}.id`, `id "${item.id}" moet beginnen met "${m.id}."`);
      for (const key of ['sources', 'leansLeft', 'leansRight'] as const) {
        (item[key] ?? []).forEach((s, j) => {
          if (!seedSet.has(s))
            problem(m.file, `${path}.${key}.${j}`, `bron "${s}" bestaat niet in seed-index.json`);
          else if (key === 'sources') cited.add(s);
        });
      }
      if (!answerType(item.type).poles && (item.leansLeft || item.leansRight))
        problem(m.file, path, 'leansLeft/leansRight horen alleen bij een dilemma');
      if (item.anchor && !answerType(item.type).anchors)
        problem(m.file, `${path}.anchor`, 'alleen een likert-stelling kan anker zijn');
    });
  }
  // showIf references, after all ids are known
  for (const m of modules) {
    m.items.forEach((item, idx) => {
      if (!item.showIf) return;
      const refs = { items: [] as string[], modules: [] as string[] };
      conditionRefs(item.showIf, refs);
      refs.items
        .filter((r) => !itemIds.has(r))
        .forEach((r) => problem(m.file, `items.${idx}.showIf`, `verwijst naar onbekend item "${r}"`));
      refs.modules
        .filter((r) => !moduleIds.has(r))
        .forEach((r) => problem(m.file, `items.${idx}.showIf`, `verwijst naar onbekende module "${r}"`));
    });
  }
  // items that take over answers of an earlier version name ids that no longer exist
  for (const m of modules) {
    m.items.forEach((item, idx) => {
      (item.replaces ?? []).forEach((old, j) => {
        if (itemIds.has(old))
          problem(
            m.file,
            `items.${idx}.replaces.${j}`,
            `"${old}" bestaat nog; replaces noemt alleen ids van een eerdere versie`,
          );
      });
    });
  }
  const jargon =
    raw.jargon === undefined ? { nl: [], en: [] } : parse(jargonSchema, raw.jargon, 'jargon.json', issues);
  // texts per language: complete, no orphans, right fields per type
  for (const lang of ['nl', 'en'] as const) {
    const texts = raw.texts[lang] ?? {};
    for (const m of modules) {
      const file = `texts/${lang}/${m.id}.json`;
      if (!(m.id in texts)) {
        problem(file, '(root)', 'bestand ontbreekt');
        continue;
      }
      const t = parse(moduleTextSchema, texts[m.id], file, issues);
      if (!t) continue;
      for (const item of m.items) {
        const it = t.items[item.id];
        if (!it) problem(file, `items.${item.id}`, 'tekst ontbreekt');
        else parse(ANSWER_TYPE_SCHEMAS[item.type].text, it, file, issues, ['items', item.id]);
      }
      for (const key of Object.keys(t.items)) {
        if (!m.items.some((i) => i.id === key)) problem(file, `items.${key}`, 'tekst zonder item (wees)');
      }
      issues.push(...checkModuleTexts(file, m.items, t, jargon?.[lang] ?? []));
    }
    for (const name of Object.keys(texts)) {
      if (name !== 'rules' && !moduleIds.has(name))
        problem(`texts/${lang}/${name}.json`, '(root)', 'bestand hoort bij geen module');
    }
  }
  // rules
  const rules = parse(rulesSchema, raw.rules, 'rules.json', issues) ?? [];
  rules.forEach((r, idx) => {
    const refs = { items: [] as string[], modules: [] as string[] };
    conditionRefs(r.when, refs);
    refs.items
      .filter((x) => !itemIds.has(x))
      .forEach((x) => problem('rules.json', `${idx}.when`, `verwijst naar onbekend item "${x}"`));
    refs.modules
      .filter((x) => !moduleIds.has(x))
      .forEach((x) => problem('rules.json', `${idx}.when`, `verwijst naar onbekende module "${x}"`));
    r.sources.forEach((s, j) => {
      if (!seedSet.has(s)) problem('rules.json', `${idx}.sources.${j}`, `bron "${s}" bestaat niet`);
      else cited.add(s);
    });
  });
  if (new Set(rules.map((r) => r.id)).size !== rules.length)
    problem('rules.json', '(root)', 'regel-ids zijn niet uniek');
  for (const lang of ['nl', 'en'] as const) {
    const file = `texts/${lang}/rules.json`;
    const rt = parse(ruleTextsSchema, raw.texts[lang]?.rules, file, issues);
    if (!rt) continue;
    rules.filter((r) => !rt[r.id]).forEach((r) => problem(file, r.id, 'tekst ontbreekt'));
    for (const [id, text] of Object.entries(rt))
      if (typeof text.advice === 'object')
        issues.push(...roleIssues(file, `${id}.advice`, text.advice, ROLES));
    Object.keys(rt)
      .filter((k) => !rules.some((r) => r.id === k))
      .forEach((k) => problem(file, k, 'tekst zonder regel (wees)'));
  }
  // scans
  const scans = parse(scansSchema, raw.scans, 'scans.json', issues);
  if (scans) {
    for (const role of ROLES) {
      const p = scans[role];
      const missing = [...moduleIds].filter((id) => !p.moduleOrder.includes(id));
      if (missing.length)
        problem('scans.json', `${role}.moduleOrder`, `modules ontbreken: ${missing.join(', ')}`);
      p.moduleOrder
        .filter((id) => !moduleIds.has(id))
        .forEach((id) => problem('scans.json', `${role}.moduleOrder`, `onbekende module "${id}"`));
      p.quick.forEach((id, j) => {
        if (!itemIds.has(id)) problem('scans.json', `${role}.quick.${j}`, `onbekend item "${id}"`);
      });
      if (new Set(p.quick).size !== p.quick.length)
        problem('scans.json', `${role}.quick`, 'een item staat er dubbel in');
      if (meta) {
        const secs = p.quick.reduce(
          (s, id) => s + (meta.secondsPerType[itemTypes.get(id) as keyof typeof meta.secondsPerType] ?? 0),
          0,
        );
        if (secs > 15 * 60)
          problem(
            'scans.json',
            `${role}.quick`,
            `snelle scan duurt ${Math.ceil(secs / 60)} minuten; maximaal 15`,
          );
      }
    }
  }
  parse(sourcesSchema, raw.sources, 'sources.json', issues);
  // coverage
  const fingerprint = fingerprintOf(modules);
  if (meta && meta.fingerprint !== fingerprint) {
    problem(
      'meta.json',
      'fingerprint',
      `de items zijn gewijzigd: verhoog contentVersion en zet fingerprint op "${fingerprint}"`,
    );
  }
  for (const id of seedIds) {
    if (!cited.has(id))
      problem('seed-index.json', id, 'deze broneenheid wordt door geen enkel item of regel genoemd');
  }
  return { issues, cited, seedIds, fingerprint };
}

/** Assembles the content in one language. Assumes `checkContent` found no issues (the build guarantees that). */
export function buildContent(raw: RawContent, lang: Lang): Content {
  const meta = metaSchema.parse(raw.meta);
  const texts = raw.texts[lang];
  const modules: Module[] = Object.values(raw.modules)
    .map((data) => moduleStructureSchema.parse(data))
    .sort((a, b) => a.order - b.order)
    .map((m) => {
      const t = moduleTextSchema.parse(texts[m.id]);
      const items: Item[] = m.items.map((s) => ({
        ...s,
        module: m.id,
        t: t.items[s.id] as unknown as Item['t'],
      }));
      return { id: m.id, order: m.order, title: t.title, intro: t.intro, items };
    });
  const ruleTexts = ruleTextsSchema.parse(texts.rules);
  const rules: Rule[] = rulesSchema.parse(raw.rules).map((r) => ({
    ...r,
    title: ruleTexts[r.id]?.title ?? r.id,
    advice: ruleTexts[r.id]?.advice ?? '',
  }));
  const sources = sourcesSchema.parse(raw.sources).map((d) => ({
    key: d.key,
    file: d.file,
    title: d.title[lang],
    short: d.short[lang],
    origin: d.origin[lang],
    ...(d.publication ? { publication: d.publication } : {}),
    sections: Object.fromEntries(Object.entries(d.sections).map(([k, v]) => [k, v[lang]])),
  }));
  return {
    lang,
    contentVersion: meta.contentVersion,
    secondsPerType: meta.secondsPerType,
    modules,
    rules,
    paths: scansSchema.parse(raw.scans),
    sources,
  };
}
