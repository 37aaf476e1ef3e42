import { useMemo, useState } from 'react';
import { useMachine } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@utrecht/component-library-react';
import { createScanMachine } from '../../machines/scan-machine';
import { getContent } from '../../content/bundle';
import { currentLang } from '../../i18n/i18n';
import { progressOf } from '../../domain/selection';
import type { Item } from '../../domain/types';
import { useScanSession } from './use-scan-session';
import { QuestionStep } from './question-step';
import { CheckStep, DoneStep, OverviewStep, ReflectionStep, RoleStep, ScopeStep } from './steps';
import type { SaveResult } from '../../storage/scan-store';

/** The guided self-scan screen: drives the scan machine and saves every change as it happens. */
export default function ScanApp() {
  const { t } = useTranslation();
  const session = useScanSession(t('scan.defaultName'));
  const [saveProblem, setSaveProblem] = useState<SaveResult | null>(
    session.persistent ? null : { ok: false, reason: 'unavailable' },
  );
  const machine = useMemo(
    () =>
      createScanMachine(session.structure).provide({
        actions: {
          persist: ({ context }) => {
            const r = session.store.save(context.scan);
            setSaveProblem(
              r.ok && session.persistent ? null : r.ok ? { ok: false, reason: 'unavailable' } : r,
            );
          },
        },
      }),
    [session],
  );
  const [state, send] = useMachine(machine, { input: { scan: session.scan } });
  const content = getContent(currentLang());
  const { scan, itemIds } = state.context;
  const items = useMemo(() => {
    const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
    return itemIds.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined);
  }, [content, itemIds]);
  const progress = progressOf(content, items, scan.answers, scan.skipped);
  const step = state.value as string;

  return (
    <div className="zs-page zs-scan" data-step={step}>
      {saveProblem && !saveProblem.ok && (
        <Alert type="warning" role="alert">
          {t(saveProblem.reason === 'quota' ? 'scan.saveQuota' : 'scan.saveUnavailable')}
        </Alert>
      )}
      {step === 'role' && <RoleStep scan={scan} send={send} />}
      {step === 'scope' && <ScopeStep scan={scan} content={content} send={send} />}
      {step === 'questions' && items[scan.index] && (
        <QuestionStep
          key={items[scan.index]?.id}
          item={items[scan.index] as Item}
          index={scan.index}
          items={items}
          scan={scan}
          content={content}
          progress={progress}
          send={send}
        />
      )}
      {step === 'overview' && (
        <OverviewStep content={content} items={items} scan={scan} progress={progress} send={send} />
      )}
      {step === 'check' && <CheckStep content={content} items={items} progress={progress} send={send} />}
      {step === 'reflection' && <ReflectionStep content={content} scan={scan} send={send} />}
      {step === 'done' && <DoneStep scan={scan} session={session} send={send} />}
    </div>
  );
}
