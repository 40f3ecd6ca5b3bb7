import { screen, waitFor, within } from '@testing-library/react';
import { type ImportResult, zImportResult } from '@tks/shared/schemas/imports';
import { describe, expect, it } from 'vitest';
import { delftApi, sentRequests, sessionAs, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

const base = {
  fileName: 'extract.csv',
  fileHash: 'a'.repeat(64),
  format: 'csv',
  encoding: 'windows-1252',
  delimiter: ';',
  layout: 'long',
  sheet: null,
  sheets: [],
  rowsTruncated: false,
  batchId: null,
  sameFileBatchId: null,
} as const;

const rejected: ImportResult = zImportResult.parse({
  ...base,
  outcome: 'rejected',
  counts: { values: 1, insert: 1, update: 0, unchanged: 0 },
  rows: [
    {
      line: 2,
      column: null,
      indicatorCode: 'JGZ-04',
      period: '2025-Q1',
      value: 31.5,
      numerator: null,
      denominator: null,
      action: 'insert',
      previous: null,
    },
  ],
  errors: [
    {
      code: 'unknown_indicator',
      line: 3,
      column: '1',
      field: 'indicator',
      message: "De indicatorcode 'JGZ-99' bestaat niet in deze coalitie.",
      text: "Regel 3, kolom 1 (indicator): De indicatorcode 'JGZ-99' bestaat niet in deze coalitie.",
    },
  ],
  errorCount: 1,
  warnings: [],
  warningCount: 0,
});

const preview: ImportResult = zImportResult.parse({
  ...base,
  outcome: 'preview',
  counts: { values: 2, insert: 1, update: 1, unchanged: 0 },
  rows: [
    { ...rejected.rows[0], action: 'insert' },
    {
      line: 3,
      column: null,
      indicatorCode: 'JGZ-05',
      period: '2025-Q1',
      value: 19.2,
      numerator: null,
      denominator: null,
      action: 'update',
      previous: { value: 18, numerator: null, denominator: null },
    },
  ],
  errors: [],
  errorCount: 0,
  warnings: [],
  warningCount: 0,
});

function csvFile() {
  return new File(['indicator;periode;waarde\nJGZ-04;K1 2025;31,5\n'], 'extract.csv', { type: 'text/csv' });
}

describe('import page', () => {
  it('checks the chosen file at once and shows errors by line and column, with nothing to store', async () => {
    const fetchSpy = stubApi({
      ...delftApi(),
      'POST /api/coalitions/delft/imports/preview': { status: 200, body: rejected },
    });
    const { user } = renderRoute('/c/delft/imports');
    await user.upload(await screen.findByLabelText('Bestand'), csvFile());

    const errors = await screen.findByRole('table', { name: 'Fouten, per regel en kolom' });
    const cells = within(within(errors).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      '3',
      '1 (indicator)',
      "De indicatorcode 'JGZ-99' bestaat niet in deze coalitie.",
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('Dit bestand heeft 1 fout(en). Er wordt niets opgeslagen.');
    expect(screen.queryByRole('button', { name: /waarden opslaan/ })).not.toBeInTheDocument();

    const upload = sentRequests(fetchSpy).find((request) => request.url.pathname.endsWith('/imports/preview'));
    expect(upload?.url.searchParams.get('fileName')).toBe('extract.csv');
    expect(upload?.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(upload?.headers.get('X-CSRF-Token')).toBeTruthy();
  });

  it('previews what would change, then stores it and says so', async () => {
    const fetchSpy = stubApi({
      ...delftApi(),
      'POST /api/coalitions/delft/imports/preview': { status: 200, body: preview },
      'POST /api/coalitions/delft/imports': { status: 201, body: { ...preview, outcome: 'committed', batchId: 7 } },
    });
    const { user } = renderRoute('/c/delft/imports');
    await user.upload(await screen.findByLabelText('Bestand'), csvFile());

    const rows = await screen.findByRole('table', { name: 'Waarden in het bestand' });
    const second = within(within(rows).getAllByRole('row')[2] as HTMLElement);
    expect(second.getByRole('rowheader')).toHaveTextContent('JGZ-05');
    expect(second.getByText('K1 2025')).toBeInTheDocument();
    expect(second.getByText('19,2')).toBeInTheDocument();
    expect(second.getByText('Gewijzigd')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '2 waarden opslaan' }));
    expect(await screen.findByText('Ingelezen als import 7')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        sentRequests(fetchSpy).some((r) => r.method === 'POST' && r.url.pathname === '/api/coalitions/delft/imports'),
      ).toBe(true),
    );
  });

  it('is for coordinators only: a partner who follows a link is told so, and sees no link in the menu', async () => {
    stubApi({ ...delftApi(), '/api/auth/session': { status: 200, body: sessionAs('partner') } });
    renderRoute('/c/delft/imports');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Indicatoren inlezen' })).not.toBeInTheDocument();
  });
});
