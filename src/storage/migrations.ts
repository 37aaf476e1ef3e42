/**
 * Ordered migrations of the saved-scan format. Each takes an envelope of version `from` and returns one of version
 * `from + 1`. Version 1 is the first released format, so the list is empty; add an entry (and a fixture in
 * tests/fixtures/) with every format change.
 */
export interface Migration {
  from: number;
  migrate: (envelope: Record<string, unknown>) => Record<string, unknown>;
}

export const migrations: Migration[] = [];

/** Applies the migrations from the envelope's version up to `target`. Returns null when a step is missing. */
export function migrate(envelope: Record<string, unknown>, target: number): Record<string, unknown> | null {
  let current = envelope;
  let version = typeof current.version === 'number' ? current.version : NaN;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return null;
    current = step.migrate(current);
    version += 1;
  }
  return current;
}
