// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getContent } from '../content/bundle';
import { newScan, type ScanData } from '../domain/scan';
import { selectItems } from '../domain/selection';
import { ROLES, type Answer, type Item, type Role } from '../domain/types';
import { sampleScan } from '../../tests/fixtures/sample-scan';
import {
  APPENDIX_SECTIONS,
  MAIN_SECTIONS,
  MEMO_SECTIONS,
  MEMO_TITLES_NL,
} from '../../tests/fixtures/report-layout';
import { reportLabels } from './labels';
import { textFor } from '../domain/advice';
import { buildReportModel, proposedActions, topCountFor, type Block, type ReportModel } from './model';

const content = getContent('nl');
const L = reportLabels('nl');
const all = selectItems(content, 'projectleider', { kind: 'full' });

const answerFor = (item: Item): fc.Arbitrary<Answer | undefined> => {
  const common = [fc.constant(undefined), fc.constant<Answer>({ kind: 'unknown' })];
  switch (item.type) {
    case 'likert':
    case 'frequency':
      return fc.oneof(
        ...common,
        fc.constant<Answer>({ kind: 'na' }),
        fc.integer({ min: 1, max: 5 }).map((value): Answer => ({ kind: 'scale', value })),
      );
    case 'instrument':
      return fc.oneof(
        ...common,
        fc.constantFrom<Answer>(
          ...(['ja', 'deels', 'nee', 'gepland'] as const).map((value) => ({
            kind: 'instrument' as const,
            value,
          })),
        ),
      );
    case 'dilemma':
      return fc.oneof(
        ...common,
        fc
          .record({ now: fc.integer({ min: -3, max: 3 }), desired: fc.integer({ min: -3, max: 3 }) })
          .map((d): Answer => ({ kind: 'dilemma', ...d })),
      );
    case 'open':
      return fc.oneof(
        fc.constant(undefined),
        fc.string({ maxLength: 200 }).map((value): Answer => ({ kind: 'text', value })),
      );
  }
};

const scanArb: fc.Arbitrary<ScanData> = fc
  .tuple(
    fc.constantFrom(...ROLES),
    fc.boolean(),
    fc.tuple(...all.map(answerFor)),
    fc.subarray(
      all.map((i) => i.id),
      { maxLength: 8 },
    ),
  )
  .map(([role, appendices, answers, priorities]) => ({
    ...newScan('p', '2026-11-23T10:00:00Z'),
    role,
    scope: { kind: 'full' as const },
    appendices,
    answers: Object.fromEntries(all.flatMap((item, i) => (answers[i] ? [[item.id, answers[i]]] : []))),
    priorities,
  }));

/** Sections a full-scope report of the role always has, whatever the answers. */
const ALWAYS: Record<Role, string[]> = {
  bestuurder: ['samenvatting', 'dilemmas', 'gesprekken'],
  projectleider: [...MEMO_SECTIONS, 'agenda'],
  trainer: ['profiel', 'gesprek', 'dilemmas'],
};
const ALWAYS_APPENDICES = ['themas', 'methode', 'bronnen'];

/** Whether `ids` is a subsequence of `order`: every id in it, in that order. */
function inOrder(ids: readonly string[], order: readonly string[]): boolean {
  let at = 0;
  for (const id of ids) {
    const next = order.indexOf(id, at);
    if (next < 0) return false;
    at = next + 1;
  }
  return true;
}

const section = (m: ReportModel, id: string) => m.sections.find((s) => s.id === id);
const headings = (blocks: readonly Block[] = []) =>
  blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
const tableOf = (blocks: readonly Block[] = []) => {
  const t = blocks.find((b) => b.kind === 'table');
  if (t?.kind !== 'table') throw new Error('no table');
  return t;
};
const itemById = (id: string) => {
  const item = content.modules.flatMap((m) => m.items).find((i) => i.id === id);
  if (!item) throw new Error(id);
  return item;
};

describe('buildReportModel', () => {
  it('gives a valid report for any answer set: the role’s layout in order, the top priorities worked out (property)', () => {
    fc.assert(
      fc.property(scanArb, (scan) => {
        const role = scan.role ?? 'bestuurder';
        const m = buildReportModel(content, scan, L, { date: '2026-11-23' });
        const ids = m.sections.map((s) => s.id);
        const layout = { main: MAIN_SECTIONS[role], appendices: APPENDIX_SECTIONS[role] };
        expect(m.role).toBe(role);
        expect(m.appendices).toBe(scan.appendices);
        expect(new Set(ids).size, ids.join()).toBe(ids.length);
        expect(
          inOrder(ids, scan.appendices ? [...layout.main, ...layout.appendices] : layout.main),
          ids.join(),
        ).toBe(true);
        for (const id of ALWAYS[role]) expect(ids).toContain(id);
        for (const id of ALWAYS_APPENDICES) expect(ids.includes(id)).toBe(scan.appendices);
        for (const s of m.sections) expect(s.title.trim()).not.toBe('');

        const p = m.facts.priorities;
        for (let i = 1; i < p.length; i++) expect(p[i - 1]!.priority).toBeGreaterThanOrEqual(p[i]!.priority);
        for (const x of p) {
          expect(x.sources.length).toBeGreaterThan(0);
          expect(['start', 'deepen', 'plan']).toContain(x.tier);
          expect(x.title.trim()).not.toBe('');
          expect(x.step.trim()).not.toBe('');
        }
        for (const mod of m.facts.modules)
          if (mod.score !== null) expect(mod.score).toBeGreaterThanOrEqual(0);

        // sections that depend on the answers are there exactly when they have something to say
        const top = p.slice(0, topCountFor(role));
        expect(ids.includes('prioriteiten')).toBe(role === 'bestuurder' && top.length > 0);
        expect(ids.includes('signalen')).toBe(role === 'bestuurder' && m.facts.flags.length > 0);
        expect(ids.includes('toelichting')).toBe(scan.appendices && role !== 'bestuurder' && top.length > 0);
        expect(ids.includes('open')).toBe(scan.appendices && m.facts.unanswered.length > 0);
        expect(ids.includes('agenda')).toBe(
          role === 'projectleider' || (role === 'bestuurder' && scan.appendices),
        );
        expect(ids.includes('vergelijking')).toBe(false);
        // the role's number of priorities, each by its advice: headings for the bestuurder, decision points in the memo
        if (role === 'bestuurder')
          expect(headings(section(m, 'prioriteiten')?.blocks)).toEqual(
            top.map((x, i) => `${i + 1}. ${x.title}`),
          );
        if (role === 'projectleider' && top.length)
          expect(section(m, 'voorstel')?.blocks.find((b) => b.kind === 'list')).toMatchObject({
            ordered: true,
            items: top.map((x) => `${x.title}. ${x.step}`),
          });
        if (scan.appendices && role !== 'bestuurder' && top.length)
          expect(headings(section(m, 'toelichting')?.blocks)).toEqual(
            top.map((x, i) => `${i + 1}. ${x.title}`),
          );

        // dilemmas: the advice follows the direction, positions print with a real minus sign
        for (const d of m.facts.dilemmas) {
          const a = scan.answers[d.itemId];
          const now = a?.kind === 'dilemma' ? (a.now ?? null) : null;
          const desired = a?.kind === 'dilemma' ? (a.desired ?? null) : null;
          expect([d.now, d.desired]).toEqual([now, desired]);
          if (now !== null && desired !== null && now !== desired)
            expect(d.advice).toEqual({ kind: 'towards', pole: desired > now ? 'right' : 'left' });
          else if (d.advice) expect(d.advice.kind).toBe('extreme');
          expect(d.adviceText === '').toBe(d.advice === null);
        }
        if (role === 'projectleider') {
          // the memo works out up to three moves, each with its positions
          const moves = m.facts.dilemmas.filter((d) => d.advice?.kind === 'towards');
          const positions = (section(m, 'keuzes')?.blocks ?? []).flatMap((b) =>
            b.kind === 'paragraph' && b.emphasis === 'strong' ? [b.text] : [],
          );
          expect(positions).toHaveLength(Math.min(3, moves.length));
          for (const t of positions) expect(t).toMatch(/^Nu (?:[+−][1-3]|0), gewenst (?:[+−][1-3]|0): /u);
        } else {
          const dilemmaRows = tableOf(section(m, 'dilemmas')?.blocks).rows;
          expect(dilemmaRows).toHaveLength(m.facts.dilemmas.length);
          m.facts.dilemmas.forEach((d, i) => {
            const row = dilemmaRows[i] ?? [];
            for (const v of row.slice(1, 3)) expect(v).toMatch(/^(?:[+−][1-3]|0|–)$/u);
            const t = itemById(d.itemId).t;
            expect(row[0]).toBe(`${t.left} ↔ ${t.right}`);
            expect(row[3]).toBe(
              d.advice?.kind === 'towards'
                ? `richting ‘${d.advice.pole === 'left' ? t.left : t.right}’`
                : d.desired === null
                  ? '–'
                  : 'blijft',
            );
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('arranges the output per role: the short report, and the appendices when asked', () => {
    const build = (role: Role, options: { appendices?: boolean } = {}, scan = sampleScan(content, role)) =>
      buildReportModel(content, scan, L, { date: '2026-11-23', ...options });
    const ids = (m: ReportModel) => m.sections.map((s) => s.id);
    const titles = (m: ReportModel) => m.sections.map((s) => s.title);

    expect(titles(build('bestuurder'))).toEqual([
      'In één oogopslag',
      'Prioriteiten en advies',
      'Om op te letten',
      'Dilemma’s',
      'Gesprekken om te voeren',
    ]);
    expect(titles(build('projectleider'))).toEqual([...MEMO_TITLES_NL, 'Vervolg: verbeteragenda']);
    expect(titles(build('trainer'))).toEqual(['Profiel', 'Gesprekspunten', 'Dilemma’s']);

    // the detail appendices the sample scan's reports end with
    const details = ['themas', 'reflectie', 'methode', 'bronnen'];
    expect(ids(build('bestuurder', { appendices: true }))).toEqual([
      'samenvatting',
      'prioriteiten',
      'signalen',
      'dilemmas',
      'gesprekken',
      'dilemmas-meer',
      'sterk',
      'agenda',
      ...details,
    ]);
    expect(ids(build('projectleider', { appendices: true }))).toEqual([
      ...MEMO_SECTIONS,
      'agenda',
      'toelichting',
      'signalen-meer',
      'sterk',
      ...details,
    ]);
    expect(ids(build('trainer', { appendices: true }))).toEqual([
      'profiel',
      'gesprek',
      'dilemmas',
      'toelichting',
      'dilemmas-meer',
      'signalen-meer',
      'sterk',
      ...details,
    ]);
    // appendices: the scan's own choice by default, the option overrides it
    const chosen = { ...sampleScan(content, 'trainer'), appendices: true };
    expect(build('trainer', {}, chosen).appendices).toBe(true);
    expect(ids(build('trainer', {}, chosen))).toContain('methode');
    expect(ids(build('trainer', { appendices: false }, chosen))).toEqual(['profiel', 'gesprek', 'dilemmas']);
  });

  it('lists the proposals by their action until the bestuurder adopts them; an edited agenda joins the short report', () => {
    const scan = sampleScan(content, 'bestuurder');
    const short = buildReportModel(content, scan, L, { date: '2026-11-23', appendices: true });
    const top = short.facts.priorities.slice(0, 3);
    const proposals = section(short, 'agenda');
    expect(proposals?.title).toBe('Bijlage: verbeteragenda');
    expect(proposals?.blocks[0]).toEqual({
      kind: 'paragraph',
      text: L.actions.proposedNote,
      emphasis: 'muted',
    });
    expect(tableOf(proposals?.blocks).rows).toEqual(top.map((p) => [p.title, '–', '–', 'Open']));

    const actions = proposedActions(content, scan).map((a, i) =>
      i === 0 ? { ...a, owner: 'Wethouder', due: '2027-01-31', status: 'bezig' as const } : a,
    );
    const edited = buildReportModel(content, { ...scan, actions }, L, { date: '2026-11-23' });
    expect(edited.sections.map((s) => s.id)).toEqual([
      'samenvatting',
      'prioriteiten',
      'signalen',
      'dilemmas',
      'gesprekken',
      'agenda',
    ]);
    const agenda = section(edited, 'agenda');
    expect(agenda?.title).toBe('Verbeteragenda');
    expect(agenda?.blocks.some((b) => b.kind === 'paragraph')).toBe(false);
    expect(tableOf(agenda?.blocks).rows).toEqual(
      actions.map((a, i) =>
        i === 0 ? [a.text, 'Wethouder', '2027-01-31', 'Bezig'] : [a.text, '–', '–', 'Open'],
      ),
    );
    // with the appendices the adopted agenda stays in the report once, not again as an appendix
    const both = buildReportModel(content, { ...scan, actions }, L, { date: '2026-11-23', appendices: true });
    expect(both.sections.filter((s) => s.id === 'agenda').map((s) => s.title)).toEqual(['Verbeteragenda']);
  });

  it('recommends what scored low, keeps strengths out of the advice, and sums up the top three with their step', () => {
    const scan = sampleScan(content, 'bestuurder');
    const m = buildReportModel(content, scan, L, { date: '2026-11-23' });
    const prioritised = new Set(m.facts.priorities.map((p) => p.itemId));
    expect(m.facts.strengths.length).toBeGreaterThan(0);
    expect(m.facts.priorities.length).toBeGreaterThan(3);
    for (const id of m.facts.strengths) expect(prioritised.has(id)).toBe(false);
    for (const p of m.facts.priorities) {
      expect(p.score).toBeLessThan(0.75);
      expect(p.tier).not.toBe('keep');
    }
    const top = m.facts.priorities.slice(0, 3);
    const glance = section(m, 'samenvatting')?.blocks ?? [];
    expect(glance).toContainEqual({ kind: 'heading', text: 'Uw drie prioriteiten' });
    expect(glance.find((b) => b.kind === 'markdown')).toMatchObject({
      md: top.map((p, i) => `${i + 1}. **${p.title}.** ${p.step}`).join('\n'),
    });
    const best = itemById(m.facts.strengths[0]!);
    expect(
      glance.some((b) => b.kind === 'paragraph' && b.text.startsWith(`Uw sterkste punt: ‘${best.t.text}’`)),
    ).toBe(true);
  });

  it('quotes open answers back and lists unanswered items, both in the appendices', () => {
    const scan = sampleScan(content, 'trainer');
    const open = Object.entries(scan.answers).find(([, a]) => a.kind === 'text');
    expect(open).toBeDefined();
    const [openId, openAnswer] = open!;
    const firstId = Object.keys(scan.answers)[0] as string;
    expect(firstId).not.toBe(openId);
    const partial = {
      ...scan,
      answers: Object.fromEntries(Object.entries(scan.answers).filter(([id]) => id !== firstId)),
    };
    const m = buildReportModel(content, partial, L, { date: '2026-11-23', appendices: true });
    expect(m.facts.unanswered).toContain(firstId);
    const reflection = section(m, 'reflectie');
    expect(reflection?.title).toBe('Bijlage: open antwoorden en aantekeningen');
    expect(reflection?.blocks).toContainEqual({
      kind: 'quote',
      text: (openAnswer as { value: string }).value,
      cite: itemById(openId).t.text,
    });
    expect(reflection?.blocks).toContainEqual({
      kind: 'quote',
      text: scan.reflection.notes,
      cite: 'Uw aantekeningen',
    });
    const unanswered = section(m, 'open');
    expect(unanswered?.title).toBe('Bijlage: niet beantwoorde vragen');
    const first = itemById(firstId);
    const moduleTitle = content.modules.find((x) => x.id === first.module)?.title;
    expect(unanswered?.blocks.find((b) => b.kind === 'list')).toMatchObject({
      items: expect.arrayContaining([`${first.t.text} (${moduleTitle})`]),
    });
    // the short report leaves both out, but still knows what is unanswered
    const short = buildReportModel(content, partial, L, { date: '2026-11-23' });
    expect(short.sections.some((s) => s.id === 'open' || s.id === 'reflectie')).toBe(false);
    expect(short.facts.unanswered).toContain(firstId);
  });

  it('raises the hobby risk when the alderman is the sole figurehead and anchoring is weak, with the role’s advice', () => {
    const scan = (answers: ScanData['answers'], role: Role = 'bestuurder'): ScanData => ({
      ...newScan('h', 'now'),
      role,
      scope: { kind: 'full' },
      answers,
    });
    const flags = (s: ScanData, options = {}) =>
      buildReportModel(content, s, L, { date: 'x', ...options }).facts.flags;
    const sole = { kind: 'dilemma' as const, now: -3, desired: -2 };
    const scale = (value: number) => ({ kind: 'scale' as const, value });
    // the college rarely puts it on its agenda
    const weak = scan({ 'ver.dilemma-boegbeeld': sole, 'ver.college-agenda': scale(1) });
    expect(flags(weak)).toContain('hobby-risico');
    // the college does, but the anchoring as a whole is weak
    expect(
      flags(
        scan({
          'ver.dilemma-boegbeeld': sole,
          'ver.college-agenda': scale(5),
          'ver.raad-opbrengst': scale(1),
          'ver.ambtelijke-top': scale(1),
          'ver.bondgenoten': scale(1),
        }),
      ),
    ).toContain('hobby-risico');
    // anchoring is strong
    expect(
      flags(
        scan({
          'ver.dilemma-boegbeeld': sole,
          'ver.college-agenda': scale(5),
          'ver.raad-opbrengst': scale(5),
        }),
      ),
    ).not.toContain('hobby-risico');
    // the whole college carries it
    expect(
      flags(
        scan({
          'ver.dilemma-boegbeeld': { kind: 'dilemma', now: 2, desired: 2 },
          'ver.college-agenda': scale(1),
        }),
      ),
    ).not.toContain('hobby-risico');

    // the signal reads in the reader's role
    const rule = content.rules.find((r) => r.id === 'hobby-risico')!;
    expect(typeof rule.advice).toBe('object');
    const forBestuurder = textFor(rule.advice, 'bestuurder');
    const forProjectleider = textFor(rule.advice, 'projectleider');
    expect(forBestuurder).not.toBe(forProjectleider);
    const signals = section(buildReportModel(content, weak, L, { date: 'x' }), 'signalen')?.blocks ?? [];
    expect(signals[0]).toEqual({ kind: 'heading', text: rule.title });
    expect(signals[1]).toMatchObject({ kind: 'markdown', md: forBestuurder });
    const memo = buildReportModel(content, scan(weak.answers, 'projectleider'), L, {
      date: 'x',
      appendices: true,
    });
    expect(section(memo, 'signalen-meer')?.blocks).toContainEqual(
      expect.objectContaining({ kind: 'markdown', md: forProjectleider }),
    );
    expect(JSON.stringify(memo.sections)).not.toContain(JSON.stringify(forBestuurder));
  });

  it('prints dilemma positions with a real minus sign, with the direction and its advice', () => {
    const [boegbeeld, raad, programma] = [
      'ver.dilemma-boegbeeld',
      'ver.dilemma-raad',
      'org.dilemma-programma',
    ].map(itemById) as [Item, Item, Item];
    const scan: ScanData = {
      ...newScan('d', 'now'),
      role: 'bestuurder',
      scope: { kind: 'full' },
      answers: {
        [boegbeeld.id]: { kind: 'dilemma', now: -3, desired: -3 },
        [raad.id]: { kind: 'dilemma', now: -2, desired: 1 },
        [programma.id]: { kind: 'dilemma', now: 1, desired: 1 },
      },
    };
    const m = buildReportModel(content, scan, L, { date: 'x' });
    const fact = (id: string) => m.facts.dilemmas.find((d) => d.itemId === id);
    expect(fact(boegbeeld.id)).toMatchObject({
      now: -3,
      desired: -3,
      triggers: ['extreme'],
      advice: { kind: 'extreme', pole: 'left' },
      adviceText: boegbeeld.t.extremeLeft,
    });
    expect(fact(raad.id)).toMatchObject({
      now: -2,
      desired: 1,
      triggers: ['gap'],
      advice: { kind: 'towards', pole: 'right' },
      adviceText: raad.t.towardsRight,
    });
    expect(fact(programma.id)).toMatchObject({ triggers: [], advice: null, adviceText: '' });

    const dilemmas = section(m, 'dilemmas')?.blocks ?? [];
    const rows = tableOf(dilemmas).rows;
    const row = (i: Item) => rows.find((r) => r[0] === `${i.t.left} ↔ ${i.t.right}`);
    expect(row(boegbeeld)).toEqual([`${boegbeeld.t.left} ↔ ${boegbeeld.t.right}`, '−3', '−3', 'blijft']);
    expect(row(raad)).toEqual([`${raad.t.left} ↔ ${raad.t.right}`, '−2', '+1', `richting ‘${raad.t.right}’`]);
    expect(row(programma)).toEqual([`${programma.t.left} ↔ ${programma.t.right}`, '+1', '+1', 'blijft']);
    // the move is worked out with its advice towards the chosen pole, never the other one
    expect(dilemmas).toContainEqual({ kind: 'heading', text: raad.t.text });
    expect(dilemmas).toContainEqual({ kind: 'paragraph', text: 'Nu −2, gewenst +1.', emphasis: 'strong' });
    expect(dilemmas).toContainEqual(expect.objectContaining({ kind: 'markdown', md: raad.t.towardsRight }));
    expect(JSON.stringify(m.sections)).not.toContain(JSON.stringify(raad.t.towardsLeft));
  });

  it('proposes one action per top priority, its text the action and first step of the answer’s tier', () => {
    expect(ROLES.map(topCountFor)).toEqual([3, 5, 5]);
    for (const role of ROLES) {
      const scan = sampleScan(content, role);
      const actions = proposedActions(content, scan);
      const top = buildReportModel(content, scan, L, { date: '2026-11-23' }).facts.priorities.slice(
        0,
        topCountFor(role),
      );
      expect(top).toHaveLength(topCountFor(role));
      expect(actions).toEqual(
        top.map((p) => ({
          id: `voorstel-${p.itemId}`,
          text: `${p.title}: ${p.step}`,
          owner: '',
          due: '',
          status: 'open',
          itemId: p.itemId,
        })),
      );
      for (const a of actions) expect(a.text.length).toBeGreaterThan(5);
    }
  });
});
