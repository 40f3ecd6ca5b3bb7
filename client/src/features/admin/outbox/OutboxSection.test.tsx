import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { delftApi, stubApi } from '../../../test/api';
import { renderRoute } from '../../../test/render';

describe('sent e-mail', () => {
  it('lists each mail with its status, and opens it with clickable links', async () => {
    stubApi({
      ...delftApi(),
      '/api/coalitions/delft/outbox': {
        status: 200,
        body: {
          messages: [
            {
              id: 2,
              toAddress: 'bram@example.nl',
              subject: 'Nieuw wachtwoord',
              bodyText: 'Klik op https://thermometer.example.nl/reset-password?token=xyz.',
              createdAt: '2026-11-19T08:00:00.000Z',
              transport: 'smtp',
              sentAt: null,
              error: 'Verbinding geweigerd',
            },
            {
              id: 1,
              toAddress: 'carla@example.nl',
              subject: 'Uitnodiging voor Coalitie Kansrijke Start Delft',
              bodyText: 'Beste Carla,\n\nOpen https://thermometer.example.nl/invitation?token=abc om mee te doen.',
              createdAt: '2026-11-18T10:00:00.000Z',
              transport: 'outbox',
              sentAt: null,
              error: null,
            },
          ],
        },
      },
    });
    const { user } = renderRoute('/c/delft/admin');
    const section = await screen.findByRole('region', { name: 'Verzonden e-mail' });
    const items = await within(section).findAllByRole('listitem');
    const [failed, stored] = items as [HTMLElement, HTMLElement];

    expect(within(failed).getByRole('heading', { name: 'Nieuw wachtwoord' })).toBeInTheDocument();
    expect(within(failed).getByText('Mislukt')).toBeInTheDocument();
    expect(within(failed).getByText(/Verbinding geweigerd/)).toBeInTheDocument();
    expect(within(stored).getByText('carla@example.nl')).toBeInTheDocument();
    expect(within(stored).getByText('Bewaard, niet verzonden')).toBeInTheDocument();

    await user.click(within(stored).getByText('Bericht lezen'));
    expect(
      within(stored).getByRole('link', { name: 'https://thermometer.example.nl/invitation?token=abc' }),
    ).toHaveAttribute('href', 'https://thermometer.example.nl/invitation?token=abc');
    // The full stop after an address is not part of the link.
    await user.click(within(failed).getByText('Bericht lezen'));
    expect(within(failed).getByRole('link')).toHaveAttribute(
      'href',
      'https://thermometer.example.nl/reset-password?token=xyz',
    );
  });
});
