import type { Locale } from '@tks/shared/locale';
import { localeFromAcceptLanguage } from '@tks/shared/locale';
import type { ApiError } from '@tks/shared/schemas/errors';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, type ZodFastifySchemaValidationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError } from '../http-error';
import { ERROR_MESSAGES, type ErrorCode } from '../i18n/messages';

const zodLocales = { nl: z.locales.nl(), en: z.locales.en() } satisfies Record<Locale, unknown>;

export function requestLocale(request: FastifyRequest): Locale {
  return localeFromAcceptLanguage(request.headers['accept-language']);
}

function errorCode(error: FastifyError, status: number): ErrorCode {
  if (error.code?.startsWith('FST_CSRF')) return 'csrf_invalid';
  switch (status) {
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'too_many_requests';
    default:
      return status >= 500 ? 'internal_error' : 'bad_request';
  }
}

/** Zod's own Dutch and English messages, so field errors speak the caller's language. */
function localizedIssue(error: ZodFastifySchemaValidationError, locale: Locale): string {
  const issue = { ...error.params, code: error.keyword, path: error.instancePath.split('/').filter(Boolean) };
  const localized = zodLocales[locale].localeError(issue as Parameters<(typeof zodLocales)['nl']['localeError']>[0]);
  if (typeof localized === 'string') return localized;
  return localized?.message ?? error.message ?? ERROR_MESSAGES.validation_failed[locale];
}

export function errorBody(
  code: ErrorCode,
  statusCode: number,
  locale: Locale,
  extra: Partial<ApiError> = {},
): ApiError {
  return { statusCode, code, message: ERROR_MESSAGES[code][locale], ...extra };
}

function sendError(reply: FastifyReply, body: ApiError) {
  return reply.code(body.statusCode).type('application/json; charset=utf-8').send(body);
}

/**
 * One error shape for every failure. Known errors keep their status; anything unexpected is
 * logged in full and answered with a generic 500, so no stack trace or SQL ever reaches a client.
 */
export const errorHandlerPlugin = fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const locale = requestLocale(request);

      if (hasZodFastifySchemaValidationErrors(error)) {
        const context = error.validationContext ?? 'body';
        const fieldErrors = error.validation.map((v) => ({
          path: [context, ...v.instancePath.split('/').filter(Boolean)].join('.'),
          message: localizedIssue(v, locale),
        }));
        return sendError(reply, errorBody('validation_failed', 400, locale, { fieldErrors }));
      }

      if (error instanceof HttpError) {
        const fieldErrors = error.fieldErrors?.map((f) => ({ path: f.path, message: f.message[locale] }));
        return sendError(reply, errorBody(error.code, error.statusCode, locale, fieldErrors ? { fieldErrors } : {}));
      }

      const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
      if (status >= 500) {
        request.log.error({ err: error }, 'unhandled error');
      } else {
        request.log.info({ err: { code: error.code, message: error.message } }, 'request rejected');
      }
      return sendError(reply, errorBody(errorCode(error, status), status, locale));
    });
  },
  { name: 'error-handler' },
);
