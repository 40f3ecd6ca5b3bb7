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
  instrument_version_not_found: {
    nl: 'Deze versie van de vragenlijst bestaat niet.',
    en: 'This version of the questionnaire does not exist.',
  },
  instrument_version_locked: {
    nl: 'Deze versie is al gebruikt in een ronde en kan niet meer worden gewijzigd. Maak een kopie om een nieuwe versie te maken.',
    en: 'This version has already been used in a round and can no longer be changed. Make a copy to create a new version.',
  },
  item_unknown: {
    nl: 'Deze stelling hoort niet bij de vragenlijst.',
    en: 'This statement does not belong to the questionnaire.',
  },
  item_twice: {
    nl: 'Een stelling mag maar één keer in een versie staan.',
    en: 'A statement may appear only once in a version.',
  },
  round_not_found: { nl: 'Deze ronde bestaat niet.', en: 'This round does not exist.' },
  round_closed: { nl: 'Deze ronde is gesloten.', en: 'This round is closed.' },
  round_not_draft: { nl: 'Deze ronde is al geopend.', en: 'This round has already been opened.' },
  round_not_open: { nl: 'Deze ronde is niet open.', en: 'This round is not open.' },
  round_without_invitees: {
    nl: 'Voeg eerst genodigden toe voordat je de ronde opent.',
    en: 'Add invitees before opening the round.',
  },
  invitee_already_sent: {
    nl: 'Deze persoon heeft de uitnodiging al ontvangen en kan niet meer worden verwijderd.',
    en: 'This person has already received the invitation and can no longer be removed.',
  },
  results_not_available: {
    nl: 'De uitkomsten zijn beschikbaar zodra de ronde is gesloten.',
    en: 'The results are available once the round is closed.',
  },
  import_mapping_invalid: {
    nl: 'De koppeling van kolommen klopt niet: koppel de organisatie en minstens één stelling aan een bestaande kolom.',
    en: 'The column mapping is not valid: map the organisation and at least one statement to an existing column.',
  },
  import_has_problems: {
    nl: 'Het bestand bevat fouten. Bekijk het voorbeeld, los de fouten op en probeer het opnieuw.',
    en: 'The file contains errors. Check the preview, fix the errors and try again.',
  },
  too_many_requests: {
    nl: 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
    en: 'Too many requests. Wait a moment and try again.',
  },
  import_too_large: {
    nl: 'Het bestand is te groot om in te lezen (de grens is 20 MB). Splits het bestand of lees alleen de nieuwe perioden in.',
    en: 'The file is too large to import (the limit is 20 MB). Split the file or import only the new periods.',
  },
  import_too_many_rows: {
    nl: 'Het bestand heeft te veel regels om in te lezen (de grens is 200.000). Splits het bestand.',
    en: 'The file has too many lines to import (the limit is 200,000). Split the file.',
  },
  import_no_file: {
    nl: 'Er is geen bestand meegestuurd.',
    en: 'No file was sent.',
  },
  import_already_undone: {
    nl: 'Deze import is al ongedaan gemaakt.',
    en: 'This import has already been undone.',
  },
  import_undo_blocked: {
    nl: 'Een latere import heeft waarden uit deze import gecorrigeerd. Maak eerst die latere import ongedaan.',
    en: 'A later import corrected values of this import. Undo that later import first.',
  },
  api_key_invalid: {
    nl: 'Deze API-sleutel is onbekend of ingetrokken.',
    en: 'This API key is unknown or revoked.',
  },
  pdf_unavailable: {
    nl: 'Deze server kan geen PDF maken: Chromium is er niet geïnstalleerd. Gebruik ‘Afdrukken’ en kies ‘Opslaan als PDF’.',
    en: 'This server cannot make a PDF: Chromium is not installed on it. Use ‘Print’ and choose ‘Save as PDF’.',
  },
  pdf_busy: {
    nl: 'Er worden nu te veel PDF’s tegelijk gemaakt. Probeer het over een minuut opnieuw.',
    en: 'Too many PDFs are being made at once. Please try again in a minute.',
  },
  pdf_failed: {
    nl: 'De PDF kon niet worden gemaakt. Probeer het opnieuw, of gebruik ‘Afdrukken’.',
    en: 'The PDF could not be made. Please try again, or use ‘Print’.',
  },
  internal_error: {
    nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    en: 'Something went wrong on our side. Please try again later.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
