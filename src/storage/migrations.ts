/**
 * Ordered migrations of the saved-scan format. Each takes an envelope of version `from` and returns one of version
 * `from + 1`. Add an entry (and a fixture in tests/fixtures/saved/) with every format change.
 */
export interface Migration {
  from: number;
  migrate: (envelope: Record<string, unknown>) => Record<string, unknown>;
}

export const migrations: Migration[] = [
  {
    // 2: the memo gets onderwerp and the three consequence fields; the report remembers the appendix choice; a
    // notice lists questions to answer again after a content update
    from: 1,
    migrate: (e) => {
      const scan = (e.scan ?? {}) as Record<string, unknown>;
      const memo = (scan.memo ?? {}) as Record<string, unknown>;
      return {
        ...e,
        version: 2,
        scan: {
          ...scan,
          memo: { onderwerp: '', financieel: '', juridisch: '', communicatie: '', ...memo },
          appendices: false,
          notice: null,
        },
      };
    },
  },
];

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
