import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initI18n } from '../../i18n/i18n';
import { getContent } from '../../content/bundle';
import { newScan } from '../../domain/scan';
import { progressOf } from '../../domain/selection';
import type { Item, Role } from '../../domain/types';
import type { ScanEvent } from '../../machines/scan-machine';
import { QuestionStep } from './question-step';

const content = getContent('nl');
const dilemma = content.modules.flatMap((m) => m.items).find((i) => i.id === 'ver.dilemma-boegbeeld');
const open = content.modules.flatMap((m) => m.items).find((i) => i.type === 'open');

/** The question as the only one of a quick scan for `role`, its events collected in `sent`. */
function renderAlone(item: Item, role: Role, sent: ScanEvent[] = []) {
  render(
    <QuestionStep
      item={item}
      index={0}
      items={[item]}
      scan={{ ...newScan('t', 'now'), role, scope: { kind: 'quick' } }}
      content={content}
      progress={progressOf(content, [item], {})}
      send={(e) => sent.push(e)}
    />,
  );
  return sent;
}

describe('QuestionStep', () => {
  it('names every point of the bipolar scale by its pole and strength, for now and desired', async () => {
    initI18n('nl');
    if (!dilemma) throw new Error('content changed: ver.dilemma-boegbeeld is gone');
    const sent = renderAlone(dilemma, 'bestuurder');
    const now = screen.getByRole('group', { name: 'Waar staan we nu?' });
    const desired = screen.getByRole('group', { name: 'Waar willen we naartoe?' });
    expect(within(now).getAllByRole('radio')).toHaveLength(7);
    expect(within(now).getByRole('radio', { name: `Helemaal naar: ${dilemma.t.left}` })).toBeInTheDocument();
    expect(within(now).getByRole('radio', { name: 'In het midden' })).toBeInTheDocument();
    expect(
      within(desired).getByRole('radio', { name: `Duidelijk naar: ${dilemma.t.right}` }),
    ).toBeInTheDocument();
    await userEvent.click(within(desired).getByRole('radio', { name: `Iets naar: ${dilemma.t.right}` }));
    expect(sent.at(-1)).toEqual({
      type: 'answer.set',
      itemId: dilemma.id,
      answer: { kind: 'dilemma', desired: 1 },
    });
  });

  it('counts the characters of an open answer', async () => {
    initI18n('nl');
    if (!open) throw new Error('no open item in the content');
    renderAlone(open, 'trainer');
    await userEvent.type(screen.getByRole('textbox', { name: 'Uw antwoord' }), 'Samen met bewoners');
    expect(screen.getByText('18 van 1000 tekens')).toBeInTheDocument();
  });
});
