import type { Locale } from '@tks/shared/locale';

/** Messages of the API's error responses, by stable code. */
export const ERROR_MESSAGES = {
  validation_failed: {
    nl: 'De invoer is niet geldig. Controleer de gemarkeerde velden.',
    en: 'The input is not valid. Check the marked fields.',
  },
  route_not_found: { nl: 'Deze API-route bestaat niet.', en: 'This API route does not exist.' },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  coalition_not_found: { nl: 'Deze coalitie bestaat niet.', en: 'This coalition does not exist.' },
  bad_request: { nl: 'Het verzoek is niet goed opgebouwd.', en: 'The request is malformed.' },
  payload_too_large: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  unsupported_media_type: {
    nl: 'Dit type inhoud wordt niet ondersteund.',
    en: 'This content type is not supported.',
  },
  too_many_requests: {
    nl: 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
    en: 'Too many requests. Wait a moment and try again.',
  },
  internal_error: {
    nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    en: 'Something went wrong on our side. Please try again later.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
