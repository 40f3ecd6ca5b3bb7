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
  unauthenticated: { nl: 'Log in om verder te gaan.', en: 'Sign in to continue.' },
  forbidden: { nl: 'U hebt geen toegang tot deze gegevens.', en: 'You do not have access to this data.' },
  csrf_invalid: {
    nl: 'Uw sessie is verlopen of de pagina is verouderd. Probeer het opnieuw.',
    en: 'Your session expired or the page is out of date. Please try again.',
  },
  invalid_credentials: {
    nl: 'Het e-mailadres of het wachtwoord klopt niet.',
    en: 'The e-mail address or the password is not correct.',
  },
  token_invalid: {
    nl: 'Deze link is ongeldig, al gebruikt of verlopen.',
    en: 'This link is invalid, already used or expired.',
  },
  password_required: {
    nl: 'Kies een wachtwoord van minstens 12 tekens.',
    en: 'Choose a password of at least 12 characters.',
  },
  last_coordinator: {
    nl: 'Een coalitie houdt altijd minstens één coördinator.',
    en: 'A coalition always keeps at least one coordinator.',
  },
  already_member: {
    nl: 'Deze persoon is al lid van de coalitie.',
    en: 'This person is already a member of the coalition.',
  },
  slug_taken: { nl: 'Deze korte naam is al in gebruik.', en: 'This short name is already taken.' },
  organisation_unknown: {
    nl: 'Deze organisatie hoort niet bij de coalitie.',
    en: 'This organisation does not belong to the coalition.',
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
