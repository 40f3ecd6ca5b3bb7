import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, delftApi, sentRequests, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';
import { delftReport } from './reportFixture';

function stubReport(report = delftReport(), extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({ ...delftApi(), '/api/coalitions/delft/report': { status: 200, body: report }, ...extra });
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** The first render loads the report's chunk with the charts library, which takes a while in jsdom. */
const SLOW = { timeout: 15_000 };

describe('the quarterly report page', { timeout: 30_000 }, () => {
  it('shows the report: coalition, quarter, components, changes in words and the actions', async () => {
    stubReport();
    renderRoute('/c/delft/report?quarter=2026-Q3');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kwartaalrapportage K3 2026' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Coalitie Kansrijke Start Delft').length).toBeGreaterThan(0);

    const components = screen.getByRole('region', { name: 'De vijf onderdelen' });
    expect(within(components).getAllByRole('row')).toHaveLength(6);
    expect(within(components).getByRole('rowheader', { name: /Meten & weten/ })).toBeInTheDocument();

    const changes = screen.getByRole('region', { name: 'Belangrijkste veranderingen' });
    expect(
      within(changes).getByText('Informatie delen steeg 8,2 punten ten opzichte van K2 2026 (van 55 naar 63,2).'),
    ).toBeInTheDocument();
    expect(
      within(changes).getByText(
        'JGZ-04 Uitsluitend borstvoeding 3 mnd (Meten & weten) daalde 12 punten ten opzichte van K3 2025 (van 80 naar 68).',
      ),
    ).toBeInTheDocument();

    const actions = screen.getByRole('region', { name: 'Verbeteracties' });
    const overdue = within(actions).getByText('Over de deadline').closest('div');
    expect(overdue).toHaveTextContent('1');
    const row = within(actions).getByRole('row', { name: /Spiegelgesprek plannen/ });
    expect(row).toHaveTextContent('30-09-2026 (te laat)');
    expect(row).toHaveTextContent('GGD Haaglanden — Anna de Vries');
    expect(within(actions).getByRole('row', { name: /Werkafspraken herzien/ })).toHaveTextContent('nog niemand');

    const trends = screen.getByRole('region', { name: 'Trends per onderdeel' });
    expect(within(trends).getByRole('img', { name: /Reflecteren: score per kwartaal van K4 2025 tot en met K3 2026/ }));
    expect(
      within(trends).getByRole('button', { name: 'Reflecteren downloaden als PNG-afbeelding' }),
    ).toBeInTheDocument();
    expect(
      within(trends).getByRole('button', { name: 'Reflecteren downloaden als SVG-afbeelding' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('[data-report-ready="true"]')).not.toBeNull());
  });

  it('offers the PDF, printing and both exports for the quarter on screen', async () => {
    stubReport();
    renderRoute('/c/delft/report?quarter=2026-Q3');
    expect(await screen.findByRole('button', { name: 'PDF downloaden' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Scores downloaden als CSV (voor Excel)' })).toHaveAttribute(
      'href',
      '/api/coalitions/delft/report.csv?quarter=2026-Q3',
    );
    expect(screen.getByRole('link', { name: 'Rapport downloaden als Excel-werkmap' })).toHaveAttribute(
      'href',
      '/api/coalitions/delft/report.xlsx?quarter=2026-Q3',
    );
  });

  it('falls back to the browser’s print where the server cannot make a PDF', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    stubReport(delftReport({ pdfAvailable: false }));
    renderRoute('/c/delft/report');
    await screen.findByRole('heading', { level: 1, name: 'Kwartaalrapportage K3 2026' }, SLOW);
    expect(screen.queryByRole('button', { name: 'PDF downloaden' })).not.toBeInTheDocument();
    expect(screen.getByText(/Deze server maakt geen PDF/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('prints instead, with the server’s reason, when the PDF fails', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    stubReport(delftReport(), {
      '/api/coalitions/delft/report.pdf': apiError(503, 'pdf_busy', 'Er worden nu te veel PDF’s tegelijk gemaakt.'),
    });
    renderRoute('/c/delft/report?quarter=2026-Q3');
    await userEvent.click(await screen.findByRole('button', { name: 'PDF downloaden' }, SLOW));
    expect(await screen.findByText(/te veel PDF’s tegelijk gemaakt\. Het afdrukvenster/)).toBeInTheDocument();
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('changes the quarter through the address, and asks for that quarter', async () => {
    const spy = stubReport();
    const { router } = renderRoute('/c/delft/report?quarter=2026-Q3');
    await screen.findByRole('heading', { level: 1, name: 'Kwartaalrapportage K3 2026' }, SLOW);
    await userEvent.selectOptions(screen.getByLabelText('Kwartaal', { selector: 'select' }), '2026-Q1');
    await waitFor(() => expect(router.state.location.search).toBe('?quarter=2026-Q1'));
    await waitFor(() =>
      expect(
        sentRequests(spy).some(
          (r) => r.url.pathname === '/api/coalitions/delft/report' && r.url.searchParams.get('quarter') === '2026-Q1',
        ),
      ).toBe(true),
    );
  });

  it('keeps its heading while it loads, says when there is nothing to report yet, and marks a failure for the PDF', async () => {
    const empty = delftReport({
      thermometer: { ...delftReport().thermometer, availableQuarters: [] },
      trends: { quarters: [], overall: [], components: [] },
    });
    stubReport(empty);
    renderRoute('/c/delft/report');
    expect(
      await screen.findByRole('heading', { name: 'Nog geen gegevens voor een rapport' }, SLOW),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('[data-report-ready="true"]')).not.toBeNull());
    expect(screen.queryByRole('button', { name: 'PDF downloaden' })).not.toBeInTheDocument();
  });

  it('shows a failure under the page heading', async () => {
    stubReport(delftReport(), {
      '/api/coalitions/delft/report': apiError(500, 'internal_error', 'Er ging iets mis aan onze kant.'),
    });
    renderRoute('/c/delft/report');
    expect(await screen.findByText(/Er ging iets mis aan onze kant/, undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Kwartaalrapport' })).toBeInTheDocument();
    expect(document.querySelector('[data-report-error="true"]')).not.toBeNull();
  });
});
