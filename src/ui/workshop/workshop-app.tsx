import { useMemo, useRef, useState } from 'react';
import { useMachine } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@utrecht/component-library-react';
import { fromCallback, fromPromise, type EventObject } from 'xstate';
import { getContent } from '../../content/bundle';
import { aggregate } from '../../domain/aggregate';
import { currentLang } from '../../i18n/i18n';
import type { WorkshopRecord } from '../../domain/workshop';
import { readParticipantFiles } from '../../storage/workshop';
import {
  workshopMachine,
  workshopStep,
  type ExportKind,
  type ReadFilesInput,
  type SeriesSaveInput,
  type SeriesSaveOutcome,
  type WorkshopSaveInput,
  type WorkshopSaveOutcome,
} from '../../machines/workshop-machine';
import { askToPersist, useDeviceStorage } from '../components/device-storage';
import { StorageFacts } from '../components/storage-facts';
import { exportWorkshopFile, workshopContent } from './exports';
import { CollectScreen } from './collect-screen';
import { Facilitation } from './facilitation';
import { InviteScreen } from './invite-screen';
import { OverviewScreen } from './overview-screen';
import { SeriesScreen } from './series-screen';
import { SetupScreen } from './setup-screen';
import { buildSlides } from './slides';
import { StartScreen } from './start-screen';
import '../styles/workshop.css';

/**
 * The workshop page. Participants join a workshop from here; the trainer sets one up, invites, collects answers
 * (files, QR codes, or turns on this device), reads the group overview, presents it and downloads the group report,
 * the answers as CSV and a printable card deck. Driven by the workshop machine; every change is saved at once.
 */
export default function WorkshopApp() {
  const { t } = useTranslation();
  const storage = useDeviceStorage();
  // the version last saved as a backup file in this visit (the store remembers it across visits)
  const [backedUp, setBackedUp] = useState<string | null>(null);
  const workshops = storage.workshops;
  const [initial] = useState(() => {
    const id = workshops.currentId();
    return id ? workshops.load(id) : null;
  });
  const [machine] = useState(() =>
    workshopMachine.provide({
      actors: {
        saveWorkshop: fromPromise<WorkshopSaveOutcome, WorkshopSaveInput>(async ({ input }) => {
          const r = await workshops.saveKeepingOthers(input.record, input.since);
          if (!r.ok) return r;
          await workshops.setCurrent(input.record.setup.id);
          // a workshop with answers in it: ask the browser to keep the storage
          if (input.record.participants.length > 0) void askToPersist();
          // kept in memory only: the trainer has to know it is lost with the page
          return storage.persistent ? r : { ok: false, reason: 'unavailable' };
        }),
        readFiles: fromCallback<EventObject, ReadFilesInput>(({ input, sendBack }) => {
          let stopped = false;
          readParticipantFiles(
            input.files,
            input.setup,
            storage.structure,
            new Date().toISOString(),
            (done, total) => sendBack({ type: 'read.progress', done, total }),
            () => stopped,
          ).then(
            (reads) => sendBack({ type: 'read.done', reads }),
            () => sendBack({ type: 'read.failed' }),
          );
          return () => {
            stopped = true;
          };
        }),
        exportFile: fromPromise<void, { kind: ExportKind; record: WorkshopRecord }>(({ input }) =>
          exportWorkshopFile(
            input.kind,
            input.record,
            getContent(currentLang()),
            input.record.series ? workshops.seriesRecords(input.record.series.id) : [],
          ),
        ),
        saveSeries: fromPromise<SeriesSaveOutcome, SeriesSaveInput>(async ({ input }) => {
          const r = await workshops.setSeries(
            input.workshopId,
            input.series,
            input.members,
            new Date().toISOString(),
          );
          return r.ok ? r : { ok: false, reason: r.reason };
        }),
      },
      actions: { forget: () => void workshops.setCurrent(null) },
    }),
  );
  const [state, send, actor] = useMachine(machine, { input: { record: initial } });
  const { record, slide, saveError, importResults, exporting, exportResult } = state.context;
  const lang = currentLang();
  const setup = record?.setup;
  // the workshop's questions: the app's and the trainer's own
  const content = useMemo(
    () => (setup ? workshopContent(getContent(lang), setup) : getContent(lang)),
    [lang, setup],
  );
  const step = workshopStep(state);
  const agg = useMemo(
    () =>
      record
        ? aggregate(content, record.setup.items, record.participants, { anonymous: record.setup.anonymous })
        : null,
    [content, record],
  );
  const slides = useMemo(() => (agg ? buildSlides(agg) : []), [agg]);
  const page = useRef<HTMLDivElement>(null);

  let screen = null;
  if (step === 'choosing' || !record) {
    screen =
      step === 'setup' ? (
        <SetupScreen
          content={content}
          record={null}
          onSave={(setup) => send({ type: 'setup.save', setup })}
          onBack={() => send({ type: 'nav.back' })}
        />
      ) : (
        <StartScreen
          content={content}
          store={workshops}
          onNew={() => send({ type: 'workshop.new' })}
          onOpen={(id) => {
            const r = workshops.load(id);
            if (r) send({ type: 'workshop.open', record: r });
          }}
        />
      );
  } else if (step === 'setup') {
    screen = (
      <SetupScreen
        content={content}
        record={record}
        onSave={(setup) => send({ type: 'setup.save', setup })}
        onBack={() => send({ type: 'nav.back' })}
      />
    );
  } else if (step === 'invite') {
    screen = (
      <InviteScreen
        content={content}
        structure={storage.structure}
        record={record}
        onEdit={() => send({ type: 'nav.setup' })}
        onCollect={() => send({ type: 'nav.collect' })}
        onClose={() => send({ type: 'workshop.close' })}
      />
    );
  } else if (step === 'collecting') {
    screen = (
      <CollectScreen
        structure={storage.structure}
        content={content}
        record={record}
        add={(participants) => {
          send({ type: 'participants.add', participants });
          return actor.getSnapshot().context.lastOutcomes;
        }}
        onImport={(files) => send({ type: 'files.import', files })}
        importResults={importResults}
        busy={state.matches({ flow: { collecting: 'reading' } })}
        reading={state.context.reading}
        onRemove={(id) => send({ type: 'participant.remove', id })}
        onOverview={() => send({ type: 'nav.overview' })}
        onInvite={() => send({ type: 'nav.invite' })}
        onClose={() => send({ type: 'workshop.close' })}
        saveProblem={saveError !== null || !storage.persistent}
      />
    );
  } else if (step === 'series') {
    screen = (
      <SeriesScreen
        content={content}
        record={record}
        status={state.context.seriesSave}
        onSave={(series, members) => send({ type: 'series.set', series, members })}
        onBack={() => send({ type: 'nav.overview' })}
      />
    );
  } else if (agg) {
    screen = (
      <>
        <div inert={step === 'facilitating'}>
          <OverviewScreen
            content={content}
            record={record}
            agg={agg}
            slideCount={slides.length}
            exporting={exporting}
            exportResult={exportResult}
            onExport={(kind) => send({ type: 'export.request', kind })}
            onBackedUp={() => {
              void workshops.markExported(record.setup.id, record.updatedAt);
              setBackedUp(record.updatedAt);
            }}
            changedSinceBackup={(backedUp ?? workshops.exportedAt(record.setup.id) ?? '') < record.updatedAt}
            onCollect={() => send({ type: 'nav.collect' })}
            onFacilitate={() => send({ type: 'facilitate.start', slideCount: slides.length })}
            onClose={() => send({ type: 'workshop.close' })}
            series={
              record.series && {
                name: record.series.name,
                sessions:
                  1 +
                  workshops
                    .list()
                    .filter((w) => w.id !== record.setup.id && w.series?.id === record.series?.id).length,
              }
            }
            onSeries={() => send({ type: 'nav.series' })}
          />
        </div>
        {step === 'facilitating' && (
          <Facilitation
            content={content}
            record={record}
            agg={agg}
            slides={slides}
            index={slide}
            onNext={() => send({ type: 'slide.next' })}
            onPrev={() => send({ type: 'slide.prev' })}
            onGoto={(index) => send({ type: 'slide.goto', index })}
            onClose={() => {
              send({ type: 'facilitate.stop' });
              // back on the overview, focus returns to the button that opened the presentation
              requestAnimationFrame(() =>
                page.current?.querySelector<HTMLElement>('[aria-describedby="ws-facilitate-hint"]')?.focus(),
              );
            }}
          />
        )}
      </>
    );
  }
  return (
    <div ref={page} className="zs-workshop-app" data-step={step}>
      {/* a workshop set up, changed or collected that did not reach storage: said on every step (collect says it) */}
      {saveError !== null && step !== 'collecting' && (
        <div className="zs-workshop">
          <Alert type="warning" role="alert">
            {t('workshop.collect.saveProblem')}
          </Alert>
        </div>
      )}
      {screen}
      {(step === 'collecting' || step === 'overview') && (
        <div className="zs-workshop">
          {/* the collect screen says it already when nothing is kept */}
          <StorageFacts memoryWarning={false} kind="workshop" />
        </div>
      )}
    </div>
  );
}
