/**
 * The questionnaire page's own texts. It is a separate, small entry (see respond.html), so it
 * carries only these instead of the whole app's catalogue; Dutch is the source and English must
 * have every key (the type says so, and a test checks the placeholders).
 */
export const nl = {
  'app.name': 'Thermometer Kansrijke Start',
  'language.label': 'Taal',
  'language.other': 'English',
  loading: 'De vragenlijst wordt geladen…',

  'intro.lead': 'Hoe gaat de samenwerking in de coalitie? Uw antwoorden helpen de partners om dat samen te bespreken.',
  'intro.size':
    '{statements} stellingen in {dimensions} onderwerpen en {open} open vragen. Invullen duurt ongeveer 10 minuten.',
  'intro.anonymous.title': 'Anoniem',
  'intro.anonymous':
    'Uw antwoorden worden anoniem bewaard. Alleen uw organisatie ({organisation}) en uw rol gaan mee; niemand kan zien wat u hebt geantwoord.',
  'intro.anonymous.role':
    'Uw antwoorden worden anoniem bewaard. Alleen uw organisatie ({organisation}) en uw rol ({role}) gaan mee; niemand kan zien wat u hebt geantwoord.',
  'intro.draft': 'Uw antwoorden worden tussendoor bewaard. Met dezelfde link gaat u later verder waar u was.',
  'intro.closes': 'U kunt de vragenlijst invullen tot en met {date}.',
  'intro.start': 'Beginnen',
  'intro.resume': 'Verder waar u was',
  'intro.resumeNote': 'U hebt al {answered} van de {total} stellingen beantwoord.',

  'progress.step': 'Stap {step} van {steps}',
  'progress.answered': '{answered} van {total} stellingen beantwoord',
  'progress.label': 'Voortgang',

  'scale.1': 'Helemaal oneens',
  'scale.2': 'Oneens',
  'scale.3': 'Niet eens, niet oneens',
  'scale.4': 'Eens',
  'scale.5': 'Helemaal eens',
  'scale.dontKnow': 'Weet ik niet / n.v.t.',

  'open.title': 'Tot slot',
  'open.hint': 'Niet verplicht. Noem geen namen van cliënten of collega’s.',
  'open.count': '{count} van {max} tekens',

  'nav.previous': 'Vorige',
  'nav.next': 'Volgende',
  'nav.review': 'Naar het overzicht',

  'save.saving': 'Bezig met opslaan…',
  'save.saved': 'Opgeslagen',
  'save.failed': 'Nog niet opgeslagen. We proberen het zo opnieuw.',

  'review.title': 'Overzicht van uw antwoorden',
  'review.lead': 'Controleer uw antwoorden. Na versturen kunt u ze niet meer wijzigen.',
  'review.unanswered': '{count} stellingen hebt u niet beantwoord. U kunt ze alsnog invullen of toch versturen.',
  'review.allAnswered': 'U hebt alle stellingen beantwoord.',
  'review.notAnswered': 'Niet beantwoord',
  'review.change': 'Wijzig',
  'review.noOpen': 'Geen antwoord',
  'review.submit': 'Versturen',
  'review.submitting': 'Bezig met versturen…',
  'review.nothing': 'Beantwoord minstens één vraag voordat u verstuurt.',
  'review.failed': 'Versturen is niet gelukt. Controleer uw verbinding en probeer het opnieuw.',

  'thanks.title': 'Bedankt voor het invullen!',
  'thanks.body':
    'Uw antwoorden zijn anoniem opgeslagen. De coalitie bespreekt de uitkomsten samen zodra de ronde is gesloten.',
  'thanks.close': 'U kunt deze pagina nu sluiten.',

  'used.title': 'Deze vragenlijst is al ingevuld',
  'used.body':
    'Met deze persoonlijke link zijn de antwoorden al verstuurd. Elke link werkt één keer, zodat ieder antwoord maar één keer meetelt.',
  'closed.title': 'Deze vragenronde is gesloten',
  'closed.body': 'Er kunnen geen antwoorden meer bij. Bij de volgende ronde krijgt u een nieuwe link.',
  'notOpen.title': 'Deze vragenronde is nog niet geopend',
  'notOpen.body': 'Probeer het later opnieuw met dezelfde link.',
  'unknown.title': 'Deze link kennen we niet',
  'unknown.body':
    'Controleer of u de hele link uit de e-mail hebt gebruikt. Werkt het dan nog niet, vraag de coördinator van uw coalitie om een nieuwe link.',
  'busy.title': 'Even geduld',
  'busy.body': 'Er komen nu veel verzoeken binnen. Wacht een minuut en probeer het opnieuw.',
  'error.title': 'De vragenlijst kon niet worden geladen',
  'error.body': 'Controleer uw internetverbinding en probeer het opnieuw.',
  'error.retry': 'Opnieuw proberen',
} as const;

export type MessageKey = keyof typeof nl;

export const en: Record<MessageKey, string> = {
  'app.name': 'Thermometer Kansrijke Start',
  'language.label': 'Language',
  'language.other': 'Nederlands',
  loading: 'Loading the questionnaire…',

  'intro.lead': 'How is the collaboration in the coalition going? Your answers help the partners discuss it together.',
  'intro.size': '{statements} statements on {dimensions} topics and {open} open questions. It takes about 10 minutes.',
  'intro.anonymous.title': 'Anonymous',
  'intro.anonymous':
    'Your answers are stored anonymously. Only your organisation ({organisation}) and your role are kept with them; nobody can see what you answered.',
  'intro.anonymous.role':
    'Your answers are stored anonymously. Only your organisation ({organisation}) and your role ({role}) are kept with them; nobody can see what you answered.',
  'intro.draft': 'Your answers are saved as you go. The same link lets you continue later where you left off.',
  'intro.closes': 'You can fill in the questionnaire until {date} inclusive.',
  'intro.start': 'Start',
  'intro.resume': 'Continue where you left off',
  'intro.resumeNote': 'You have already answered {answered} of the {total} statements.',

  'progress.step': 'Step {step} of {steps}',
  'progress.answered': '{answered} of {total} statements answered',
  'progress.label': 'Progress',

  'scale.1': 'Strongly disagree',
  'scale.2': 'Disagree',
  'scale.3': 'Neither agree nor disagree',
  'scale.4': 'Agree',
  'scale.5': 'Strongly agree',
  'scale.dontKnow': 'Don’t know / not applicable',

  'open.title': 'Finally',
  'open.hint': 'Optional. Do not name clients or colleagues.',
  'open.count': '{count} of {max} characters',

  'nav.previous': 'Previous',
  'nav.next': 'Next',
  'nav.review': 'To the overview',

  'save.saving': 'Saving…',
  'save.saved': 'Saved',
  'save.failed': 'Not saved yet. We will try again shortly.',

  'review.title': 'Overview of your answers',
  'review.lead': 'Check your answers. Once sent, they can no longer be changed.',
  'review.unanswered': 'You have not answered {count} statements. You can still answer them or send anyway.',
  'review.allAnswered': 'You have answered every statement.',
  'review.notAnswered': 'Not answered',
  'review.change': 'Change',
  'review.noOpen': 'No answer',
  'review.submit': 'Send',
  'review.submitting': 'Sending…',
  'review.nothing': 'Answer at least one question before sending.',
  'review.failed': 'Sending failed. Check your connection and try again.',

  'thanks.title': 'Thank you for filling in the questionnaire!',
  'thanks.body':
    'Your answers have been stored anonymously. The coalition discusses the results together once the round has closed.',
  'thanks.close': 'You can close this page now.',

  'used.title': 'This questionnaire has already been filled in',
  'used.body':
    'The answers have already been sent with this personal link. Each link works once, so that every answer counts only once.',
  'closed.title': 'This questionnaire round is closed',
  'closed.body': 'No more answers can be added. You will get a new link for the next round.',
  'notOpen.title': 'This questionnaire round has not opened yet',
  'notOpen.body': 'Please try again later with the same link.',
  'unknown.title': 'We do not know this link',
  'unknown.body':
    'Check that you used the whole link from the e-mail. If it still does not work, ask your coalition’s coordinator for a new link.',
  'busy.title': 'Please wait a moment',
  'busy.body': 'Many requests are coming in right now. Wait a minute and try again.',
  'error.title': 'The questionnaire could not be loaded',
  'error.body': 'Check your internet connection and try again.',
  'error.retry': 'Try again',
};

export type Locale = 'nl' | 'en';
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const messages: Record<MessageKey, string> = locale === 'en' ? en : nl;
  return (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      values?.[name] === undefined ? whole : String(values[name]),
    );
}
