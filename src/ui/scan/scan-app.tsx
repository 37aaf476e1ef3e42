import { withOwnQuestions } from '../../domain/own-questions';
import { useMemo } from 'react';
import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@utrecht/component-library-react';
import { stepOf, type ScanActorRef } from '../../machines/scan-machine';
import { getContent } from '../../content/bundle';
import { currentLang } from '../../i18n/i18n';
import { progressOf } from '../../domain/selection';
import type { Item } from '../../domain/types';
import { useScanActor } from '../components/scan-session';
import { href } from '../router';
import { useScanSession, type ScanSession } from './use-scan-session';
import { QuestionStep } from './question-step';
import { CheckStep, DoneStep, OverviewStep, ReflectionStep, RoleStep, ScopeStep } from './steps';

/**
 * The guided self-scan screen. The scan machine saves every change and guards against two tabs on the same scan: a
 * newer version saved by another tab is loaded (never silently overwritten) and the user is told.
 */
export default function ScanApp() {
  const { t } = useTranslation();
  const session = useScanSession(t('scan.defaultName'));
  const actor = useScanActor(session, session.scan);
  const adopted = useSelector(actor, (s) => s.context.adopted);
  const scanId = useSelector(actor, (s) => s.context.scan.id);
  const handedIn = useSelector(actor, (s) => s.context.handedIn);
  return (
    <>
      {adopted > 0 && (
        <Alert type="warning" role="alert">
          {t('scan.otherTab')}
        </Alert>
      )}
      {session.unreadable && (
        <Alert type="warning" role="alert">
          {t('scan.unreadable')} <a href={href('scans')}>{t('app.navScans')}</a>
        </Alert>
      )}
      {handedIn > 0 && (
        <Alert type="ok" role="status">
          {t('workshop.handIn.handedIn', { count: handedIn })}
        </Alert>
      )}
      {/* a version from another tab, or the next participant's scan, starts the steps afresh */}
      <ScanFlow key={`${adopted}-${scanId}`} session={session} actor={actor} />
    </>
  );
}

function ScanFlow({ session, actor }: { session: ScanSession; actor: ScanActorRef }) {
  const { t } = useTranslation();
  const step = useSelector(actor, stepOf);
  const scan = useSelector(actor, (s) => s.context.scan);
  const itemIds = useSelector(actor, (s) => s.context.itemIds);
  const saveError = useSelector(actor, (s) => s.context.saveError);
  const handIn = useSelector(actor, (s) => s.context.handIn);
  const send = actor.send;
  const own = scan.workshop?.own;
  const content = useMemo(
    () =>
      withOwnQuestions(getContent(currentLang()), own, {
        title: t('workshop.own.module'),
        intro: t('workshop.own.intro'),
      }),
    [own, t],
  );
  const items = useMemo(() => {
    const byId = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
    return itemIds.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined);
  }, [content, itemIds]);
  const progress = progressOf(content, items, scan.answers, scan.skipped);

  return (
    <div className="zs-page zs-scan" data-step={step}>
      {saveError && (
        <Alert type="warning" role="alert">
          {t(saveError === 'quota' ? 'scan.saveQuota' : 'scan.saveUnavailable')}
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
      {step === 'done' && <DoneStep scan={scan} session={session} send={send} handIn={handIn} />}
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
