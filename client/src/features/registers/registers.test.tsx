import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

describe('pages that are not built yet', () => {
  it('say what they will hold and that they are not available yet', async () => {
    stubApi();
    renderRoute('/c/delft/registers/mirror-conversations');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reflecteren' })).toBeInTheDocument();
    expect(screen.getByText(/^Spiegelgesprekken met zwangeren en ouders/)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Nog niet beschikbaar — komt in een volgende versie' }),
    ).toBeInTheDocument();
  });

  it('say the same in English', async () => {
    stubApi();
    renderRoute('/c/delft/registers/care-plans', { locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Integrated care plan' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Not available yet — coming in a later version' })).toBeInTheDocument();
  });
});
