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
  'root.coalitionError': 'Deze coalitie kon niet worden geopend.',

  'root.noMembership.title': 'U hoort nog bij geen enkele coalitie',
  'root.noMembership.body':
    'Uw account bestaat, maar u bent nog niet aan een coalitie toegevoegd. Vraag de coördinator van uw coalitie om u uit te nodigen.',

  'role.coordinator': 'coördinator',
  'role.partner': 'partner',
  'role.director': 'bestuurder',

  'account.signedInAs': 'Ingelogd als',
  'account.platform': 'Platformbeheer',
  'account.signOut': 'Uitloggen',
  'account.signOutFailed': 'Uitloggen lukte niet. Probeer het opnieuw.',

  'noAccess.title': 'Geen toegang',
  'noAccess.coalition': 'U bent geen lid van deze coalitie, dus u kunt haar gegevens niet bekijken.',
  'noAccess.page': 'Deze pagina is alleen voor de coördinator van de coalitie.',
  'noAccess.platform': 'Deze pagina is alleen voor platformbeheerders.',
  'noAccess.help':
    'Denkt u dat dit niet klopt? Vraag de coördinator van de coalitie om u uit te nodigen of uw rol aan te passen.',
  'noAccess.home': 'Naar mijn coalities',

  'confirm.cancel': 'Annuleren',

  'form.optional': 'optioneel',
  'form.errorPrefix': 'Fout:',
  'form.errorSummary.title': 'Er is een probleem',
  'form.error.required': 'Vul dit veld in.',
  'form.error.email': 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  'form.error.tooShort': 'Gebruik minimaal {n} tekens.',
  'form.error.tooLong': 'Gebruik hoogstens {n} tekens.',
  'form.error.tooLow': 'Vul een getal in van minimaal {n}.',
  'form.error.tooHigh': 'Vul een getal in van hoogstens {n}.',
  'form.error.invalid': 'Deze waarde klopt niet. Controleer wat u heeft ingevuld.',

  'auth.field.email': 'E-mailadres',
  'auth.field.password': 'Wachtwoord',
  'auth.field.newPassword': 'Nieuw wachtwoord',
  'auth.field.newPassword.hint': 'Minimaal 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.',
  'auth.field.showPassword': 'Wachtwoord tonen',
  'auth.field.name': 'Uw naam',
  'auth.backToSignIn': 'Terug naar inloggen',
  'auth.signIn.title': 'Inloggen',
  'auth.signIn.description': 'Log in met het e-mailadres waarop u de uitnodiging voor uw coalitie ontving.',
  'auth.signIn.submit': 'Inloggen',
  'auth.signIn.pending': 'Bezig met inloggen…',
  'auth.signIn.forgot': 'Wachtwoord vergeten?',
  'auth.forgot.title': 'Wachtwoord vergeten',
  'auth.forgot.description':
    'Vul uw e-mailadres in. U krijgt dan een e-mail met een link om een nieuw wachtwoord in te stellen.',
  'auth.forgot.submit': 'Link versturen',
  'auth.forgot.sent.title': 'Kijk in uw mailbox',
  'auth.forgot.sent.body':
    'Als er een account bestaat voor {email}, ontvangt u binnen enkele minuten een e-mail met een link. Ziet u niets? Kijk dan ook bij de ongewenste e-mail.',
  'auth.reset.title': 'Nieuw wachtwoord instellen',
  'auth.reset.description': 'Kies een nieuw wachtwoord voor uw account.',
  'auth.reset.submit': 'Wachtwoord opslaan',
  'auth.reset.done.title': 'Uw wachtwoord is gewijzigd',
  'auth.reset.done.body': 'U kunt nu inloggen met uw nieuwe wachtwoord.',
  'auth.reset.invalid.title': 'Deze link werkt niet (meer)',
  'auth.reset.invalid.body':
    'De link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe link aan; die is weer een tijd geldig.',
  'auth.reset.invalid.again': 'Nieuwe link aanvragen',
  'auth.invitation.title': 'Uitnodiging accepteren',
  'auth.invitation.description': 'U bent uitgenodigd voor {coalition} als {role}.',
  'auth.invitation.expires': 'Geldig tot',
  'auth.invitation.accountExists':
    'U heeft al een account met dit e-mailadres. Na het accepteren hoort deze coalitie bij uw account.',
  'auth.invitation.submit': 'Uitnodiging accepteren',
  'auth.invitation.invalid.title': 'Deze uitnodiging werkt niet (meer)',
  'auth.invitation.invalid.body':
    'De uitnodiging is ongeldig, al gebruikt of verlopen. Vraag de coördinator van de coalitie om een nieuwe uitnodiging.',

  'overview.title': 'Thermometer',
  'overview.description':
    'In één oogopslag wat de partners samen doen en hoe integraal zij werken, langs de vijf onderdelen van de instrumentenkoffer.',

  'band.attention': 'Aandacht nodig',
  'band.developing': 'In ontwikkeling',
  'band.strong': 'Sterk',
  'band.none': 'Nog geen score',
  'band.range': '{from}–{to}',
  'band.range.long': '{from} tot {to}',
  'band.range.longTop': '{from} tot en met {to}',

  'score.outOf': 'van 100',
  'score.missing': 'Nog geen score',

  'comparison.change': '{change} t.o.v. {quarter}',
  'comparison.same': 'gelijk gebleven t.o.v. {quarter}',
  'comparison.none': 'geen vergelijking met {quarter}',
  'comparison.previousQuarter': 'Vorig kwartaal',
  'comparison.lastYear': 'Een jaar eerder',

  'thermometer.quarter.label': 'Kwartaal',
  'thermometer.quarter.loading': 'Gegevens voor {quarter} laden…',
  'thermometer.dataUpTo': 'Gegevens tot en met {quarter}',
  'thermometer.generatedAt': 'berekend op {dateTime}',
  'thermometer.summary.heading': 'Totaalscore {quarter}',
  'thermometer.summary.componentsWithData': '{withData} van {total} onderdelen hebben gegevens',
  'thermometer.summary.partial':
    'De totaalscore rust alleen op de onderdelen met gegevens; een onderdeel zonder gegevens telt niet als nul.',
  'thermometer.graphic.score': 'Thermometer: {score} van 100',
  'thermometer.graphic.missing': 'Thermometer: nog geen score',
  'thermometer.graphic.desc': 'Zones op de schaal van 0 tot 100: {zones}.',
  'thermometer.components.heading': 'De vijf onderdelen',
  'thermometer.tile.coverage': 'rust op {scored} van {total} metingen',
  'thermometer.tile.noMeasures': 'nog geen metingen ingericht',
  'thermometer.sparkline.label': 'Verloop per kwartaal: {points}',
  'thermometer.sparkline.point': '{quarter} {score}',
  'thermometer.sparkline.gap': '{quarter} geen score',
  'thermometer.howToRead.heading': 'Hoe lees ik de thermometer?',
  'thermometer.howToRead.intro':
    'Elk onderdeel krijgt een score van 0 tot 100, berekend uit de partnervragenlijst, de indicatoren en de registers. De totaalscore combineert de onderdelen met gegevens. De kleur hoort steeds bij een van drie zones:',
  'thermometer.howToRead.attention': 'bespreek samen wat achter de score zit en wat er nodig is.',
  'thermometer.howToRead.developing': 'er is een basis, met duidelijke punten om aan te werken.',
  'thermometer.howToRead.strong': 'de samenwerking werkt hier goed; houd vast wat werkt.',
  'thermometer.howToRead.missing':
    'Ontbreken de gegevens, dan staat er “Nog geen score” en blijft de thermometer leeg: ontbrekend is niet nul.',
  'thermometer.howToRead.change':
    'Een verschil met een eerder kwartaal heet pas een verandering als het groter is dan de toevallige schommeling; anders staat er “gelijk gebleven”.',
  'thermometer.empty.title': 'Nog geen gegevens voor de thermometer',
  'thermometer.empty.body':
    'De thermometer vult zich zodra er een vragenlijstronde is afgesloten, indicatorwaarden zijn ingelezen of de registers zijn bijgehouden. Tot die tijd is er geen score: ontbrekend is niet nul.',
  'thermometer.empty.questionnaires': 'Naar de vragenlijsten',
  'thermometer.empty.indicators': 'Naar de indicatoren',

  'component.eyebrow': 'Onderdeel {number} van de thermometer',
  'component.back': 'Terug naar de thermometer',
  'component.trend.heading': 'Verloop per kwartaal',
  'component.trend.caption': 'Score van {name} per kwartaal',
  'component.trend.quarter': 'Kwartaal',
  'component.trend.score': 'Score',
  'component.measures.heading': 'Waar de score op rust',
  'component.measures.caption': 'Metingen van {name} in {quarter}',
  'component.measures.empty': 'Voor dit onderdeel zijn nog geen metingen ingericht.',
  'component.measures.indicatorLink': 'Definitie in de lijst met indicatoren',
  'component.others': 'Andere onderdelen',

  'measure.column.name': 'Meting',
  'measure.column.status': 'Status',
  'measure.column.score': 'Score',
  'measure.column.value': 'Waarde',
  'measure.column.period': 'Periode',
  'measure.column.direction': 'Beter is',
  'measure.column.target': 'Streefwaarde',
  'measure.column.baseline': 'Nulmeting',
  'measure.column.reference': 'Referentie',
  'measure.column.n': 'n',
  'measure.column.n.long': 'aantal respondenten of waarnemingen',
  'measure.kind.questionnaire': 'Vragenlijst',
  'measure.kind.indicator': 'Indicator',
  'measure.kind.register': 'Register',
  'measure.status.scored': 'telt mee',
  'measure.status.missing': 'nog geen gegevens',
  'measure.status.stale': 'verouderd: gegevens uit {period}',
  'measure.status.staleNoPeriod': 'verouderd',
  'measure.status.context': 'context, telt niet mee',
  'measure.status.suppressed': 'te weinig respondenten',
  'measure.status.no_target': 'geen streefwaarde',

  'trends.title': 'Trends',
  'trends.description':
    'Hoe de samenwerkingsscores en de indicatoren zich per kwartaal ontwikkelen, steeds vergeleken met het vorige kwartaal, hetzelfde kwartaal vorig jaar, de streefwaarde en het landelijke cijfer.',
  'trends.chart.heading': 'Scores per kwartaal',
  'trends.chart.label':
    'Lijngrafiek van de totaalscore en de vijf onderdelen per kwartaal, van {first} tot en met {last}. De tabel hieronder bevat dezelfde cijfers.',
  'trends.chart.gaps':
    'Een onderbroken lijn betekent: geen score in dat kwartaal (ontbrekend is geen nul). De stippellijnen bij 50 en 75 zijn de grenzen van de zones.',
  'trends.overall': 'Totaalscore',
  'trends.table.caption': 'Scores per kwartaal (0–100)',
  'trends.table.quarter': 'Kwartaal',
  'trends.annotations.heading': 'Gebeurtenissen op de tijdlijn',
  'trends.annotations.all': 'hele coalitie',
  'trends.empty.title': 'Nog geen gegevens voor trends',
  'trends.empty.body':
    'Zodra er vragenlijstrondes, indicatoren of registergegevens zijn, ziet u hier het verloop per kwartaal.',

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
  'unit.agree_1_5': '{value} van 5',
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
    'Hier richt de coördinator de coalitie in: de partnerorganisaties, de leden en hun rollen, deellinks voor het kwartaalrapport, het logboek en de verzonden e-mail.',
  'admin.organisations.heading': 'Partnerorganisaties',
  'admin.organisations.caption': 'Partnerorganisaties van de coalitie',
  'admin.organisations.column.name': 'Naam',
  'admin.organisations.column.shortName': 'Afkorting',
  'admin.organisations.column.domain': 'Domein',
  'admin.organisations.column.kind': 'Soort organisatie',
  'admin.organisations.empty.title': 'Nog geen partnerorganisaties',
  'admin.organisations.empty.body': 'Voor deze coalitie zijn nog geen partnerorganisaties vastgelegd.',
  'admin.more.heading': 'Vragenlijst en imports',
  'admin.toc': 'Op deze pagina',

  'admin.members.heading': 'Leden en uitnodigingen',
  'admin.members.intro':
    'Wie toegang heeft tot de coalitie en in welke rol. Partners horen bij een partnerorganisatie; bestuurders en coördinatoren mogen er een hebben.',
  'admin.members.caption': 'Leden van de coalitie',
  'admin.members.column.name': 'Naam',
  'admin.members.column.email': 'E-mailadres',
  'admin.members.column.role': 'Rol',
  'admin.members.column.organisation': 'Organisatie',
  'admin.members.column.lastLogin': 'Laatst ingelogd',
  'admin.members.column.actions': 'Acties',
  'admin.members.you': 'u',
  'admin.members.noOrganisation': 'Geen organisatie',
  'admin.members.roleOf': 'Rol van {name}',
  'admin.members.organisationOf': 'Organisatie van {name}',
  'admin.members.save': 'Opslaan',
  'admin.members.saveFor': 'Opslaan voor {name}',
  'admin.members.saved': 'Opgeslagen.',
  'admin.members.remove': 'Verwijderen',
  'admin.members.removeFor': '{name} verwijderen',
  'admin.members.removeQuestion': '{name} uit de coalitie verwijderen?',
  'admin.members.removeConfirm': 'Ja, verwijderen',
  'admin.members.error.organisationRequired': 'Een partner hoort bij een organisatie. Kies de organisatie.',
  'admin.invitations.heading': 'Openstaande uitnodigingen',
  'admin.invitations.caption': 'Uitnodigingen die nog niet zijn geaccepteerd',
  'admin.invitations.empty': 'Er staan geen uitnodigingen open.',
  'admin.invitations.column.sent': 'Verstuurd',
  'admin.invitations.column.expires': 'Verloopt',
  'admin.invitations.revoke': 'Intrekken',
  'admin.invitations.revokeFor': 'Uitnodiging voor {email} intrekken',
  'admin.invitations.revokeQuestion': 'De uitnodiging voor {email} intrekken? De link werkt dan niet meer.',
  'admin.invitations.revokeConfirm': 'Ja, intrekken',
  'admin.invite.heading': 'Iemand uitnodigen',
  'admin.invite.email': 'E-mailadres',
  'admin.invite.name': 'Naam',
  'admin.invite.role': 'Rol',
  'admin.invite.role.hint':
    'Coördinator: beheert de coalitie. Partner: vult vragenlijsten in en bekijkt de uitkomsten. Bestuurder: bekijkt de uitkomsten en het kwartaalrapport.',
  'admin.invite.organisation': 'Organisatie',
  'admin.invite.organisation.hint': 'Verplicht voor een partner.',
  'admin.invite.submit': 'Uitnodiging versturen',
  'admin.invite.sent': 'De uitnodiging is verstuurd naar {email}. U vindt het bericht ook onder Verzonden e-mail.',

  'admin.shareLinks.heading': 'Deellinks kwartaalrapport',
  'admin.shareLinks.intro':
    'Met een deellink kan iemand zonder account het kwartaalrapport van één kwartaal lezen, bijvoorbeeld een bestuurder of de gemeente. De link verloopt vanzelf en u kunt hem altijd intrekken.',
  'admin.shareLinks.caption': 'Deellinks van de coalitie',
  'admin.shareLinks.empty': 'Er zijn nog geen deellinks gemaakt.',
  'admin.shareLinks.column.quarter': 'Kwartaal',
  'admin.shareLinks.column.label': 'Omschrijving',
  'admin.shareLinks.column.created': 'Gemaakt',
  'admin.shareLinks.column.expires': 'Verloopt',
  'admin.shareLinks.column.status': 'Status',
  'admin.shareLinks.noLabel': 'geen omschrijving',
  'admin.shareLinks.status.active': 'Actief',
  'admin.shareLinks.status.expired': 'Verlopen',
  'admin.shareLinks.status.revoked': 'Ingetrokken',
  'admin.shareLinks.revoke': 'Intrekken',
  'admin.shareLinks.revokeFor': 'Deellink {name} intrekken',
  'admin.shareLinks.revokeQuestion':
    'Deellink {name} intrekken? Wie de link heeft, kan het rapport dan niet meer openen.',
  'admin.shareLinks.revokeConfirm': 'Ja, intrekken',
  'admin.shareLinks.create.heading': 'Nieuwe deellink',
  'admin.shareLinks.create.submit': 'Deellink maken',
  'admin.shareLinks.field.quarter': 'Kwartaal',
  'admin.shareLinks.field.label': 'Omschrijving',
  'admin.shareLinks.field.label.hint': 'Voor uzelf, bijvoorbeeld voor wie de link bedoeld is.',
  'admin.shareLinks.field.days': 'Geldig (dagen)',
  'admin.shareLinks.field.days.hint': 'Tussen 1 en 365 dagen.',
  'admin.shareLinks.error.days': 'Vul een aantal dagen in tussen 1 en 365.',
  'admin.shareLinks.created.title': 'Deellink voor {quarter} gemaakt',
  'admin.shareLinks.created.once':
    'Deze link wordt maar één keer getoond. Kopieer hem nu; daarna kunt u hem alleen nog intrekken.',
  'admin.shareLinks.created.label': 'Deellink',
  'admin.shareLinks.created.copy': 'Kopiëren',
  'admin.shareLinks.created.copied': 'De link is gekopieerd.',
  'admin.shareLinks.created.copyFailed':
    'Kopiëren lukte niet. De link is geselecteerd; kopieer hem met Ctrl+C of Cmd+C.',
  'admin.shareLinks.created.close': 'Ik heb de link bewaard',

  'admin.audit.heading': 'Logboek',
  'admin.audit.intro': 'Elke wijziging in de coalitie: wie, wat en wanneer, met de waarden voor en na.',
  'admin.audit.filters': 'Logboek filteren',
  'admin.audit.filter.entityType': 'Onderdeel',
  'admin.audit.filter.action': 'Actie',
  'admin.audit.filter.from': 'Vanaf',
  'admin.audit.filter.to': 'Tot en met',
  'admin.audit.filter.apply': 'Filteren',
  'admin.audit.filter.clear': 'Filters wissen',
  'admin.audit.caption': 'Wijzigingen, nieuwste eerst',
  'admin.audit.column.when': 'Datum en tijd',
  'admin.audit.column.who': 'Wie',
  'admin.audit.column.action': 'Actie',
  'admin.audit.column.entity': 'Onderdeel',
  'admin.audit.column.details': 'Details',
  'admin.audit.showDetails': 'Details',
  'admin.audit.noDetails': 'geen details',
  'admin.audit.before': 'Voor',
  'admin.audit.after': 'Na',
  'admin.audit.empty': 'Geen wijzigingen gevonden',
  'admin.audit.shown': '{n} wijzigingen getoond.',
  'admin.audit.more': 'Meer laden',

  'admin.outbox.heading': 'Verzonden e-mail',
  'admin.outbox.intro':
    'Elke e-mail die de toepassing voor deze coalitie verstuurde of bewaarde. Zonder mailserver worden berichten alleen bewaard; u kunt de link dan zelf doorsturen.',
  'outbox.to': 'Aan',
  'outbox.date': 'Datum',
  'outbox.status': 'Status',
  'outbox.status.sent': 'Verzonden',
  'outbox.status.stored': 'Bewaard, niet verzonden',
  'outbox.status.failed': 'Mislukt',
  'outbox.error': 'Foutmelding:',
  'outbox.read': 'Bericht lezen',
  'outbox.empty': 'Er is nog geen e-mail verstuurd',

  'platform.title': 'Platformbeheer',
  'platform.description': 'Coalities aanmaken en de e-mail bekijken die niet bij één coalitie hoort.',
  'platform.coalitions.heading': 'Coalities',
  'platform.coalitions.caption': 'Alle coalities op het platform',
  'platform.coalitions.empty': 'Er is nog geen coalitie aangemaakt',
  'platform.coalitions.column.name': 'Naam',
  'platform.coalitions.column.municipality': 'Gemeente',
  'platform.coalitions.column.slug': 'Adresnaam',
  'platform.create.heading': 'Nieuwe coalitie',
  'platform.create.intro':
    'De eerste coördinator krijgt een uitnodiging per e-mail en richt daarna de coalitie zelf in.',
  'platform.create.name': 'Naam van de coalitie',
  'platform.create.name.hint': 'Bijvoorbeeld: Coalitie Kansrijke Start Delft.',
  'platform.create.municipality': 'Gemeente',
  'platform.create.slug': 'Adresnaam',
  'platform.create.slug.hint':
    'Komt in het webadres, bijvoorbeeld delft of midden-holland. Alleen kleine letters, cijfers en koppeltekens.',
  'platform.create.slug.invalid': 'Gebruik alleen kleine letters, cijfers en losse koppeltekens, zoals midden-holland.',
  'platform.create.coordinatorEmail': 'E-mailadres van de eerste coördinator',
  'platform.create.coordinatorName': 'Naam van de eerste coördinator',
  'platform.create.submit': 'Coalitie aanmaken',
  'platform.create.done': '{name} is aangemaakt en de uitnodiging voor de coördinator is verstuurd.',
  'platform.outbox.heading': 'Verzonden e-mail van het platform',
  'platform.outbox.intro':
    'Berichten die niet bij één coalitie horen, zoals links om een wachtwoord opnieuw in te stellen.',

  'shared.title': 'Kwartaalrapport',
  'shared.reportTitle': 'Kwartaalrapport {quarter}',
  'shared.municipality': 'Gemeente',
  'shared.expires': 'Deze link is geldig tot',
  'shared.note.title': 'De inhoud van het rapport volgt in een volgende versie',
  'shared.note.body':
    'Straks leest u hier het volledige kwartaalrapport: de thermometer, de trends, de definitie van elke indicator en de afgesproken acties.',
  'shared.readOnly': 'U bekijkt dit rapport via een deellink: alleen lezen, zonder account.',
  'shared.invalid.title': 'Deze link werkt niet (meer)',
  'shared.invalid.body':
    'De deellink is ongeldig, verlopen of ingetrokken. Vraag de coördinator van de coalitie om een nieuwe link.',

  'domain.medical': 'Medisch domein',
  'domain.social': 'Sociaal domein',
  'domain.municipal': 'Gemeente',
  'domain.other': 'Overig',
};

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;
