import type { Readable } from 'node:stream';
import { zCoalitionItemParams, zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import { zImportBatchList, zImportJsonBody, zImportQuery, zImportResult } from '@tks/shared/schemas/imports';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError } from '../../http-error';
import { actorOf } from '../audit/audit';
import { access, rateLimits } from '../auth/access';
import { requireCoalitionContext } from '../auth/context';
import { type ImportInput, listBatches, runImport, undoBatch } from './imports.service';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './source';

const errors = { 400: zApiError, 401: zApiError, 403: zApiError, 404: zApiError, 413: zApiError, 429: zApiError };
const results = { 200: zImportResult, 201: zImportResult, 422: zImportResult, ...errors };

export interface ImportRoutesOptions {
  limits?: Partial<ImportLimits>;
}

function isStream(body: unknown): body is Readable {
  return typeof body === 'object' && body !== null && typeof (body as Readable).pipe === 'function';
}

/**
 * The body is the file itself (any content type but JSON, streamed as it arrives), or JSON
 * `{ rows: [...] }` from an automated feed.
 */
function inputOf(request: FastifyRequest, limits: ImportLimits): ImportInput {
  const body = request.body;
  if (isStream(body)) {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limits.maxBytes) throw new HttpError(413, 'import_too_large');
    return { kind: 'bytes', bytes: body };
  }
  if (body === undefined || body === null) throw new HttpError(400, 'import_no_file');
  const parsed = zImportJsonBody.safeParse(body);
  if (!parsed.success) throw new HttpError(400, 'validation_failed');
  return { kind: 'json', body: parsed.data };
}

export const importRoutes: FastifyPluginAsyncZod<ImportRoutesOptions> = async (app, options) => {
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };

  // Files stream through unparsed; the import reads them once and enforces its own size limit.
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

  const handle = (dryRunRoute: boolean) => async (request: FastifyRequest, reply: { code(n: number): unknown }) => {
    const coalition = requireCoalitionContext(request);
    const query = request.query as z.infer<typeof zImportQuery>;
    const input = inputOf(request, limits);
    const result = await runImport(
      app.db,
      {
        coalitionId: coalition.id,
        fileName: query.fileName ?? (input.kind === 'json' ? (input.body.fileName ?? 'api.json') : 'upload'),
        channel: request.apiKey ? 'api' : 'web',
        actor: actorOf(request),
        apiKeyId: request.apiKey?.id ?? null,
        dryRun: dryRunRoute || query.dryRun === 'true',
        sheet: query.sheet,
        limits,
      },
      input,
    );
    // The preview route reports: a file with errors is its answer, not a failed request. Storing refuses with 422.
    const refused = result.outcome === 'rejected' && !dryRunRoute;
    reply.code(refused ? 422 : result.outcome === 'committed' ? 201 : 200);
    return result;
  };

  const routeConfig = {
    access: access.coordinatorOrApiKey,
    rateLimit: rateLimits.upload,
  };

  app.post(
    '/coalitions/:slug/imports/preview',
    {
      config: routeConfig,
      bodyLimit: limits.maxBytes,
      schema: {
        tags: ['imports'],
        summary:
          'Dry run: what importing this file (CSV or .xlsx as the body, or JSON rows) would insert, update and leave unchanged; a file with errors is answered with 200 and outcome "rejected"',
        params: zCoalitionParams,
        querystring: zImportQuery,
        response: results,
      },
    },
    handle(true),
  );

  app.post(
    '/coalitions/:slug/imports',
    {
      config: routeConfig,
      bodyLimit: limits.maxBytes,
      schema: {
        tags: ['imports'],
        summary:
          'Import indicator values from a file (CSV or .xlsx as the body) or JSON rows; a file with any error stores nothing (422)',
        params: zCoalitionParams,
        querystring: zImportQuery,
        response: results,
      },
    },
    handle(false),
  );

  app.get(
    '/coalitions/:slug/imports',
    {
      config: { access: access.coordinatorOrApiKey },
      schema: {
        tags: ['imports'],
        summary: 'Import batches of indicator values, newest first',
        params: zCoalitionParams,
        response: { 200: zImportBatchList, ...errors },
      },
    },
    async (request) => ({ batches: listBatches(app.db, requireCoalitionContext(request).id) }),
  );

  app.post(
    '/coalitions/:slug/imports/:id/undo',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['imports'],
        summary: 'Undo a whole batch: its values are withdrawn and the values they replaced come back',
        params: zCoalitionItemParams,
        response: { 204: z.null(), 409: zApiError, ...errors },
      },
    },
    async (request, reply) => {
      undoBatch(app.db, requireCoalitionContext(request).id, request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
