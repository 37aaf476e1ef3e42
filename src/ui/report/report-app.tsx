import { TEXT_LIMITS } from '../../domain/limits';
import { useId, useMemo, useState } from 'react';
import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { getContent } from '../../content/bundle';
import { currentLang } from '../../i18n/i18n';
import type { Action, ActionStatus, ScanData } from '../../domain/scan';
import type { ScanPatch } from '../../machines/scan-machine';
import { buildReportModel, proposedActions, type ReportModel } from '../../report/model';
import { reportLabels } from '../../report/labels';
import { FocusHeading } from '../components/focus-heading';
import { NoScanPage } from '../components/no-scan';
import { href } from '../router';
import { useDeviceStorage, type DeviceStorage } from '../components/device-storage';
import { useCurrentScan, useScanActor } from '../components/scan-session';
import { downloadBlob } from '../download';
import { ReportView } from './report-view';

type Busy = null | 'pdf' | 'docx' | 'html' | 'md';

function Field({
  label,
  value,
  onChange,
  multiline,
  type = 'text',
  maxLength = multiline ? TEXT_LIMITS.long : TEXT_LIMITS.name,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  multiline?: boolean;
  type?: string;
  /** The saved format's limit for this field, so nothing typed is refused when it is read back. */
  maxLength?: number;
}) {
  const id = useId();
  return (
    <div className="zs-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          maxLength={maxLength}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}

function ActionEditor({
  actions,
  proposed,
  onChange,
}: {
  actions: Action[];
  proposed: Action[];
  onChange: (a: Action[]) => void;
}) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<Action>) =>
    onChange(actions.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <section aria-labelledby="agenda-edit" className="zs-agenda-edit">
      <Heading2 id="agenda-edit">{t('reportScreen.agendaTitle')}</Heading2>
      <Paragraph>{t('reportScreen.agendaIntro')}</Paragraph>
      {actions.length === 0 && proposed.length > 0 && (
        <Button
          appearance="secondary-action-button"
          onClick={() => onChange(proposed.map((p) => ({ ...p, id: `${p.id}-${Date.now().toString(36)}` })))}
        >
          {t('reportScreen.adoptProposals', { count: proposed.length })}
        </Button>
      )}
      <ol className="zs-card-list">
        {actions.map((a, i) => (
          <li key={a.id} className="zs-card">
            <fieldset className="zs-question">
              <legend>{t('reportScreen.actionN', { n: i + 1 })}</legend>
              <Field
                label={t('report.actions.action')}
                value={a.text}
                onChange={(v) => update(i, { text: v })}
                multiline
                maxLength={TEXT_LIMITS.action}
              />
              <Field
                label={t('report.actions.owner')}
                value={a.owner}
                onChange={(v) => update(i, { owner: v })}
              />
              <Field
                label={t('report.actions.due')}
                value={a.due}
                type="date"
                onChange={(v) => update(i, { due: v })}
                maxLength={TEXT_LIMITS.date}
              />
              <div className="zs-field">
                <label htmlFor={`status-${a.id}`}>{t('report.actions.status')}</label>
                <select
                  id={`status-${a.id}`}
                  value={a.status}
                  onChange={(e) => update(i, { status: e.target.value as ActionStatus })}
                >
                  {(['open', 'bezig', 'klaar'] as const).map((s) => (
                    <option key={s} value={s}>
                      {t(`report.actions.statuses.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
              <Button
                appearance="subtle-button"
                hint="danger"
                onClick={() => onChange(actions.filter((_, j) => j !== i))}
              >
                {t('reportScreen.removeAction', { n: i + 1 })}
              </Button>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button
        appearance="secondary-action-button"
        onClick={() =>
          onChange([
            ...actions,
            { id: `eigen-${Date.now().toString(36)}`, text: '', owner: '', due: '', status: 'open' },
          ])
        }
      >
        {t('reportScreen.addAction')}
      </Button>
    </section>
  );
}

/** The report screen: edit the cover, memo and action plan, read the advice, download it in every format. */
export default function ReportApp() {
  const { t } = useTranslation();
  const storage = useDeviceStorage();
  const scan = useCurrentScan(storage);
  if (!scan?.role) {
    return (
      <NoScanPage title={t('reportScreen.title')} text={t('reportScreen.noScan')} back={t('about.back')} />
    );
  }
  return <ReportScreen storage={storage} initial={scan} />;
}

function ReportScreen({ storage, initial }: { storage: DeviceStorage; initial: ScanData }) {
  const { t, i18n } = useTranslation();
  const actor = useScanActor(storage, initial);
  const scan = useSelector(actor, (s) => s.context.scan);
  const saveProblem = useSelector(actor, (s) => s.context.saveError);
  const otherTab = useSelector(actor, (s) => s.context.adopted > 0);
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState('');
  const lang = currentLang();
  const content = getContent(lang);
  const model: ReportModel = useMemo(
    () => buildReportModel(content, scan, reportLabels(lang), { date: new Date().toISOString() }),
    // i18n.language is a dependency through lang
    [content, scan, lang],
  );
  void i18n;

  // the machine saves the change; an edit that could not be stored is said so, never lost in silence
  const save = (patch: ScanPatch) => actor.send({ type: 'scan.patch', patch });
  const proposed = proposedActions(content, scan);

  const run = async (kind: Exclude<Busy, null>) => {
    setBusy(kind);
    setStatus('');
    try {
      if (kind === 'pdf') {
        const { renderPdf, pdfFileName } = await import('../../report/pdf/render-pdf');
        downloadBlob(await renderPdf(model), pdfFileName(model));
      } else if (kind === 'docx') {
        const { renderDocx, docxFileName } = await import('../../report/docx/render-docx');
        downloadBlob(await renderDocx(model), docxFileName(model));
      } else if (kind === 'html') {
        const { renderHtml, htmlFileName } = await import('../../report/html/render-html');
        downloadBlob(new Blob([renderHtml(model)], { type: 'text/html;charset=utf-8' }), htmlFileName(model));
      } else {
        const { renderMarkdown } = await import('../../report/markdown/render-markdown');
        await navigator.clipboard.writeText(renderMarkdown(model));
      }
      setStatus(t(`reportScreen.done.${kind}`));
    } catch (e) {
      console.error(e);
      setStatus(t('reportScreen.failed'));
    } finally {
      setBusy(null);
    }
  };

  const memoField = (
    key: keyof ScanData['memo'],
    label: string,
    opts: { multiline?: boolean; type?: string; maxLength?: number } = {},
  ) => (
    <Field
      label={label}
      value={scan.memo[key]}
      multiline={opts.multiline}
      type={opts.type}
      maxLength={opts.maxLength}
      onChange={(v) => save({ memo: { [key]: v } })}
    />
  );

  return (
    <div className="zs-report-page">
      <FocusHeading>{model.title}</FocusHeading>
      {otherTab && (
        <Alert type="warning" role="alert">
          {t('scan.otherTab')}
        </Alert>
      )}
      {saveProblem && (
        <Alert type="warning" role="alert">
          {t(saveProblem === 'quota' ? 'reportScreen.saveQuota' : 'reportScreen.saveUnavailable')}
        </Alert>
      )}
      <div
        className="zs-report-toolbar zs-no-print"
        role="group"
        aria-label={t('reportScreen.downloadTitle')}
      >
        <p className="zs-report-toolbar__label" aria-hidden="true">
          {t('reportScreen.downloadTitle')}
        </p>
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            busy={busy === 'pdf'}
            disabled={busy !== null}
            onClick={() => void run('pdf')}
            aria-label={t('reportScreen.pdf')}
          >
            {t('reportScreen.short.pdf')}
          </Button>
          <Button
            appearance="secondary-action-button"
            busy={busy === 'docx'}
            disabled={busy !== null}
            onClick={() => void run('docx')}
            aria-label={t('reportScreen.docx')}
          >
            {t('reportScreen.short.docx')}
          </Button>
          <Button
            appearance="secondary-action-button"
            busy={busy === 'html'}
            disabled={busy !== null}
            onClick={() => void run('html')}
            aria-label={t('reportScreen.html')}
          >
            {t('reportScreen.short.html')}
          </Button>
          <Button
            appearance="subtle-button"
            disabled={busy !== null}
            onClick={() => void run('md')}
            aria-label={t('reportScreen.markdown')}
          >
            {t('reportScreen.short.md')}
          </Button>
          <Button appearance="subtle-button" onClick={() => window.print()}>
            {t('reportScreen.print')}
          </Button>
        </ButtonGroup>
        <div className="zs-report-toolbar__options">
          <label className="zs-check">
            <input
              type="checkbox"
              checked={scan.appendices}
              onChange={(e) => save({ appendices: e.target.checked })}
            />
            <span>{t('reportScreen.appendices')}</span>
          </label>
          <label className="zs-check">
            <input
              type="checkbox"
              checked={scan.confidential}
              onChange={(e) => save({ confidential: e.target.checked })}
            />
            <span>{t('reportScreen.confidential')}</span>
          </label>
        </div>
        <div role="status" aria-live="polite">
          {status && <Alert type="info">{status}</Alert>}
        </div>
        {model.placeholders.length > 0 && (
          <Alert type="warning">
            <Paragraph>
              {t('reportScreen.placeholders', { fields: model.placeholders.join(', ') })}{' '}
              <a href="#memo-fields">{t('reportScreen.fillIn')}</a>
            </Paragraph>
          </Alert>
        )}
      </div>
      <ReportView model={model} />
      <div className="zs-report-edit zs-no-print">
        <section aria-labelledby="memo-fields" className="zs-report-fields">
          <Heading2 id="memo-fields" tabIndex={-1}>
            {t(scan.role === 'projectleider' ? 'reportScreen.memoFields' : 'reportScreen.editCover')}
          </Heading2>
          <Field
            label={t('role.gemeente')}
            value={scan.profile.gemeente}
            onChange={(v) => save({ profile: { gemeente: v } })}
          />
          <Field
            label={t('role.wijk')}
            value={scan.profile.wijk}
            onChange={(v) => save({ profile: { wijk: v } })}
          />
          {scan.role === 'projectleider' ? (
            <>
              {memoField('onderwerp', t('report.memoText.subject'), { maxLength: TEXT_LIMITS.subject })}
              {memoField('auteur', t('report.memo.author'))}
              {memoField('datum', t('report.cover.date'), { type: 'date', maxLength: TEXT_LIMITS.date })}
              {memoField('aanleiding', t('report.sections.aanleiding'), { multiline: true })}
              {memoField('financieel', t('report.memoText.financieel'), {
                multiline: true,
                maxLength: TEXT_LIMITS.memoParagraph,
              })}
              {memoField('juridisch', t('report.memoText.juridisch'), {
                multiline: true,
                maxLength: TEXT_LIMITS.memoParagraph,
              })}
              {memoField('communicatie', t('report.memoText.communicatie'), {
                multiline: true,
                maxLength: TEXT_LIMITS.memoParagraph,
              })}
            </>
          ) : (
            <Field
              label={t('role.naam')}
              value={scan.profile.naam}
              onChange={(v) => save({ profile: { naam: v } })}
            />
          )}
        </section>
        <ActionEditor actions={scan.actions} proposed={proposed} onChange={(actions) => save({ actions })} />
        <nav className="zs-report-links" aria-label={t('reportScreen.more')}>
          <Link href={href('scan')}>{t('reportScreen.backToScan')}</Link>
          <Link href={href('vergelijk')}>{t('compare.link')}</Link>
        </nav>
      </div>
    </div>
  );
}
