import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { getContent } from '../../content/bundle';
import { aggregate } from '../../domain/aggregate';
import type { WorkshopRecord } from '../../domain/workshop';
import { initI18n } from '../../i18n/i18n';
import { sampleGroup } from '../../../tests/fixtures/workshop';
import { Facilitation } from './facilitation';
import { buildSlides } from './slides';

const content = getContent('nl');
const NOW = '2026-11-23T12:00:00.000Z';

/** A named workshop (names given) with `n` participants. */
function record(n: number): WorkshopRecord {
  return sampleGroup(content, n, NOW).record;
}

/** The presentation as the workshop app holds it: the slide index lives outside. */
function Presentation({ rec }: { rec: WorkshopRecord }) {
  const agg = aggregate(content, rec.setup.items, rec.participants, { anonymous: rec.setup.anonymous });
  const slides = buildSlides(agg);
  const [index, setIndex] = useState(0);
  return (
    <Facilitation
      content={content}
      record={rec}
      agg={agg}
      slides={slides}
      index={index}
      onNext={() => setIndex((i) => Math.min(i + 1, slides.length - 1))}
      onPrev={() => setIndex((i) => Math.max(i - 1, 0))}
      onGoto={setIndex}
      onClose={() => undefined}
    />
  );
}

const slideOf = (dialog: HTMLElement) =>
  /Dia (\d+) van (\d+)/u
    .exec(dialog.textContent ?? '')
    ?.slice(1)
    .map(Number);

describe('facilitation: answer first, reveal after', () => {
  beforeAll(() => {
    initI18n('nl');
  });

  it('shows the map after the title; each result stays hidden until revealed, a clicker press reveals first', async () => {
    const user = userEvent.setup();
    render(<Presentation rec={record(5)} />);
    const dialog = screen.getByRole('dialog', { name: 'Presentatie van de workshop' });
    // the agenda: the map first, then the questions by their number in the workshop
    const agenda = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(agenda[0]).toBe('Waar praten we over?');
    expect(agenda.slice(1).every((a) => /^Vraag \d+ · /u.test(a))).toBe(true);
    await user.keyboard('{PageDown}');
    expect(slideOf(dialog)?.[0]).toBe(2);
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Waar praten we over?');
    // hidden: the question and the button, no picture
    expect(within(dialog).queryByRole('img')).toBeNull();
    expect(within(dialog).getByText(/Het resultaat is nog verborgen/u)).toBeInTheDocument();
    // a clicker press reveals, and it is said
    await user.keyboard('{PageDown}');
    expect(slideOf(dialog)?.[0]).toBe(2);
    expect(within(dialog).getByRole('img', { name: /^Kaart van de vragen\./u })).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Het resultaat van de groep staat nu op het scherm.',
    );
    for (const name of [
      'Verdeeld: we willen verder, maar hoe?',
      'Eens: hier willen we verder',
      'Verdeeld',
      'Eens en tevreden',
    ])
      expect(
        within(dialog).getByRole('heading', {
          level: 3,
          name: new RegExp(`${name.replace('?', '\\?')}$`, 'u'),
        }),
      ).toBeInTheDocument();
    // the next press moves on: a dilemma, hidden, with its poles and question number
    await user.keyboard('{ArrowRight}');
    expect(slideOf(dialog)?.[0]).toBe(3);
    expect(within(dialog).getByText(/^Vraag \d+ · Dilemma$/u)).toBeInTheDocument();
    expect(within(dialog).queryByRole('img')).toBeNull();
    expect(within(dialog).getByRole('status')).toHaveTextContent('');
    // the button reveals
    await user.click(within(dialog).getByRole('button', { name: 'Toon resultaat' }));
    expect(within(dialog).getByRole('img', { name: /^Posities bij/u })).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveFocus();
    // back: the map stays revealed; forward: so does the dilemma
    await user.keyboard('{ArrowLeft}');
    expect(within(dialog).getByRole('img', { name: /^Kaart van de vragen\./u })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(slideOf(dialog)?.[0]).toBe(3);
    expect(within(dialog).getByRole('img', { name: /^Posities bij/u })).toBeInTheDocument();
    // Enter and R reveal, too (the next dilemma or item)
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).queryByRole('img')).toBeNull();
    await user.keyboard('r');
    expect(within(dialog).getByRole('img')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).queryByRole('img')).toBeNull();
    await user.keyboard('{Enter}');
    expect(within(dialog).getByRole('img')).toBeInTheDocument();
  });

  it('never shows a participant’s name on any slide of a named workshop', async () => {
    const user = userEvent.setup();
    const rec = record(6);
    const names = rec.participants.map((p) => p.name);
    expect(names.every(Boolean)).toBe(true);
    render(<Presentation rec={rec} />);
    const dialog = screen.getByRole('dialog');
    const total = slideOf(dialog)?.[1] ?? 0;
    for (let n = 1; n <= total; n++) {
      await user.keyboard('r');
      const everything = [
        dialog.textContent ?? '',
        ...[...dialog.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value)),
      ].join('\n');
      for (const name of names) expect(everything, `slide ${n}`).not.toContain(name);
      await user.keyboard('{ArrowRight}');
    }
  });

  it('shows nothing for a question answered by fewer than three people, also in a named workshop', async () => {
    const user = userEvent.setup();
    render(<Presentation rec={record(2)} />);
    const dialog = screen.getByRole('dialog');
    // no map slide: no question has enough answers to be on it
    expect(within(dialog).getAllByRole('listitem')[0]).not.toHaveTextContent('Waar praten we over?');
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByText(/^Vraag \d+ · Dilemma$/u)).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'Te weinig mensen hebben deze vraag beantwoord (minder dan 3). Daarom tonen we hier geen resultaat.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('img')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Toon resultaat' })).toBeNull();
    // one press moves on: nothing was hidden
    await user.keyboard('{ArrowRight}');
    expect(slideOf(dialog)?.[0]).toBe(3);
  });
});
