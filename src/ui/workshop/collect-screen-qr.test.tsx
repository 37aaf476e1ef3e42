import { beforeAll, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { getContent } from '../../content/bundle';
import {
  addParticipant,
  newWorkshop,
  removeParticipant,
  type Participant,
  type WorkshopRecord,
} from '../../domain/workshop';
import { initI18n } from '../../i18n/i18n';
import { encodeParticipantQr } from '../../storage/qr-codec';
import { participantScans, sampleWorkshop } from '../../../tests/fixtures/workshop';
import type { ReadFeedback } from '../components/qr';
import { CollectScreen } from './collect-screen';

// The trainer's camera path of the collect screen, without a camera: the reader is replaced by a stand-in that hands
// the screen's `onText` to the test, which then "shows" it codes one by one as the camera would read them.

const camera = vi.hoisted(() => ({ onText: null as ((text: string) => ReadFeedback) | null }));
vi.mock('../components/qr', () => ({
  QrReader: ({ onText }: { onText: (text: string) => ReadFeedback }) => {
    camera.onText = onText;
    return null;
  },
}));

const content = getContent('nl');
const NOW = '2026-11-23T12:00:00.000Z';
const setup = sampleWorkshop(content);
const [scan] = participantScans(content, setup, 1);
if (!scan) throw new Error('fixture');
// a small chunk size, so the fixture's answers need several codes
const codes = encodeParticipantQr(scan, content, 120);

/** The collect screen with a workshop record that really changes, as the workshop machine keeps it. */
function Collecting() {
  const [record, setRecord] = useState<WorkshopRecord>(() => newWorkshop(setup, NOW));
  const current = useRef(record);
  current.current = record;
  const add = (participants: Participant[]) =>
    participants.map((p) => {
      const r = addParticipant(current.current, p, NOW);
      current.current = r.record;
      setRecord(r.record);
      return r.outcome;
    });
  return (
    <CollectScreen
      structure={content}
      content={content}
      record={record}
      add={add}
      onImport={() => {}}
      importResults={null}
      busy={false}
      onRemove={(id) => setRecord((r) => removeParticipant(r, id, NOW))}
      onOverview={() => {}}
      onInvite={() => {}}
      onClose={() => {}}
      saveProblem={false}
    />
  );
}

/** The camera reads one code; returns what the screen says about it. */
function show(code: string): string | undefined {
  let fb: ReadFeedback = null;
  act(() => {
    fb = camera.onText?.(code) ?? null;
  });
  return (fb as ReadFeedback)?.text;
}

describe('reading a participant’s QR codes with the camera', () => {
  beforeAll(() => {
    initI18n('nl');
  });

  it('assembles the parts, names the participant and counts them once, however often the codes come by', () => {
    expect(codes.length).toBeGreaterThanOrEqual(3);
    render(<Collecting />);
    const texts = codes.map(show);
    expect(texts.slice(0, -1)).toEqual(
      codes.slice(1).map((_, i) => {
        const missing = Array.from({ length: codes.length - i - 1 }, (_, j) => j + i + 2).join(', ');
        return `${i + 1} van ${codes.length} codes gelezen. Nog nodig: code ${missing}.`;
      }),
    );
    // the participant's name, not "Deelnemer 1": the screen's list did not have them yet when the code was read
    expect(texts.at(-1)).toBe('toegevoegd als Anna 1');
    expect(screen.getByRole('heading', { name: 'Ingelezen deelnemers: 1' })).toBeInTheDocument();
    // the phone keeps cycling through the codes
    expect(codes.map(show)).toEqual(codes.map(() => 'Deze code was al gelezen.'));
    expect(screen.getByRole('heading', { name: 'Ingelezen deelnemers: 1' })).toBeInTheDocument();
  });

  it('reads a removed participant’s codes again, once', async () => {
    render(<Collecting />);
    codes.forEach(show);
    expect(screen.getByRole('heading', { name: 'Ingelezen deelnemers: 1' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Verwijderen: Anna 1' }));
    expect(screen.getByRole('heading', { name: 'Ingelezen deelnemers: 0' })).toBeInTheDocument();
    expect(codes.map(show).at(-1)).toBe('toegevoegd als Anna 1');
    expect(codes.map(show).at(-1)).toBe('Deze code was al gelezen.');
    expect(screen.getByRole('heading', { name: 'Ingelezen deelnemers: 1' })).toBeInTheDocument();
  });
});
