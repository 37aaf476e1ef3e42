import type { Migration } from './file-format';

/**
 * Ordered migrations of the saved-scan format. Add an entry (and a fixture in tests/fixtures/saved/) with every
 * format change.
 */
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
  {
    // 3: a workshop scan carries the trainer's own questions (`workshop.own`); nothing to change in a version-2 scan
    from: 2,
    migrate: (e) => ({ ...e, version: 3 }),
  },
];
