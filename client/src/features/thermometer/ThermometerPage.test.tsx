import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { delftApi, delftSummary, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

/** The figure shown with a stat card's label. */
function statValue(label: string): string | null | undefined {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('the thermometer overview', () => {
  it('shows what the coalition has recorded, with the latest quarter in Dutch', async () => {
    stubApi();
    renderRoute('/c/delft');
    expect(await screen.findByText('Gemeente Delft')).toBeInTheDocument();
    expect(statValue('Meest recente kwartaal met gegevens')).toBe('K3 2026');
    expect(statValue('Partnerorganisaties')).toBe('9');
    expect(statValue('Indicatoren')).toBe('24');
    expect(statValue('Ingevulde vragenlijsten')).toBe('41');
    expect(statValue('Open verbeteracties')).toBe('7');
    expect(
      screen.getByRole('heading', { name: 'De thermometer zelf komt in een volgende versie' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/vanaf 5 respondenten/)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Reflecteren' })).toHaveAttribute(
      'href',
      '/c/delft/registers/mirror-conversations',
    );
  });

  it('says there is no data yet instead of inventing a quarter', async () => {
    stubApi({
      ...delftApi(),
      '/api/coalitions/delft': { status: 200, body: { ...delftSummary, latestQuarter: null } },
    });
    renderRoute('/c/delft', { locale: 'en' });
    expect(await screen.findByText('Municipality of Delft')).toBeInTheDocument();
    expect(statValue('Most recent quarter with data')).toBe('no data yet');
  });
});
