import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getContent } from '../../content/bundle';
import { initI18n } from '../../i18n/i18n';
import { encryptText } from '../../storage/crypto';
import { wrap } from '../../storage/envelope';
import { defaultStorage, memoryStorage } from '../../storage/scan-store';
import { importParticipantTexts } from '../../storage/workshop';
import { makeInvitation, type InvitationErrorCode } from '../../storage/invitation';
import { WorkshopStore, type WorkshopFileErrorCode } from '../../storage/workshop-store';
import type { ParticipantErrorCode } from '../../storage/participant-file';
import nl from '../../i18n/locales/workshop.nl.json';
import en from '../../i18n/locales/workshop.en.json';
import { participantScans, readInScans, sampleWorkshop } from '../../../tests/fixtures/workshop';
import { takeScanToOpen } from '../components/device-storage';
import WorkshopApp from './workshop-app';

const content = getContent('nl');
const NOW = '2026-11-23T12:00:00.000Z';

const fileOf = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('workshop screens (trainer)', () => {
  beforeAll(() => {
    initI18n('nl');
  });

  it('sets up a workshop, imports files, shows the group and presents it', async () => {
    const user = userEvent.setup();
    render(<WorkshopApp />);
    await user.click(screen.getByRole('button', { name: 'Nieuwe workshop klaarzetten' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Workshop klaarzetten' })).toBeInTheDocument();

    // a name is required; the error is said and the field is marked
    await user.click(screen.getByRole('button', { name: 'Opslaan en uitnodigen' }));
    expect(screen.getByLabelText('Naam van de workshop')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Naam van de workshop')).toHaveFocus();
    await user.type(screen.getByLabelText('Naam van de workshop'), 'Sessie Noord');
    expect(screen.getByText(/Gekozen: 29 vragen/u)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslaan en uitnodigen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deelnemers uitnodigen' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/29 vragen · anoniem/u)).toBeInTheDocument();
    const stored = new WorkshopStore(defaultStorage().storage, content.contentVersion, content);
    const id = stored.currentId() as string;
    const setup = stored.load(id)?.setup;
    expect(setup?.name).toBe('Sessie Noord');

    await user.click(screen.getByRole('button', { name: 'Verder: antwoorden verzamelen' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Antwoorden verzamelen' })).toBeInTheDocument();
    // the overview needs participants
    await user.click(screen.getByRole('button', { name: 'Naar het groepsoverzicht' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Lees eerst minstens één deelnemer in.');

    const scans = participantScans(content, setup as NonNullable<typeof setup>, 4);
    const files = scans.map((s, i) =>
      fileOf(`p${i + 1}.json`, JSON.stringify(wrap(s, content.contentVersion, NOW))),
    );
    await user.upload(screen.getByLabelText('Antwoordbestanden kiezen'), [
      ...files,
      fileOf('kapot.json', '{'),
      files[0] as File,
    ]);
    const status = await screen.findByText('Resultaat van het inlezen');
    const result = status.closest('[role="status"]') as HTMLElement;
    expect(result).toHaveTextContent('Toegevoegd: 4. Bijgewerkt: 0. Dubbel of ouder: 1. Geweigerd: 1.');
    expect(screen.getByRole('heading', { name: 'Ingelezen deelnemers: 4' })).toBeInTheDocument();
    // anonymous: no names in the list
    expect(screen.queryByText(scans[0]?.profile.naam as string)).toBeNull();

    // removing a participant, then the overview
    await user.click(screen.getByRole('button', { name: 'Verwijderen: Deelnemer 4' }));
    expect(screen.getByRole('heading', { name: 'Ingelezen deelnemers: 3' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Naar het groepsoverzicht' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Groepsoverzicht' })).toBeInTheDocument();
    expect(screen.getByText(/deelnemers: 3 · vragen: 29/u)).toBeInTheDocument();
    const agenda = screen.getByRole('region', { name: 'Gespreksagenda: hier verschilt de groep het meest' });
    expect(within(agenda).getAllByRole('img').length).toBeGreaterThan(0);
    for (const img of screen.getAllByRole('img')) expect(img).toHaveAccessibleName();

    // the presentation: slides, keys, Escape
    await user.click(screen.getByRole('button', { name: 'Presentatie starten' }));
    const dialog = screen.getByRole('dialog', { name: 'Presentatie van de workshop' });
    const total = Number(/Dia 1 van (\d+)/u.exec(dialog.textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(2);
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(dialog).toHaveTextContent(`Dia 2 van ${total}`);
    await user.keyboard('{End}');
    expect(dialog).toHaveTextContent(`Dia ${total} van ${total}`);
    await user.keyboard('{ArrowRight}');
    expect(dialog).toHaveTextContent(`Dia ${total} van ${total}`);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();

    // back to the start: the workshop is listed
    await user.click(screen.getByRole('button', { name: 'Andere workshop kiezen' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Workshop' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Openen: Sessie Noord' })).toBeInTheDocument();
  });

  it('lets a participant join with the invitation file and starts a scan limited to the set', async () => {
    const user = userEvent.setup();
    const setup = sampleWorkshop(content);
    render(<WorkshopApp />);
    await user.upload(
      screen.getByLabelText('Uitnodiging openen (bestand)'),
      fileOf(
        'uitnodiging.json',
        JSON.stringify({
          format: 'zelfscan-wijkaanpak/workshop-invitation',
          version: 1,
          contentVersion: content.contentVersion,
          workshop: setup,
        }),
      ),
    );
    expect(
      await screen.findByText(/Workshop ‘Wijkaanpak Noord – sessie 1’ op 2026-11-23: 29 vragen/u),
    ).toBeInTheDocument();
    expect(screen.getByText(/Deze workshop is niet anoniem/u)).toBeInTheDocument();
    // without a role nothing starts: the card says so and moves focus to the roles
    await user.click(screen.getByRole('button', { name: 'Begin met de vragen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Kies uw rol om te beginnen.');
    expect(window.location.hash).not.toBe('#/scan');
    expect(screen.getByRole('radio', { name: /Wethouder of bestuurder/u })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: /Projectleider of ambtenaar/u }));
    await user.type(screen.getByLabelText('Uw naam (mag leeg blijven)'), 'Anna');
    await user.click(screen.getByRole('button', { name: 'Begin met de vragen' }));
    // the scan screen opens the participant's scan at the first question (and saves it with its first step)
    const next = takeScanToOpen();
    const scan = next === 'new' ? null : next;
    expect(scan?.workshop).toEqual({ id: setup.id, name: setup.name, date: setup.date, anonymous: false });
    expect(scan?.scope).toEqual({ kind: 'items', items: setup.items });
    expect(scan).toMatchObject({ role: 'projectleider', step: 'questions', profile: { naam: 'Anna' } });
    expect(window.location.hash).toBe('#/scan');
  });

  it('refuses a wrong invitation with a clear message', async () => {
    const user = userEvent.setup();
    render(<WorkshopApp />);
    await user.upload(
      screen.getByLabelText('Uitnodiging openen (bestand)'),
      fileOf('x.json', '{"format":"iets"}'),
    );
    expect(
      await screen.findByText('Dit is geen uitnodiging voor een workshop van de Zelfscan Wijkaanpak.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Begin met de vragen' })).toBeNull();
  });
});

describe('moving a workshop to another device', () => {
  beforeAll(() => {
    initI18n('nl');
  });

  it('opens a backup file as a workshop, says so, and refuses a wrong file without changing anything', async () => {
    const user = userEvent.setup();
    const setup = sampleWorkshop(content);
    const office = new WorkshopStore(memoryStorage(), content.contentVersion, content);
    const record = readInScans(content, setup, participantScans(content, setup, 3), NOW);
    const { storage } = defaultStorage();
    render(<WorkshopApp />);
    const field = screen.getByLabelText('Workshop openen uit een bestand');

    // an invitation is not a backup: the message says where it belongs, and nothing is stored
    await user.upload(
      field,
      fileOf('uitnodiging.json', JSON.stringify(makeInvitation(setup, content.contentVersion))),
    );
    expect(await screen.findByText(/Dit is een uitnodiging, geen reservekopie/u)).toBeInTheDocument();
    expect(storage.getItem(`zelfscan:workshop:${setup.id}`)).toBeNull();

    await user.upload(field, fileOf('workshop-reservekopie.json', office.fileText(record)));
    expect(
      await screen.findByText(
        'De workshop ‘Wijkaanpak Noord – sessie 1’ staat nu op dit apparaat, met de antwoorden van 3 deelnemers.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Openen: Wijkaanpak Noord – sessie 1' })).toBeInTheDocument();

    // the same file again changes nothing and says so
    await user.upload(field, fileOf('workshop-reservekopie.json', office.fileText(record)));
    expect(await screen.findByText(/stond al op dit apparaat, met dezelfde antwoorden/u)).toBeInTheDocument();

    // a protected backup asks for its passphrase; a wrong one is refused, the right one opens it
    const more = participantScans(content, setup, 4).slice(3);
    const bigger = importParticipantTexts(
      record,
      more.map((scan) => ({ name: 'p.json', text: JSON.stringify(wrap(scan, content.contentVersion, NOW)) })),
      content,
      NOW,
    ).record;
    const locked = JSON.stringify(await encryptText(office.fileText(bigger), 'trainer-wachtwoord'));
    await user.upload(field, fileOf('workshop-reservekopie.beveiligd.json', locked));
    const pass = await screen.findByLabelText('Wachtwoord voor ‘workshop-reservekopie.beveiligd.json’');
    await user.type(pass, 'verkeerd-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Openen' }));
    expect(
      await screen.findByText(/Het wachtwoord klopt niet, of het bestand is beschadigd/u),
    ).toBeInTheDocument();
    await user.clear(pass);
    await user.type(pass, 'trainer-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Openen' }));
    expect(
      await screen.findByText(/Uit het bestand zijn de antwoorden van 1 deelnemer toegevoegd of bijgewerkt/u),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText(/Wachtwoord voor/u)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Openen: Wijkaanpak Noord – sessie 1' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Groepsoverzicht' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Reservekopie van de workshop (bestand)' }),
    ).toHaveAccessibleDescription(/De reservekopie bevat de hele workshop met alle antwoorden/u);
  });
});

describe('messages', () => {
  // Records, so a new error code in storage is a type error here until it has a message in both languages.
  const participantCodes: Record<ParticipantErrorCode, true> = {
    tooLarge: true,
    notJson: true,
    notOurs: true,
    newerVersion: true,
    noMigration: true,
    invalid: true,
    read: true,
    invitationFile: true,
    protected: true,
    notWorkshop: true,
    otherWorkshop: true,
    empty: true,
    otherSet: true,
  };
  const invitationCodes: Record<InvitationErrorCode, true> = {
    tooLarge: true,
    notJson: true,
    notOurs: true,
    newerVersion: true,
    invalid: true,
    noItems: true,
    otherContent: true,
    scanFile: true,
  };
  const workshopFileCodes: Record<WorkshopFileErrorCode | 'read' | 'wrongPassphrase' | 'damaged', true> = {
    wrongPassphrase: true,
    damaged: true,
    tooLarge: true,
    read: true,
    notJson: true,
    notOurs: true,
    newerVersion: true,
    invalid: true,
    invitation: true,
    scanFile: true,
    storage: true,
  };
  it('has a message for every refusal, in Dutch and English', () => {
    for (const lang of [nl, en]) {
      for (const code of Object.keys(workshopFileCodes)) expect(lang.start.fileError).toHaveProperty(code);
      for (const code of Object.keys(participantCodes)) expect(lang.collect.error).toHaveProperty(code);
      for (const code of Object.keys(invitationCodes)) expect(lang.join.error).toHaveProperty(code);
    }
  });
});
