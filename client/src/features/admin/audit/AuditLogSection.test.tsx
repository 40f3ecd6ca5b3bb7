import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { auditPage, delftApi, sentRequests, stubApi } from '../../../test/api';
import { renderRoute } from '../../../test/render';

function auditRequests(spy: ReturnType<typeof stubApi>) {
  return sentRequests(spy).filter((request) => request.url.pathname === '/api/coalitions/delft/audit-log');
}

describe('the audit log', () => {
  it('loads older entries with the keyset cursor the server gave, until there are none', async () => {
    const fetchSpy = stubApi({
      ...delftApi(),
      '/api/coalitions/delft/audit-log': ({ url }) =>
        url.searchParams.get('before') === '41'
          ? { status: 200, body: auditPage([40, 39], null) }
          : { status: 200, body: auditPage([42, 41], 41) },
    });
    const { user } = renderRoute('/c/delft/admin');
    const section = await screen.findByRole('region', { name: 'Logboek' });
    const table = await within(section).findByRole('table', { name: 'Wijzigingen, nieuwste eerst' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const row = within(table).getByRole('row', { name: /indicator-42/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent(/^20-11-2026 \d{2}:\d{2}$/);
    expect(within(row).getByRole('cell', { name: 'Anna de Vries' })).toBeInTheDocument();
    // The action in words; an entity code the app has no words for stays as the server sent it.
    expect(within(row).getByRole('cell', { name: 'gewijzigd' })).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Meer laden' }));

    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(5));
    const [first, second] = auditRequests(fetchSpy);
    expect(first?.url.searchParams.has('before')).toBe(false);
    expect(second?.url.searchParams.get('before')).toBe('41');
    expect(within(section).queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent('4 wijzigingen getoond.');
  });

  it('names actions and entities in words, in the chosen language', async () => {
    const [entry] = auditPage([42], null).entries;
    const page = { entries: [{ ...entry, action: 'revoke', entityType: 'share_link' }], nextBefore: null };
    stubApi({ ...delftApi(), '/api/coalitions/delft/audit-log': { status: 200, body: page } });
    renderRoute('/c/delft/admin');
    const table = await screen.findByRole('table', { name: 'Wijzigingen, nieuwste eerst' });
    const row = within(table).getByRole('row', { name: /Anna de Vries/ });
    expect(within(row).getByRole('cell', { name: 'ingetrokken' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: /^deellink/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Logboek' })).toHaveTextContent('1 wijziging getoond.');
  });

  it('shows what changed behind a disclosure', async () => {
    stubApi({ ...delftApi(), '/api/coalitions/delft/audit-log': { status: 200, body: auditPage([42], null) } });
    const { user } = renderRoute('/c/delft/admin');
    const section = await screen.findByRole('region', { name: 'Logboek' });
    const row = await within(section).findByRole('row', { name: /indicator-42/ });
    const before = within(row).getByText('Voor');
    expect(before).not.toBeVisible();
    await user.click(within(row).getByText('Details'));
    expect(before).toBeVisible();
    expect(within(row).getByText(/"target": 30/)).toBeVisible();
    expect(within(row).getByText(/"target": 35/)).toBeVisible();
  });

  it('asks the server for the chosen filters', async () => {
    const fetchSpy = stubApi();
    const { user } = renderRoute('/c/delft/admin');
    const section = await screen.findByRole('region', { name: 'Logboek' });
    const filters = within(section).getByRole('form', { name: 'Logboek filteren' });
    await user.type(within(filters).getByLabelText('Onderdeel'), 'share_link');
    await user.type(within(filters).getByLabelText('Vanaf'), '2026-11-01');
    await user.click(within(filters).getByRole('button', { name: 'Filteren' }));

    await waitFor(() => expect(auditRequests(fetchSpy)).toHaveLength(2));
    const filtered = auditRequests(fetchSpy)[1];
    expect(filtered?.url.searchParams.get('entityType')).toBe('share_link');
    expect(filtered?.url.searchParams.get('from')).toBe('2026-11-01');
    expect(filtered?.url.searchParams.has('action')).toBe(false);
    expect(await within(section).findByRole('heading', { name: 'Geen wijzigingen gevonden' })).toBeInTheDocument();
  });
});
