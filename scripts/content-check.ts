/**
 * npm run content:check — validates the content folder and prints every problem with file and path, the seed
 * coverage, item counts and scan durations. Exits non-zero on any problem.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildContent, checkContent } from '../src/content/load';
import { estimateSeconds, selectItems, toMinutes } from '../src/domain/selection';
import { ROLES } from '../src/domain/types';
import { findCloseParaphrases, findCopiedRuns } from '../src/content/copy-check';
import { QUESTION_WORDS, writingStats } from '../src/content/text-checks';
import { readContent } from './read-content';

const root = join(import.meta.dirname, '..');
const contentDir = join(root, 'content');
const shared = join(root, '..', 'shared');
const { raw, syntaxErrors } = readContent(contentDir);
const problems: string[] = syntaxErrors.map((e) => `content/${e.file}: ${e.message}`);
// `--module ver` reports only the problems of that module's files (while other modules are being rewritten)
const onlyModule = process.argv.includes('--module')
  ? process.argv[process.argv.indexOf('--module') + 1]
  : null;

if (!syntaxErrors.length) {
  const check = checkContent(raw);
  problems.push(...check.issues.map((i) => `content/${i.file} ${i.path}: ${i.message}`));

  // The seed index must match the shared inventory when it is present beside the project.
  const inventoryPath = join(shared, 'seed-inventory.json');
  if (existsSync(inventoryPath)) {
    const inv = (JSON.parse(readFileSync(inventoryPath, 'utf8')) as { id: string }[]).map((x) => x.id);
    const mine = new Set(check.seedIds);
    inv
      .filter((id) => !mine.has(id))
      .forEach((id) =>
        problems.push(`content/seed-index.json: ontbreekt "${id}" uit de gedeelde inventaris`),
      );
  } else {
    console.log('note: ../shared/seed-inventory.json not found; seed index not compared with the inventory');
  }

  // No run of eight or more words copied from the source documents.
  const seedsDir = join(shared, 'seeds');
  if (existsSync(seedsDir)) {
    const seeds = readdirSync(seedsDir).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
    for (const lang of ['nl', 'en'] as const) {
      for (const [name, data] of Object.entries(raw.texts[lang])) {
        for (const run of findCopiedRuns(data, seeds, 8))
          problems.push(
            `content/texts/${lang}/${name}.json ${run.path}: overgenomen uit de bron: "${run.words}"`,
          );
        for (const p of findCloseParaphrases(data, seeds))
          problems.push(
            `content/texts/${lang}/${name}.json ${p.path}: volgt een bronzin te dicht (70% van de woorden in dezelfde volgorde): "${p.sentence}" ~ "${p.source}"`,
          );
      }
    }
  } else {
    console.log('note: ../shared/seeds not found; copy check (8 words) not run');
  }

  console.log(`seed coverage ${check.cited.size}/${check.seedIds.length}`);
  const blocking = onlyModule ? [] : check.issues;
  if (!blocking.length) {
    const c = buildContent(raw, 'nl');
    const types = ['likert', 'frequency', 'instrument', 'dilemma', 'open'] as const;
    console.log(`\nmodule  ${types.map((t) => t.padStart(11)).join('')}     total  quick`);
    for (const m of c.modules) {
      const counts = types
        .map((t) => String(m.items.filter((i) => i.type === t).length).padStart(11))
        .join('');
      console.log(
        `${m.id.padEnd(8)}${counts}${String(m.items.length).padStart(10)}${String(m.items.filter((i) => i.quick).length).padStart(7)}`,
      );
    }
    const all = c.modules.flatMap((m) => m.items);
    console.log(
      `total   ${types.map((t) => String(all.filter((i) => i.type === t).length).padStart(11)).join('')}${String(all.length).padStart(10)}`,
    );
    console.log(`\ncontentVersion ${c.contentVersion}, fingerprint ${check.fingerprint}`);
    for (const role of ROLES) {
      const quick = selectItems(c, role, { kind: 'quick' });
      const full = selectItems(c, role, { kind: 'full' });
      console.log(
        `${role.padEnd(14)} quick ${String(quick.length).padStart(3)} items ~${toMinutes(estimateSeconds(c, quick))} min   full ${String(full.length).padStart(3)} items ~${toMinutes(estimateSeconds(c, full))} min`,
      );
    }
  }
}

if (!syntaxErrors.length) {
  for (const lang of ['nl', 'en'] as const) {
    const c = buildContent(raw, lang);
    const items = c.modules
      .filter((m) => !onlyModule || m.id === onlyModule)
      .flatMap((m) => m.items)
      .map((i) => ({ ...i, t: (i.t ?? {}) as unknown as Record<string, unknown> }));
    const s = writingStats(items);
    const pct = (a: number, b: number) => `${b ? Math.round((a / b) * 100) : 0}%`;
    console.log(
      `\n[${lang}] questions ${s.questions}: mean ${s.meanWords.toFixed(1)} words, longest ${s.longestWords} (${s.longestId}), ` +
        `over ${QUESTION_WORDS.aim} words ${pct(s.overAim, s.questions)}\n` +
        `[${lang}] why texts naming a source ${s.whyNamingSource}/${s.whyTexts} (${pct(s.whyNamingSource, s.whyTexts)})\n` +
        `[${lang}] tiers complete ${s.scoredWithAllTiers}/${s.scored} scored items; per-role first steps ${s.multiRoleWithVariants}/${s.multiRole} items seen by several roles; ` +
        `dilemmas with advice per direction ${s.dilemmasWithDirections}/${s.dilemmas}`,
    );
  }
}

const shown = onlyModule
  ? problems.filter((p) => p.includes(`/${onlyModule}.json`) || p.includes(`"${onlyModule}.`))
  : problems;
if (onlyModule)
  console.log(`\n(only problems of module ${onlyModule}; ${problems.length - shown.length} others hidden)`);
if (shown.length) {
  problems.splice(0, problems.length, ...shown);
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('\ncontent ok');
