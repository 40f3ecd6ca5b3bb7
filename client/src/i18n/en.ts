import type { Messages } from './nl';

export const en = {
  'app.name': 'Thermometer Kansrijke Start',
  'app.skipLink': 'Skip to content',
  'app.coalitionLoading': 'Loading coalition…',

  'language.label': 'Language',

  'nav.label': 'Main menu',
  'nav.menu': 'Menu',
  'nav.group.overview': 'Overview',
  'nav.group.registers': 'Registers',
  'nav.group.improve': 'Improving',
  'nav.thermometer': 'Thermometer',
  'nav.trends': 'Trends',
  'nav.report': 'Quarterly report',
  'nav.questionnaires': 'Questionnaires',
  'nav.indicators': 'Indicators',
  'nav.actions': 'Actions',
  'nav.admin': 'Administration',

  'switcher.label': 'Coalition',
  'switcher.submit': 'Open',

  'footer.about':
    'A tool for local Kansrijke Start coalitions: see together how the collaboration around the first 1000 days is going and what it delivers.',
  'footer.privacy': 'Aggregate figures only, never data about individual families.',

  'state.loading': 'Loading data…',
  'state.comingSoon.title': 'Not available yet — coming in a later version',
  'state.comingSoon.body':
    'This page is still being built. Once it is ready, you will find your coalition’s data here.',
  'state.noData': 'no data yet',

  'error.title': 'The data could not be loaded',
  'error.retry': 'Try again',
  'error.network': 'The server cannot be reached. Check your internet connection and try again.',
  'error.invalidResponse':
    'The server gave an unexpected answer. Try again later; if it keeps failing, tell the coordinator.',
  'error.unknown': 'Something unexpected went wrong.',

  'notFound.title': 'Page not found',
  'notFound.body': 'This page does not exist (any more). Check the address or go back to the overview.',
  'notFound.home': 'Go to the overview',

  'routeError.title': 'Something went wrong',
  'routeError.body': 'This page could not be shown. Reload the page; if it keeps failing, tell the coordinator.',
  'routeError.reload': 'Reload page',

  'root.title': 'Choose a coalition',
  'root.empty.title': 'No coalition has been set up yet',
  'root.empty.body': 'Once the administrator has created a coalition, its thermometer will appear here.',
  'root.coalitionError': 'This coalition could not be opened.',

  'overview.title': 'Thermometer',
  'overview.description':
    'At a glance, what the partners do together and how integrally they work, along the five components of the toolkit.',
  'overview.note.title': 'The thermometer itself arrives in a later version',
  'overview.note.body':
    'Soon this page will show how far the coalition has come on each component, based on the partner questionnaire, the indicators and the registers. Until then, below is what has been recorded so far.',
  'overview.stats.heading': 'What has been recorded',
  'overview.stats.organisations': 'Partner organisations',
  'overview.stats.indicators': 'Indicators',
  'overview.stats.rounds': 'Questionnaire rounds',
  'overview.stats.responses': 'Completed questionnaires',
  'overview.stats.openActions': 'Open improvement actions',
  'overview.stats.latestQuarter': 'Most recent quarter with data',
  'overview.municipality': 'Municipality of {municipality}',
  'overview.minGroupSize':
    'Questionnaire results are only shown from {n} respondents onwards, so that no one can be identified.',
  'overview.components.heading': 'The five components',
  'overview.components.open': 'View {name}',

  'trends.title': 'Trends',
  'trends.description':
    'How the collaboration scores and the indicators develop per quarter, always compared with the previous quarter, the same quarter last year, the target and the national figure.',

  'report.title': 'Quarterly report',
  'report.description':
    'A printable report per quarter for directors, the municipality and the health insurer: the thermometer, the trends, the definition of every indicator and the agreed actions.',

  'questionnaires.title': 'Questionnaires',
  'questionnaires.description':
    'The periodic partner questionnaire on the collaboration: open and close rounds, follow the response and discuss the results per theme together. Results only appear from the minimum number of respondents onwards.',

  'indicators.title': 'Indicators',
  'indicators.description':
    'The indicators the coalition follows, from data partners already have: youth health care (JGZ), the integrated birth-care indicator set (Perined), patient experiences (PREM) and the coalition’s own records. Missing data never counts as zero.',
  'indicators.caption': 'Indicators with their most recent value',
  'indicators.column.code': 'Code',
  'indicators.column.name': 'Indicator',
  'indicators.column.source': 'Source',
  'indicators.column.component': 'Component',
  'indicators.column.direction': 'Better is',
  'indicators.column.latest': 'Most recent value',
  'indicators.column.period': 'Period',
  'indicators.archived': 'archived',
  'indicators.empty.title': 'No indicators yet',
  'indicators.empty.body': 'No indicators have been recorded for this coalition yet.',

  'direction.higher_better': 'higher',
  'direction.lower_better': 'lower',
  'direction.context': 'n/a (context)',

  'source.jgz': 'Youth health care (JGZ)',
  'source.zin': 'National Health Care Institute (Perined)',
  'source.prem': 'PREM (patient experience)',
  'source.rivm': 'RIVM',
  'source.municipality': 'Municipality',
  'source.coalition': 'Coalition',
  'source.questionnaire': 'Partner questionnaire',
  'source.other': 'Other',

  'unit.per_100': '{value} per 100',
  'unit.per_1000': '{value}‰',
  'unit.score_1_10': '{value} out of 10',
  'unit.score_0_100': '{value} out of 100',
  'unit.yes': 'yes',
  'unit.no': 'no',

  'agreements.eyebrow': 'Register of work agreements · component 2',
  'agreements.description':
    'Work agreements on which data partners may share with whom, for what purpose and on which legal basis (GDPR), with their status and the date they are reviewed again.',

  'mirror.eyebrow': 'Register of mirror conversations · component 3',
  'mirror.description':
    'Mirror conversations with pregnant women and parents: date, theme, number of parents and professionals, what works, what could be better and which actions follow.',

  'learning.eyebrow': 'Register of activities · component 4',
  'learning.description':
    'Meetings, joint case discussions, training and visits to other coalitions, with the organisations that took part.',

  'carePlans.eyebrow': 'Register of shared plans · component 5',
  'carePlans.description':
    'Per period, how many vulnerable families were discussed and how many of them got a shared plan. Counts only, never data about families.',

  'actions.title': 'Improvement actions',
  'actions.description':
    'Improvement actions from the questionnaire, mirror conversations and meetings, each with an owner, a date and a status, so the coalition can follow what happens with its results.',

  'admin.title': 'Administration',
  'admin.description':
    'Here the coordinator sets up the coalition: the partner organisations, users and their roles, the questionnaire and the indicators.',
  'admin.organisations.heading': 'Partner organisations',
  'admin.organisations.caption': 'Partner organisations of the coalition',
  'admin.organisations.column.name': 'Name',
  'admin.organisations.column.shortName': 'Abbreviation',
  'admin.organisations.column.domain': 'Domain',
  'admin.organisations.column.kind': 'Kind of organisation',
  'admin.organisations.empty.title': 'No partner organisations yet',
  'admin.organisations.empty.body': 'No partner organisations have been recorded for this coalition yet.',
  'admin.more.heading': 'Users, questionnaire and imports',

  'domain.medical': 'Medical domain',
  'domain.social': 'Social domain',
  'domain.municipal': 'Municipality',
  'domain.other': 'Other',
} satisfies Messages;
