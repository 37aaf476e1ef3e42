import type { z } from '../content/zod';
import { MAX_IMPORT_BYTES } from './envelope';

/*
 * Every saved or imported file format is one definition read by one reader, so a new format or a new version gets
 * the same checks in the same order: size, JSON, format, version, migrations, schema, reconciliation with the content.
 */

/** One step of a format's history: takes data of version `from` and returns data of version `from + 1`. */
export interface Migration {
  from: number;
  migrate: (data: Record<string, unknown>) => Record<string, unknown>;
}

export type SavedErrorCode = 'tooLarge' | 'notJson' | 'notOurs' | 'newerVersion' | 'noMigration' | 'invalid';

export interface Refusal<E extends string> {
  ok: false;
  code: E;
  details: string[];
}

export type Reconciled<R, E extends string = never> = { ok: true; value: R } | Refusal<E>;

/**
 * A saved file format. A format change bumps `version`, adds a migration from the version before and a fixture in
 * tests/fixtures/saved/; the meta-test in file-format.test.ts fails until all three are there. `reconcile` fits
 * valid data to what this app knows (`content`), and may still refuse it (for example a file of another workshop).
 */
export interface FileFormat<T, C, R, E extends string = never> {
  format: string;
  version: number;
  schema: z.ZodType<T>;
  migrations: readonly Migration[];
  reconcile: (data: T, content: C) => Reconciled<R, E>;
}

export const refuse = <E extends string>(code: E, details: string[] = []): Refusal<E> => ({
  ok: false,
  code,
  details,
});

/**
 * Every bad field by its path, in the order zod found them (at most ten, so a message stays readable). Only the
 * path: zod's own wording is English, and the message in the user's language says what is wrong.
 */
export const zodIssues = (error: z.ZodError): string[] => [
  ...new Set(error.issues.slice(0, 10).map((i) => i.path.map(String).join('.') || '(root)')),
];

/** A JSON object, or why the text is not one. */
export function parseJsonObject(
  input: string,
): { ok: true; data: Record<string, unknown> } | { ok: false; code: 'notJson' | 'notOurs' } {
  let data: unknown;
  try {
    data = JSON.parse(input);
  } catch {
    return { ok: false, code: 'notJson' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, code: 'notOurs' };
  return { ok: true, data: data as Record<string, unknown> };
}

/** The `format` a text says it has, if it is a JSON object (for telling the user which kind of file they picked). */
export function formatOf(input: string): unknown {
  const json = parseJsonObject(input);
  return json.ok ? json.data.format : undefined;
}

/**
 * Reads a saved file of format `def`. Never throws: every refusal has a code the UI turns into a message, and an
 * invalid file lists its bad fields. `maxBytes` is only raised for data this app wrote itself (browser storage).
 */
export function readSaved<T, C, R, E extends string>(
  def: FileFormat<T, C, R, E>,
  input: string,
  content: C,
  { maxBytes = MAX_IMPORT_BYTES }: { maxBytes?: number } = {},
): Reconciled<R, SavedErrorCode | E> {
  if (input.length > maxBytes) return refuse('tooLarge');
  const json = parseJsonObject(input);
  if (!json.ok) return refuse(json.code);
  const obj = json.data;
  if (obj.format !== def.format) return refuse('notOurs');
  const version = obj.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse('invalid', ['version']);
  if (version > def.version) return refuse('newerVersion');
  let current = obj;
  for (let v = version; v < def.version; v++) {
    const step = def.migrations.find((m) => m.from === v);
    if (!step) return refuse('noMigration');
    current = step.migrate(current);
  }
  const parsed = def.schema.safeParse(current);
  if (!parsed.success) return refuse('invalid', zodIssues(parsed.error));
  return def.reconcile(parsed.data, content);
}

/**
 * For formats whose screens have no message for 'noMigration': with a single version it cannot happen, and should
 * a step ever be missing the file reads as invalid.
 */
export function withoutNoMigration<E extends string>(
  code: E | 'noMigration',
): Exclude<E, 'noMigration'> | 'invalid' {
  return code === 'noMigration' ? 'invalid' : (code as Exclude<E, 'noMigration'>);
}
