import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { baselineFromScan } from '../../domain/compare';
import type { Baseline, ScanData } from '../../domain/scan';
import type { Content } from '../../domain/types';
import type { ScanSummary } from '../../storage/scan-store';
import { PassphrasePrompt } from '../components/file-field';
import { readBaselineFile, type BaselineFileOutcome } from './baseline-file';
import { CardSection, FileCard } from '../components/card-section';

export type PickerError = Extract<BaselineFileOutcome, { ok: false }>;

/**
 * Chooses the nulmeting: an earlier scan on this device, or a file (an answers file or a workshop's group result).
 * `loadRaw` reads a saved scan without reconciling it, so answers to items that were removed from the content stay
 * visible in the comparison.
 */
export function BaselinePicker({
  content,
  scans,
  loadRaw,
  onChoose,
  onError,
  onCancel,
}: {
  content: Pick<Content, 'modules' | 'contentVersion'>;
  scans: readonly ScanSummary[];
  loadRaw: (id: string) => ScanData | null;
  onChoose: (baseline: Baseline) => void;
  onError: (error: PickerError) => void;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [picked, setPicked] = useState(scans[0]?.id ?? '');
  // a protected answers file waits here for its passphrase
  const [pending, setPending] = useState<File | null>(null);
  const open = async (file: File, passphrase?: string) => {
    const r = await readBaselineFile(file, content, fallback, passphrase);
    if (r.ok) {
      setPending(null);
      onChoose(r.baseline);
    } else if (r.code === 'needsPassphrase') {
      setPending(file);
    } else {
      onError(r);
    }
  };
  const fallback = t('compare.unnamed');
  // a date that does not parse is shown as saved
  const fmt = (iso: string) =>
    Number.isNaN(Date.parse(iso)) ? iso : new Date(iso).toLocaleDateString(i18n.language);
  return (
    <div className="zs-baseline-picker">
      <Paragraph>{t('compare.baseline.chooseIntro')}</Paragraph>
      <CardSection id={`${id}-device`} title={t('compare.baseline.fromDevice')}>
        {scans.length === 0 ? (
          <Paragraph>{t('compare.baseline.noOther')}</Paragraph>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const scan = loadRaw(picked);
              if (scan) onChoose(baselineFromScan(scan, 'scan', content.contentVersion, fallback));
              else onError({ ok: false, code: 'read', details: [] });
            }}
          >
            <div className="zs-field">
              <label htmlFor={`${id}-scan`}>{t('compare.baseline.deviceLabel')}</label>
              <select id={`${id}-scan`} value={picked} onChange={(e) => setPicked(e.target.value)}>
                {scans.map((s) => (
                  <option key={s.id} value={s.id}>
                    {t('compare.baseline.deviceOption', {
                      name: s.name || fallback,
                      role: s.role ? t(`roles.${s.role}.name`) : t('compare.baseline.noRole'),
                      date: fmt(s.updatedAt),
                      count: s.answered,
                    })}
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" appearance="primary-action-button">
              {t('compare.baseline.useScan')}
            </Button>
          </form>
        )}
      </CardSection>
      <FileCard
        id={id}
        title={t('compare.baseline.fromFile')}
        label={t('compare.baseline.fileLabel')}
        hint={t('compare.baseline.fileHint')}
        onFile={(file) => open(file)}
      >
        {pending && (
          <PassphrasePrompt
            intro={<Paragraph>{t('compare.baseline.protected')}</Paragraph>}
            label={t('compare.baseline.passphraseFor', { name: pending.name })}
            submitLabel={t('compare.baseline.openProtected')}
            onSubmit={(pass) => void open(pending, pass)}
          />
        )}
      </FileCard>
      {onCancel && (
        <ButtonGroup>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('compare.baseline.cancel')}
          </Button>
        </ButtonGroup>
      )}
    </div>
  );
}
