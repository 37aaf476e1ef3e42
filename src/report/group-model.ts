import { answerType } from '../domain/answer-types';
import {
  AGENDA_MAX,
  aggregate,
  MIN_GROUP,
  SPREAD_THRESHOLDS,
  type DilemmaSpread,
  type GroupAggregate,
  type ItemDistribution,
  type SpreadLevel,
} from '../domain/aggregate';
import type { Content, Item, Lang, Role } from '../domain/types';
import { questionNumber, type Participant, type WorkshopSetup } from '../domain/workshop';
import { nameSlug } from '../domain/file-names';
import { markedText, pct, sdText } from './group-format';
import { LANGUAGES, type Translation } from '../i18n/languages';
import { reportLabels, type ReportLabels } from './labels';
import { groupTalkMapSections } from './group-talk-map';
import { answerWords, fill, type Block, type ReportModel, type Section } from './model';
import { groupTrendSection, type GroupSeries } from './group-trend';

/** The group report's own texts (from the workshop locale files) next to the shared report texts. */
export type GroupReportLabels = Translation['workshop']['report'];
export interface GroupLabels {
  report: ReportLabels;
  group: GroupReportLabels;
  /** "Deelnemer {{n}}": the name of a participant who gave none. */
  participant: string;
  spread: Record<SpreadLevel, string>;
  table: Translation['workshop']['overview']['table'];
}

export function groupLabels(lang: Lang): GroupLabels {
  const w = LANGUAGES[lang].resources.workshop;
  return {
    report: reportLabels(lang),
    group: w.report,
    participant: w.collect.participant,
    spread: w.overview.spread,
    table: w.overview.table,
  };
}

export interface GroupReportOptions {
  /** The report date (ISO); a parameter so output is repeatable. */
  date: string;
  /** The aggregate, when the caller already has it (the screen does); computed otherwise. */
  aggregate?: GroupAggregate;
  /** The series the workshop is part of: with three sessions or more the report gets "Trend over de reeks". */
  series?: GroupSeries;
}

/** Display name of a participant: the name given, else "Deelnemer n". Never called in an anonymous workshop. */
export function participantName(
  participants: readonly Participant[],
  index: number,
  template: string,
): string {
  return participants[index]?.name || fill(template, { n: index + 1 });
}

export const signed = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : v > 0 ? `+${v}` : String(v);
export { pct, sdText };

/** The answer option's label: "Helemaal niet" … for statements, "Nooit" … for frequencies, "Ja" … for instruments. */
export function optionLabel(L: ReportLabels, item: Pick<Item, 'type'>, value: string): string {
  const def = answerType(item.type);
  return (def.optionWords ? def : answerType('likert')).optionLabel(answerWords(L), value) ?? value;
}

/** "Helemaal niet 2 · … · weet niet 1": the counts per answer option in words, for tables and text alternatives. */
export function distributionText(L: GroupLabels, item: Pick<Item, 'type'>, d: ItemDistribution): string {
  const parts = d.counts.map((c) => `${optionLabel(L.report, item, c.value)} ${c.count}`);
  if (d.unknown) parts.push(`${L.group.distribution.unknown} ${d.unknown}`);
  if (d.notApplicable) parts.push(`${L.group.distribution.na} ${d.notApplicable}`);
  return parts.join(' · ');
}

/** "−3: 1 · 0: 2 · +2: 1": how many stand at each position. */
export function positionCounts(values: readonly (number | null)[]): string {
  const counts = new Map<number, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([v, n]) => `${signed(v)}: ${n}`)
    .join(' · ');
}

/** A mean dilemma position with one decimal and its sign, e.g. "+1,5". */
export function meanPosition(v: number | null | undefined, lang: Lang): string {
  if (v === null || v === undefined) return '–';
  const r = Math.round(v * 10) / 10;
  const s = LANGUAGES[lang].decimal(r, 1);
  return r > 0 ? `+${s}` : s;
}

function spreadText(
  L: GroupLabels,
  level: SpreadLevel | null,
  sd: number | null | undefined,
  lang: Lang,
): string {
  if (!level || sd === null || sd === undefined) return '–';
  return `${L.spread[level]} (${sdText(sd, lang)})`;
}

/**
 * The workshop's group report as the same ReportModel the personal report uses, so the PDF, Word and HTML renderers
 * render it unchanged: summary with the group profile, the discussion agenda, dilemma positions, every question per
 * theme with its distribution, open answers, the role comparison and how to read it. Pure.
 */
export function buildGroupReportModel(
  content: Content,
  workshop: WorkshopSetup,
  participants: readonly Participant[],
  labels: GroupLabels,
  options: GroupReportOptions,
): ReportModel {
  const L = labels;
  const G = L.group;
  const lang = content.lang;
  const agg =
    options.aggregate ?? aggregate(content, workshop.items, participants, { anonymous: workshop.anonymous });
  const items = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const moduleTitle = (id: string) => content.modules.find((m) => m.id === id)?.title ?? id;
  const who = (index: number | null) =>
    index === null ? G.anonymousCite : participantName(participants, index, L.participant);
  const date = options.date.slice(0, 10);
  const roleName = (r: Role | null) => (r ? L.report.roles[r] : '–');

  const roleCounts = agg.roles.groups
    .map((g) => `${roleName(g.role)}: ${g.withheld ? G.withheldCell : g.count}`)
    .join(' · ');
  const cover = [
    { label: G.cover.workshop, value: workshop.name },
    { label: G.cover.date, value: workshop.date || date },
    { label: G.cover.participants, value: String(participants.length) },
    { label: G.cover.items, value: String(workshop.items.length) },
    { label: G.cover.anonymity, value: workshop.anonymous ? G.cover.yes : G.cover.no },
    ...(agg.roles.applies && !agg.withheld ? [{ label: G.cover.roles, value: roleCounts }] : []),
  ];

  const method: Block[] = [
    { kind: 'paragraph', text: G.method.scores },
    {
      kind: 'paragraph',
      text: fill(G.method.spread, {
        medium: sdText(SPREAD_THRESHOLDS.mediumFrom, lang),
        high: sdText(SPREAD_THRESHOLDS.highFrom, lang),
        max: AGENDA_MAX,
      }),
    },
    { kind: 'paragraph', text: G.method.dilemmas },
    ...(workshop.own?.length ? [{ kind: 'paragraph' as const, text: G.method.own }] : []),
    {
      kind: 'paragraph',
      text: workshop.anonymous ? fill(G.method.anonymous, { min: MIN_GROUP }) : G.method.named,
    },
    { kind: 'paragraph', text: fill(L.report.method.version, { version: content.contentVersion }) },
  ];
  const methodSection: Section = { id: 'methode', title: G.sections.method, blocks: method, pageBreak: true };

  const base = {
    lang,
    role: 'trainer' as const,
    title: G.title,
    subtitle: workshop.name,
    cover,
    date,
    confidential: false,
    labels: L.report,
    // the group report is a whole document in itself: with its contents page, nothing to fill in
    appendices: true,
    placeholders: [],
    facts: {
      modules: [],
      priorities: [],
      strengths: [],
      dilemmas: agg.dilemmas.map((d) => ({
        itemId: d.itemId,
        now: d.now?.mean ?? null,
        desired: d.desired?.mean ?? null,
        triggers: [],
        advice: null,
        adviceText: '',
      })),
      flags: [],
      unanswered: [],
    },
  };

  if (agg.withheld) {
    return {
      ...base,
      sections: [
        { id: 'samenvatting', title: G.sections.summary, blocks: [{ kind: 'paragraph', text: G.withheld }] },
        methodSection,
      ],
    };
  }

  // a question as the workshop numbers it, the trainer's own marked as such
  const questionText = (item: Item) =>
    `${questionNumber(workshop, item.id) ?? ''}. ${markedText(item, G.own)}`;
  const distributionRow = (d: ItemDistribution, item: Item): string[] =>
    d.withheld
      ? [questionText(item), G.withheldCell, '–', '–', String(d.respondents)]
      : [
          questionText(item),
          distributionText(L, item, d),
          pct(d.meanScore),
          spreadText(L, d.spread, d.stats?.sd, lang),
          String(d.respondents),
        ];
  const T = L.table;
  const tableHead = [T.statement, T.distribution, T.score, T.spread, T.respondents];

  const summary: Section = {
    id: 'samenvatting',
    title: G.sections.summary,
    blocks: [
      { kind: 'paragraph', text: G.summaryIntro },
      {
        kind: 'radar',
        title: G.radarTitle,
        axes: agg.modules.map((m) => ({ label: moduleTitle(m.moduleId), value: m.stats?.mean ?? null })),
      },
      {
        kind: 'table',
        head: [T.theme, T.score, T.spread, T.range, G.cover.participants],
        rows: agg.modules.map((m) => [
          moduleTitle(m.moduleId),
          m.withheld ? G.withheldCell : pct(m.stats?.mean),
          m.withheld ? '–' : spreadText(L, m.spread, m.stats?.sd, lang),
          m.stats ? `${pct(m.stats.min)} – ${pct(m.stats.max)}` : '–',
          String(m.respondents),
        ]),
        widths: [3.4, 1.7, 1.8, 2, 1.7],
      },
    ],
  };

  const agenda: Section = {
    id: 'agenda',
    title: G.sections.agenda,
    blocks: agg.agenda.length
      ? [
          { kind: 'paragraph', text: G.agendaIntro },
          {
            kind: 'table',
            head: ['#', T.statement, T.distribution, T.spread],
            rows: agg.agenda.map((p, i) => {
              const item = items.get(p.itemId);
              if (!item) return [String(i + 1), p.itemId, '', ''];
              if (p.kind === 'dilemma') {
                const d = agg.dilemmas.find((x) => x.itemId === p.itemId);
                return [
                  String(i + 1),
                  `${questionText(item)} (${item.t.left} ↔ ${item.t.right})`,
                  `${T.now}: ${positionCounts(d?.positions.map((x) => x.now) ?? [])}`,
                  spreadText(L, d?.spread ?? null, d?.disagreement, lang),
                ];
              }
              const d = agg.items.find((x) => x.itemId === p.itemId);
              return [
                String(i + 1),
                questionText(item),
                d ? distributionText(L, item, d) : '',
                spreadText(L, d?.spread ?? null, d?.stats?.sd, lang),
              ];
            }),
            widths: [0.5, 4.5, 3.5, 1.6],
          },
        ]
      : [{ kind: 'paragraph', text: G.agendaNone }],
  };

  const dilemmaBlocks = (d: DilemmaSpread): Block[] => {
    const item = items.get(d.itemId);
    if (!item) return [];
    const head: Block[] = [
      { kind: 'heading', text: questionText(item) },
      {
        kind: 'table',
        head: [L.report.dilemma.left, L.report.dilemma.right],
        rows: [[item.t.left ?? '', item.t.right ?? '']],
      },
    ];
    if (d.withheld) return [...head, { kind: 'paragraph', text: G.withheldCell, emphasis: 'muted' }];
    const scale = [-3, -2, -1, 0, 1, 2, 3];
    const count = (side: 'now' | 'desired', v: number) =>
      String(d.positions.filter((p) => p[side] === v).length);
    const blocks: Block[] = [
      ...head,
      { kind: 'paragraph', text: G.dilemmaCounts, emphasis: 'muted' },
      {
        kind: 'table',
        head: ['', ...scale.map(signed)],
        rows: [
          [T.now, ...scale.map((v) => count('now', v))],
          [T.desired, ...scale.map((v) => count('desired', v))],
        ],
        widths: [2, 1, 1, 1, 1, 1, 1, 1],
      },
      {
        kind: 'paragraph',
        text: [
          `${T.now}: ${meanPosition(d.now?.mean, lang)}`,
          `${T.desired}: ${meanPosition(d.desired?.mean, lang)}`,
          `${T.spread}: ${spreadText(L, d.spread, d.disagreement, lang)}`,
          ...(d.unknown ? [`${G.distribution.unknown}: ${d.unknown}`] : []),
        ].join(' · '),
        emphasis: 'muted',
      },
    ];
    if (!workshop.anonymous && d.positions.length) {
      blocks.push({
        kind: 'table',
        head: [T.participant, T.now, T.desired],
        rows: d.positions.map((p) => [who(p.participant), signed(p.now), signed(p.desired)]),
        widths: [4, 1, 1],
      });
    }
    return blocks;
  };

  const dilemmas: Section | null = agg.dilemmas.length
    ? {
        id: 'dilemmas',
        title: G.sections.dilemmas,
        pageBreak: true,
        blocks: agg.dilemmas.flatMap(dilemmaBlocks),
      }
    : null;

  const moduleIds = [...new Set(agg.items.map((d) => d.module))];
  const themes: Section[] = moduleIds.map((moduleId, i) => ({
    id: `thema-${moduleId}`,
    title: `${G.sections.theme}: ${moduleTitle(moduleId)}`,
    ...(i === 0 ? { pageBreak: true } : {}),
    blocks: [
      {
        kind: 'table',
        head: tableHead,
        rows: agg.items
          .filter((d) => d.module === moduleId)
          .flatMap((d) => {
            const item = items.get(d.itemId);
            return item ? [distributionRow(d, item)] : [];
          }),
        widths: [3.5, 3.2, 1.6, 1.5, 1.6],
      },
    ],
  }));

  const openBlocks: Block[] = agg.open.length
    ? agg.open.flatMap((o): Block[] => {
        const item = items.get(o.itemId);
        if (!item) return [];
        if (o.withheld)
          return [
            { kind: 'heading', text: questionText(item) },
            { kind: 'paragraph', text: G.withheldCell, emphasis: 'muted' },
          ];
        return [
          { kind: 'heading', text: questionText(item) },
          ...(o.answers.length
            ? o.answers.map((a): Block => ({ kind: 'quote', text: a.text, cite: who(a.participant) }))
            : [{ kind: 'paragraph' as const, text: G.openNone }]),
        ];
      })
    : [{ kind: 'paragraph', text: G.openNone }];

  const roles: Section = {
    id: 'rollen',
    title: G.sections.roles,
    blocks: agg.roles.applies
      ? [
          { kind: 'paragraph', text: G.rolesIntro },
          {
            kind: 'table',
            head: [
              L.report.profile.theme,
              ...agg.roles.groups.map(
                (g) => `${roleName(g.role)} (${g.withheld ? G.withheldCell : g.count})`,
              ),
            ],
            rows: agg.modules.map((m) => [
              moduleTitle(m.moduleId),
              ...agg.roles.groups.map((g) => {
                if (g.withheld) return G.withheldCell;
                const cell = g.modules.find((x) => x.moduleId === m.moduleId);
                return cell?.mean === null || cell?.mean === undefined ? '–' : pct(cell.mean);
              }),
            ]),
          },
        ]
      : [{ kind: 'paragraph', text: G.rolesNone }],
  };

  const sections: Section[] = [
    summary,
    ...groupTrendSection(content, options.series, L),
    agenda,
    ...(dilemmas ? [dilemmas] : []),
    ...groupTalkMapSections(content, workshop, agg, L),
    ...themes,
    { id: 'open', title: G.sections.open, blocks: openBlocks, pageBreak: true },
    roles,
    methodSection,
  ];
  return { ...base, sections };
}

export { nameSlug };

/** File name of the group report, e.g. `workshop-groepsrapport-wijkaanpak-noord-2026-11-23.pdf`. */
export function groupFileName(
  workshop: Pick<WorkshopSetup, 'name' | 'date'>,
  lang: Lang,
  ext: string,
): string {
  const slug = nameSlug(workshop.name);
  const base = LANGUAGES[lang].fileWords.groupReport;
  return `${base}${slug ? `-${slug}` : ''}${workshop.date ? `-${workshop.date.slice(0, 10)}` : ''}.${ext}`;
}
