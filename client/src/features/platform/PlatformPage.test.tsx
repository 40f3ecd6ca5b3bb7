import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, coalitionList, delftApi, sentRequests, sessionAs, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

const admin = sessionAs('coordinator');
const adminSession = { ...admin, user: { ...admin.user, isPlatformAdmin: true } };

describe('platform administration', () => {
  it('lists the coalitions and creates one, inviting its first coordinator', async () => {
    const westland = { id: 2, slug: 'westland', name: 'Coalitie Kansrijke Start Westland', municipality: 'Westland' };
    const fetchSpy = stubApi({
      ...delftApi(),
      '/api/auth/session': { status: 200, body: adminSession },
      '/api/admin/coalitions': { status: 200, body: coalitionList },
      '/api/admin/outbox': { status: 200, body: { messages: [] } },
      'POST /api/admin/coalitions': { status: 201, body: westland },
    });
    const { user } = renderRoute('/platform');
    expect(await screen.findByRole('heading', { level: 1, name: 'Platformbeheer' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Alle coalities op het platform' });
    expect(within(table).getByRole('link', { name: 'Coalitie Kansrijke Start Delft' })).toHaveAttribute(
      'href',
      '/c/delft',
    );
    expect(await screen.findByRole('heading', { name: 'Er is nog geen e-mail verstuurd' })).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Nieuwe coalitie' });
    await user.type(within(form).getByLabelText('Naam van de coalitie'), westland.name);
    await user.type(within(form).getByLabelText('Gemeente'), 'Westland');
    await user.type(within(form).getByLabelText('Adresnaam'), 'westland');
    await user.type(within(form).getByLabelText('E-mailadres van de eerste coördinator'), 'coord@westland.nl');
    await user.click(within(form).getByRole('button', { name: 'Coalitie aanmaken' }));

    expect(await within(form).findByRole('status')).toHaveTextContent(
      'Coalitie Kansrijke Start Westland is aangemaakt',
    );
    const create = sentRequests(fetchSpy).find((request) => request.method === 'POST');
    expect(create?.headers.get('X-CSRF-Token')).toBe('csrf-from-session');
    expect(create?.body).toEqual({
      slug: 'westland',
      name: westland.name,
      municipality: 'Westland',
      coordinatorEmail: 'coord@westland.nl',
    });
    // The list is asked again, so the new coalition shows up.
    await waitFor(() =>
      expect(
        sentRequests(fetchSpy).filter(
          (request) => request.method === 'GET' && request.url.pathname === '/api/admin/coalitions',
        ),
      ).toHaveLength(2),
    );
  });

  it('explains a slug that is taken beside the field', async () => {
    stubApi({
      ...delftApi(),
      '/api/auth/session': { status: 200, body: adminSession },
      '/api/admin/coalitions': { status: 200, body: coalitionList },
      '/api/admin/outbox': { status: 200, body: { messages: [] } },
      'POST /api/admin/coalitions': apiError(409, 'slug_taken', 'Deze korte naam is al in gebruik.'),
    });
    const { user } = renderRoute('/platform');
    const form = await screen.findByRole('form', { name: 'Nieuwe coalitie' });
    await user.type(within(form).getByLabelText('Naam van de coalitie'), 'Coalitie Delft Twee');
    await user.type(within(form).getByLabelText('Gemeente'), 'Delft');
    await user.type(within(form).getByLabelText('Adresnaam'), 'delft');
    await user.type(within(form).getByLabelText('E-mailadres van de eerste coördinator'), 'coord@delft.nl');
    await user.click(within(form).getByRole('button', { name: 'Coalitie aanmaken' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Adresnaam')).toHaveAccessibleDescription(
        expect.stringContaining('Deze korte naam is al in gebruik.'),
      ),
    );
  });

  it('is closed to everyone else', async () => {
    const fetchSpy = stubApi();
    renderRoute('/platform');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(sentRequests(fetchSpy).map((request) => request.url.pathname)).not.toContain('/api/admin/coalitions');
  });
});
