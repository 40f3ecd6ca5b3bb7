import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, delftApi, delftMembers, type StubReply, sentRequests, stubApi } from '../../../test/api';
import { renderRoute } from '../../../test/render';

async function membersSection() {
  return screen.findByRole('region', { name: 'Leden en uitnodigingen' });
}

describe('members and invitations', () => {
  it('lists members with their role and organisation, and the pending invitations', async () => {
    stubApi();
    renderRoute('/c/delft/admin');
    const section = await membersSection();
    const members = await within(section).findByRole('table', { name: 'Leden van de coalitie' });
    const bram = within(members).getByRole('row', { name: /Bram Jansen/ });
    expect(within(bram).getByRole('combobox', { name: 'Rol van Bram Jansen' })).toHaveValue('partner');
    expect(within(bram).getByRole('combobox', { name: 'Organisatie van Bram Jansen' })).toHaveValue('2');
    expect(within(bram).getByRole('cell', { name: 'nog geen gegevens' })).toBeInTheDocument();
    const anna = within(members).getByRole('row', { name: /Anna de Vries/ });
    // Shown in the reader's own time zone, so only the shape is fixed here.
    expect(within(anna).getByRole('cell', { name: /^20-11-2026 \d{2}:\d{2}$/ })).toBeInTheDocument();

    const invitations = within(section).getByRole('table', { name: 'Uitnodigingen die nog niet zijn geaccepteerd' });
    const carla = within(invitations).getByRole('row', { name: /carla@example\.nl/ });
    expect(within(carla).getByRole('cell', { name: 'bestuurder' })).toBeInTheDocument();
    expect(within(carla).getByRole('cell', { name: '02-12-2026' })).toBeInTheDocument();
  });

  it('sends an invitation with the CSRF token and exactly the fields filled in', async () => {
    const responses: Record<string, StubReply> = {
      ...delftApi(),
      'POST /api/coalitions/delft/invitations': {
        status: 201,
        body: {
          id: 9,
          email: 'nina@example.nl',
          role: 'partner',
          organisationId: 2,
          createdAt: '2026-11-21T09:00:00.000Z',
          expiresAt: '2026-12-05T09:00:00.000Z',
        },
      },
    };
    const fetchSpy = stubApi(responses);
    const { user } = renderRoute('/c/delft/admin');
    const section = await membersSection();
    const form = within(section).getByRole('form', { name: 'Iemand uitnodigen' });

    await user.type(within(form).getByLabelText('E-mailadres'), 'Nina@Example.nl');
    await user.type(within(form).getByLabelText(/^Naam/), 'Nina Nieuw');
    await user.selectOptions(within(form).getByLabelText('Rol'), 'partner');
    await user.selectOptions(within(form).getByLabelText('Organisatie'), 'Sociaal Wijkteam Delft');
    await user.click(within(form).getByRole('button', { name: 'Uitnodiging versturen' }));

    expect(await within(form).findByRole('status')).toHaveTextContent(
      'De uitnodiging is verstuurd naar nina@example.nl.',
    );
    const invite = sentRequests(fetchSpy).find(
      (request) => request.method === 'POST' && request.url.pathname === '/api/coalitions/delft/invitations',
    );
    expect(invite?.headers.get('X-CSRF-Token')).toBe('csrf-from-session');
    expect(invite?.body).toEqual({ email: 'nina@example.nl', name: 'Nina Nieuw', role: 'partner', organisationId: 2 });
    expect(within(form).getByLabelText('E-mailadres')).toHaveValue('');
    // The list and the outbox are asked again, so the new invitation and its mail show up.
    await waitFor(() => {
      const gets = sentRequests(fetchSpy).filter((request) => request.method === 'GET');
      expect(gets.filter((request) => request.url.pathname === '/api/coalitions/delft/members')).toHaveLength(2);
      expect(gets.filter((request) => request.url.pathname === '/api/coalitions/delft/outbox')).toHaveLength(2);
    });
  });

  it('puts the server’s field errors beside their fields', async () => {
    const fetchSpy = stubApi({
      ...delftApi(),
      'POST /api/coalitions/delft/invitations': apiError(400, 'validation_failed', 'Controleer de invoer.', [
        { path: 'body.email', message: 'Dit adres wordt door de mailserver geweigerd.' },
        { path: 'body.name', message: 'Deze naam bevat tekens die niet zijn toegestaan.' },
      ]),
    });
    const { user } = renderRoute('/c/delft/admin');
    const form = within(await membersSection()).getByRole('form', { name: 'Iemand uitnodigen' });
    await user.type(within(form).getByLabelText('E-mailadres'), 'iemand@example.nl');
    await user.type(within(form).getByLabelText(/^Naam/), 'Iemand');
    await user.selectOptions(within(form).getByLabelText('Rol'), 'director');
    await user.click(within(form).getByRole('button', { name: 'Uitnodiging versturen' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary).getByRole('link', { name: 'Dit adres wordt door de mailserver geweigerd.' }),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('E-mailadres')).toHaveAccessibleDescription(
      'Fout: Dit adres wordt door de mailserver geweigerd.',
    );
    expect(within(form).getByLabelText(/^Naam/)).toHaveAttribute('aria-invalid', 'true');
    const invite = sentRequests(fetchSpy).find((request) => request.method === 'POST');
    expect(invite?.body).toEqual({
      email: 'iemand@example.nl',
      name: 'Iemand',
      role: 'director',
      organisationId: null,
    });
  });

  it('asks for the organisation of a partner before sending', async () => {
    const fetchSpy = stubApi();
    const { user } = renderRoute('/c/delft/admin');
    const form = within(await membersSection()).getByRole('form', { name: 'Iemand uitnodigen' });
    await user.type(within(form).getByLabelText('E-mailadres'), 'nina@example.nl');
    await user.click(within(form).getByRole('button', { name: 'Uitnodiging versturen' }));

    expect(within(form).getByLabelText('Organisatie')).toHaveAccessibleDescription(
      /Een partner hoort bij een organisatie/,
    );
    expect(sentRequests(fetchSpy).some((request) => request.method === 'POST')).toBe(false);
  });

  it('changes a member’s role and shows the server’s refusal to demote the last coordinator', async () => {
    const fetchSpy = stubApi({
      ...delftApi(),
      'PATCH /api/coalitions/delft/members/7': apiError(
        409,
        'last_coordinator',
        'Een coalitie houdt altijd minstens één coördinator.',
      ),
      'PATCH /api/coalitions/delft/members/8': ({ body }) => ({
        status: 200,
        body: { ...delftMembers.members[1], ...(body as object) },
      }),
    });
    const { user } = renderRoute('/c/delft/admin');
    const table = await within(await membersSection()).findByRole('table', { name: 'Leden van de coalitie' });

    const bram = within(table).getByRole('row', { name: /Bram Jansen/ });
    await user.selectOptions(within(bram).getByRole('combobox', { name: 'Rol van Bram Jansen' }), 'director');
    await user.selectOptions(within(bram).getByRole('combobox', { name: 'Organisatie van Bram Jansen' }), '');
    await user.click(within(bram).getByRole('button', { name: 'Opslaan voor Bram Jansen' }));
    expect(await within(bram).findByText('Opgeslagen.')).toBeInTheDocument();
    const patch = sentRequests(fetchSpy).find((request) => request.method === 'PATCH');
    expect(patch?.body).toEqual({ role: 'director', organisationId: null });

    const anna = within(table).getByRole('row', { name: /Anna de Vries/ });
    await user.selectOptions(within(anna).getByRole('combobox', { name: 'Rol van Anna de Vries' }), 'director');
    await user.click(within(anna).getByRole('button', { name: 'Opslaan voor Anna de Vries' }));
    expect(await within(anna).findByRole('alert')).toHaveTextContent(
      'Een coalitie houdt altijd minstens één coördinator.',
    );
  });

  it('removes a member only after confirmation', async () => {
    const fetchSpy = stubApi({ ...delftApi(), 'DELETE /api/coalitions/delft/members/8': { status: 204 } });
    const { user } = renderRoute('/c/delft/admin');
    const table = await within(await membersSection()).findByRole('table', { name: 'Leden van de coalitie' });
    const bram = within(table).getByRole('row', { name: /Bram Jansen/ });

    await user.click(within(bram).getByRole('button', { name: 'Bram Jansen verwijderen' }));
    expect(sentRequests(fetchSpy).some((request) => request.method === 'DELETE')).toBe(false);
    const confirm = within(bram).getByRole('group', { name: 'Bram Jansen uit de coalitie verwijderen?' });
    expect(within(confirm).getByRole('button', { name: 'Ja, verwijderen' })).toHaveFocus();

    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(within(bram).getByRole('button', { name: 'Bram Jansen verwijderen' })).toHaveFocus();

    await user.click(within(bram).getByRole('button', { name: 'Bram Jansen verwijderen' }));
    await user.click(within(bram).getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(() =>
      expect(sentRequests(fetchSpy).find((request) => request.method === 'DELETE')?.url.pathname).toBe(
        '/api/coalitions/delft/members/8',
      ),
    );
  });

  it('revokes a pending invitation after confirmation', async () => {
    const fetchSpy = stubApi({ ...delftApi(), 'DELETE /api/coalitions/delft/invitations/3': { status: 204 } });
    const { user } = renderRoute('/c/delft/admin');
    const section = await membersSection();
    const table = await within(section).findByRole('table', { name: 'Uitnodigingen die nog niet zijn geaccepteerd' });
    await user.click(within(table).getByRole('button', { name: 'Uitnodiging voor carla@example.nl intrekken' }));
    await user.click(within(table).getByRole('button', { name: 'Ja, intrekken' }));
    await waitFor(() =>
      expect(
        sentRequests(fetchSpy)
          .find((request) => request.method === 'DELETE')
          ?.headers.get('X-CSRF-Token'),
      ).toBe('csrf-from-session'),
    );
  });
});
