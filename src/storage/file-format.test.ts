// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getContent } from '../content/bundle';
import { readSaved, type FileFormat, type Migration, type Reconciled } from './file-format';
import { groupResultFormat } from './group-result';
import { invitationFormat, readInvitation } from './invitation';
import { participantFileFormat } from './participant-file';
import { scanFormat } from './restore';
import { workshopFileFormat } from './workshop-store';

/*
 * The meta-test of the saved formats: every format defined in src/storage is listed here with the name of its
 * fixtures; each released version has a fixture that still opens; and every migration ran on the way.
 */
const content = getContent('nl');
const fixtureDir = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'saved');
const fixture = (file: string) => readFileSync(join(fixtureDir, file), 'utf8');

const invitation = readInvitation(fixture('workshop-invitation-v1.json'), content);
if (!invitation.ok) throw new Error('the invitation fixture does not open');

interface Entry {
  /** Fixtures are `<name>-v<version>.json`. */
  name: string;
  def: object;
  version: number;
  migrations: readonly Migration[];
  /** Reads a text with the format's reader, its migrations replaced by `migrations`. */
  read: (text: string, migrations: readonly Migration[]) => Reconciled<unknown, string>;
}

function entry<T, C, R, E extends string>(name: string, def: FileFormat<T, C, R, E>, context: C): Entry {
  return {
    name,
    def,
    version: def.version,
    migrations: def.migrations,
    read: (text, migrations) => readSaved({ ...def, migrations }, text, context),
  };
}

const FORMATS: Entry[] = [
  entry('scan', scanFormat, content),
  entry('participant-file', participantFileFormat, {
    setup: invitation.setup,
    content,
    receivedAt: '2026-11-23T12:00:00.000Z',
    source: 'file',
  }),
  entry('workshop', workshopFileFormat, content),
  entry('workshop-invitation', invitationFormat, content),
  entry('group-result', groupResultFormat, undefined),
];

const isFileFormat = (v: unknown): boolean =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { format?: unknown }).format === 'string' &&
  typeof (v as { version?: unknown }).version === 'number' &&
  Array.isArray((v as { migrations?: unknown }).migrations) &&
  typeof (v as { reconcile?: unknown }).reconcile === 'function';

describe('saved formats', () => {
  it('lists every format defined in src/storage', () => {
    const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });
    const defined = Object.values(modules).flatMap((m) => Object.values(m).filter(isFileFormat));
    expect(defined.length).toBeGreaterThan(0);
    for (const def of defined)
      expect(
        FORMATS.some((f) => f.def === def),
        `${(def as { format: string }).format} is not in FORMATS`,
      ).toBe(true);
  });

  it('has no fixture that belongs to no format', () => {
    for (const file of readdirSync(fixtureDir).filter((f) => f.endsWith('.json')))
      expect(
        FORMATS.some((f) => new RegExp(`^${f.name}-v\\d+\\.json$`, 'u').test(file)),
        file,
      ).toBe(true);
  });

  describe.each(FORMATS.map((f) => [f.name, f] as const))('%s', (name, f) => {
    const versions = readdirSync(fixtureDir)
      .map((file) => new RegExp(`^${name}-v(\\d+)\\.json$`, 'u').exec(file)?.[1])
      .filter((v): v is string => v !== undefined)
      .map(Number)
      .sort((a, b) => a - b);

    it('has a fixture of each released version', () => {
      expect(versions).toEqual(Array.from({ length: f.version }, (_, i) => i + 1));
    });

    it.each(versions)('still opens version %i', (v) => {
      const text = fixture(`${name}-v${v}.json`);
      expect((JSON.parse(text) as { version: unknown }).version).toBe(v);
      const r = f.read(text, f.migrations);
      expect(r.ok ? 'ok' : `${r.code}: ${r.details.join(', ')}`).toBe('ok');
    });

    it('runs every migration on its fixtures (a format change adds a migration and a fixture)', () => {
      const ran = new Set<Migration>();
      const traced = f.migrations.map((m) => ({
        from: m.from,
        migrate: (data: Record<string, unknown>) => {
          ran.add(m);
          return m.migrate(data);
        },
      }));
      for (const v of versions) f.read(fixture(`${name}-v${v}.json`), traced);
      for (const m of f.migrations) expect(ran.has(m), `migration from version ${m.from}`).toBe(true);
    });
  });
});
