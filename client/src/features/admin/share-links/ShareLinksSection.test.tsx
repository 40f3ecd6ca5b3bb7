import { screen, waitFor, within } from '@testing-library/react';
import { quarterKey, quarterOfDate } from '@tks/shared/periods';
import { describe, expect, it } from 'vitest';
import { delftApi, type StubReply, sentRequests, stubApi } from '../../../test/api';
import { renderRoute } from '../../../test/render';

const SHARE_URL = 'https://thermometer.example.nl/shared/Zm9vYmFyYmF6cXV4cXV1eGNvcmdl';

const revoked = {
  id: 1,
  quarter: '2026-Q2',
  label: 'Voor de wethouder',
  createdAt: '2026-07-01T10:00:00.000Z',
  expiresAt: '2099-07-31T10:00:00.000Z',
  revokedAt: '2026-07-10T10:00:00.000Z',
};
const expired = { ...revoked, id: 2, label: null, expiresAt: '2026-01-01T00:00:00.000Z', revokedAt: null };
const active = { ...revoked, id: 3, label: 'Zorgverzekeraar', revokedAt: null };

async function shareSection() {
  return screen.findByRole('region', { name: 'Deellinks kwartaalrapport' });
}

describe('share links', () => {
  it('lists links with their status in words, and offers to revoke only the active one', async () => {
    const fetchSpy = stubApi({
      ...delftApi(),
      '/api/coalitions/delft/share-links': { status: 200, body: { shareLinks: [revoked, expired, active] } },
      'DELETE /api/coalitions/delft/share-links/3': { status: 204 },
    });
    const { user } = renderRoute('/c/delft/admin');
    const table = await within(await shareSection()).findByRole('table', { name: 'Deellinks van de coalitie' });

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'K2 2026',
      'K2 2026',
      'K2 2026',
    ]);
    expect(within(rows[0] as HTMLElement).getByText('Ingetrokken')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('Verlopen')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText('Actief')).toBeInTheDocument();
    expect(within(table).getAllByRole('button', { name: /intrekken/ })).toHaveLength(1);

    await user.click(within(table).getByRole('button', { name: 'Deellink Zorgverzekeraar intrekken' }));
    await user.click(within(table).getByRole('button', { name: 'Ja, intrekken' }));
    await waitFor(() => expect(sentRequests(fetchSpy).some((request) => request.method === 'DELETE')).toBe(true));
  });

  it('creates a link and shows its address once, with a warning and a copy button', async () => {
    let list: unknown[] = [];
    const responses: Record<string, StubReply> = {
      ...delftApi(),
      '/api/coalitions/delft/share-links': () => ({ status: 200, body: { shareLinks: list } }),
      'POST /api/coalitions/delft/share-links': ({ body }) => {
        const created = { ...active, id: 4, ...(body as object), label: 'Voor de raad', revokedAt: null };
        list = [created];
        return { status: 201, body: { ...created, url: SHARE_URL } };
      },
    };
    const fetchSpy = stubApi(responses);
    const { user } = renderRoute('/c/delft/admin');
    const section = await shareSection();
    const form = within(section).getByRole('form', { name: 'Nieuwe deellink' });

    const quarter = within(form).getByLabelText('Kwartaal');
    const options = within(quarter).getAllByRole('option');
    expect(options).toHaveLength(8);
    expect(options[0]).toHaveTextContent(/^K[1-4] \d{4}$/);
    await user.type(within(form).getByLabelText(/^Omschrijving/), 'Voor de raad');
    await user.clear(within(form).getByLabelText('Geldig (dagen)'));
    await user.type(within(form).getByLabelText('Geldig (dagen)'), '14');
    await user.click(within(form).getByRole('button', { name: 'Deellink maken' }));

    const panel = await within(section).findByRole('region', { name: /^Deellink voor K[1-4] \d{4} gemaakt$/ });
    expect(within(panel).getByRole('textbox', { name: 'Deellink' })).toHaveValue(SHARE_URL);
    expect(panel).toHaveTextContent('Deze link wordt maar één keer getoond.');
    await user.click(within(panel).getByRole('button', { name: 'Kopiëren' }));
    expect(await within(panel).findByText('De link is gekopieerd.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(SHARE_URL);

    const create = sentRequests(fetchSpy).find((request) => request.method === 'POST');
    expect(create?.headers.get('X-CSRF-Token')).toBe('csrf-from-session');
    expect(create?.body).toEqual({
      quarter: quarterKey(quarterOfDate(new Date())),
      label: 'Voor de raad',
      expiresInDays: 14,
    });

    // The refreshed list holds the link, but never its address.
    const table = await within(section).findByRole('table', { name: 'Deellinks van de coalitie' });
    expect(within(table).getByRole('row', { name: /Voor de raad/ })).toBeInTheDocument();
    expect(within(table).queryByText(SHARE_URL)).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Ik heb de link bewaard' }));
    expect(screen.queryByDisplayValue(SHARE_URL)).not.toBeInTheDocument();
    expect(screen.queryByText(SHARE_URL)).not.toBeInTheDocument();
  });

  it('refuses a validity outside 1 to 365 days without asking the server', async () => {
    const fetchSpy = stubApi();
    const { user } = renderRoute('/c/delft/admin');
    const form = within(await shareSection()).getByRole('form', { name: 'Nieuwe deellink' });
    await user.clear(within(form).getByLabelText('Geldig (dagen)'));
    await user.type(within(form).getByLabelText('Geldig (dagen)'), '400');
    await user.click(within(form).getByRole('button', { name: 'Deellink maken' }));
    expect(within(form).getByLabelText('Geldig (dagen)')).toHaveAccessibleDescription(
      /Vul een aantal dagen in tussen 1 en 365/,
    );
    expect(sentRequests(fetchSpy).some((request) => request.method === 'POST')).toBe(false);
  });
});
