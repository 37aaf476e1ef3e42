import { useMemo, useState } from 'react';
import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { getContent } from '../../content/bundle';
import { moduleFindings } from '../../domain/advice';
import { compareAnswerSets } from '../../domain/compare';
import type { Baseline, ScanData, Target } from '../../domain/scan';
import { selectItems } from '../../domain/selection';
import { currentLang } from '../../i18n/i18n';
import type { ScanPatch } from '../../machines/scan-machine';
import { reportLabels } from '../../report/labels';
import { FocusHeading } from '../components/focus-heading';
import { NoScanPage } from '../components/no-scan';
import { StatusMessage, type StatusText } from '../components/status-message';
import { href } from '../router';
import { useDeviceStorage, type DeviceStorage } from '../components/device-storage';
import { useCurrentScan, useScanActor } from '../components/scan-session';
import { BaselinePicker, type PickerError } from './baseline-picker';
import { ComparisonView } from './comparison-view';
import { TargetForm } from './target-form';
import '../styles/compare.css';

type Message = StatusText & { area: 'baseline' | 'targets' };

/**
 * Nulmeting and vervolgmeting: choose an earlier measurement for the current scan (a scan on this device, an answers
 * file or a workshop's group result), set targets per theme, and see what changed. The chosen baseline is copied
 * into the scan, so the report shows the same comparison.
 */
export default function CompareApp() {
  const { t } = useTranslation();
  const storage = useDeviceStorage();
  const scan = useCurrentScan(storage);
  if (!scan?.role) {
    return <NoScanPage title={t('compare.title')} text={t('compare.noScan')} back={t('compare.toStart')} />;
  }
  return <CompareScreen storage={storage} initial={scan} />;
}

/** A message that waits for the save it reports on: success only once the store confirmed it. */
type Pending = { revision: number; ok: Message; failed: Message };

function CompareScreen({ storage, initial }: { storage: DeviceStorage; initial: ScanData }) {
  const { t, i18n } = useTranslation();
  const { store, structure } = storage;
  const actor = useScanActor(storage, initial);
  const scan = useSelector(actor, (s) => s.context.scan);
  // the screen opens only for a scan with a role, and no change takes it away
  const role = scan.role ?? 'bestuurder';
  const savedRevision = useSelector(actor, (s) => s.context.savedRevision);
  const saveFailed = useSelector(actor, (s) => s.matches({ persistence: 'failed' }));
  const otherTab = useSelector(actor, (s) => s.context.adopted > 0);
  const [picking, setPicking] = useState(false);
  const [message, setMessage] = useState<Message | Pending | null>(null);
  const lang = currentLang();
  const content = getContent(lang);
  const L = reportLabels(lang);

  const asked = useMemo(
    () => selectItems(content, role, scan.scope ?? { kind: 'full' }, scan.answers).map((i) => i.id),
    [content, scan, role],
  );
  const comparison = useMemo(
    () =>
      scan.baseline
        ? compareAnswerSets(content, scan.baseline, { answers: scan.answers, targets: scan.targets }, asked)
        : null,
    [content, scan, asked],
  );
  const findings = useMemo(() => moduleFindings(content, scan.answers, asked), [content, scan, asked]);

  /** Saves the change; its message follows the save's outcome. */
  const save = (patch: ScanPatch, ok: Message) => {
    actor.send({ type: 'scan.patch', patch });
    const failed: Message = { area: ok.area, type: 'error', text: t('compare.baseline.error.save') };
    setMessage({ revision: actor.getSnapshot().context.revision, ok, failed });
  };
  const shown: Message | null =
    message && 'revision' in message
      ? savedRevision >= message.revision
        ? message.ok
        : saveFailed
          ? message.failed
          : null
      : message;
  const choose = (baseline: Baseline) => {
    setPicking(false);
    save(
      { baseline },
      { area: 'baseline', type: 'ok', text: t('compare.baseline.set', { label: baseline.label }) },
    );
  };
  const fail = (e: PickerError) =>
    setMessage({
      area: 'baseline',
      type: 'error',
      text: t(`compare.baseline.error.${e.code}`),
      details: e.details,
    });
  const saveTargets = (targets: Record<string, Target>) =>
    save({ targets }, { area: 'targets', type: 'ok', text: t('compare.targets.saved') });
  const fmt = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(i18n.language);
  };
  const moduleTitle = (id: string) => content.modules.find((m) => m.id === id)?.title ?? id;
  const others = store.list().filter((s) => s.id !== scan.id && s.answered > 0);
  const showPicker = picking || !scan.baseline;

  return (
    <div className="zs-page zs-compare-page">
      <FocusHeading>{t('compare.title')}</FocusHeading>
      {otherTab && (
        <Alert type="warning" role="alert">
          {t('scan.otherTab')}
        </Alert>
      )}
      <Paragraph>{t('compare.intro')}</Paragraph>
      <Paragraph className="zs-hint">
        {t('compare.current', {
          name: scan.name || t('compare.unnamed'),
          role: t(`roles.${role}.name`),
          date: fmt(scan.updatedAt),
        })}
      </Paragraph>
      <section aria-labelledby="cmp-baseline">
        <Heading2 id="cmp-baseline">{t('compare.baseline.title')}</Heading2>
        <StatusMessage message={shown?.area === 'baseline' ? shown : null} />
        {scan.baseline ? (
          <div className="zs-compare-current">
            <Paragraph>
              {t('compare.baseline.chosen', {
                label: scan.baseline.label,
                date: fmt(scan.baseline.savedAt),
                source: L.compare.sources[scan.baseline.source],
              })}
            </Paragraph>
            <Paragraph className="zs-hint">{t('compare.baseline.copyNote')}</Paragraph>
            {!picking && (
              <ButtonGroup>
                <Button appearance="secondary-action-button" onClick={() => setPicking(true)}>
                  {t('compare.baseline.change')}
                </Button>
                <Button
                  appearance="subtle-button"
                  hint="danger"
                  onClick={() =>
                    save(
                      { baseline: null },
                      { area: 'baseline', type: 'ok', text: t('compare.baseline.removed') },
                    )
                  }
                >
                  {t('compare.baseline.remove')}
                </Button>
              </ButtonGroup>
            )}
          </div>
        ) : (
          <Paragraph>{t('compare.baseline.none')}</Paragraph>
        )}
        {showPicker && (
          <BaselinePicker
            content={structure}
            scans={others}
            // a baseline keeps answers to removed items: read as saved, not reconciled
            loadRaw={(id) => store.loadAsSaved(id)}
            onChoose={choose}
            onError={fail}
            onCancel={scan.baseline ? () => setPicking(false) : undefined}
          />
        )}
      </section>

      {/* what changed comes first; the target form follows it */}
      <section aria-labelledby="cmp-result">
        <Heading2 id="cmp-result">{t('compare.result.title')}</Heading2>
        {scan.baseline && comparison ? (
          <>
            <ComparisonView content={content} baseline={scan.baseline} comparison={comparison} L={L} />
            <Paragraph>
              <Link href={href('rapport')}>{t('compare.result.toReport')}</Link>
            </Paragraph>
          </>
        ) : (
          <Paragraph>{t('compare.result.needBaseline')}</Paragraph>
        )}
      </section>
      <section aria-labelledby="cmp-targets">
        <Heading2 id="cmp-targets">{t('compare.targets.title')}</Heading2>
        <Paragraph>{t('compare.targets.intro')}</Paragraph>
        <TargetForm
          modules={findings}
          moduleTitle={moduleTitle}
          targets={scan.targets}
          onSave={saveTargets}
        />
        <StatusMessage message={shown?.area === 'targets' ? shown : null} />
      </section>
    </div>
  );
}
