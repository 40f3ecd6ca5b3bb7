import type { ComponentCode } from './components';
import type { IndicatorDirection, IndicatorSource, IndicatorUnit, ReportingFrequency } from './domain';

/**
 * The indicators a coalition starts with. A coalition copies these into its own definitions and
 * may change targets, add indicators or archive them; the codes stay fixed so that coalitions can
 * be compared and imports can name indicators by code.
 *
 * National figures are reference lines from public sources (RIVM, Perined, Zorginstituut). Default
 * targets and baselines are starting points for a coalition's own discussion, not norms.
 */

export const INDICATOR_CODES = [
  'JGZ-01',
  'JGZ-02',
  'JGZ-03',
  'JGZ-04',
  'JGZ-05',
  'JGZ-06',
  'JGZ-07',
  'JGZ-08',
  'ZIN-01',
  'ZIN-02',
  'ZIN-03',
  'ZIN-04',
  'ZIN-05',
  'ZIN-06',
  'ZIN-07',
  'PREM-01',
  'PREM-02',
  'PREM-03',
  'KS-01',
  'KS-02',
  'KS-03',
  'COA-01',
  'COA-02',
  'COA-03',
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

/** value = numerator / denominator × factor; units without a ratio use 1. */
export const UNIT_FACTORS = {
  percent: 100,
  per_100: 100,
  per_1000: 1000,
  count: 1,
  score_1_10: 1,
  score_0_100: 1,
  yes_no: 1,
} as const satisfies Record<IndicatorUnit, number>;

export interface IndicatorCatalogueEntry {
  code: IndicatorCode;
  nameNl: string;
  nameEn: string;
  descriptionNl: string;
  descriptionEn: string;
  source: IndicatorSource;
  component: ComponentCode;
  unit: IndicatorUnit;
  /** Null where the value is not a ratio (counts, scores, yes/no). */
  numeratorText: string | null;
  denominatorText: string | null;
  factor: number;
  direction: IndicatorDirection;
  frequency: ReportingFrequency;
  plausibleMin: number;
  plausibleMax: number;
  /** Null where no single national figure exists (new tasks, local-only measures, ranges). */
  nationalValue: number | null;
  /** Null for context indicators: they describe the population and are not steered on. */
  defaultTarget: number | null;
  defaultBaseline: number | null;
}

/*
 * Components: every data-based indicator belongs to "meten & weten", except where the indicator
 * measures a toolkit component itself. ZIN-07 is about documented handover agreements, which is
 * what "informatie delen" registers. The three coalition indicators each summarise one register:
 * shared plans (integraal behandelplan), mirror conversations (reflecteren) and the partner
 * questionnaire, whose overall score is the thermometer of the collaboration (samenwerken & leren).
 *
 * Frequencies follow how the data arrive: JGZ extracts per quarter (slower measures such as
 * vaccination coverage per year), Perined/ZiN and RIVM per year with about a year's delay, the
 * hospital PREM per half year, and the coalition's own registers as often as they are kept.
 */
export const INDICATOR_CATALOGUE = [
  {
    code: 'JGZ-01',
    nameNl: 'Bereik prenataal huisbezoek',
    nameEn: 'Reach of prenatal home visits',
    descriptionNl:
      'Aantal prenatale huisbezoeken door de JGZ per 100 geboorten. Het prenataal huisbezoek aan zwangeren in een kwetsbare situatie is sinds 2022 een taak van de JGZ.',
    descriptionEn:
      'Prenatal home visits by youth health care (JGZ) per 100 births. Visiting pregnant women in vulnerable situations has been a JGZ task since 2022.',
    source: 'jgz',
    component: 'meten_weten',
    unit: 'per_100',
    numeratorText: 'Prenatale huisbezoeken afgelegd door de JGZ',
    denominatorText: 'Levendgeborenen in dezelfde periode',
    factor: 100,
    direction: 'higher_better',
    frequency: 'quarterly',
    plausibleMin: 0,
    plausibleMax: 100,
    nationalValue: null,
    defaultTarget: 10,
    defaultBaseline: 5,
  },
  {
    code: 'JGZ-02',
    nameNl: 'Tijdig prenataal huisbezoek',
    nameEn: 'Timely prenatal home visit',
    descriptionNl:
      'Deel van de prenatale huisbezoeken dat vóór week 30 van de zwangerschap plaatsvond, zodat er tijd is om hulp in te zetten vóór de bevalling.',
    descriptionEn:
      'Share of prenatal home visits made before week 30 of pregnancy, leaving time to arrange support before the birth.',
    source: 'jgz',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Prenatale huisbezoeken vóór week 30 van de zwangerschap',
    denominatorText: 'Alle prenatale huisbezoeken in de periode',
    factor: 100,
    direction: 'higher_better',
    frequency: 'quarterly',
    plausibleMin: 0,
    plausibleMax: 100,
    nationalValue: null,
    defaultTarget: 75,
    defaultBaseline: 55,
  },
  {
    code: 'JGZ-03',
    nameNl: 'Bereik JGZ 0–1 jaar',
    nameEn: 'JGZ reach in the first year',
    descriptionNl: 'Deel van de kinderen dat in het eerste levensjaar door de JGZ is gezien.',
    descriptionEn: 'Share of children seen by youth health care (JGZ) in their first year of life.',
    source: 'jgz',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Kinderen met minstens één JGZ-contactmoment in het eerste levensjaar',
    denominatorText: 'Kinderen die in de periode één jaar werden',
    factor: 100,
    direction: 'higher_better',
    frequency: 'quarterly',
    plausibleMin: 50,
    plausibleMax: 100,
    nationalValue: 99,
    defaultTarget: 99,
    defaultBaseline: 97,
  },
  {
    code: 'JGZ-04',
    nameNl: 'Uitsluitend borstvoeding 3 mnd',
    nameEn: 'Exclusive breastfeeding at 3 months',
    descriptionNl: 'Deel van de kinderen dat op de leeftijd van 3 maanden uitsluitend borstvoeding krijgt.',
    descriptionEn: 'Share of infants exclusively breastfed at the age of 3 months.',
    source: 'jgz',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Kinderen die rond 3 maanden uitsluitend borstvoeding krijgen',
    denominatorText: 'Kinderen met een contactmoment rond 3 maanden waarbij de voeding is vastgelegd',
    factor: 100,
    direction: 'higher_better',
    frequency: 'quarterly',
    plausibleMin: 0,
    plausibleMax: 100,
    nationalValue: 31,
    defaultTarget: 35,
    defaultBaseline: 28,
  },
  {
    code: 'JGZ-05',
    nameNl: 'Uitsluitend borstvoeding 6 mnd',
    nameEn: 'Exclusive breastfeeding at 6 months',
    descriptionNl: 'Deel van de kinderen dat op de leeftijd van 6 maanden uitsluitend borstvoeding krijgt.',
    descriptionEn: 'Share of infants exclusively breastfed at the age of 6 months.',
    source: 'jgz',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Kinderen die rond 6 maanden uitsluitend borstvoeding krijgen',
    denominatorText: 'Kinderen met een contactmoment rond 6 maanden waarbij de voeding is vastgelegd',
    factor: 100,
    direction: 'higher_better',
    frequency: 'quarterly',
    plausibleMin: 0,
    plausibleMax: 100,
    nationalValue: 19,
    defaultTarget: 22,
    defaultBaseline: 16,
  },
  {
    code: 'JGZ-06',
    nameNl: 'Vaccinatiegraad 2 jaar',
    nameEn: 'Vaccination coverage at age 2',
    descriptionNl:
      'Deel van de tweejarigen dat volledig is gevaccineerd tegen difterie, kinkhoest, tetanus en polio (DKTP). Het doel volgt de WHO-norm van 95%.',
    descriptionEn:
      'Share of two-year-olds fully vaccinated against diphtheria, pertussis, tetanus and polio (DTaP-IPV). The target follows the WHO norm of 95%.',
    source: 'jgz',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Tweejarigen die volledig zijn gevaccineerd tegen DKTP',
    denominatorText: 'Kinderen die in de periode twee jaar werden en in de gemeente wonen',
    factor: 100,
    direction: 'higher_better',
    frequency: 'yearly',
    plausibleMin: 50,
    plausibleMax: 100,
    nationalValue: 92.5,
    defaultTarget: 95,
    defaultBaseline: 90,
  },
  {
    code: 'JGZ-07',
    nameNl: 'Rookvrij zwanger',
    nameEn: 'Smoke-free pregnancy',
    descriptionNl: 'Deel van de moeders dat tijdens de zwangerschap niet heeft gerookt.',
    descriptionEn: 'Share of mothers who did not smoke during pregnancy.',
    source: 'jgz',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Moeders die tijdens de zwangerschap niet hebben gerookt',
    denominatorText: 'Moeders van wie de rookstatus bij het eerste JGZ-contact is vastgelegd',
    factor: 100,
    direction: 'higher_better',
    frequency: 'half_yearly',
    plausibleMin: 50,
    plausibleMax: 100,
    nationalValue: 93.7,
    defaultTarget: 95,
    defaultBaseline: 91,
  },
  {
    code: 'JGZ-08',
    nameNl: "Intensieve huisbezoekprogramma's",
    nameEn: 'Intensive home-visiting programmes',
    descriptionNl: 'Aantal gezinnen dat in de periode is gestart met een intensief huisbezoekprogramma.',
    descriptionEn: 'Number of families who started an intensive home-visiting programme in the period.',
    source: 'jgz',
    component: 'meten_weten',
    unit: 'count',
    numeratorText: null,
    denominatorText: null,
    factor: 1,
    direction: 'higher_better',
    frequency: 'quarterly',
    plausibleMin: 0,
    plausibleMax: 500,
    nationalValue: null,
    defaultTarget: 12,
    defaultBaseline: 6,
  },
  {
    code: 'ZIN-01',
    nameNl: 'Late start zwangerschapszorg',
    nameEn: 'Late start of antenatal care',
    descriptionNl:
      'Deel van de zwangeren bij wie het eerste prenatale consult na week 10 plaatsvond. Lokaal ligt dit meestal tussen 10 en 30%. Bron: ZiN-set integrale geboortezorg, berekend door Perined.',
    descriptionEn:
      'Share of pregnant women whose first antenatal visit took place after week 10; locally usually between 10 and 30%. Source: Zorginstituut indicator set for integrated birth care, computed by Perined.',
    source: 'zin',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Zwangeren met het eerste prenatale consult na 10 weken zwangerschap',
    denominatorText: 'Zwangeren met een eerste prenataal consult die in de periode bevielen',
    factor: 100,
    direction: 'lower_better',
    frequency: 'yearly',
    plausibleMin: 0,
    plausibleMax: 100,
    nationalValue: null,
    defaultTarget: 15,
    defaultBaseline: 22,
  },
  {
    code: 'ZIN-02',
    nameNl: 'Big2',
    nameEn: 'Big2',
    descriptionNl:
      'Deel van de kinderen dat te vroeg (vóór 37 weken) en/of met een geboortegewicht onder het 10e percentiel is geboren. Bron: ZiN-set, berekend door Perined.',
    descriptionEn:
      'Share of babies born preterm (before 37 weeks) and/or with a birthweight below the 10th percentile. Source: Zorginstituut set, computed by Perined.',
    source: 'zin',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Kinderen geboren vóór 37 weken en/of met een geboortegewicht onder het 10e percentiel',
    denominatorText: 'Alle kinderen geboren vanaf 22 weken zwangerschap',
    factor: 100,
    direction: 'lower_better',
    frequency: 'yearly',
    plausibleMin: 0,
    plausibleMax: 40,
    nationalValue: 14.8,
    defaultTarget: 14,
    defaultBaseline: 15.5,
  },
  {
    code: 'ZIN-03',
    nameNl: 'Vroeggeboorte',
    nameEn: 'Preterm birth',
    descriptionNl:
      'Deel van de kinderen dat vóór 37 weken zwangerschap is geboren. Bron: ZiN-set, berekend door Perined.',
    descriptionEn: 'Share of babies born before 37 weeks of pregnancy. Source: Zorginstituut set, computed by Perined.',
    source: 'zin',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Kinderen geboren vóór 37 weken zwangerschap',
    denominatorText: 'Alle kinderen geboren vanaf 22 weken zwangerschap',
    factor: 100,
    direction: 'lower_better',
    frequency: 'yearly',
    plausibleMin: 0,
    plausibleMax: 25,
    nationalValue: 6.6,
    defaultTarget: 6.3,
    defaultBaseline: 7,
  },
  {
    code: 'ZIN-04',
    nameNl: 'Perinatale sterfte',
    nameEn: 'Perinatal mortality',
    descriptionNl:
      'Sterfte vanaf 22 weken zwangerschap tot 28 dagen na de geboorte, per 1.000 geboorten. Bij ongeveer 1.000 geboorten per jaar schommelt één jaarcijfer sterk; RIVM gebruikt voor gemeenten daarom vijfjaarsgemiddelden.',
    descriptionEn:
      'Deaths from 22 weeks of pregnancy up to 28 days after birth, per 1,000 births. With about 1,000 births a year a single-year figure is noisy; RIVM therefore uses five-year averages for municipalities.',
    source: 'zin',
    component: 'meten_weten',
    unit: 'per_1000',
    numeratorText: 'Kinderen overleden tussen 22 weken zwangerschap en 28 dagen na de geboorte',
    denominatorText: 'Alle kinderen geboren vanaf 22 weken zwangerschap',
    factor: 1000,
    direction: 'lower_better',
    frequency: 'yearly',
    plausibleMin: 0,
    plausibleMax: 40,
    nationalValue: 7.8,
    defaultTarget: 7.5,
    defaultBaseline: 8.5,
  },
  {
    code: 'ZIN-05',
    nameNl: 'Volledige borstvoeding kraamperiode',
    nameEn: 'Full breastfeeding in the maternity period',
    descriptionNl:
      'Deel van de kinderen dat op de eerste én de laatste kraamdag volledig borstvoeding kreeg. Bron: ZiN-set.',
    descriptionEn:
      'Share of babies fully breastfed on both the first and the last day of maternity care. Source: Zorginstituut set.',
    source: 'zin',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Kinderen met volledige borstvoeding op de eerste en de laatste kraamdag',
    denominatorText: 'Kinderen die kraamzorg hebben ontvangen',
    factor: 100,
    direction: 'higher_better',
    frequency: 'yearly',
    plausibleMin: 0,
    plausibleMax: 100,
    nationalValue: null,
    defaultTarget: 55,
    defaultBaseline: 48,
  },
  {
    code: 'ZIN-06',
    nameNl: 'Geen kraamzorg',
    nameEn: 'No maternity care',
    descriptionNl:
      'Deel van de levendgeborenen van wie de moeder geen kraamzorg heeft gehad. Gezinnen zonder kraamzorg missen vaak ook andere zorg. Bron: ZiN-set.',
    descriptionEn:
      'Share of live births whose mother received no maternity care; families without it often miss other care too. Source: Zorginstituut set.',
    source: 'zin',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Levendgeborenen van wie de moeder geen kraamzorg heeft ontvangen',
    denominatorText: 'Alle levendgeborenen',
    factor: 100,
    direction: 'lower_better',
    frequency: 'yearly',
    plausibleMin: 0,
    plausibleMax: 30,
    nationalValue: null,
    defaultTarget: 2,
    defaultBaseline: 3,
  },
  {
    code: 'ZIN-07',
    nameNl: 'Werkafspraken kraam–VSV–JGZ',
    nameEn: 'Work agreements maternity care–VSV–JGZ',
    descriptionNl:
      'Er zijn schriftelijke werkafspraken over de overdracht tussen kraamzorg, het verloskundig samenwerkingsverband (VSV) en de JGZ, en die zijn in de afgelopen twaalf maanden geëvalueerd (1 = ja, 0 = nee).',
    descriptionEn:
      'Written work agreements on the handover between maternity care, the obstetric collaboration (VSV) and youth health care exist and were reviewed in the past twelve months (1 = yes, 0 = no).',
    source: 'zin',
    component: 'informatie_delen',
    unit: 'yes_no',
    numeratorText: null,
    denominatorText: null,
    factor: 1,
    direction: 'higher_better',
    frequency: 'yearly',
    plausibleMin: 0,
    plausibleMax: 1,
    nationalValue: null,
    defaultTarget: 1,
    defaultBaseline: 0,
  },
  {
    code: 'PREM-01',
    nameNl: 'PREM geboortezorg totaal',
    nameEn: 'Birth-care PREM overall',
    descriptionNl:
      'Gemiddelde van de onderwerpen van de landelijke PREM geboortezorg, waarin vrouwen hun ervaring met het ziekenhuis tijdens en na de zwangerschap beoordelen (1–10).',
    descriptionEn:
      'Mean of the topics of the national birth-care patient-experience measure (PREM), in which women rate the hospital during and after pregnancy (1–10).',
    source: 'prem',
    component: 'meten_weten',
    unit: 'score_1_10',
    numeratorText: null,
    denominatorText: null,
    factor: 1,
    direction: 'higher_better',
    frequency: 'half_yearly',
    plausibleMin: 1,
    plausibleMax: 10,
    nationalValue: null,
    defaultTarget: 8.5,
    defaultBaseline: 7.9,
  },
  {
    code: 'PREM-02',
    nameNl: 'PREM laagste onderwerp',
    nameEn: 'PREM lowest topic',
    descriptionNl: 'Score van het onderwerp van de PREM geboortezorg dat in de periode het laagst scoorde (1–10).',
    descriptionEn: 'Score of the birth-care PREM topic that scored lowest in the period (1–10).',
    source: 'prem',
    component: 'meten_weten',
    unit: 'score_1_10',
    numeratorText: null,
    denominatorText: null,
    factor: 1,
    direction: 'higher_better',
    frequency: 'half_yearly',
    plausibleMin: 1,
    plausibleMax: 10,
    nationalValue: null,
    defaultTarget: 7.5,
    defaultBaseline: 6.8,
  },
  {
    code: 'PREM-03',
    nameNl: 'Negatieve ervaring (ReproQ)',
    nameEn: 'Negative experience (ReproQ)',
    descriptionNl:
      'Deel van de vrouwen dat in de ReproQ-vragenlijst minstens één negatieve ervaring meldt. Een verschil van 11 procentpunten of meer geldt als betekenisvol.',
    descriptionEn:
      'Share of women reporting at least one negative experience in the ReproQ questionnaire. A difference of 11 percentage points or more is considered meaningful.',
    source: 'prem',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Vrouwen die minstens één negatieve ervaring melden',
    denominatorText: 'Vrouwen die de ReproQ-vragenlijst hebben ingevuld',
    factor: 100,
    direction: 'lower_better',
    frequency: 'half_yearly',
    plausibleMin: 0,
    plausibleMax: 100,
    nationalValue: null,
    defaultTarget: 18,
    defaultBaseline: 25,
  },
  {
    code: 'KS-01',
    nameNl: 'Meervoudig kwetsbaar geboren',
    nameEn: 'Born in a multiply vulnerable situation',
    descriptionNl:
      'Deel van de kinderen dat is geboren in een situatie waarin meerdere risicofactoren samenkomen. Contextindicator: beschrijft de bevolking, geen doel om op te sturen. Bron: RIVM.',
    descriptionEn:
      'Share of babies born into a situation where several risk factors come together. Context indicator: it describes the population and is not a target to steer on. Source: RIVM.',
    source: 'rivm',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Kinderen geboren in een meervoudig kwetsbare situatie',
    denominatorText: 'Alle levendgeborenen',
    factor: 100,
    direction: 'context',
    frequency: 'yearly',
    plausibleMin: 0,
    plausibleMax: 50,
    nationalValue: null,
    defaultTarget: null,
    defaultBaseline: null,
  },
  {
    code: 'KS-02',
    nameNl: 'Problematische schulden',
    nameEn: 'Problematic debts',
    descriptionNl:
      'Deel van de vrouwen dat bevalt terwijl er sprake is van problematische schulden. Contextindicator. Bron: RIVM, meestal met twee jaar vertraging.',
    descriptionEn:
      'Share of women giving birth while having problematic debts. Context indicator. Source: RIVM, usually two years behind.',
    source: 'rivm',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Vrouwen die in de periode bevielen en problematische schulden hadden',
    denominatorText: 'Alle vrouwen die in de periode bevielen',
    factor: 100,
    direction: 'context',
    frequency: 'yearly',
    plausibleMin: 0,
    plausibleMax: 50,
    nationalValue: null,
    defaultTarget: null,
    defaultBaseline: null,
  },
  {
    code: 'KS-03',
    nameNl: 'Nu Niet Zwanger gesprekken',
    nameEn: 'Nu Niet Zwanger conversations',
    descriptionNl: 'Aantal gevoerde gesprekken over kinderwens en anticonceptie met mensen in een kwetsbare situatie.',
    descriptionEn:
      'Number of conversations held about wanting children and contraception with people in vulnerable situations.',
    source: 'municipality',
    component: 'meten_weten',
    unit: 'count',
    numeratorText: null,
    denominatorText: null,
    factor: 1,
    direction: 'higher_better',
    frequency: 'quarterly',
    plausibleMin: 0,
    plausibleMax: 1000,
    nationalValue: null,
    defaultTarget: 40,
    defaultBaseline: 15,
  },
  {
    code: 'COA-01',
    nameNl: 'Integraal plan kwetsbare zwangeren',
    nameEn: 'Shared plan for vulnerable pregnant women',
    descriptionNl:
      'Deel van de in het casusoverleg besproken zwangeren en gezinnen in een kwetsbare situatie dat één gezamenlijk plan heeft. Alleen geaggregeerde aantallen uit het register integraal behandelplan.',
    descriptionEn:
      'Share of pregnant women and families in vulnerable situations discussed in the case meeting who have one shared plan. Aggregate counts from the integrated care plan register only.',
    source: 'coalition',
    component: 'integraal_behandelplan',
    unit: 'percent',
    numeratorText: 'Besproken zwangeren en gezinnen met een gezamenlijk plan',
    denominatorText: 'Zwangeren en gezinnen in een kwetsbare situatie besproken in het casusoverleg',
    factor: 100,
    direction: 'higher_better',
    frequency: 'quarterly',
    plausibleMin: 0,
    plausibleMax: 100,
    nationalValue: null,
    defaultTarget: 80,
    defaultBaseline: 40,
  },
  {
    code: 'COA-02',
    nameNl: 'Spiegelgesprekken',
    nameEn: 'Mirror conversations',
    descriptionNl:
      'Aantal spiegelgesprekken met (aanstaande) ouders waarvan de opvolging is vastgelegd. In de praktijk houden coalities er twee tot vier per jaar.',
    descriptionEn:
      'Number of mirror conversations with (expectant) parents whose follow-up was recorded. Coalitions typically hold two to four a year.',
    source: 'coalition',
    component: 'reflecteren',
    unit: 'count',
    numeratorText: null,
    denominatorText: null,
    factor: 1,
    direction: 'higher_better',
    frequency: 'yearly',
    plausibleMin: 0,
    plausibleMax: 24,
    nationalValue: null,
    defaultTarget: 2,
    defaultBaseline: 1,
  },
  {
    code: 'COA-03',
    nameNl: 'Samenwerkingsscore',
    nameEn: 'Collaboration score',
    descriptionNl:
      'Totaalscore van de partnervragenlijst op een schaal van 0 tot 100: het gemiddelde van de dimensiegemiddelden, omgerekend van 1–5 naar 0–100. Een score van 75 komt overeen met gemiddeld "eens".',
    descriptionEn:
      'Overall score of the partner questionnaire on a 0–100 scale: the mean of the dimension means, converted from 1–5 to 0–100. A score of 75 equals "agree" on average.',
    source: 'questionnaire',
    component: 'samenwerken_leren',
    unit: 'score_0_100',
    numeratorText: null,
    denominatorText: null,
    factor: 1,
    direction: 'higher_better',
    frequency: 'half_yearly',
    plausibleMin: 0,
    plausibleMax: 100,
    nationalValue: null,
    defaultTarget: 75,
    defaultBaseline: 50,
  },
] as const satisfies readonly IndicatorCatalogueEntry[];

export function catalogueEntry(code: IndicatorCode): IndicatorCatalogueEntry {
  const entry = INDICATOR_CATALOGUE.find((candidate) => candidate.code === code);
  // Unreachable while INDICATOR_CODES and the catalogue agree, which the catalogue test asserts.
  if (!entry) throw new Error(`Indicator ${code} is not in the catalogue`);
  return entry;
}

/** Converts a mean on the 1–5 agree scale to the 0–100 scale of the collaboration score. */
export function agreeMeanToScore(mean: number): number {
  return ((mean - 1) / 4) * 100;
}
