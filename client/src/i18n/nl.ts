/**
 * Dutch is the source of truth: every key starts here and `en.ts` must provide the same set.
 * Placeholders are written as {name}.
 */
export const nl = {
  'app.name': 'Thermometer Kansrijke Start',
  'app.skipLink': 'Naar de inhoud',
  'app.coalitionLoading': 'Coalitie laden…',

  'language.label': 'Taal',

  'nav.label': 'Hoofdmenu',
  'nav.menu': 'Menu',
  'nav.group.overview': 'Overzicht',
  'nav.group.registers': 'Registers',
  'nav.group.improve': 'Verbeteren',
  'nav.thermometer': 'Thermometer',
  'nav.trends': 'Trends',
  'nav.report': 'Kwartaalrapport',
  'nav.questionnaires': 'Vragenlijsten',
  'nav.indicators': 'Indicatoren',
  'nav.actions': 'Acties',
  'nav.admin': 'Beheer',

  'switcher.label': 'Coalitie',
  'switcher.submit': 'Openen',

  'footer.about':
    'Een hulpmiddel voor lokale coalities Kansrijke Start: samen zien hoe de samenwerking rond de eerste 1000 dagen gaat en wat die oplevert.',
  'footer.privacy': 'Alleen geaggregeerde cijfers, nooit gegevens van individuele gezinnen.',

  'state.loading': 'Gegevens laden…',
  'state.comingSoon.title': 'Nog niet beschikbaar — komt in een volgende versie',
  'state.comingSoon.body':
    'Deze pagina wordt nog gebouwd. Zodra ze klaar is, vindt u hier de gegevens van uw coalitie.',
  'state.noData': 'nog geen gegevens',

  'error.title': 'De gegevens konden niet worden geladen',
  'error.retry': 'Opnieuw proberen',
  'error.network': 'Er is geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.',
  'error.invalidResponse':
    'De server gaf een onverwacht antwoord. Probeer het later opnieuw; blijft het misgaan, meld het dan bij de coördinator.',
  'error.unknown': 'Er ging iets onverwachts mis.',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.body': 'Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar het overzicht.',
  'notFound.home': 'Naar het overzicht',

  'routeError.title': 'Er ging iets mis',
  'routeError.body':
    'Deze pagina kon niet worden getoond. Laad de pagina opnieuw; blijft het misgaan, meld het dan bij de coördinator.',
  'routeError.reload': 'Pagina opnieuw laden',

  'root.title': 'Coalitie kiezen',
  'root.empty.title': 'Er is nog geen coalitie ingericht',
  'root.empty.body': 'Zodra de beheerder een coalitie heeft aangemaakt, verschijnt hier de thermometer.',
  'root.coalitionError': 'Deze coalitie kon niet worden geopend.',

  'overview.title': 'Thermometer',
  'overview.description':
    'In één oogopslag wat de partners samen doen en hoe integraal zij werken, langs de vijf onderdelen van de instrumentenkoffer.',
  'overview.note.title': 'De thermometer zelf komt in een volgende versie',
  'overview.note.body':
    'Straks ziet u hier per onderdeel hoe ver de coalitie is, op basis van de partnervragenlijst, de indicatoren en de registers. Tot die tijd staat hieronder wat er al is vastgelegd.',
  'overview.stats.heading': 'Wat er is vastgelegd',
  'overview.stats.organisations': 'Partnerorganisaties',
  'overview.stats.indicators': 'Indicatoren',
  'overview.stats.rounds': 'Vragenlijstrondes',
  'overview.stats.responses': 'Ingevulde vragenlijsten',
  'overview.stats.openActions': 'Open verbeteracties',
  'overview.stats.latestQuarter': 'Meest recente kwartaal met gegevens',
  'overview.municipality': 'Gemeente {municipality}',
  'overview.minGroupSize':
    'Uitkomsten van de vragenlijst worden pas getoond vanaf {n} respondenten, zodat niemand herleidbaar is.',
  'overview.components.heading': 'De vijf onderdelen',
  'overview.components.open': 'Bekijk {name}',

  'trends.title': 'Trends',
  'trends.description':
    'Hoe de samenwerkingsscores en de indicatoren zich per kwartaal ontwikkelen, steeds vergeleken met het vorige kwartaal, hetzelfde kwartaal vorig jaar, de streefwaarde en het landelijke cijfer.',

  'report.title': 'Kwartaalrapport',
  'report.description':
    'Een afdrukbaar rapport per kwartaal voor bestuurders, de gemeente en de zorgverzekeraar: de thermometer, de trends, de definitie van elke indicator en de afgesproken acties.',

  'questionnaires.title': 'Vragenlijsten',
  'questionnaires.description':
    'De periodieke partnervragenlijst over de samenwerking: rondes openen en sluiten, de respons volgen en de uitkomsten per thema samen bespreken. Uitkomsten verschijnen pas vanaf het minimum aantal respondenten.',

  'indicators.title': 'Indicatoren',
  'indicators.description':
    'De indicatoren die de coalitie volgt, uit gegevens die partners al hebben: JGZ, de indicatorenset integrale geboortezorg (Perined), cliëntervaringen (PREM) en eigen registraties. Ontbrekende gegevens tellen niet als nul.',
  'indicators.caption': 'Indicatoren met hun meest recente waarde',
  'indicators.column.code': 'Code',
  'indicators.column.name': 'Indicator',
  'indicators.column.source': 'Bron',
  'indicators.column.component': 'Onderdeel',
  'indicators.column.direction': 'Beter is',
  'indicators.column.latest': 'Meest recente waarde',
  'indicators.column.period': 'Periode',
  'indicators.archived': 'gearchiveerd',
  'indicators.empty.title': 'Nog geen indicatoren',
  'indicators.empty.body': 'Voor deze coalitie zijn nog geen indicatoren vastgelegd.',

  'direction.higher_better': 'hoger',
  'direction.lower_better': 'lager',
  'direction.context': 'n.v.t. (context)',

  'source.jgz': 'JGZ',
  'source.zin': 'Zorginstituut (Perined)',
  'source.prem': 'PREM (cliëntervaring)',
  'source.rivm': 'RIVM',
  'source.municipality': 'Gemeente',
  'source.coalition': 'Coalitie',
  'source.questionnaire': 'Partnervragenlijst',
  'source.other': 'Overig',

  'unit.per_100': '{value} per 100',
  'unit.per_1000': '{value}‰',
  'unit.score_1_10': '{value} van 10',
  'unit.score_0_100': '{value} van 100',
  'unit.yes': 'ja',
  'unit.no': 'nee',

  'agreements.eyebrow': 'Register werkafspraken · onderdeel 2',
  'agreements.description':
    'Werkafspraken over welke gegevens partners met wie mogen delen, met welk doel en op welke grondslag (AVG), met hun status en de datum waarop ze opnieuw worden bekeken.',

  'mirror.eyebrow': 'Register spiegelgesprekken · onderdeel 3',
  'mirror.description':
    'Spiegelgesprekken met zwangeren en ouders: datum, thema, aantal ouders en professionals, wat goed gaat, wat beter kan en welke acties eruit volgen.',

  'learning.eyebrow': 'Register activiteiten · onderdeel 4',
  'learning.description':
    'Overleggen, gezamenlijke casusbesprekingen, trainingen en bezoeken aan andere coalities, met de organisaties die meededen.',

  'carePlans.eyebrow': 'Register gezamenlijke plannen · onderdeel 5',
  'carePlans.description':
    'Per periode hoeveel kwetsbare gezinnen zijn besproken en hoeveel daarvan een gezamenlijk plan kregen. Alleen aantallen, nooit gegevens van gezinnen.',

  'actions.title': 'Verbeteracties',
  'actions.description':
    'Verbeteracties uit de vragenlijst, spiegelgesprekken en overleggen, elk met een eigenaar, een datum en een status, zodat de coalitie kan volgen wat er met de uitkomsten gebeurt.',

  'admin.title': 'Beheer',
  'admin.description':
    'Hier richt de coördinator de coalitie in: de partnerorganisaties, gebruikers en hun rollen, de vragenlijst en de indicatoren.',
  'admin.organisations.heading': 'Partnerorganisaties',
  'admin.organisations.caption': 'Partnerorganisaties van de coalitie',
  'admin.organisations.column.name': 'Naam',
  'admin.organisations.column.shortName': 'Afkorting',
  'admin.organisations.column.domain': 'Domein',
  'admin.organisations.column.kind': 'Soort organisatie',
  'admin.organisations.empty.title': 'Nog geen partnerorganisaties',
  'admin.organisations.empty.body': 'Voor deze coalitie zijn nog geen partnerorganisaties vastgelegd.',
  'admin.more.heading': 'Gebruikers, vragenlijst en imports',

  'domain.medical': 'Medisch domein',
  'domain.social': 'Sociaal domein',
  'domain.municipal': 'Gemeente',
  'domain.other': 'Overig',
};

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;
