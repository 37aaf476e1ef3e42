import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_GROUP, type GroupAggregate } from '../../domain/aggregate';
import { talkMap } from '../../domain/talk-map';
import type { Content } from '../../domain/types';
import type { WorkshopRecord } from '../../domain/workshop';
import { DilemmaPlot, ItemPlot, Poles } from './overview-screen';
import { hasResult, slideKey, type Slide } from './slides';
import { TalkMapView } from './talk-map';
import '../styles/facilitation.css';

const mmss = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** Elapsed time that can pause; `restartKey` puts it back to zero (a new slide). */
function useStopwatch(restartKey: unknown, clock: () => number = () => Date.now()) {
  const [paused, setPaused] = useState(false);
  const [, setTick] = useState(0);
  const start = useRef(clock());
  const pausedAt = useRef<number | null>(null);
  useEffect(() => {
    start.current = clock();
    pausedAt.current = paused ? clock() : null;
    // a new slide starts at zero; pausing is kept
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [restartKey]);
  useEffect(() => {
    const id = window.setInterval(() => setTick((n) => n + 1), 1000);
    return () => window.clearInterval(id);
  }, []);
  const elapsed = (pausedAt.current ?? clock()) - start.current;
  return {
    elapsed,
    paused,
    toggle: () => {
      if (paused) {
        start.current += clock() - (pausedAt.current ?? clock());
        pausedAt.current = null;
      } else {
        pausedAt.current = clock();
      }
      setPaused(!paused);
    },
    reset: () => {
      start.current = clock();
      if (pausedAt.current !== null) pausedAt.current = clock();
      setTick((n) => n + 1);
    },
  };
}

const FOCUSABLE = 'button:not([disabled]), [href], input, [tabindex]:not([tabindex="-1"])';

/**
 * Facilitation mode: full-screen, projector-friendly slides (the title with the agenda, the map of where to talk, each
 * dilemma and each high-disagreement item with the group's dots and the question to discuss). Arrow keys, Page keys
 * and space move; Home/End jump; Escape leaves. A visible timer runs per slide, next to the session's total time.
 *
 * Answer first, reveal after: a slide with a group result shows the question only, until the trainer reveals the
 * result ("Toon resultaat", Enter or R). A clicker sends PageDown or ArrowRight: on a hidden slide its first press
 * reveals, the next one moves on. What was revealed stays revealed while the presentation is open.
 *
 * Safe to share on a screen: the slides rest on the aggregate only, so no participant's name appears, and a question
 * answered by fewer than MIN_GROUP people shows no result (in a named workshop too), only that too few answered.
 */
export function Facilitation({
  content,
  record,
  agg,
  slides,
  index,
  onNext,
  onPrev,
  onGoto,
  onClose,
}: {
  content: Content;
  record: WorkshopRecord;
  agg: GroupAggregate;
  slides: Slide[];
  index: number;
  onNext: () => void;
  onPrev: () => void;
  onGoto: (i: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const wentFullscreen = useRef(false);
  const slideTimer = useStopwatch(index);
  const total = useStopwatch('session');
  const slide = slides[Math.min(index, slides.length - 1)] ?? { kind: 'title' as const };
  const items = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const hidden = hasResult(slide, agg) && !revealed.has(slideKey(slide));
  const reveal = () => {
    if (!hidden) return;
    setRevealed((r) => new Set(r).add(slideKey(slide)));
    setAnnouncement(t('workshop.facilitate.reveal.announced'));
    // the button that was pressed goes away: the reading position stays at the slide's heading
    heading.current?.focus();
  };
  const next = () => (hidden ? reveal() : onNext());
  const map = useMemo(() => talkMap(agg, record.setup.items), [agg, record.setup.items]);
  const numberOf = (itemId: string) => record.setup.items.indexOf(itemId) + 1;

  // full screen where the browser allows it; leaving full screen (Esc in the browser) leaves the presentation
  useEffect(() => {
    const el = root.current;
    if (el?.requestFullscreen && !document.fullscreenElement) {
      el.requestFullscreen()
        .then(() => {
          wentFullscreen.current = true;
        })
        .catch(() => undefined);
    }
    const onChange = () => {
      if (!document.fullscreenElement && wentFullscreen.current) onClose();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
    // once, on opening
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    heading.current?.focus();
    setAnnouncement('');
  }, [index]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const onButton = e.target instanceof Element && e.target.closest('button, a, input') !== null;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'PageDown':
        // a clicker's "next": on a hidden slide it reveals first
        e.preventDefault();
        next();
        return;
      case ' ':
        if (onButton) return;
        e.preventDefault();
        if (e.shiftKey) onPrev();
        else next();
        return;
      case 'Enter':
        if (onButton) return;
        e.preventDefault();
        reveal();
        return;
      case 'r':
      case 'R':
        e.preventDefault();
        reveal();
        return;
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'PageUp':
        e.preventDefault();
        onPrev();
        return;
      case 'Home':
        e.preventDefault();
        onGoto(0);
        return;
      case 'End':
        e.preventDefault();
        onGoto(slides.length - 1);
        return;
      case 'Escape':
        e.preventDefault();
        onClose();
        return;
      case 'Tab': {
        // keep focus inside the presentation
        const list = [...(root.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
        const first = list[0];
        const last = list[list.length - 1];
        if (!first || !last) return;
        if (e.shiftKey && (document.activeElement === first || document.activeElement === heading.current)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }
    }
  };

  // keys work wherever the focus is while the presentation is open
  const keyHandler = useRef(onKeyDown);
  useEffect(() => {
    keyHandler.current = onKeyDown;
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => keyHandler.current(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const setup = record.setup;
  // where the result will be: the invitation to answer first, and the button that shows it
  const hiddenResult = (
    <div className="zs-slide__hidden">
      <p>{t('workshop.facilitate.reveal.hidden')}</p>
      <button type="button" className="zs-facilitate__button zs-facilitate__button--primary" onClick={reveal}>
        {t('workshop.facilitate.reveal.button')}
      </button>
    </div>
  );
  let body: ReactNode;
  let title: string;
  if (slide.kind === 'title') {
    title = setup.name;
    body = (
      <>
        <p className="zs-slide__lead">
          {t('workshop.facilitate.titleIntro', { count: agg.participants, date: setup.date })}
        </p>
        {slides.length > 2 && (
          <>
            <p className="zs-slide__lead">{t('workshop.facilitate.titleAgenda')}</p>
            {/* a list, not numbered: the numbers shown are the questions' numbers in the workshop */}
            <ul className="zs-slide__agenda">
              {slides.slice(1, -1).map((s) => (
                <li key={slideKey(s)}>
                  {s.kind === 'dilemma' || s.kind === 'item' ? (
                    <>
                      {numberOf(s.itemId) > 0 && (
                        <>
                          <span className="zs-slide__agenda-number">
                            {t('workshop.facilitate.reveal.number', { n: numberOf(s.itemId) })}
                          </span>
                          {' · '}
                        </>
                      )}
                      {items.get(s.itemId)?.t.text}
                    </>
                  ) : s.kind === 'map' ? (
                    t('workshop.talkMap.title')
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    );
  } else if (slide.kind === 'end') {
    title = t('workshop.facilitate.endTitle');
    body = <p className="zs-slide__question">{t('workshop.facilitate.endQuestion')}</p>;
  } else if (slide.kind === 'map') {
    title = t('workshop.talkMap.title');
    body = hidden ? (
      <>
        <p className="zs-slide__question">{t('workshop.talkMap.question')}</p>
        {hiddenResult}
      </>
    ) : (
      // the picture fits on the screen under the slide's title; the list beside it may scroll
      <TalkMapView map={map} content={content} maxHeight={window.innerHeight - 380} />
    );
  } else {
    const item = items.get(slide.itemId);
    title = item?.t.text ?? '';
    const d = agg.items.find((x) => x.itemId === slide.itemId);
    const dl = agg.dilemmas.find((x) => x.itemId === slide.itemId);
    // too few answers (also in a named workshop): the question, and no figure at all
    const tooFew = !hasResult(slide, agg);
    body = item ? (
      <>
        {slide.kind === 'dilemma' && <Poles item={item} />}
        {tooFew ? (
          <p className="zs-slide__too-few">{t('workshop.facilitate.reveal.tooFew', { min: MIN_GROUP })}</p>
        ) : hidden ? (
          hiddenResult
        ) : (
          <>
            {slide.kind === 'dilemma' && dl && <DilemmaPlot item={item} d={dl} large width={1100} />}
            {slide.kind === 'item' && d && <ItemPlot item={item} d={d} large width={1000} />}
          </>
        )}
        {!hidden && (
          <p className="zs-slide__question">
            {slide.kind === 'dilemma'
              ? t('workshop.facilitate.dilemmaQuestion')
              : t('workshop.facilitate.itemQuestion')}
          </p>
        )}
      </>
    ) : null;
  }
  const number = slide.kind === 'dilemma' || slide.kind === 'item' ? numberOf(slide.itemId) : 0;
  const kicker = [
    ...(number > 0 ? [t('workshop.facilitate.reveal.number', { n: number })] : []),
    ...(slide.kind === 'dilemma'
      ? [t('workshop.facilitate.dilemmaKicker')]
      : slide.kind === 'item'
        ? [t('workshop.facilitate.itemKicker')]
        : slide.kind === 'map'
          ? [t('workshop.talkMap.kicker')]
          : []),
    // the trainer's own question, said as everywhere else
    ...((slide.kind === 'dilemma' || slide.kind === 'item') && items.get(slide.itemId)?.own
      ? [t('workshop.own.markShort')]
      : []),
  ].join(' · ');

  return (
    <div
      ref={root}
      className="zs-facilitate"
      role="dialog"
      aria-modal="true"
      aria-label={t('workshop.facilitate.label')}
      tabIndex={-1}
    >
      <div className="zs-facilitate__bar">
        <span aria-live="polite">
          {t('workshop.facilitate.slideOf', { n: index + 1, total: slides.length })}
        </span>
        <span className="zs-facilitate__timer" role="timer">
          <span>{t('workshop.facilitate.timer')}: </span>
          <strong>{mmss(slideTimer.elapsed)}</strong>
          {slideTimer.paused && <span> ({t('workshop.facilitate.paused')})</span>}
          <span> · {t('workshop.facilitate.total')}: </span>
          <strong>{mmss(total.elapsed)}</strong>
        </span>
        <span className="zs-facilitate__keys">{t('workshop.facilitate.keys')}</span>
        <span className="zs-visually-hidden" role="status">
          {announcement}
        </span>
      </div>
      <div className="zs-slide" data-slide-kind={slide.kind}>
        {kicker && <p className="zs-slide__kicker">{kicker}</p>}
        <h2 ref={heading} tabIndex={-1} className="zs-slide__title">
          {title}
        </h2>
        {body}
      </div>
      <div className="zs-facilitate__controls">
        <button type="button" className="zs-facilitate__button" onClick={onPrev} disabled={index === 0}>
          {t('workshop.facilitate.prev')}
        </button>
        <button type="button" className="zs-facilitate__button" onClick={slideTimer.toggle}>
          {slideTimer.paused ? t('workshop.facilitate.resume') : t('workshop.facilitate.pause')}
        </button>
        <button type="button" className="zs-facilitate__button" onClick={slideTimer.reset}>
          {t('workshop.facilitate.reset')}
        </button>
        <button type="button" className="zs-facilitate__button" onClick={onClose}>
          {t('workshop.facilitate.close')}
        </button>
        <button
          type="button"
          className="zs-facilitate__button zs-facilitate__button--primary"
          onClick={onNext}
          disabled={index >= slides.length - 1}
        >
          {t('workshop.facilitate.next')}
        </button>
      </div>
    </div>
  );
}
