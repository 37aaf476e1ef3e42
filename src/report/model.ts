import { answerType, signedPosition, type AnswerWords } from '../domain/answer-types';
import {
  adviceFor,
  dilemmaAdvice,
  dilemmaFindings,
  documentsOf,
  findStrengths,
  GAP_BELOW,
  LEVEL_THRESHOLDS,
  moduleFindings,
  PRIORITY_WEIGHTS,
  raisedFlags,
  rankPriorities,
  textFor,
  TIER_FROM,
  UNKNOWN_SHARE_FINDING,
  type DilemmaFinding,
  type ItemAdvice,
  type ModuleFinding,
  type Priority,
  type Strength,
} from '../domain/advice';
import type { Action, ScanData } from '../domain/scan';
import { progressOf, selectItems } from '../domain/selection';
import { answerScore, isAnswered } from '../domain/scoring';
import { compareAnswerSets, type Comparison } from '../domain/compare';
import type { Answer, Content, Item, Role, Rule, Tier } from '../domain/types';
import { parseMarkdown, type MdBlock } from './markdown-blocks';
import { LANGUAGES } from '../i18n/languages';
import type { ReportLabels } from './labels';

/** A reference to a seed unit, readable: document and section. */
export interface SourceRef {
  id: string;
  document: string;
  /** The document's short name, for badges. */
  short: string;
  section: string;
  number: string;
}

/** Report building blocks; every renderer (screen, PDF, DOCX, HTML, Markdown) handles exactly these. */
export type Block =
  | {
      kind: 'heading';
      text: string;
      /**
       * On screen, this heading and the blocks after it up to the next heading fold into a closed <details> with the
       * heading as its summary; documents print a heading.
       */
      collapsed?: boolean;
    }
  | { kind: 'paragraph'; text: string; emphasis?: 'lead' | 'muted' | 'strong' }
  | { kind: 'markdown'; md: string; blocks: MdBlock[] }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | {
      kind: 'table';
      head: string[];
      rows: string[][];
      widths?: number[];
      /** The table's name: a <caption> on screen and in HTML; paged output leaves it out (a heading or chart names it). */
      caption?: string;
      /** The first cell of each row names the row; on a narrow screen each row then becomes a small card. */
      rowHeaders?: boolean;
      /** A column of changes in words and their direction per row: the screen adds an arrow, never the only carrier. */
      changes?: { column: number; directions: (ChangeDirection | null)[] };
    }
  | {
      kind: 'radar';
      title: string;
      /** `value` is now; `baseline` (an earlier measurement) and `target` are drawn as extra lines when present. */
      axes: { label: string; value: number | null; baseline?: number | null; target?: number | null }[];
    }
  | { kind: 'quote'; text: string; cite: string }
  | { kind: 'fields'; fields: { label: string; value: string }[] }
  | {
      kind: 'sources';
      refs: SourceRef[];
      /** A badge: one line beside the advice ("Bronnen: a; b"); otherwise a list (the sources appendix). */
      compact?: boolean;
    };

/** Which way a change went. */
export type ChangeDirection = 'up' | 'down' | 'same';

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
  /** Whether the appendices are included (the short report otherwise); paged output then gets a contents page. */
  appendices: boolean;
  /** Memo fields still to fill in (their labels), marked in the text and listed on screen before download. */
  placeholders: string[];
  /** Machine-readable facts, for tests and for the workshop and comparison features. */
  facts: {
    modules: ModuleFinding[];
    priorities: {
      itemId: string;
      priority: number;
      score: number;
      sources: string[];
      tier: Tier;
      title: string;
      step: string;
    }[];
    strengths: string[];
    dilemmas: {
      itemId: string;
      now: number | null;
      desired: number | null;
      triggers: string[];
      advice: DilemmaFinding['advice'];
      adviceText: string;
    }[];
    flags: string[];
    unanswered: string[];
    /** The comparison with the scan's nulmeting, when it has one (reports without a scan leave it out). */
    comparison?: Comparison | null;
  };
}

export interface ReportOptions {
  /** The report date (ISO); a parameter so output is repeatable. */
  date: string;
  /** With the appendices; by default the scan's own choice (`ScanData.appendices`). */
  appendices?: boolean;
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
      short: doc?.short ?? docKey ?? id,
      section: doc?.sections[sectionKey ?? ''] ?? sectionKey ?? '',
      number: number ?? '',
    };
  });
}

/** An answer in words, as the report prints it ("Grotendeels wel", "nu −1, gewenst +2"). */
export function answerText(L: ReportLabels, item: Item, a: Answer | undefined): string {
  if (!a) return L.answers.none;
  return answerType(item.type).answerText(answerWords(L), a);
}

/** The report's words for answers, as the answer types take them. */
export function answerWords(L: ReportLabels): AnswerWords {
  return { ...L.answers, dilemmaPosition: (now, desired) => fill(L.dilemma.position, { now, desired }) };
}

const pos = signedPosition;

function pct(score: number | null): string {
  return score === null ? '–' : `${Math.round(score * 100)}%`;
}

function levelText(L: ReportLabels, f: ModuleFinding): string {
  return f.level ? L.levels[f.level] : L.levels.none;
}

/** A list of names in running text: "A", "A en B", "A, B en C". */
export function joinNames(L: ReportLabels, names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(L.listJoin.comma)}${L.listJoin.and}${names[names.length - 1]}`;
}

/** A priority with the advice its answer calls for, in the reader's role. */
export interface AdvisedPriority extends Priority {
  advice: ItemAdvice;
}

/** Everything the section builders share: the findings of one scan, worked out once. */
interface ReportContext {
  content: Content;
  scan: ScanData;
  L: ReportLabels;
  role: Role;
  date: string;
  askedItems: Item[];
  modules: ModuleFinding[];
  priorities: AdvisedPriority[];
  top: AdvisedPriority[];
  strengths: Strength[];
  dilemmas: DilemmaFinding[];
  /** Dilemmas where the person wants to move, the biggest move first. */
  moves: DilemmaFinding[];
  /** Dilemmas where the person stays at an extreme (−3 or +3). */
  extremes: DilemmaFinding[];
  flags: Rule[];
  progress: ReturnType<typeof progressOf>;
  comparison: Comparison | null;
  moduleTitle: (id: string) => string;
  /** Fields the reader still has to fill in (memo), by label. */
  placeholders: string[];
}

const md = (text: string): Block => ({ kind: 'markdown', md: text, blocks: parseMarkdown(text) });

function radarOf(c: ReportContext): Block {
  return {
    kind: 'radar',
    title: c.L.profile.radarTitle,
    axes: c.modules.map((m) => ({ label: c.moduleTitle(m.moduleId), value: m.score })),
  };
}

function profileTable(c: ReportContext): Block {
  const L = c.L;
  return {
    kind: 'table',
    head: [L.profile.theme, L.profile.score, L.profile.level, L.profile.answered],
    rows: c.modules.map((m) => [
      c.moduleTitle(m.moduleId),
      pct(m.score),
      levelText(L, m),
      fill(L.profile.answeredOf, { scored: m.scored, total: m.scorable, unknown: m.unknown }),
    ]),
    widths: [4, 1, 2, 2],
  };
}

/** One sentence per kind of finding, naming every theme it applies to (never one sentence per theme). */
function findingSentences(c: ReportContext): string[] {
  const names = (ms: ModuleFinding[]) =>
    joinNames(
      c.L,
      ms.map((m) => `‘${c.moduleTitle(m.moduleId)}’`),
    );
  const rosier = c.modules.filter((m) => m.selfImage === 'rosier');
  const harsher = c.modules.filter((m) => m.selfImage === 'harsher');
  const weak = c.modules.filter((m) => m.weakInformation);
  return [
    ...(rosier.length ? [fill(c.L.findingsMany.rosier, { themes: names(rosier) })] : []),
    ...(harsher.length ? [fill(c.L.findingsMany.harsher, { themes: names(harsher) })] : []),
    ...(weak.length ? [fill(c.L.findingsMany.weakInformation, { themes: names(weak) })] : []),
  ];
}

function answerLine(c: ReportContext, p: Priority): string {
  return fill(c.L.priority.answer, { answer: answerText(c.L, p.item, p.answer), statement: p.item.t.text });
}

/** A priority worked out: the action as title, the user's own answer, why, the first step, what else, the source. */
function priorityBlocks(c: ReportContext, p: AdvisedPriority, n: number, withWhy = true): Block[] {
  const L = c.L;
  const reasons = [
    answerLine(c, p),
    ...(p.marked ? [L.priorities.marked] : []),
    ...(p.multiSource
      ? [fill(L.priorities.multiSource, { count: documentsOf(p.item.sources, c.content.sources).length })]
      : []),
  ];
  return [
    { kind: 'heading', text: `${n}. ${p.advice.title}` },
    { kind: 'paragraph', text: reasons.join(' · '), emphasis: 'muted' },
    ...(withWhy ? [md(p.item.t.why)] : []),
    md(`**${L.priority.firstStep}** ${p.advice.step}`),
    md(p.advice.bullets.map((b) => `- ${b}`).join('\n')),
    { kind: 'sources', refs: sourceRefs(c.content, p.item.sources), compact: true },
  ];
}

const poleName = (d: DilemmaFinding, pole: 'left' | 'right') =>
  (pole === 'left' ? d.item.t.left : d.item.t.right) ?? '';

function dilemmaTable(c: ReportContext, ds: readonly DilemmaFinding[]): Block {
  const L = c.L;
  return {
    kind: 'table',
    head: [...L.dilemmaText.head],
    rows: ds.map((d) => [
      `${d.item.t.left} ↔ ${d.item.t.right}`,
      pos(d.now),
      pos(d.desired),
      d.advice?.kind === 'towards'
        ? fill(L.dilemmaText.towards, { pole: poleName(d, d.advice.pole) })
        : d.desired === null
          ? '–'
          : L.dilemmaText.stays,
    ]),
    widths: [5, 1, 1.3, 2.6],
  };
}

/** The advice for one dilemma in the direction the person chose (or at their extreme), naming the pole. */
function dilemmaAdviceBlocks(c: ReportContext, d: DilemmaFinding): Block[] {
  if (!d.advice) return [];
  const L = c.L;
  const pole = poleName(d, d.advice.pole);
  const lead =
    d.advice.kind === 'towards'
      ? fill(L.dilemmaText.towardsAdvice, { pole, now: pos(d.now), desired: pos(d.desired) })
      : fill(L.dilemmaText.extreme, { pole, pos: pos(d.desired ?? d.now) });
  return [
    { kind: 'heading', text: d.item.t.text },
    { kind: 'paragraph', text: lead, emphasis: 'strong' },
    md(dilemmaAdvice(d)),
    ...(d.towardsSources.length
      ? [{ kind: 'sources' as const, refs: sourceRefs(c.content, d.towardsSources), compact: true }]
      : []),
  ];
}

function risksList(c: ReportContext, d: DilemmaFinding): Block[] {
  return [{ kind: 'paragraph', text: c.L.memoText.risksIntro, emphasis: 'muted' }, risks(c, d)];
}

function risks(c: ReportContext, d: DilemmaFinding): Block {
  return {
    kind: 'list',
    items: (['left', 'right'] as const).map((side) =>
      fill(c.L.memoText.keuzeRisk, {
        pole: poleName(d, side),
        risk: (side === 'left' ? d.item.t.leftRisk : d.item.t.rightRisk) ?? '',
      }),
    ),
  };
}

function flagBlocks(c: ReportContext, flags: readonly Rule[]): Block[] {
  return flags.flatMap((f): Block[] => [
    { kind: 'heading', text: f.title },
    md(textFor(f.advice, c.role)),
    { kind: 'sources', refs: sourceRefs(c.content, f.sources), compact: true },
  ]);
}

function actionTable(c: ReportContext): Block[] {
  const L = c.L;
  const actions = c.scan.actions;
  if (!actions.length && !c.top.length) return [{ kind: 'paragraph', text: L.priorities.none }];
  return [
    ...(c.scan.actions.length
      ? []
      : [{ kind: 'paragraph' as const, text: L.actions.proposedNote, emphasis: 'muted' as const }]),
    {
      kind: 'table',
      head: [L.actions.action, L.actions.owner, L.actions.due, L.actions.status],
      // proposals not yet adopted are named by their action; their first step is already in the report above
      rows: c.scan.actions.length
        ? actions.map((a) => [a.text, a.owner || '–', a.due || '–', L.actions.statuses[a.status]])
        : c.top.map((p) => [p.advice.title, '–', '–', L.actions.statuses.open]),
      widths: [6, 2, 2, 1.4],
    },
  ];
}

/** A memo field: the user's text, or a visible placeholder that is also listed on screen before download. */
function memoValue(
  c: ReportContext,
  key: 'aanleiding' | 'financieel' | 'juridisch' | 'communicatie',
  label: string,
): string {
  const v = c.scan.memo[key].trim();
  if (v) return v;
  c.placeholders.push(label);
  return fill(c.L.memoText.placeholder, { what: c.L.memoText.hints[key] });
}

type SectionBuilder = (c: ReportContext) => Section | null;

/** The top priorities worked out one by one, on a new page; nothing when there are none. */
function workedOut(c: ReportContext, id: string, title: string): Section | null {
  if (!c.top.length) return null;
  return { id, title, pageBreak: true, blocks: c.top.flatMap((p, i) => priorityBlocks(c, p, i + 1)) };
}

/** The dilemmas the alderman's report works out: the two biggest moves and one extreme kept. */
function shownDilemmas(c: ReportContext): DilemmaFinding[] {
  return [...c.moves.slice(0, 2), ...c.extremes.slice(0, 1)];
}

/** The sections a report can have; each role's layout picks from these (see `ROLE_LAYOUTS`). */
const SECTIONS = {
  /** Wethouder, page one: profile, three priorities with their first step, strongest point, biggest move, a question. */
  glance: (c) => {
    const L = c.L;
    const best = c.strengths[0];
    const move = c.moves[0];
    const first = c.top[0];
    const asked = c.top.find((p) => p.item.t.groupQuestion)?.item.t.groupQuestion;
    const question = asked ?? (first ? fill(L.glance.questionFallback, { title: first.advice.title }) : null);
    const keep = best ? adviceFor(best.item, best.answer, c.role) : null;
    const blocks: Block[] = [
      radarOf(c),
      { kind: 'heading', text: c.top.length === 3 ? L.glance.priorities : L.glance.prioritiesFew },
      c.top.length
        ? md(c.top.map((p, i) => `${i + 1}. **${p.advice.title}.** ${p.advice.step}`).join('\n'))
        : { kind: 'paragraph', text: L.priorities.none },
      ...(best
        ? [
            {
              kind: 'paragraph' as const,
              text: fill(L.glance.strongest, {
                statement: best.item.t.text,
                answer: answerText(L, best.item, best.answer),
                keep: keep?.title ?? '',
              }),
            },
          ]
        : []),
      ...(move?.advice
        ? [
            {
              kind: 'paragraph' as const,
              text: fill(L.glance.move, {
                question: move.item.t.text,
                now: pos(move.now),
                desired: pos(move.desired),
                pole: poleName(move, move.advice.pole),
              }),
            },
          ]
        : []),
      ...findingSentences(c).map((text) => ({
        kind: 'paragraph' as const,
        text,
        emphasis: 'muted' as const,
      })),
      ...(question ? [{ kind: 'quote' as const, text: question, cite: L.glance.question }] : []),
    ];
    return { id: 'samenvatting', title: L.sections.glance, blocks };
  },
  priorities: (c) => workedOut(c, 'prioriteiten', c.L.sections.priorities),
  attention: (c) => {
    const shown = c.flags.slice(0, 2);
    return shown.length
      ? { id: 'signalen', title: c.L.sections.attention, blocks: flagBlocks(c, shown) }
      : null;
  },
  dilemmas: (c) =>
    c.dilemmas.length
      ? {
          id: 'dilemmas',
          title: c.L.sections.dilemmas,
          blocks: [
            { kind: 'paragraph', text: c.L.dilemmaText.positionsIntro, emphasis: 'muted' },
            dilemmaTable(c, c.dilemmas),
            ...shownDilemmas(c).flatMap((d) => dilemmaAdviceBlocks(c, d)),
          ],
        }
      : null,
  talks: (c) => {
    const L = c.L;
    const used = new Set<string>();
    const lines = (
      [
        ['college', ['ver', 'stu', 'org']],
        ['raad', ['ver', 'mon', 'inf']],
        ['partners', ['net', 'cof', 'bew']],
      ] as const
    ).map(([who, mods]) => {
      // each priority is the topic of one conversation only: the first one its theme belongs to
      const picks = c.priorities
        .filter((p) => (mods as readonly string[]).includes(p.item.module) && !used.has(p.item.id))
        .slice(0, 2);
      picks.forEach((p) => used.add(p.item.id));
      return picks.length
        ? fill(L.talksText[who], {
            topics: joinNames(
              L,
              picks.map((p) => `‘${p.advice.title}’`),
            ),
          })
        : L.talks[`${who}None` as const];
    });
    return { id: 'gesprekken', title: L.sections.talks, blocks: [{ kind: 'list', items: lines }] };
  },
  comparison: (c) =>
    c.scan.baseline && c.comparison
      ? buildComparisonSection(c.content, c.L, c.scan.baseline, c.comparison)
      : null,
  agendaIfEdited: (c) =>
    c.scan.actions.length ? { id: 'agenda', title: c.L.sections.agenda, blocks: actionTable(c) } : null,

  // ---- projectleider: raadsinformatiebrief ----
  kern: (c) => {
    const L = c.L;
    const scored = c.modules.filter((m) => m.score !== null);
    const sorted = [...scored].sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
    const weak = sorted[0];
    const strong = sorted[sorted.length - 1];
    const sentences = [
      weak && strong && weak !== strong
        ? fill(L.memoText.kernBoth, {
            strong: c.moduleTitle(strong.moduleId),
            weak: c.moduleTitle(weak.moduleId),
          })
        : weak
          ? fill(L.memoText.kernOne, { theme: c.moduleTitle(weak.moduleId) })
          : '',
      c.top.length
        ? fill(L.memoText.kernProposal, {
            titles: joinNames(
              L,
              c.top.slice(0, 3).map((p) => `‘${p.advice.title}’`),
            ),
          })
        : L.memoText.kernNone,
      c.moves.length === 1
        ? L.memoText.kernChoicesOne
        : c.moves.length > 1
          ? fill(L.memoText.kernChoices, { count: Math.min(3, c.moves.length) })
          : '',
    ].filter(Boolean);
    return {
      id: 'kern',
      title: L.sections.kern,
      blocks: [
        {
          kind: 'fields',
          fields: [
            { label: L.memoText.subject, value: c.scan.memo.onderwerp.trim() || L.memoText.subjectDefault },
            { label: L.cover.gemeente, value: c.scan.profile.gemeente || '–' },
            { label: L.memo.author, value: c.scan.memo.auteur || c.scan.profile.naam || '–' },
            { label: L.cover.date, value: c.scan.memo.datum || c.date },
          ],
        },
        { kind: 'paragraph', text: sentences.join(' '), emphasis: 'lead' },
      ],
    };
  },
  aanleiding: (c) => ({
    id: 'aanleiding',
    title: c.L.sections.aanleiding,
    blocks: [
      { kind: 'paragraph', text: memoValue(c, 'aanleiding', c.L.sections.aanleiding) },
      { kind: 'paragraph', text: c.L.memo.aanleidingDefault, emphasis: 'muted' },
    ],
  }),
  bevindingen: (c) => {
    const L = c.L;
    const scored = [...c.modules]
      .filter((m) => m.score !== null)
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
    // weakest and strongest first, then the others from weak to strong
    const order =
      scored.length > 1 ? [scored[0]!, scored[scored.length - 1]!, ...scored.slice(1, -1)] : scored;
    const lines = order.map((m) => {
      const items = c.askedItems.filter((i) => i.module === m.moduleId);
      const scoredItems = items
        .map((i) => ({ i, s: answerScore(i, c.scan.answers[i.id]) }))
        .filter((x): x is { i: Item; s: number } => x.s !== null && !x.i.anchor);
      const best = [...scoredItems].sort((a, b) => b.s - a.s)[0];
      const worst = [...scoredItems].sort((a, b) => a.s - b.s)[0];
      const parts = [
        `**${c.moduleTitle(m.moduleId)}**: ${fill(L.memoText.bevindingTheme, { level: levelText(L, m), score: pct(m.score) })}`,
        ...(best && best.s >= TIER_FROM.keep
          ? [
              fill(L.memoText.bevindingBest, {
                statement: best.i.t.text,
                answer: answerText(L, best.i, c.scan.answers[best.i.id]),
              }),
            ]
          : []),
        ...(worst && worst.s < TIER_FROM.keep && worst !== best
          ? [
              fill(L.memoText.bevindingWorst, {
                statement: worst.i.t.text,
                answer: answerText(L, worst.i, c.scan.answers[worst.i.id]),
              }),
            ]
          : []),
      ];
      return parts.join(' ');
    });
    const notes = findingSentences(c);
    const flags = c.flags.slice(0, 3).map((f) => f.title);
    return {
      id: 'bevindingen',
      title: L.sections.bevindingen,
      blocks: [
        lines.length
          ? md(lines.map((l) => `- ${l}`).join('\n'))
          : { kind: 'paragraph', text: L.memoText.noFindings },
        ...notes.map((text) => ({ kind: 'paragraph' as const, text })),
        ...(flags.length
          ? [
              { kind: 'paragraph' as const, text: L.memoText.attention, emphasis: 'strong' as const },
              { kind: 'list' as const, items: flags },
            ]
          : []),
      ],
    };
  },
  keuzes: (c) => ({
    id: 'keuzes',
    title: c.L.sections.keuzes,
    blocks: c.moves.length
      ? [
          { kind: 'paragraph', text: c.L.memoText.keuzesIntro, emphasis: 'muted' },
          ...c.moves.slice(0, 3).flatMap((d): Block[] => [
            { kind: 'heading', text: d.item.t.text },
            {
              kind: 'paragraph',
              text: fill(c.L.memoText.keuzePosition, {
                now: pos(d.now),
                desired: pos(d.desired),
                pole: d.advice ? poleName(d, d.advice.pole) : '',
              }),
              emphasis: 'strong',
            },
            md(dilemmaAdvice(d)),
            ...risksList(c, d),
          ]),
        ]
      : [{ kind: 'paragraph', text: c.L.memoText.keuzesNone }],
  }),
  voorstel: (c) => ({
    id: 'voorstel',
    title: c.L.sections.voorstel,
    blocks: c.top.length
      ? [
          { kind: 'paragraph', text: c.L.memoText.decisionsIntro },
          {
            kind: 'list',
            ordered: true,
            items: c.top.map((p) =>
              fill(c.L.memoText.decision, { title: p.advice.title, step: p.advice.step }),
            ),
          },
        ]
      : [{ kind: 'paragraph', text: c.L.priorities.none }],
  }),
  consequenties: (c) => {
    const L = c.L.memoText;
    return {
      id: 'consequenties',
      title: c.L.sections.consequenties,
      blocks: [
        {
          kind: 'fields',
          fields: (['financieel', 'juridisch', 'communicatie'] as const).map((k) => ({
            label: L[k],
            value: memoValue(c, k, L[k]),
          })),
        },
      ],
    };
  },
  vervolg: (c) => ({ id: 'agenda', title: c.L.sections.vervolg, blocks: actionTable(c) }),

  // ---- trainer: gespreksleidraad ----
  profile: (c) => ({
    id: 'profiel',
    title: c.L.sections.profile,
    blocks: [radarOf(c), ...findingSentences(c).map((text) => ({ kind: 'paragraph' as const, text }))],
  }),
  guide: (c) => {
    const L = c.L;
    const q = (text: string): Block => ({
      kind: 'paragraph',
      text: fill(L.guideText.question, { question: text }),
      emphasis: 'strong',
    });
    const blocks: Block[] = [{ kind: 'paragraph', text: L.guideText.intro, emphasis: 'muted' }];
    for (const d of [...c.moves.slice(0, 3), ...c.extremes.slice(0, 1)]) {
      const pole = d.advice ? poleName(d, d.advice.pole) : '';
      blocks.push(
        { kind: 'heading', text: d.item.t.text },
        {
          kind: 'paragraph',
          text: `${d.item.t.left} ↔ ${d.item.t.right}. ${fill(L.guideText.dilemma, { now: pos(d.now), desired: pos(d.desired) })}`,
        },
        q(d.item.t.groupQuestion ?? fill(L.guideText.dilemmaQuestion, { pole })),
      );
    }
    for (const p of c.top.slice(0, 4)) {
      blocks.push(
        { kind: 'heading', text: p.advice.title },
        {
          kind: 'paragraph',
          text: fill(L.guideText.priority, {
            statement: p.item.t.text,
            answer: answerText(L, p.item, p.answer),
          }),
        },
        q(p.item.t.groupQuestion ?? fill(L.guideText.priorityQuestion, { title: p.advice.title })),
      );
    }
    if (c.flags.length)
      blocks.push(
        { kind: 'heading', text: L.guideText.signals },
        { kind: 'list', items: c.flags.slice(0, 3).map((f) => f.title) },
      );
    return { id: 'gesprek', title: L.sections.guide, blocks };
  },
  positions: (c) =>
    c.dilemmas.length
      ? { id: 'dilemmas', title: c.L.sections.dilemmas, blocks: [dilemmaTable(c, c.dilemmas)] }
      : null,

  // ---- appendices ----
  adviceDetail: (c) => workedOut(c, 'toelichting', c.L.sections.adviceDetail),
  flagsMore: (c) => {
    const rest = c.role === 'bestuurder' ? c.flags.slice(2) : c.flags;
    return rest.length
      ? { id: 'signalen-meer', title: c.L.sections.flagsMore, blocks: flagBlocks(c, rest) }
      : null;
  },
  dilemmasMore: (c) => {
    const shown = new Set(c.role === 'bestuurder' ? shownDilemmas(c) : c.moves.slice(0, 3));
    const rest = [...c.moves, ...c.extremes].filter((d) => !shown.has(d));
    return rest.length
      ? {
          id: 'dilemmas-meer',
          title: c.L.sections.dilemmasMore,
          blocks: rest.flatMap((d) => [...dilemmaAdviceBlocks(c, d), ...risksList(c, d)]),
        }
      : null;
  },
  strengthsAll: (c) =>
    c.strengths.length
      ? {
          id: 'sterk',
          title: c.L.sections.strengthsAll,
          blocks: [
            {
              kind: 'list',
              items: c.strengths.slice(0, 10).map((s) => {
                const a = adviceFor(s.item, s.answer, c.role);
                return `‘${s.item.t.text}’ (${answerText(c.L, s.item, s.answer)})${a ? ` – ${a.title}: ${a.step}` : ''}`;
              }),
            },
          ],
        }
      : null,
  agendaAppendix: (c) =>
    c.scan.actions.length
      ? null
      : { id: 'agenda', title: c.L.sections.agendaAppendix, blocks: actionTable(c) },
  themes: (c) => ({
    id: 'themas',
    title: c.L.sections.themes,
    pageBreak: true,
    blocks: [
      profileTable(c),
      ...c.modules.flatMap((m): Block[] => {
        const items = c.askedItems.filter(
          (i) => i.module === m.moduleId && i.type !== 'open' && i.type !== 'dilemma',
        );
        return [
          { kind: 'heading', text: `${c.moduleTitle(m.moduleId)} · ${pct(m.score)} · ${levelText(c.L, m)}` },
          {
            kind: 'table',
            head: [c.L.details.statement, c.L.details.answer],
            rows: items.map((i) => [i.t.text, answerText(c.L, i, c.scan.answers[i.id])]),
            widths: [4, 1.6],
          },
        ];
      }),
    ],
  }),
  open: (c) => {
    const open = c.askedItems.filter((i) => i.type === 'open' && isAnswered(i, c.scan.answers[i.id]));
    const blocks: Block[] = open.map((i) => ({
      kind: 'quote',
      text: (c.scan.answers[i.id] as { value: string }).value,
      cite: i.t.text,
    }));
    if (c.scan.reflection.notes.trim())
      blocks.push({ kind: 'quote', text: c.scan.reflection.notes, cite: c.L.open.notes });
    return blocks.length ? { id: 'reflectie', title: c.L.sections.bijlageOpen, blocks } : null;
  },
  unanswered: (c) =>
    c.progress.unanswered.length
      ? {
          id: 'open',
          title: c.L.sections.bijlageUnanswered,
          blocks: [
            {
              kind: 'paragraph',
              text: fill(c.L.unanswered.intro, {
                count: c.progress.unanswered.length,
                total: c.progress.total,
              }),
            },
            {
              kind: 'list',
              items: c.progress.unanswered.map((i) => `${i.t.text} (${c.moduleTitle(i.module)})`),
            },
          ],
        }
      : null,
  method: (c) => {
    const L = c.L;
    return {
      id: 'methode',
      title: L.sections.method,
      pageBreak: true,
      blocks: [
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
          text: fill(L.methodText.tiers, { deepen: pct(TIER_FROM.deepen), keep: pct(TIER_FROM.keep) }),
        },
        { kind: 'paragraph', text: L.methodText.roles },
        {
          kind: 'paragraph',
          text: `${fill(L.method.priorities, {
            gap: pct(GAP_BELOW),
            marked: PRIORITY_WEIGHTS.marked,
            multi: PRIORITY_WEIGHTS.multiSource,
            role: PRIORITY_WEIGHTS.roleMatch,
            theme: PRIORITY_WEIGHTS.chosenTheme,
          })} ${L.methodText.publications}`,
        },
        { kind: 'paragraph', text: fill(L.method.unknown, { share: pct(UNKNOWN_SHARE_FINDING) }) },
        { kind: 'paragraph', text: L.methodText.dilemmas },
        { kind: 'paragraph', text: L.method.flags },
        { kind: 'paragraph', text: fill(L.method.version, { version: c.content.contentVersion }) },
        ...(c.scan.baseline ? [{ kind: 'paragraph' as const, text: L.compare.method }] : []),
      ],
    };
  },
  sources: (c) => {
    const refs = sourceRefs(
      c.content,
      [
        ...new Set([
          ...c.top.flatMap((p) => p.item.sources),
          ...c.flags.flatMap((f) => f.sources),
          ...c.dilemmas.flatMap((d) => d.item.sources),
        ]),
      ].sort(),
    );
    return {
      id: 'bronnen',
      title: c.L.sections.sources,
      blocks: [
        { kind: 'list', items: c.content.sources.map((d) => `${d.title} — ${d.origin}`) },
        { kind: 'paragraph', text: c.L.sources.cited },
        { kind: 'sources', refs },
      ],
    };
  },
} satisfies Record<string, SectionBuilder>;

export type SectionId = keyof typeof SECTIONS;

/** The chapters of the project leader's memo, in the order a council memo has them. */
const MEMO_CHAPTERS = [
  'kern',
  'aanleiding',
  'bevindingen',
  'keuzes',
  'voorstel',
  'consequenties',
] as const satisfies readonly SectionId[];

/** The appendices every role has last: answers per theme, open answers, unanswered questions, method, sources. */
const DETAIL_APPENDICES = [
  'themes',
  'open',
  'unanswered',
  'method',
  'sources',
] as const satisfies readonly SectionId[];

/**
 * What each role's report holds, in order: the short report by default, the appendices when the user asks for them.
 * A section whose builder has nothing to say is left out.
 */
export const ROLE_LAYOUTS: Record<Role, { main: SectionId[]; appendices: SectionId[] }> = {
  bestuurder: {
    main: ['glance', 'priorities', 'attention', 'dilemmas', 'talks', 'comparison', 'agendaIfEdited'],
    appendices: ['flagsMore', 'dilemmasMore', 'strengthsAll', 'agendaAppendix', ...DETAIL_APPENDICES],
  },
  projectleider: {
    main: [...MEMO_CHAPTERS, 'vervolg', 'comparison'],
    appendices: ['adviceDetail', 'flagsMore', 'strengthsAll', ...DETAIL_APPENDICES],
  },
  trainer: {
    main: ['profile', 'guide', 'positions', 'comparison'],
    appendices: ['adviceDetail', 'dilemmasMore', 'flagsMore', 'strengthsAll', ...DETAIL_APPENDICES],
  },
};

/**
 * Builds the report for one scan, arranged for the scan's role (`ROLE_LAYOUTS`): the short report, and with
 * `appendices` the details per theme, method, sources, unanswered questions and open answers. Pure.
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
  const input = priorityInput(content, scan, role, asked);
  const modules = moduleFindings(content, scan.answers, asked);
  const priorities = advised(rankPriorities(input), role);
  const dilemmas = dilemmaFindings(content, scan.answers, asked);
  const moves = dilemmas
    .filter((d) => d.advice?.kind === 'towards')
    .sort((a, b) => Math.abs(b.gap ?? 0) - Math.abs(a.gap ?? 0));
  const progress = progressOf(content, askedItems, scan.answers);
  const date = options.date.slice(0, 10);
  const comparison = scan.baseline
    ? compareAnswerSets(content, scan.baseline, { answers: scan.answers, targets: scan.targets }, asked)
    : null;
  const ctx: ReportContext = {
    content,
    scan,
    L,
    role,
    date,
    askedItems,
    modules,
    priorities,
    top: priorities.slice(0, topCountFor(role)),
    strengths: findStrengths(input),
    dilemmas,
    moves,
    extremes: dilemmas.filter((d) => d.advice?.kind === 'extreme'),
    flags: [...raisedFlags(content, scan.answers)].sort((a, b) =>
      a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1,
    ),
    progress,
    comparison,
    moduleTitle: (id) => content.modules.find((m) => m.id === id)?.title ?? id,
    placeholders: [],
  };
  const appendices = options.appendices ?? scan.appendices;
  const layout = ROLE_LAYOUTS[role];
  const ids = appendices ? [...layout.main, ...layout.appendices] : layout.main;
  const sections = ids.map((id) => SECTIONS[id](ctx)).filter((s): s is Section => s !== null);

  // the memo names gemeente, author and date in its own heading fields; its cover does not repeat them
  const memo = role === 'projectleider';
  const cover = [
    { label: L.cover.role, value: L.roles[role] },
    ...(scan.profile.gemeente && !memo ? [{ label: L.cover.gemeente, value: scan.profile.gemeente }] : []),
    ...(scan.profile.wijk ? [{ label: L.cover.wijk, value: scan.profile.wijk }] : []),
    ...(scan.profile.naam && !memo ? [{ label: L.cover.naam, value: scan.profile.naam }] : []),
    ...(memo ? [] : [{ label: L.cover.date, value: date }]),
    { label: L.cover.scope, value: L.scopes[scope.kind] },
    {
      label: L.cover.answered,
      value: fill(L.cover.answeredOf, { answered: progress.answered, total: progress.total }),
    },
  ];

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
    appendices,
    placeholders: [...new Set(ctx.placeholders)],
    facts: {
      modules,
      priorities: priorities.map((p) => ({
        itemId: p.item.id,
        priority: p.priority,
        score: p.score,
        sources: p.item.sources,
        tier: p.advice.tier,
        title: p.advice.title,
        step: p.advice.step,
      })),
      strengths: ctx.strengths.map((s) => s.item.id),
      dilemmas: dilemmas.map((d) => ({
        itemId: d.item.id,
        now: d.now,
        desired: d.desired,
        triggers: d.triggers,
        advice: d.advice,
        adviceText: dilemmaAdvice(d),
      })),
      flags: ctx.flags.map((f) => f.id),
      unanswered: progress.unanswered.map((i) => i.id),
      comparison,
    },
  };
}

/** Priorities with the advice their answer calls for; items without advice for their tier are left out. */
function advised(priorities: readonly Priority[], role: Role): AdvisedPriority[] {
  return priorities.flatMap((p) => {
    const advice = adviceFor(p.item, p.answer, role);
    return advice ? [{ ...p, advice }] : [];
  });
}

function toActions(top: readonly AdvisedPriority[]): Action[] {
  return top.map((p) => ({
    id: `voorstel-${p.item.id}`,
    text: `${p.advice.title}: ${p.advice.step}`,
    owner: '',
    due: '',
    status: 'open' as const,
    itemId: p.item.id,
  }));
}

/** What the priorities are ranked on: the scan's answers, own marks and chosen themes, among the questions asked. */
function priorityInput(content: Content, scan: ScanData, role: Role, asked: string[]) {
  return {
    content,
    answers: scan.answers,
    role,
    priorities: scan.priorities,
    themes: scan.reflection.themes,
    asked,
  };
}

/** Number of priorities a role's report works out (and proposes as actions). */
export function topCountFor(role: Role): number {
  return role === 'bestuurder' ? 3 : 5;
}

/** Actions proposed from the scan's top priorities: the action and first step the answer's advice tier gives. */
export function proposedActions(content: Content, scan: ScanData): Action[] {
  const role: Role = scan.role ?? 'bestuurder';
  const asked = selectItems(content, role, scan.scope ?? { kind: 'full' }, scan.answers).map((i) => i.id);
  const top = rankPriorities(priorityInput(content, scan, role, asked));
  return toActions(advised(top, role).slice(0, topCountFor(role)));
}

/** A compact source badge in one line: "Bronnen: Document — Section (n); …". */
export function sourcesLine(label: string, refs: readonly SourceRef[]): string {
  const groups = new Map<string, string[]>();
  for (const r of refs) {
    const key = `${r.short} – ${r.section}`;
    groups.set(key, [...(groups.get(key) ?? []), r.number].filter(Boolean));
  }
  const parts = [...groups].map(([k, n]) => (n.length ? `${k} (${n.join(', ')})` : k));
  return `${label}: ${parts.join('; ')}`;
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

/** The direction of a change as `changeText` words it: a change that rounds to 0 points is the same. */
export function changeDirection(delta: number | null): ChangeDirection | null {
  if (delta === null) return null;
  if (Math.round(Math.abs(delta) * 100) === 0) return 'same';
  return delta > 0 ? 'up' : 'down';
}

/** Items listed per change; the full per-item comparison is on the comparison screen. */
const COMPARE_LIST_MAX = 10;

export interface ComparisonSectionOptions {
  /** The sentence naming the nulmeting (on by default); the comparison screen names it above the comparison. */
  intro?: boolean;
  /**
   * Every question per theme (a table under a collapsed heading per theme) and, under the top lists, how many they leave out: the
   * comparison screen's fuller version. The report leaves it out.
   */
  perItem?: boolean;
}

/**
 * The comparison with the nulmeting: module table and radar with both moments, changes per item, content changes.
 * The report's section `vergelijking`; the comparison screen renders the same section, with `perItem`.
 */
export function buildComparisonSection(
  content: Content,
  L: ReportLabels,
  baseline: NonNullable<ScanData['baseline']>,
  c: Comparison,
  options: ComparisonSectionOptions = {},
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
  // with every question listed per theme below, the top lists say how many they leave out
  const more = (count: number): Block[] =>
    options.perItem && count > COMPARE_LIST_MAX
      ? [
          {
            kind: 'paragraph',
            emphasis: 'muted',
            text: fill(L.compare.more, { count: count - COMPARE_LIST_MAX }),
          },
        ]
      : [];
  const blocks: Block[] = [
    ...(options.intro === false
      ? []
      : [
          {
            kind: 'paragraph' as const,
            emphasis: 'lead' as const,
            text: fill(L.compare.intro, {
              label: baseline.label,
              date: baseline.savedAt.slice(0, 10),
              source: L.compare.sources[baseline.source],
            }),
          },
        ]),
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
      caption: L.compare.tableTitle,
      rowHeaders: true,
      changes: { column: 3, directions: c.modules.map((m) => changeDirection(m.delta)) },
    },
    { kind: 'paragraph', text: fill(L.compare.summary, { better, worse, same: c.unchanged }) },
    { kind: 'heading', text: L.compare.improvements },
    listOr(c.improvements.slice(0, COMPARE_LIST_MAX).map(itemLine), L.compare.noImprovements),
    ...more(c.improvements.length),
    { kind: 'heading', text: L.compare.declines },
    listOr(c.declines.slice(0, COMPARE_LIST_MAX).map(itemLine), L.compare.noDeclines),
    ...more(c.declines.length),
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
  if (options.perItem) blocks.push(...perItemBlocks(content, L, c));
  return { id: 'vergelijking', title: L.compare.section, blocks };
}

/** Every question answered in both measurements, per theme: its answers before and now and the change. */
function perItemBlocks(content: Content, L: ReportLabels, c: Comparison): Block[] {
  const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const moduleTitle = (id: string) => content.modules.find((m) => m.id === id)?.title ?? id;
  const answer = (id: string, a: Answer | undefined) => {
    const item = byId.get(id);
    return item ? answerText(L, item, a) : '';
  };
  return [
    { kind: 'heading', text: L.compare.perItem },
    { kind: 'paragraph', emphasis: 'muted', text: L.compare.perItemIntro },
    ...c.modules.flatMap((m): Block[] => {
      const items = c.items.filter((i) => i.moduleId === m.moduleId);
      return [
        {
          kind: 'heading',
          text: fill(L.compare.perItemSummary, { module: moduleTitle(m.moduleId), count: items.length }),
          collapsed: true,
        },
        items.length
          ? {
              kind: 'table',
              head: [L.compare.question, L.compare.baseline, L.compare.now, L.compare.change],
              rows: items.map((x) => [
                byId.get(x.itemId)?.t.text ?? x.itemId,
                answer(x.itemId, x.baselineAnswer),
                answer(x.itemId, x.nowAnswer),
                changeText(L, x.delta),
              ]),
              widths: [5, 2, 2, 2],
              caption: moduleTitle(m.moduleId),
              rowHeaders: true,
              changes: { column: 3, directions: items.map((x) => changeDirection(x.delta)) },
            }
          : { kind: 'paragraph', text: L.compare.noItems },
      ];
    }),
  ];
}

/**
 * A report's file name without its extension, the same for every output: `zelfscan-rapport-bestuurder-2026-11-23`,
 * in English `selfscan-report-alderman-2026-11-23`.
 */
export function reportFileBase(
  model: Pick<ReportModel, 'lang' | 'role' | 'date'>,
  date = model.date,
): string {
  const words = LANGUAGES[model.lang].fileWords;
  return `${words.report}-${words.roles[model.role]}-${date.slice(0, 10)}`;
}
