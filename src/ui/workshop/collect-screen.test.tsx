import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getContent } from '../../content/bundle';
import { newWorkshop, type Participant } from '../../domain/workshop';
import { initI18n } from '../../i18n/i18n';
import { sampleWorkshop } from '../../../tests/fixtures/workshop';
import { CollectScreen } from './collect-screen';

const content = getContent('nl');
const NOW = '2026-11-23T12:00:00.000Z';

describe('collecting in a large room', () => {
  beforeAll(() => {
    initI18n('nl');
  });

  it('lists participants a hundred at a time', async () => {
    const setup = { ...sampleWorkshop(content), anonymous: true };
    const one: Participant = {
      id: 'p',
      role: 'bestuurder',
      name: '',
      answers: {},
      source: 'file',
      receivedAt: NOW,
      updatedAt: NOW,
    };
    const participants = Array.from({ length: 150 }, (_, i) => ({ ...one, id: `p-${i}` }));
    render(
      <CollectScreen
        structure={content}
        content={content}
        record={{ ...newWorkshop(setup, NOW), participants }}
        add={() => []}
        onImport={() => {}}
        importResults={null}
        busy={false}
        onRemove={() => {}}
        onOverview={() => {}}
        onInvite={() => {}}
        onClose={() => {}}
        saveProblem={false}
      />,
    );
    const table = screen.getByRole('table');
    // the header row and a hundred participants
    expect(within(table).getAllByRole('row')).toHaveLength(101);
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Toon er nog 50 (100 van 150 getoond)' }));
    expect(within(table).getAllByRole('row')).toHaveLength(151);
    expect(screen.queryByRole('button', { name: /Toon er nog/u })).toBeNull();
  });
});
