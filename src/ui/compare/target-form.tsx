import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import type { ModuleFinding } from '../../domain/advice';
import type { Target } from '../../domain/scan';
import { levelOf } from '../../domain/scoring';

/** The levels offered as a target: from the lower bound of "in ontwikkeling" up to 100%. */
export const TARGET_LEVELS = [40, 50, 60, 70, 80, 90, 100] as const;

type Draft = Record<string, { level: string; by: string }>;

function toDraft(targets: Readonly<Record<string, Target>>): Draft {
  return Object.fromEntries(
    Object.entries(targets).map(([id, t]) => [id, { level: String(Math.round(t.level * 100)), by: t.by }]),
  );
}

/** The draft as targets: a module without a chosen level has no target (a date alone means nothing). */
export function draftToTargets(draft: Draft): Record<string, Target> {
  const out: Record<string, Target> = {};
  for (const [id, d] of Object.entries(draft)) {
    const pct = Number(d.level);
    if (d.level !== '' && Number.isFinite(pct))
      out[id] = { level: Math.min(1, Math.max(0, pct / 100)), by: d.by };
  }
  return out;
}

function TargetFields({
  title,
  finding,
  value,
  onChange,
}: {
  title: string;
  finding: ModuleFinding;
  value: { level: string; by: string };
  onChange: (v: { level: string; by: string }) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const level = (pct: number) => {
    const l = levelOf(pct / 100);
    return l ? t(`report.levels.${l}`) : '';
  };
  const score = finding.score === null ? '–' : `${Math.round(finding.score * 100)}%`;
  return (
    <fieldset className="zs-question zs-target">
      <legend>{title}</legend>
      <p className="zs-hint">
        {t('compare.targets.nowScore', {
          score,
          level: finding.level ? t(`report.levels.${finding.level}`) : t('report.levels.none'),
        })}
      </p>
      <div className="zs-field">
        <label htmlFor={`${id}-level`}>{t('compare.targets.level')}</label>
        <select
          id={`${id}-level`}
          value={value.level}
          onChange={(e) => onChange({ ...value, level: e.target.value })}
        >
          <option value="">{t('compare.targets.none')}</option>
          {TARGET_LEVELS.map((pct) => (
            <option key={pct} value={String(pct)}>
              {t('compare.targets.option', { pct, level: level(pct) })}
            </option>
          ))}
        </select>
      </div>
      <div className="zs-field">
        <label htmlFor={`${id}-by`}>{t('compare.targets.by')}</label>
        <input
          id={`${id}-by`}
          type="date"
          value={value.by}
          onChange={(e) => onChange({ ...value, by: e.target.value })}
        />
      </div>
    </fieldset>
  );
}

/** Target level and date per module of the current scan, saved together. */
export function TargetForm({
  modules,
  moduleTitle,
  targets,
  onSave,
}: {
  modules: readonly ModuleFinding[];
  moduleTitle: (id: string) => string;
  targets: Readonly<Record<string, Target>>;
  onSave: (targets: Record<string, Target>) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(targets));
  return (
    <form
      className="zs-targets"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draftToTargets(draft));
      }}
    >
      <div className="zs-target-grid">
        {modules.map((m) => (
          <TargetFields
            key={m.moduleId}
            title={moduleTitle(m.moduleId)}
            finding={m}
            value={draft[m.moduleId] ?? { level: '', by: '' }}
            onChange={(v) => setDraft((d) => ({ ...d, [m.moduleId]: v }))}
          />
        ))}
      </div>
      <Button type="submit" appearance="primary-action-button">
        {t('compare.targets.save')}
      </Button>
    </form>
  );
}
