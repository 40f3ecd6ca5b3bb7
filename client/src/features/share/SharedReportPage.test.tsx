import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, SIGNED_OUT, sentRequests, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';
import { delftReport } from '../report/reportFixture';

const TOKEN = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdl';

/** The first render loads the report's chunk with the charts library, which takes a while in jsdom. */
const SLOW = { timeout: 15_000 };

describe('the shared quarterly report', { timeout: 30_000 }, () => {
  it('shows the report of the link’s quarter, read-only, with how long the link works, without anyone signed in', async () => {
    const fetchSpy = stubApi({
      '/api/auth/session': SIGNED_OUT,
      [`/api/share/${TOKEN}`]: {
        status: 200,
        body: {
          coalition: { name: 'Coalitie Kansrijke Start Delft', municipality: 'Delft' },
          quarter: '2026-Q3',
          expiresAt: '2026-12-21T12:00:00.000Z',
          report: delftReport(),
        },
      },
    });
    const { router } = renderRoute(`/shared/${TOKEN}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kwartaalrapportage K3 2026' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByText(/alleen lezen, zonder account\. Deze link is geldig tot 21-12-2026/)).toBeInTheDocument();
    expect(screen.getByText('Delft', { selector: 'dd' })).toHaveAttribute('lang', 'nl');
    expect(screen.getByRole('region', { name: 'De vijf onderdelen' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Verbeteracties' })).toBeInTheDocument();
    // The link is for one quarter: no choice of another, and the files come through the link.
    expect(screen.queryByLabelText('Kwartaal', { selector: 'select' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Scores downloaden als CSV (voor Excel)' })).toHaveAttribute(
      'href',
      `/api/share/${TOKEN}/report.csv`,
    );
    expect(screen.getByRole('link', { name: 'Rapport downloaden als Excel-werkmap' })).toHaveAttribute(
      'href',
      `/api/share/${TOKEN}/report.xlsx`,
    );
    expect(screen.getByRole('button', { name: 'PDF downloaden' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/shared/${TOKEN}`);
    expect(screen.queryByRole('button', { name: 'Uitloggen' })).not.toBeInTheDocument();
    expect(sentRequests(fetchSpy).map((request) => request.url.pathname)).not.toContain('/api/auth/session');
  });

  it('explains an invalid, expired or revoked link', async () => {
    stubApi({
      [`/api/share/${TOKEN}`]: apiError(404, 'token_invalid', 'Deze link is ongeldig, al gebruikt of verlopen.'),
    });
    renderRoute(`/shared/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet (meer)' })).toBeInTheDocument();
    expect(screen.getByText(/ongeldig, verlopen of ingetrokken/)).toBeInTheDocument();
  });
});
