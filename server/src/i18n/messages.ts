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
  indicator_not_found: { nl: 'Deze indicator bestaat niet.', en: 'This indicator does not exist.' },
  indicator_code_taken: {
    nl: 'Deze code is al in gebruik voor een andere indicator van de coalitie.',
    en: 'This code is already used for another indicator of the coalition.',
  },
  organisation_unknown: {
    nl: 'Deze organisatie hoort niet bij de coalitie.',
    en: 'This organisation does not belong to the coalition.',
  },
  own_organisation_only: {
    nl: 'U kunt alleen gegevens van uw eigen organisatie vastleggen en wijzigen.',
    en: 'You can only record and change entries of your own organisation.',
  },
  entry_archived: {
    nl: 'Dit gegeven is gearchiveerd en kan niet meer worden gewijzigd.',
    en: 'This entry is archived and can no longer be changed.',
  },
  care_plan_quarter_taken: {
    nl: 'Voor dit kwartaal zijn al aantallen vastgelegd. Pas die aan in plaats van nieuwe toe te voegen.',
    en: 'Counts for this quarter already exist. Change those instead of adding new ones.',
  },
  action_source_unknown: {
    nl: 'De bron van deze actie hoort niet bij de coalitie.',
    en: 'The source of this action does not belong to the coalition.',
  },
  indicator_unknown: {
    nl: 'Deze indicator hoort niet bij de coalitie.',
    en: 'This indicator does not belong to the coalition.',
  },
  questionnaire_link_unknown: {
    nl: 'Deze link naar de vragenlijst kennen we niet. Controleer of u de hele link uit de e-mail hebt gebruikt.',
    en: 'We do not know this questionnaire link. Check that you used the whole link from the e-mail.',
  },
  questionnaire_link_used: {
    nl: 'Met deze link is de vragenlijst al ingevuld en verstuurd.',
    en: 'The questionnaire has already been filled in and sent with this link.',
  },
  questionnaire_closed: {
    nl: 'Deze vragenronde is gesloten; er kunnen geen antwoorden meer bij.',
    en: 'This questionnaire round is closed; no more answers can be added.',
  },
  questionnaire_not_open: {
    nl: 'Deze vragenronde is nog niet geopend.',
    en: 'This questionnaire round has not opened yet.',
  },
  answers_invalid: {
    nl: 'Een of meer antwoorden horen niet bij deze vragenlijst.',
    en: 'One or more answers do not belong to this questionnaire.',
  },
  answers_empty: {
    nl: 'Beantwoord minstens één vraag voordat u verstuurt.',
    en: 'Answer at least one question before sending.',
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
