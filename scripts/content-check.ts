/**
 * npm run content:check — validates the content folder and prints every problem with file and path, the seed
 * coverage, item counts and scan durations. Exits non-zero on any problem.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildContent, checkContent } from '../src/content/load';
import { estimateSeconds, selectItems, toMinutes } from '../src/domain/selection';
import { ROLES } from '../src/domain/types';
import { findCopiedRuns } from '../src/content/copy-check';
import { readContent } from './read-content';

const root = join(import.meta.dirname, '..');
const contentDir = join(root, 'content');
const shared = join(root, '..', 'shared');
const { raw, syntaxErrors } = readContent(contentDir);
const problems: string[] = syntaxErrors.map((e) => `content/${e.file}: ${e.message}`);

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
      }
    }
  } else {
    console.log('note: ../shared/seeds not found; copy check (8 words) not run');
  }

  console.log(`seed coverage ${check.cited.size}/${check.seedIds.length}`);
  if (!check.issues.length) {
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

if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('\ncontent ok');
