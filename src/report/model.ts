import {
  dilemmaFindings,
  documentsOf,
  findStrengths,
  GAP_BELOW,
  LEVEL_THRESHOLDS,
  moduleFindings,
  PRIORITY_WEIGHTS,
  raisedFlags,
  rankPriorities,
  UNKNOWN_SHARE_FINDING,
  type DilemmaFinding,
  type ModuleFinding,
  type Priority,
} from '../domain/advice';
import type { Action, ScanData } from '../domain/scan';
import { progressOf, selectItems } from '../domain/selection';
import { isAnswered } from '../domain/scoring';
import { compareAnswerSets, type Comparison } from '../domain/compare';
import type { Answer, Content, Item, Role } from '../domain/types';
import { firstStep, parseMarkdown, type MdBlock } from './markdown-blocks';
import type { ReportLabels } from './labels';

/** A reference to a seed unit, readable: document and section. */
export interface SourceRef {
  id: string;
  document: string;
  section: string;
  number: string;
}

/** Report building blocks; every renderer (screen, PDF, DOCX, HTML, Markdown) handles exactly these. */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; emphasis?: 'lead' | 'muted' | 'strong' }
  | { kind: 'markdown'; md: string; blocks: MdBlock[] }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | { kind: 'table'; head: string[]; rows: string[][]; widths?: number[] }
  | {
      kind: 'radar';
      title: string;
      /** `value` is now; `baseline` (an earlier measurement) and `target` are drawn as extra lines when present. */
      axes: { label: string; value: number | null; baseline?: number | null; target?: number | null }[];
    }
  | { kind: 'quote'; text: string; cite: string }
  | { kind: 'fields'; fields: { label: string; value: string }[] }
  | { kind: 'sources'; refs: SourceRef[] };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
  /** Starts on a new page in paged output. */
  pageBreak?: boolean;
}

export interface ReportModel {
  lang: Content['lang'];
  role: Role;
  title: string;
  subtitle: string;
  cover: { label: string; value: string }[];
  date: string;
  confidential: boolean;
  labels: ReportLabels;
  sections: Section[];
  /** Machine-readable facts, for tests and for the workshop and comparison features. */
  facts: {
    modules: ModuleFinding[];
    priorities: { itemId: string; priority: number; score: number; sources: string[] }[];
    strengths: string[];
    dilemmas: { itemId: string; now: number | null; desired: number | null; triggers: string[] }[];
    flags: string[];
    unanswered: string[];
    /** The comparison with the scan's nulmeting, when it has one (reports without a scan leave it out). */
    comparison?: Comparison | null;
  };
}

export interface ReportOptions {
  /** The report date (ISO); a parameter so output is repeatable. */
  date: string;
}

/** Fills {{name}} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (_, k: string) => String(values[k] ?? ''));
}

function sourceRefs(content: Content, ids: readonly string[]): SourceRef[] {
  return ids.map((id) => {
    const [docKey, sectionKey, number] = id.split('.');
    const doc = content.sources.find((d) => d.key === docKey);
    return {
      id,
      document: doc?.title ?? docKey ?? id,
      section: doc?.sections[sectionKey ?? ''] ?? sectionKey ?? '',
      number: number ?? '',
    };
  });
}

/** An answer in words, as the report prints it ("Grotendeels wel", "nu −1, gewenst +2"). */
export function answerText(L: ReportLabels, item: Item, a: Answer | undefined): string {
  if (!a) return L.answers.none;
  switch (a.kind) {
    case 'scale':
      return item.type === 'frequency'
        ? (L.answers.frequency[a.value - 1] ?? '')
        : (L.answers.likert[a.value - 1] ?? '');
    case 'instrument':
      return L.answers.instrument[a.value];
    case 'unknown':
      return L.answers.unknown;
    case 'na':
      return L.answers.na;
    case 'dilemma':
      return fill(L.dilemma.position, { now: pos(a.now), desired: pos(a.desired) });
    case 'text':
      return a.value;
  }
}

const pos = (v: number | undefined | null) =>
  v === undefined || v === null ? '–' : v > 0 ? `+${v}` : String(v);

function pct(score: number | null): string {
  return score === null ? '–' : `${Math.round(score * 100)}%`;
}

function levelText(L: ReportLabels, f: ModuleFinding): string {
  return f.level ? L.levels[f.level] : L.levels.none;
}

function recommendationBlocks(content: Content, L: ReportLabels, p: Priority, n: number): Block[] {
  const refs = sourceRefs(content, p.item.sources);
  const reasons = [
    fill(L.priorities.yourAnswer, { answer: answerText(L, p.item, p.answer) }),
    ...(p.marked ? [L.priorities.marked] : []),
    ...(p.multiSource ? [fill(L.priorities.multiSource, { count: documentsOf(p.item.sources).length })] : []),
  ];
  return [
    { kind: 'heading', text: `${n}. ${p.item.t.text}` },
    { kind: 'paragraph', text: reasons.join(' · '), emphasis: 'muted' },
    { kind: 'markdown', md: p.item.t.gap, blocks: parseMarkdown(p.item.t.gap) },
    { kind: 'sources', refs },
  ];
}

function dilemmaBlocks(L: ReportLabels, d: DilemmaFinding, content: Content, withAdvice: boolean): Block[] {
  const t = d.item.t;
  const blocks: Block[] = [
    { kind: 'heading', text: t.text },
    {
      kind: 'table',
      head: [L.dilemma.left, L.dilemma.right, L.dilemma.now, L.dilemma.desired],
      rows: [[t.left ?? '', t.right ?? '', pos(d.now), pos(d.desired)]],
      widths: [3, 3, 1, 1],
    },
    { kind: 'paragraph', text: `${fill(L.dilemma.leftRisk, { pole: t.left ?? '' })} ${t.leftRisk ?? ''}` },
    { kind: 'paragraph', text: `${fill(L.dilemma.rightRisk, { pole: t.right ?? '' })} ${t.rightRisk ?? ''}` },
  ];
  if (withAdvice && d.triggers.includes('gap') && t.gap) {
    blocks.push({ kind: 'paragraph', text: L.dilemma.gapAdvice, emphasis: 'strong' });
    blocks.push({ kind: 'markdown', md: t.gap, blocks: parseMarkdown(t.gap) });
  }
  if (withAdvice && d.triggers.includes('extreme') && t.extremes) {
    blocks.push({ kind: 'paragraph', text: L.dilemma.extremeAdvice, emphasis: 'strong' });
    blocks.push({ kind: 'markdown', md: t.extremes, blocks: parseMarkdown(t.extremes) });
  }
  if (withAdvice && d.towardsSources.length)
    blocks.push({ kind: 'sources', refs: sourceRefs(content, d.towardsSources) });
  return blocks;
}

/**
 * Builds the report for one scan: scores, levels, priorities, strengths, dilemma profile, flags, open answers,
 * unanswered items, the action plan and the method appendix, arranged for the scan's role. Pure.
 */
export function buildReportModel(
  content: Content,
  scan: ScanData,
  labels: ReportLabels,
  options: ReportOptions,
): ReportModel {
  const L = labels;
  const role: Role = scan.role ?? 'bestuurder';
  const scope = scan.scope ?? { kind: 'full' as const };
  const askedItems = selectItems(content, role, scope, scan.answers);
  const asked = askedItems.map((i) => i.id);
  const input = {
    content,
    answers: scan.answers,
    role,
    priorities: scan.priorities,
    themes: scan.reflection.themes,
    asked,
  };
  const modules = moduleFindings(content, scan.answers, asked);
  const priorities = rankPriorities(input);
  const strengths = findStrengths(input);
  const dilemmas = dilemmaFindings(content, scan.answers, asked);
  const flags = raisedFlags(content, scan.answers);
  const progress = progressOf(content, askedItems, scan.answers);
  const moduleTitle = (id: string) => content.modules.find((m) => m.id === id)?.title ?? id;
  const openAnswers = askedItems.filter((i) => i.type === 'open' && isAnswered(i, scan.answers[i.id]));
  const topCount = topCountFor(role);
  const top = priorities.slice(0, topCount);
  const date = options.date.slice(0, 10);

  // ---- shared blocks ----
  const radar: Block = {
    kind: 'radar',
    title: L.profile.radarTitle,
    axes: modules.map((m) => ({ label: moduleTitle(m.moduleId), value: m.score })),
  };
  const profileTable: Block = {
    kind: 'table',
    head: [L.profile.theme, L.profile.score, L.profile.level, L.profile.answered],
    rows: modules.map((m) => [
      moduleTitle(m.moduleId),
      pct(m.score),
      levelText(L, m),
      fill(L.profile.answeredOf, { scored: m.scored, total: m.scorable, unknown: m.unknown }),
    ]),
    widths: [4, 1, 2, 2],
  };
  const thresholds: Block = {
    kind: 'paragraph',
    emphasis: 'muted',
    text: fill(L.profile.thresholds, {
      attention: pct(LEVEL_THRESHOLDS.attentionBelow),
      strong: pct(LEVEL_THRESHOLDS.strongFrom),
    }),
  };
  const strengthsBlocks = (n: number): Block[] =>
    strengths.length === 0
      ? [{ kind: 'paragraph', text: L.strengths.none }]
      : [
          {
            kind: 'list',
            items: strengths.slice(0, n).map((s) => `${s.item.t.text} — ${s.item.t.strength}`),
          },
        ];
  const dilemmaTable: Block = {
    kind: 'table',
    head: [L.dilemma.question, L.dilemma.now, L.dilemma.desired, L.dilemma.signal],
    rows: dilemmas.map((d) => [
      `${d.item.t.left} ↔ ${d.item.t.right}`,
      pos(d.now),
      pos(d.desired),
      d.triggers.map((x) => (x === 'gap' ? L.dilemma.signalGap : L.dilemma.signalExtreme)).join(', ') || '–',
    ]),
    widths: [5, 1, 1, 2],
  };
  const flagBlocks: Block[] = flags.length
    ? flags.flatMap((f): Block[] => [
        { kind: 'heading', text: f.title },
        {
          kind: 'paragraph',
          text: f.severity === 'warning' ? L.flags.warning : L.flags.info,
          emphasis: 'muted',
        },
        { kind: 'markdown', md: f.advice, blocks: parseMarkdown(f.advice) },
        { kind: 'sources', refs: sourceRefs(content, f.sources) },
      ])
    : [{ kind: 'paragraph', text: L.flags.none }];
  const weakInfo = modules.filter((m) => m.weakInformation);
  const weakInfoBlocks: Block[] = weakInfo.map((m) => ({
    kind: 'paragraph',
    text: fill(L.findings.weakInformation, { theme: moduleTitle(m.moduleId), unknown: m.unknown }),
  }));
  const selfImageBlocks: Block[] = modules
    .filter((m) => m.selfImage)
    .map((m) => ({
      kind: 'paragraph',
      text: fill(m.selfImage === 'rosier' ? L.findings.rosier : L.findings.harsher, {
        theme: moduleTitle(m.moduleId),
      }),
    }));
  const openBlocks: Block[] = openAnswers.length
    ? openAnswers.map((i) => ({
        kind: 'quote',
        text: (scan.answers[i.id] as { value: string }).value,
        cite: i.t.text,
      }))
    : [{ kind: 'paragraph', text: L.open.none }];
  if (scan.reflection.notes.trim())
    openBlocks.push({ kind: 'quote', text: scan.reflection.notes, cite: L.open.notes });
  const unansweredBlocks: Block[] = progress.unanswered.length
    ? [
        {
          kind: 'paragraph',
          text: fill(L.unanswered.intro, { count: progress.unanswered.length, total: progress.total }),
        },
        { kind: 'list', items: progress.unanswered.map((i) => `${i.t.text} (${moduleTitle(i.module)})`) },
      ]
    : [{ kind: 'paragraph', text: L.unanswered.none }];
  const proposed = toActions(top);
  const actions = scan.actions.length ? scan.actions : proposed;
  const actionBlocks: Block[] = [
    ...(scan.actions.length
      ? []
      : [{ kind: 'paragraph' as const, text: L.actions.proposedNote, emphasis: 'muted' as const }]),
    {
      kind: 'table',
      head: [L.actions.action, L.actions.owner, L.actions.due, L.actions.status],
      rows: actions.map((a) => [a.text, a.owner || '–', a.due || '–', L.actions.statuses[a.status]]),
      widths: [6, 2, 2, 1.4],
    },
  ];
  const allRefs = sourceRefs(
    content,
    [
      ...new Set([
        ...top.flatMap((p) => p.item.sources),
        ...flags.flatMap((f) => f.sources),
        ...dilemmas.flatMap((d) => d.item.sources),
      ]),
    ].sort(),
  );
  const method: Block[] = [
    { kind: 'paragraph', text: L.method.scores },
    {
      kind: 'paragraph',
      text: fill(L.method.levels, {
        attention: pct(LEVEL_THRESHOLDS.attentionBelow),
        strong: pct(LEVEL_THRESHOLDS.strongFrom),
      }),
    },
    {
      kind: 'paragraph',
      text: fill(L.method.priorities, {
        gap: pct(GAP_BELOW),
        marked: PRIORITY_WEIGHTS.marked,
        multi: PRIORITY_WEIGHTS.multiSource,
        role: PRIORITY_WEIGHTS.roleMatch,
        theme: PRIORITY_WEIGHTS.chosenTheme,
      }),
    },
    { kind: 'paragraph', text: fill(L.method.unknown, { share: pct(UNKNOWN_SHARE_FINDING) }) },
    { kind: 'paragraph', text: L.method.dilemmas },
    { kind: 'paragraph', text: L.method.flags },
    { kind: 'paragraph', text: fill(L.method.version, { version: content.contentVersion }) },
    ...(scan.baseline ? [{ kind: 'paragraph' as const, text: L.compare.method }] : []),
  ];
  const sourcesSection: Section = {
    id: 'bronnen',
    title: L.sections.sources,
    blocks: [
      { kind: 'list', items: content.sources.map((d) => `${d.title} — ${d.origin}`) },
      { kind: 'paragraph', text: L.sources.cited },
      { kind: 'sources', refs: allRefs },
    ],
  };
  const methodSection: Section = { id: 'methode', title: L.sections.method, blocks: method, pageBreak: true };
  const detailsSections = (): Section[] =>
    modules.map((m) => {
      const items = askedItems.filter(
        (i) => i.module === m.moduleId && i.type !== 'open' && i.type !== 'dilemma',
      );
      return {
        id: `thema-${m.moduleId}`,
        title: moduleTitle(m.moduleId),
        blocks: [
          {
            kind: 'paragraph',
            text: `${L.profile.score}: ${pct(m.score)} · ${levelText(L, m)}`,
            emphasis: 'strong',
          },
          {
            kind: 'table',
            head: [L.details.statement, L.details.answer],
            rows: items.map((i) => [i.t.text, answerText(L, i, scan.answers[i.id])]),
            widths: [4, 1.6],
          },
        ],
      };
    });

  const cover = [
    { label: L.cover.role, value: L.roles[role] },
    ...(scan.profile.gemeente ? [{ label: L.cover.gemeente, value: scan.profile.gemeente }] : []),
    ...(scan.profile.wijk ? [{ label: L.cover.wijk, value: scan.profile.wijk }] : []),
    ...(scan.profile.naam ? [{ label: L.cover.naam, value: scan.profile.naam }] : []),
    { label: L.cover.date, value: date },
    { label: L.cover.scope, value: L.scopes[scope.kind] },
    {
      label: L.cover.answered,
      value: fill(L.cover.answeredOf, { answered: progress.answered, total: progress.total }),
    },
  ];

  const comparison = scan.baseline
    ? compareAnswerSets(content, scan.baseline, { answers: scan.answers, targets: scan.targets }, asked)
    : null;
  const compareSections: Section[] =
    scan.baseline && comparison ? [comparisonSection(content, L, scan.baseline, comparison)] : [];

  let sections: Section[];
  if (role === 'projectleider') {
    const memoFields: Block = {
      kind: 'fields',
      fields: [
        { label: L.cover.gemeente, value: scan.profile.gemeente || '–' },
        { label: L.cover.wijk, value: scan.profile.wijk || '–' },
        { label: L.memo.author, value: scan.memo.auteur || scan.profile.naam || '–' },
        { label: L.cover.date, value: scan.memo.datum || date },
      ],
    };
    sections = [
      {
        id: 'aanleiding',
        title: L.sections.aanleiding,
        blocks: [
          memoFields,
          { kind: 'paragraph', text: scan.memo.aanleiding.trim() || L.memo.aanleidingDefault },
        ],
      },
      {
        id: 'stand',
        title: L.sections.stand,
        blocks: [radar, profileTable, thresholds, ...weakInfoBlocks, ...selfImageBlocks],
      },
      ...compareSections,
      {
        id: 'keuzes',
        title: L.sections.keuzes,
        blocks: dilemmas.length
          ? [
              { kind: 'paragraph', text: L.memo.keuzesIntro },
              ...dilemmas.flatMap((d) => dilemmaBlocks(L, d, content, true)),
            ]
          : [{ kind: 'paragraph', text: L.dilemma.none }],
      },
      {
        id: 'voorstel',
        title: L.sections.voorstel,
        blocks: top.length
          ? [
              { kind: 'paragraph', text: L.memo.besluitpuntenIntro },
              { kind: 'list', ordered: true, items: top.map((p) => firstStep(p.item.t.gap)) },
              ...top.flatMap((p, i) => recommendationBlocks(content, L, p, i + 1)),
            ]
          : [{ kind: 'paragraph', text: L.priorities.none }],
      },
      { id: 'risicos', title: L.sections.risicos, blocks: [...flagBlocks, ...weakInfoBlocks] },
      { id: 'agenda', title: L.sections.agenda, blocks: actionBlocks },
      { id: 'sterk', title: L.sections.strengths, blocks: strengthsBlocks(8) },
      { id: 'reflectie', title: L.sections.bijlageOpen, blocks: openBlocks, pageBreak: true },
      { id: 'open', title: L.sections.unanswered, blocks: unansweredBlocks },
      ...detailsSections().map((s) => ({ ...s, title: `${L.sections.bijlageTheme}: ${s.title}` })),
      methodSection,
      sourcesSection,
    ];
  } else if (role === 'trainer') {
    const discussion: Block[] = [
      { kind: 'paragraph', text: L.trainer.discussionIntro },
      {
        kind: 'list',
        items: [
          ...dilemmas
            .filter((d) => d.triggers.length)
            .map((d) =>
              fill(L.trainer.dilemmaPoint, { left: d.item.t.left ?? '', right: d.item.t.right ?? '' }),
            ),
          ...modules
            .filter((m) => m.weakInformation)
            .map((m) => fill(L.trainer.unknownPoint, { theme: moduleTitle(m.moduleId) })),
          ...modules
            .filter((m) => m.selfImage === 'rosier')
            .map((m) => fill(L.trainer.selfImagePoint, { theme: moduleTitle(m.moduleId) })),
          ...top.slice(0, 5).map((p) => fill(L.trainer.gapPoint, { statement: p.item.t.text })),
        ],
      },
      { kind: 'paragraph', text: L.trainer.questionsIntro, emphasis: 'strong' },
      {
        kind: 'list',
        items: askedItems.filter((i) => i.type === 'open').map((i) => i.t.text),
      },
    ];
    sections = [
      { id: 'profiel', title: L.sections.profile, blocks: [radar, profileTable, thresholds] },
      ...compareSections,
      { id: 'gesprek', title: L.sections.discussion, blocks: discussion },
      {
        id: 'dilemmas',
        title: L.sections.dilemmas,
        blocks: dilemmas.length
          ? dilemmas.flatMap((d) => dilemmaBlocks(L, d, content, true))
          : [{ kind: 'paragraph', text: L.dilemma.none }],
      },
      { id: 'sterk', title: L.sections.strengths, blocks: strengthsBlocks(5) },
      {
        id: 'prioriteiten',
        title: L.sections.priorities,
        blocks: top.length
          ? top.flatMap((p, i) => recommendationBlocks(content, L, p, i + 1))
          : [{ kind: 'paragraph', text: L.priorities.none }],
      },
      { id: 'signalen', title: L.sections.flags, blocks: flagBlocks },
      { id: 'reflectie', title: L.sections.open, blocks: openBlocks },
      { id: 'agenda', title: L.sections.agenda, blocks: actionBlocks },
      { id: 'open', title: L.sections.unanswered, blocks: unansweredBlocks },
      methodSection,
      sourcesSection,
    ];
  } else {
    const talks = (
      [
        ['college', ['ver', 'stu', 'org']],
        ['raad', ['ver', 'mon', 'inf']],
        ['partners', ['net', 'cof', 'bew']],
      ] as const
    ).map(([who, mods]) => {
      const picks = priorities.filter((p) => (mods as readonly string[]).includes(p.item.module)).slice(0, 2);
      return {
        who,
        text: picks.length
          ? fill(L.talks[who], { topics: picks.map((p) => `“${p.item.t.text}”`).join(L.talks.and) })
          : L.talks[`${who}None` as const],
      };
    });
    sections = [
      {
        id: 'samenvatting',
        title: L.sections.summary,
        blocks: [
          radar,
          profileTable,
          thresholds,
          { kind: 'heading', text: L.strengths.top3 },
          ...strengthsBlocks(3),
          { kind: 'heading', text: L.priorities.top5 },
          top.length
            ? { kind: 'list', ordered: true, items: top.map((p) => p.item.t.text) }
            : { kind: 'paragraph', text: L.priorities.none },
          { kind: 'heading', text: L.dilemma.positions },
          dilemmas.length ? dilemmaTable : { kind: 'paragraph', text: L.dilemma.none },
        ],
      },
      ...compareSections,
      {
        id: 'gesprekken',
        title: L.sections.talks,
        blocks: [{ kind: 'list', items: talks.map((x) => x.text) }],
      },
      {
        id: 'prioriteiten',
        title: L.sections.priorities,
        pageBreak: true,
        blocks: top.length
          ? top.flatMap((p, i) => recommendationBlocks(content, L, p, i + 1))
          : [{ kind: 'paragraph', text: L.priorities.none }],
      },
      {
        id: 'signalen',
        title: L.sections.flags,
        blocks: [...flagBlocks, ...weakInfoBlocks, ...selfImageBlocks],
      },
      {
        id: 'dilemmas',
        title: L.sections.dilemmas,
        blocks: dilemmas.length
          ? dilemmas.flatMap((d) => dilemmaBlocks(L, d, content, true))
          : [{ kind: 'paragraph', text: L.dilemma.none }],
      },
      { id: 'sterk', title: L.sections.strengths, blocks: strengthsBlocks(10) },
      { id: 'reflectie', title: L.sections.open, blocks: openBlocks },
      { id: 'agenda', title: L.sections.agenda, blocks: actionBlocks },
      ...detailsSections(),
      { id: 'open', title: L.sections.unanswered, blocks: unansweredBlocks },
      methodSection,
      sourcesSection,
    ];
  }

  return {
    lang: content.lang,
    role,
    title: L.titles[role],
    subtitle: [scan.profile.gemeente, scan.profile.wijk].filter(Boolean).join(' · ') || scan.name,
    cover,
    date,
    confidential: scan.confidential,
    labels: L,
    sections,
    facts: {
      modules,
      priorities: priorities.map((p) => ({
        itemId: p.item.id,
        priority: p.priority,
        score: p.score,
        sources: p.item.sources,
      })),
      strengths: strengths.map((s) => s.item.id),
      dilemmas: dilemmas.map((d) => ({
        itemId: d.item.id,
        now: d.now,
        desired: d.desired,
        triggers: d.triggers,
      })),
      flags: flags.map((f) => f.id),
      unanswered: progress.unanswered.map((i) => i.id),
      comparison,
    },
  };
}

function toActions(top: readonly Priority[]): Action[] {
  return top.map((p) => ({
    id: `voorstel-${p.item.id}`,
    text: firstStep(p.item.t.gap),
    owner: '',
    due: '',
    status: 'open' as const,
    itemId: p.item.id,
  }));
}

/** Number of priorities a role's report works out (and proposes as actions). */
export function topCountFor(role: Role): number {
  return role === 'projectleider' ? 10 : 5;
}

/** Actions proposed from the scan's top priorities: the first concrete step of each item's advice. */
export function proposedActions(content: Content, scan: ScanData): Action[] {
  const role: Role = scan.role ?? 'bestuurder';
  const asked = selectItems(content, role, scan.scope ?? { kind: 'full' }, scan.answers).map((i) => i.id);
  const top = rankPriorities({
    content,
    answers: scan.answers,
    role,
    priorities: scan.priorities,
    themes: scan.reflection.themes,
    asked,
  });
  return toActions(top.slice(0, topCountFor(role)));
}

/** Plain-text form of a source reference: "Document — Section (n)". */
export function sourceLabel(r: SourceRef): string {
  return `${r.document} — ${r.section}${r.number ? ` (${r.number})` : ''}`;
}

/** "+12 punten (hoger)", "−8 punten (lager)" or "gelijk": the change in words, never only as a colour. */
export function changeText(L: ReportLabels, delta: number | null): string {
  if (delta === null) return '–';
  const points = Math.round(Math.abs(delta) * 100);
  if (points === 0) return L.compare.same;
  return fill(delta > 0 ? L.compare.up : L.compare.down, { points });
}

/** "70% uiterlijk 2027-06-30" and "nog 8 punten" / "doel gehaald" for a module's target. */
export function targetTexts(
  L: ReportLabels,
  m: Comparison['modules'][number],
): { target: string; toTarget: string } {
  if (m.target === null) return { target: '–', toTarget: '–' };
  const level = pct(m.target);
  const target = m.targetBy ? fill(L.compare.targetBy, { level, date: m.targetBy }) : level;
  if (m.toTarget === null) return { target, toTarget: '–' };
  const points = Math.round(m.toTarget * 100);
  return { target, toTarget: points <= 0 ? L.compare.targetReached : fill(L.compare.targetLeft, { points }) };
}

/** Items listed per change; the full per-item comparison is on the comparison screen. */
const COMPARE_LIST_MAX = 10;

/** The comparison with the nulmeting: module table and radar with both moments, changes per item, content changes. */
function comparisonSection(
  content: Content,
  L: ReportLabels,
  baseline: NonNullable<ScanData['baseline']>,
  c: Comparison,
): Section {
  const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const moduleTitle = (id: string) => content.modules.find((m) => m.id === id)?.title ?? id;
  const statement = (id: string) => byId.get(id)?.t.text ?? id;
  const itemLine = (x: Comparison['items'][number]) => {
    const item = byId.get(x.itemId);
    return fill(L.compare.itemChange, {
      statement: statement(x.itemId),
      before: item ? answerText(L, item, x.baselineAnswer) : '',
      now: item ? answerText(L, item, x.nowAnswer) : '',
      change: changeText(L, x.delta),
    });
  };
  const withModule = (id: string) => `${statement(id)} (${moduleTitle(byId.get(id)?.module ?? '')})`;
  const listOr = (items: string[], none: string): Block =>
    items.length ? { kind: 'list', items } : { kind: 'paragraph', text: none };
  const better = c.improvements.length;
  const worse = c.declines.length;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      emphasis: 'lead',
      text: fill(L.compare.intro, {
        label: baseline.label,
        date: baseline.savedAt.slice(0, 10),
        source: L.compare.sources[baseline.source],
      }),
    },
    ...(c.contentChanged
      ? [
          {
            kind: 'paragraph' as const,
            emphasis: 'strong' as const,
            text: fill(L.compare.contentChanged, {
              before: baseline.contentVersion,
              now: content.contentVersion,
            }),
          },
        ]
      : []),
    { kind: 'paragraph', emphasis: 'muted', text: L.compare.basis },
    {
      kind: 'radar',
      title: L.compare.radarTitle,
      axes: c.modules.map((m) => ({
        label: moduleTitle(m.moduleId),
        value: m.now,
        baseline: m.baseline,
        target: m.target,
      })),
    },
    {
      kind: 'table',
      head: [
        L.compare.theme,
        L.compare.baseline,
        L.compare.now,
        L.compare.change,
        L.compare.target,
        L.compare.toTarget,
      ],
      rows: c.modules.map((m) => {
        const t = targetTexts(L, m);
        return [
          moduleTitle(m.moduleId),
          pct(m.baseline),
          pct(m.now),
          changeText(L, m.delta),
          t.target,
          t.toTarget,
        ];
      }),
      widths: [2.8, 1.6, 0.9, 2, 2.2, 1.6],
    },
    { kind: 'paragraph', text: fill(L.compare.summary, { better, worse, same: c.unchanged }) },
    { kind: 'heading', text: L.compare.improvements },
    listOr(c.improvements.slice(0, COMPARE_LIST_MAX).map(itemLine), L.compare.noImprovements),
    { kind: 'heading', text: L.compare.declines },
    listOr(c.declines.slice(0, COMPARE_LIST_MAX).map(itemLine), L.compare.noDeclines),
    { kind: 'heading', text: L.compare.dilemmas },
    listOr(
      c.dilemmasMoved.map((d) => {
        const t = byId.get(d.itemId)?.t;
        return fill(L.compare.dilemmaMove, {
          left: t?.left ?? '',
          right: t?.right ?? '',
          nowBefore: pos(d.nowBefore),
          nowAfter: pos(d.nowAfter),
          desiredBefore: pos(d.desiredBefore),
          desiredAfter: pos(d.desiredAfter),
        });
      }),
      L.compare.noDilemmas,
    ),
  ];
  if (c.newlyAnswered.length) {
    blocks.push(
      { kind: 'heading', text: L.compare.newlyAnswered },
      {
        kind: 'list',
        items: c.newlyAnswered.map((n) => {
          const item = byId.get(n.itemId);
          return fill(L.compare.newlyAnsweredItem, {
            statement: statement(n.itemId),
            answer: item ? answerText(L, item, n.answer) : '',
          });
        }),
      },
    );
  }
  const listed = (title: string, intro: string, items: string[]): Block[] =>
    items.length
      ? [
          { kind: 'heading', text: title },
          { kind: 'paragraph', emphasis: 'muted', text: intro },
          { kind: 'list', items },
        ]
      : [];
  blocks.push(
    // an id the content still has (with another type) gets its current text; a removed one only has its id
    ...listed(
      L.compare.removed,
      L.compare.removedIntro,
      c.removedItems.map((id) => (byId.has(id) ? withModule(id) : id)),
    ),
    ...listed(L.compare.newItems, L.compare.newItemsIntro, c.newItems.map(withModule)),
    ...listed(L.compare.onlyBaseline, L.compare.onlyBaselineIntro, c.onlyInBaseline.map(withModule)),
  );
  return { id: 'vergelijking', title: L.compare.section, blocks };
}

/** The role as a file name shows it, in the report's language. */
const ROLE_IN_FILE_NAME: Record<Content['lang'], Record<Role, string>> = {
  nl: { bestuurder: 'bestuurder', projectleider: 'projectleider', trainer: 'trainer' },
  en: { bestuurder: 'alderman', projectleider: 'project-lead', trainer: 'trainer' },
};

/**
 * A report's file name without its extension, the same for every output: `zelfscan-rapport-bestuurder-2026-11-23`,
 * in English `selfscan-report-alderman-2026-11-23`.
 */
export function reportFileBase(
  model: Pick<ReportModel, 'lang' | 'role' | 'date'>,
  date = model.date,
): string {
  const base = model.lang === 'en' ? 'selfscan-report' : 'zelfscan-rapport';
  return `${base}-${ROLE_IN_FILE_NAME[model.lang][model.role]}-${date.slice(0, 10)}`;
}
