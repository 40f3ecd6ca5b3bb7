import type { AddressInfo } from 'node:net';
import { formatDate, formatQuarter } from '@tks/shared/format';
import { parseQuarterKey } from '@tks/shared/periods';
import { zTokenParams } from '@tks/shared/schemas/auth';
import { zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import { zReport, zReportQuery } from '@tks/shared/schemas/report';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../../http-error';
import { requestLocale } from '../../plugins/errors';
import { access, rateLimits } from '../auth/access';
import { requireCoalitionContext } from '../auth/context';
import { SESSION_COOKIE } from '../auth/sessions.service';
import { resolveShareLink } from '../share-links/share-links.service';
import { buildReportData, reportFileName } from './report.service';
import { toCsv } from './report-csv';
import {
  actionsTable,
  changesTable,
  componentsTable,
  measuresTable,
  type ReportData,
  scoresTable,
  trendsTable,
} from './report-tables';
import { toXlsx } from './report-xlsx';

const errors = { 400: zApiError, 401: zApiError, 403: zApiError, 404: zApiError };
const pdfErrors = { ...errors, 502: zApiError, 503: zApiError, 504: zApiError };

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

type Format = keyof typeof CONTENT_TYPES;

function sendFile(reply: FastifyReply, data: ReportData, format: Format, body: string | Buffer) {
  const name = reportFileName(data.report.coalition.slug, data.report.quarter, format);
  return (
    reply
      .type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${name}"`)
      // Coalition figures: never kept by a shared cache.
      .header('cache-control', 'private, no-store')
      .send(body)
  );
}

async function exportBody(data: ReportData, format: Exclude<Format, 'pdf'>) {
  if (format === 'csv') return toCsv(scoresTable(data));
  return toXlsx(data, [
    componentsTable(data),
    measuresTable(data),
    trendsTable(data),
    changesTable(data),
    actionsTable(data),
  ]);
}

/**
 * This server as Chromium reaches it: the address it listens on, on the loopback interface when it
 * listens on all of them. Not listening (tests through inject) means nothing to print from.
 */
function ownOrigin(app: FastifyInstance): string {
  const address = app.server.address() as AddressInfo | string | null;
  if (!address || typeof address === 'string') throw new HttpError(503, 'pdf_unavailable');
  const host =
    address.family === 'IPv6'
      ? `[${address.address === '::' ? '::1' : address.address}]`
      : address.address === '0.0.0.0'
        ? '127.0.0.1'
        : address.address;
  return `http://${host}:${address.port}`;
}

async function renderPdf(
  app: FastifyInstance,
  request: FastifyRequest,
  data: ReportData,
  page: { path: string; withSession: boolean },
) {
  if (!app.pdfRenderer.available) throw new HttpError(503, 'pdf_unavailable');
  const { report } = data;
  // Chromium opens the page as the caller, so it shows exactly what the caller may see.
  const session = page.withSession ? request.cookies[SESSION_COOKIE] : undefined;
  const locale = requestLocale(request);
  const quarter = formatQuarter(parseQuarterKey(report.quarter), locale);
  return app.pdfRenderer.render({
    url: `${ownOrigin(app)}${page.path}`,
    cookies: session ? [{ name: SESSION_COOKIE, value: session }] : [],
    locale,
    footer: {
      left: `${report.coalition.name} · ${locale === 'nl' ? 'Kwartaalrapportage' : 'Quarterly report'} ${quarter}`,
      // The date only: the page made its own report a moment later, and its time is on the page.
      right: `${locale === 'nl' ? 'gegenereerd' : 'generated'} ${formatDate(report.generatedAt, locale)}`,
    },
  });
}

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const dataFor = (request: FastifyRequest, quarter: string | undefined) =>
    buildReportData(app.db, requireCoalitionContext(request), quarter, {
      pdfAvailable: app.pdfRenderer.available,
    });

  app.get(
    '/coalitions/:slug/report',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags: ['report'],
        summary: 'The quarterly report: thermometer, trends, main changes and improvement actions',
        params: zCoalitionParams,
        querystring: zReportQuery,
        response: { 200: zReport, ...errors },
      },
    },
    async (request) => dataFor(request, request.query.quarter).report,
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/coalitions/:slug/report.${format}`,
      {
        config: { access: access.coalitionMembers },
        schema: {
          tags: ['report'],
          summary:
            format === 'csv'
              ? 'The report as CSV for Dutch Excel: scores of the thermometer, components and measures'
              : 'The report as an Excel workbook: components, measures, trends, changes and actions',
          params: zCoalitionParams,
          querystring: zReportQuery,
          response: errors,
        },
      },
      async (request, reply) => {
        const data = dataFor(request, request.query.quarter);
        return sendFile(reply, data, format, await exportBody(data, format));
      },
    );
  }

  app.get(
    '/coalitions/:slug/report.pdf',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags: ['report'],
        summary: 'The report page printed to PDF by Chromium on the server (503 where Chromium is not installed)',
        params: zCoalitionParams,
        querystring: zReportQuery,
        response: pdfErrors,
      },
    },
    async (request, reply) => {
      const data = dataFor(request, request.query.quarter);
      const { slug } = data.report.coalition;
      const path = `/c/${encodeURIComponent(slug)}/report?${new URLSearchParams({ quarter: data.report.quarter })}`;
      return sendFile(reply, data, 'pdf', await renderPdf(app, request, data, { path, withSession: true }));
    },
  );

  // The same files through a share link: for the link's quarter only, refused once it expired or was revoked.
  for (const format of ['pdf', 'csv', 'xlsx'] as const) {
    app.get(
      `/share/:token/report.${format}`,
      {
        config: { access: access.public, rateLimit: rateLimits.personalLink },
        schema: {
          tags: ['report'],
          summary: `The quarterly report of a share link as ${format.toUpperCase()}`,
          params: zTokenParams,
          response: format === 'pdf' ? pdfErrors : errors,
        },
      },
      async (request, reply) => {
        const link = resolveShareLink(app.db, request.params.token);
        const data = buildReportData(app.db, link.coalition, link.quarter, {
          pdfAvailable: app.pdfRenderer.available,
        });
        if (format !== 'pdf') return sendFile(reply, data, format, await exportBody(data, format));
        const path = `/shared/${encodeURIComponent(request.params.token)}`;
        return sendFile(reply, data, 'pdf', await renderPdf(app, request, data, { path, withSession: false }));
      },
    );
  }
};
