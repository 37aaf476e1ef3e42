import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { MAX_THEMES, type ScanData } from '../../domain/scan';
import { estimateSeconds, selectItems, toMinutes, type Progress } from '../../domain/selection';
import { ROLES, type Content, type Item, type Role, type Scope } from '../../domain/types';
import type { ScanContext, ScanEvent } from '../../machines/scan-machine';
import { FocusHeading } from '../components/focus-heading';
import { navigate } from '../router';
import type { ScanSession } from './use-scan-session';
import { ExportButton } from './transfer';
import { WorkshopHandIn } from '../components/hand-in';
import { BackupHint } from '../components/storage-facts';
import { NavButtons } from '../components/nav-buttons';

type Send = (e: ScanEvent) => void;

/** A step that checks its answer once the person has tried to go on, and only then shows what is missing. */
function useTriedNext(send: Send) {
  const [tried, setTried] = useState(false);
  const next = () => {
    setTried(true);
    send({ type: 'nav.next' });
  };
  return { tried, next };
}

function TextField({
  label,
  value,
  onCommit,
  hint,
}: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
  hint?: string;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const [v, setV] = useState(value);
  return (
    <div className="zs-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="zs-hint" id={hintId}>
          {hint}
        </span>
      )}
      <input
        id={id}
        type="text"
        value={v}
        maxLength={200}
        aria-describedby={hintId}
        onChange={(e) => {
          setV(e.target.value);
          onCommit(e.target.value);
        }}
      />
    </div>
  );
}

export function RoleStep({ scan, send }: { scan: ScanData; send: Send }) {
  const { t, i18n } = useTranslation();
  const autoName = (role: Role) =>
    t('scan.roleName', {
      role: t(`roles.${role}.name`),
      date: new Date(scan.createdAt).toLocaleDateString(i18n.language),
    });
  // a scan under its default name (or the one this step gave it) is named after the role and the day
  const named =
    !!scan.name && scan.name !== t('scan.defaultName') && (!scan.role || scan.name !== autoName(scan.role));
  const name = useId();
  const { tried, next } = useTriedNext(send);
  return (
    <section>
      <FocusHeading focusKey="role">{t('role.title')}</FocusHeading>
      <Paragraph>{t('role.intro')}</Paragraph>
      <fieldset className="zs-question">
        <legend>{t('role.legend')}</legend>
        <div className="zs-options">
          {ROLES.map((r) => (
            <label key={r} className="zs-option">
              <input
                type="radio"
                name={name}
                checked={scan.role === r}
                onChange={() =>
                  send({
                    type: 'role.set',
                    role: r,
                    ...(named ? {} : { name: autoName(r) }),
                  })
                }
                aria-describedby={`${name}-${r}`}
              />
              <span>
                <strong>{t(`roles.${r}.name`)}</strong>
                <br />
                <span id={`${name}-${r}`} className="zs-hint">
                  {t(`roles.${r}.line`)}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {tried && !scan.role && (
        <p className="zs-error" role="alert">
          {t('role.required')}
        </p>
      )}
      <Heading2>{t('role.contextTitle')}</Heading2>
      <Paragraph>{t('role.contextIntro')}</Paragraph>
      {(['gemeente', 'wijk', 'naam'] as const).map((field) => (
        <TextField
          key={field}
          label={t(`role.${field}`)}
          value={scan.profile[field]}
          onCommit={(v) => send({ type: 'profile.set', profile: { [field]: v } })}
        />
      ))}
      <TextField
        label={t('role.scanName')}
        hint={t('role.scanNameHint')}
        value={scan.name}
        onCommit={(v) => send({ type: 'profile.set', profile: {}, name: v })}
      />
      <NavButtons
        back={{ label: t('scan.back'), onClick: () => navigate('start') }}
        next={{ label: t('scan.next'), onClick: next }}
      />
    </section>
  );
}

export function ScopeStep({ scan, content, send }: { scan: ScanData; content: Content; send: Send }) {
  const { t } = useTranslation();
  const name = useId();
  const role = scan.role as Role;
  const minutes = (scope: Scope) => toMinutes(estimateSeconds(content, selectItems(content, role, scope)));
  const count = (scope: Scope) => selectItems(content, role, scope).length;
  const chosen = scan.scope?.kind === 'modules' ? scan.scope.modules : [];
  const { tried, next } = useTriedNext(send);
  const toggleModule = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((m) => m !== id) : [...chosen, id];
    send({ type: 'scope.set', scope: { kind: 'modules', modules: next } });
  };
  const options: { scope: Scope; key: 'quick' | 'full' }[] = [
    { scope: { kind: 'quick' }, key: 'quick' },
    { scope: { kind: 'full' }, key: 'full' },
  ];
  return (
    <section>
      <FocusHeading focusKey="scope">{t('scope.title')}</FocusHeading>
      {scan.workshop && scan.scope?.kind === 'items' ? (
        <Paragraph>
          {t('scope.workshop', {
            name: scan.workshop.name,
            date: scan.workshop.date,
            count: count(scan.scope),
            minutes: minutes(scan.scope),
          })}
        </Paragraph>
      ) : (
        <>
          <Paragraph>{t('scope.intro', { role: t(`roles.${role}.name`) })}</Paragraph>
          <fieldset className="zs-question">
            <legend>{t('scope.legend')}</legend>
            <div className="zs-options">
              {options.map(({ scope, key }) => (
                <label key={key} className="zs-option">
                  <input
                    type="radio"
                    name={name}
                    checked={scan.scope?.kind === key}
                    onChange={() => send({ type: 'scope.set', scope })}
                  />
                  <span>
                    <strong>{t(`scope.${key}`)}</strong> —{' '}
                    {t('scope.estimate', { count: count(scope), minutes: minutes(scope) })}
                  </span>
                </label>
              ))}
              <label className="zs-option">
                <input
                  type="radio"
                  name={name}
                  checked={scan.scope?.kind === 'modules'}
                  onChange={() => send({ type: 'scope.set', scope: { kind: 'modules', modules: chosen } })}
                />
                <span>
                  <strong>{t('scope.modules')}</strong>
                </span>
              </label>
            </div>
          </fieldset>
          {scan.scope?.kind === 'modules' && (
            <fieldset className="zs-question">
              <legend>{t('scope.modulesLegend')}</legend>
              {content.modules.map((m) => {
                const s: Scope = { kind: 'modules', modules: [m.id] };
                return (
                  <label key={m.id} className="zs-check">
                    <input
                      type="checkbox"
                      checked={chosen.includes(m.id)}
                      onChange={() => toggleModule(m.id)}
                    />
                    <span>
                      {m.title} — {t('scope.estimate', { count: count(s), minutes: minutes(s) })}
                    </span>
                  </label>
                );
              })}
            </fieldset>
          )}
        </>
      )}
      {tried && (!scan.scope || count(scan.scope) === 0) && (
        <p className="zs-error" role="alert">
          {t('scope.required')}
        </p>
      )}
      <NavButtons
        back={{ label: t('scan.back'), onClick: () => send({ type: 'nav.back' }) }}
        next={{ label: t('scope.start'), onClick: next }}
      />
    </section>
  );
}

/** A question as a link back to its screen, with a short note (its state or theme) after it. */
function ItemLink({ item, note, onClick }: { item: Item; note: string | undefined; onClick: () => void }) {
  return (
    <>
      <button type="button" className="zs-link-button" onClick={onClick}>
        {item.t.text}
      </button>{' '}
      <span className="zs-hint">({note})</span>
    </>
  );
}

function answeredLabel(t: TFunction, answered: boolean, skipped: boolean) {
  if (answered) return t('overview.answered');
  return skipped ? t('overview.skipped') : t('overview.open');
}

/** What the steps after the questions are given: the content, the questions asked and how far the answers are. */
type AfterQuestions = { content: Content; items: Item[]; progress: Progress; send: Send };

export function OverviewStep({ content, items, scan, progress, send }: AfterQuestions & { scan: ScanData }) {
  const { t } = useTranslation();
  const unanswered = new Set(progress.unanswered.map((i) => i.id));
  return (
    <section>
      <FocusHeading focusKey="overview">{t('overview.title')}</FocusHeading>
      <Paragraph>{t('overview.intro', { answered: progress.answered, total: progress.total })}</Paragraph>
      {progress.modules.map((mp) => {
        const module = content.modules.find((m) => m.id === mp.moduleId);
        const moduleItems = items
          .map((item, index) => ({ item, index }))
          .filter((x) => x.item.module === mp.moduleId);
        return (
          <section key={mp.moduleId} aria-labelledby={`ov-${mp.moduleId}`}>
            <Heading2 id={`ov-${mp.moduleId}`}>{module?.title}</Heading2>
            <p className="zs-hint">{t('scan.progressCount', { answered: mp.answered, total: mp.total })}</p>
            <ol className="zs-overview-list">
              {moduleItems.map(({ item, index }) => (
                <li key={item.id}>
                  <ItemLink
                    item={item}
                    note={answeredLabel(t, !unanswered.has(item.id), scan.skipped.includes(item.id))}
                    onClick={() => send({ type: 'nav.goto', index })}
                  />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <NavButtons
        back={{ label: t('overview.backToQuestions'), onClick: () => send({ type: 'nav.back' }) }}
        aside={{ label: t('overview.changeScope'), onClick: () => send({ type: 'nav.scope' }) }}
        next={{ label: t('scan.toCheck'), onClick: () => send({ type: 'nav.check' }) }}
      />
    </section>
  );
}

export function CheckStep({ content, items, progress, send }: AfterQuestions) {
  const { t } = useTranslation();
  const indexOf = new Map(items.map((i, idx) => [i.id, idx] as const));
  return (
    <section>
      <FocusHeading focusKey="check">{t('check.title')}</FocusHeading>
      {progress.unanswered.length === 0 ? (
        <Paragraph>{t('check.complete', { total: progress.total })}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('check.incomplete', { count: progress.unanswered.length, total: progress.total })}
          </Paragraph>
          <ul>
            {progress.unanswered.map((item) => (
              <li key={item.id}>
                <ItemLink
                  item={item}
                  note={content.modules.find((m) => m.id === item.module)?.title}
                  onClick={() => send({ type: 'nav.goto', index: indexOf.get(item.id) ?? 0 })}
                />
              </li>
            ))}
          </ul>
          <Paragraph>{t('check.goOn')}</Paragraph>
        </>
      )}
      <NavButtons
        back={{ label: t('scan.back'), onClick: () => send({ type: 'nav.back' }) }}
        aside={{ label: t('scan.overview'), onClick: () => send({ type: 'nav.overview' }) }}
        next={{ label: t('check.toReflection'), onClick: () => send({ type: 'nav.next' }) }}
      />
    </section>
  );
}

export function ReflectionStep({ content, scan, send }: { content: Content; scan: ScanData; send: Send }) {
  const { t } = useTranslation();
  const notesId = useId();
  const [notes, setNotes] = useState(scan.reflection.notes);
  const themes = scan.reflection.themes;
  return (
    <section>
      <FocusHeading focusKey="reflection">{t('reflection.title')}</FocusHeading>
      <Paragraph>{t('reflection.intro')}</Paragraph>
      <fieldset className="zs-question">
        <legend>{t('reflection.themesLegend', { max: MAX_THEMES })}</legend>
        <p className="zs-hint" aria-live="polite">
          {t('reflection.chosen', { count: themes.length, max: MAX_THEMES })}
        </p>
        {/* the trainer's own questions are no theme of the wijkaanpak */}
        {content.modules
          .filter((m) => m.items.some((i) => !i.own))
          .map((m) => {
            const checked = themes.includes(m.id);
            return (
              <label key={m.id} className="zs-check">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && themes.length >= MAX_THEMES}
                  onChange={() => send({ type: 'reflection.theme', moduleId: m.id })}
                />
                <span>{m.title}</span>
              </label>
            );
          })}
      </fieldset>
      <div className="zs-field">
        <label htmlFor={notesId}>{t('reflection.notes')}</label>
        <textarea
          id={notesId}
          value={notes}
          maxLength={5000}
          onChange={(e) => {
            setNotes(e.target.value);
            send({ type: 'reflection.notes', notes: e.target.value });
          }}
        />
      </div>
      <NavButtons
        back={{ label: t('scan.back'), onClick: () => send({ type: 'nav.back' }) }}
        next={{ label: t('reflection.finish'), onClick: () => send({ type: 'nav.finish' }) }}
      />
    </section>
  );
}

export function DoneStep({
  scan,
  session,
  send,
  handIn,
}: {
  scan: ScanData;
  session: ScanSession;
  send: Send;
  handIn: ScanContext['handIn'];
}) {
  const { t } = useTranslation();
  const [savedNow, setSavedNow] = useState(false);
  return (
    <section>
      <FocusHeading focusKey="done">{t('done.title')}</FocusHeading>
      <Paragraph>{t('done.intro')}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={() => navigate('rapport')}>
          {t('done.toReport')}
        </Button>
        <ExportButton
          scan={scan}
          contentVersion={session.structure.contentVersion}
          onSaved={() => setSavedNow(true)}
        />
      </ButtonGroup>
      <BackupHint
        changedSinceBackup={!savedNow && (session.store.exportedAt(scan.id) ?? '') < scan.updatedAt}
      />
      {scan.workshop && <WorkshopHandIn scan={scan} status={handIn} send={send} />}
      <NavButtons
        back={{ label: t('scan.back'), onClick: () => send({ type: 'nav.back' }) }}
        aside={{ label: t('done.review'), onClick: () => send({ type: 'nav.overview' }) }}
      />
    </section>
  );
}
