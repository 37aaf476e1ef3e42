import { useEffect, useMemo, useRef, useState } from 'react';
import { useMachine } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@utrecht/component-library-react';
import { createScanMachine } from '../../machines/scan-machine';
import { getContent } from '../../content/bundle';
import { currentLang } from '../../i18n/i18n';
import { progressOf } from '../../domain/selection';
import type { Item } from '../../domain/types';
import { useScanSession, type ScanSession } from './use-scan-session';
import { restore } from '../../storage/restore';
import type { ScanData } from '../../domain/scan';
import { QuestionStep } from './question-step';
import { CheckStep, DoneStep, OverviewStep, ReflectionStep, RoleStep, ScopeStep } from './steps';
import type { SaveResult } from '../../storage/scan-store';

/**
 * The guided self-scan screen. It also guards against two tabs on the same scan: a newer version saved by another tab
 * is loaded (never silently overwritten) and the user is told.
 */
export default function ScanApp() {
  const { t } = useTranslation();
  const session = useScanSession(t('scan.defaultName'));
  const [live, setLive] = useState({ scan: session.scan, version: 0 });
  const [otherTab, setOtherTab] = useState(false);
  const latest = useRef(session.scan.updatedAt);
  const adopt = (scan: ScanData) => {
    latest.current = scan.updatedAt;
    setLive((l) => ({ scan, version: l.version + 1 }));
    setOtherTab(true);
  };
  useEffect(() => {
    const key = `zelfscan:scan:${live.scan.id}`;
    const onStorage = (e: StorageEvent) => {
      if (e.key !== key || !e.newValue) return;
      const r = restore(e.newValue, session.structure);
      if (r.ok && r.envelope.scan.updatedAt > latest.current) adopt(r.envelope.scan);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [live.scan.id, session.structure]);
  return (
    <>
      {otherTab && (
        <Alert type="warning" role="alert">
          {t('scan.otherTab')}
        </Alert>
      )}
      <ScanFlow key={live.version} session={session} scan={live.scan} latest={latest} onConflict={adopt} />
    </>
  );
}

function ScanFlow({
  session,
  scan: initial,
  latest,
  onConflict,
}: {
  session: ScanSession;
  scan: ScanData;
  latest: { current: string };
  onConflict: (newer: ScanData) => void;
}) {
  const { t } = useTranslation();
  const [saveProblem, setSaveProblem] = useState<SaveResult | null>(
    session.persistent ? null : { ok: false, reason: 'unavailable' },
  );
  const machine = useMemo(
    () =>
      createScanMachine(session.structure).provide({
        actions: {
          persist: ({ context }) => {
            // another tab saved a newer version since we loaded or saved: load it instead of overwriting it
            const stored = session.store.load(context.scan.id);
            if (stored && stored.updatedAt > latest.current && stored.updatedAt !== context.scan.updatedAt) {
              onConflict(stored);
              return;
            }
            latest.current = context.scan.updatedAt;
            const r = session.store.save(context.scan);
            setSaveProblem(
              r.ok && session.persistent ? null : r.ok ? { ok: false, reason: 'unavailable' } : r,
            );
          },
        },
      }),
    [session, latest, onConflict],
  );
  const [state, send] = useMachine(machine, { input: { scan: initial } });
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
      {scan.notice && ['questions', 'overview', 'check', 'reflection'].includes(step) && (
        <ContentNotice
          items={items}
          toAnswer={scan.notice.toAnswer}
          onGo={(index) => send({ type: 'nav.goto', index })}
        />
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

/** After a content update: the questions whose earlier answer could not be carried over, each one click away. */
function ContentNotice({
  items,
  toAnswer,
  onGo,
}: {
  items: Item[];
  toAnswer: string[];
  onGo: (index: number) => void;
}) {
  const { t } = useTranslation();
  const pending = toAnswer
    .map((id) => ({ id, index: items.findIndex((i) => i.id === id) }))
    .filter((x) => x.index >= 0);
  if (!pending.length) return null;
  return (
    <Alert type="info">
      <p>{t('scan.contentNotice', { count: pending.length })}</p>
      <ul>
        {pending.map((p) => (
          <li key={p.id}>
            <button type="button" className="zs-link-button" onClick={() => onGo(p.index)}>
              {items[p.index]?.t.text}
            </button>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
