import type { ComponentCode } from './components';

/** The measures the registers of components 2 to 5 feed into the thermometer (docs/scoring.md). */
export const REGISTER_MEASURES = {
  agreements_in_use_share: {
    component: 'informatie_delen',
    nl: 'Werkafspraken informatie delen in gebruik',
    en: 'Information-sharing agreements in use',
    unit: 'percent',
  },
  mirror_conversations_per_year: {
    component: 'reflecteren',
    nl: 'Spiegelgesprekken in de afgelopen vier kwartalen',
    en: 'Mirror conversations in the last four quarters',
    unit: 'count',
  },
  mirror_follow_up_share: {
    component: 'reflecteren',
    nl: 'Vervolgacties uit spiegelgesprekken afgerond',
    en: 'Follow-up actions from mirror conversations completed',
    unit: 'percent',
  },
  learning_breadth: {
    component: 'samenwerken_leren',
    nl: 'Partners die meededen aan leeractiviteiten (12 maanden)',
    en: 'Partners taking part in learning activities (12 months)',
    unit: 'percent',
  },
  care_plan_share: {
    component: 'integraal_behandelplan',
    nl: 'Besproken gezinnen met een gezamenlijk plan',
    en: 'Discussed families with a shared plan',
    unit: 'percent',
  },
  care_plan_evaluated_share: {
    component: 'integraal_behandelplan',
    nl: 'Gezamenlijke plannen die zijn geëvalueerd',
    en: 'Shared plans that were evaluated',
    unit: 'percent',
  },
} as const satisfies Record<string, { component: ComponentCode; nl: string; en: string; unit: 'percent' | 'count' }>;

export type RegisterMeasureCode = keyof typeof REGISTER_MEASURES;
export const REGISTER_MEASURE_CODES = Object.keys(REGISTER_MEASURES) as RegisterMeasureCode[];
