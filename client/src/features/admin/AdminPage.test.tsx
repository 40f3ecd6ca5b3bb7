import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

describe('the admin page', () => {
  it('lists the partner organisations with their domain in words', async () => {
    stubApi();
    renderRoute('/c/delft/admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Beheer' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Partnerorganisaties van de coalitie' });

    const midwives = within(table).getByRole('row', { name: /De Wieg/ });
    expect(within(midwives).getByRole('cell', { name: 'Medisch domein' })).toBeInTheDocument();
    const team = within(table).getByRole('row', { name: /Sociaal Wijkteam Delft/ });
    expect(within(team).getByRole('cell', { name: 'Sociaal domein' })).toBeInTheDocument();
    expect(within(team).getByRole('cell', { name: 'SWT' })).toBeInTheDocument();
  });
});
