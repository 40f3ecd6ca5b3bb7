import { COMPONENT_CODES, type ComponentCode } from '@tks/shared/components';
import {
  INDICATOR_DIRECTIONS,
  INDICATOR_SOURCES,
  INDICATOR_UNITS,
  type IndicatorDirection,
  type IndicatorSource,
  type IndicatorUnit,
  REPORTING_FREQUENCIES,
  type ReportingFrequency,
} from '@tks/shared/domain';
import { bandIssueMessage, checkBands } from '@tks/shared/indicator-bands';
import type { Locale } from '@tks/shared/locale';
import { parseQuarter, quarterKey } from '@tks/shared/periods';
import type { IndicatorDefinition, zIndicatorDefinitionInput, zReferenceInput } from '@tks/shared/schemas/indicators';
import { zIndicatorCode } from '@tks/shared/schemas/indicators';
import { BAND_CODES, type BandCode } from '@tks/shared/schemas/thermometer';
import type { z } from 'zod';
import type { FormErrors } from '../../components/form/formErrors';
import type { Translate } from '../../i18n/translate';

/*
 * The indicator form keeps what people type (text, with a decimal comma) and turns it into the API
 * contract in one pure step, so the rules and their Dutch messages are tested without a browser.
 */

export interface BandValues {
  from: string;
  to: string;
  code: BandCode;
}

export interface IndicatorFormValues {
  code: string;
  nameNl: string;
  nameEn: string;
  descriptionNl: string;
  descriptionEn: string;
  source: IndicatorSource;
  component: ComponentCode;
  unit: IndicatorUnit;
  numeratorText: string;
  denominatorText: string;
  factor: string;
  direction: IndicatorDirection;
  frequency: ReportingFrequency;
  plausibleMin: string;
  plausibleMax: string;
  useBands: boolean;
  bands: BandValues[];
  /** Only when creating: the first target, baseline and national value, each from a quarter. */
  targetValue: string;
  targetFrom: string;
  baselineValue: string;
  baselineFrom: string;
  nationalValue: string;
  nationalFrom: string;
}

export const SCALAR_FIELDS = [
  'code',
  'nameNl',
  'nameEn',
  'descriptionNl',
  'descriptionEn',
  'source',
  'component',
  'unit',
  'numeratorText',
  'denominatorText',
  'factor',
  'direction',
  'frequency',
  'plausibleMin',
  'plausibleMax',
  'targetValue',
  'targetFrom',
  'baselineValue',
  'baselineFrom',
  'nationalValue',
  'nationalFrom',
] as const;

/** `colourBands.1.from` names the lower edge of the second band, as the server's field errors do. */
export type BandField = `colourBands.${number}.${'from' | 'to'}`;
export type FormField = (typeof SCALAR_FIELDS)[number] | BandField;

export const OPTIONS = {
  source: INDICATOR_SOURCES,
  component: COMPONENT_CODES,
  unit: INDICATOR_UNITS,
  direction: INDICATOR_DIRECTIONS,
  frequency: REPORTING_FREQUENCIES,
  band: BAND_CODES,
} as const;

const DEFAULT_BANDS: BandValues[] = [
  { from: '0', to: '50', code: 'attention' },
  { from: '50', to: '75', code: 'developing' },
  { from: '75', to: '100', code: 'strong' },
];

export function defaultBands(): BandValues[] {
  return DEFAULT_BANDS.map((band) => ({ ...band }));
}

export function emptyFormValues(currentQuarter: string): IndicatorFormValues {
  return {
    code: '',
    nameNl: '',
    nameEn: '',
    descriptionNl: '',
    descriptionEn: '',
    source: 'other',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: '',
    denominatorText: '',
    factor: '100',
    direction: 'higher_better',
    frequency: 'quarterly',
    plausibleMin: '0',
    plausibleMax: '100',
    useBands: false,
    bands: defaultBands(),
    targetValue: '',
    targetFrom: currentQuarter,
    baselineValue: '',
    baselineFrom: currentQuarter,
    nationalValue: '',
    nationalFrom: currentQuarter,
  };
}

function numberText(value: number | null, locale: Locale): string {
  if (value === null) return '';
  const text = String(value);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

export function formValuesOf(
  indicator: IndicatorDefinition,
  locale: Locale,
  currentQuarter: string,
): IndicatorFormValues {
  return {
    ...emptyFormValues(currentQuarter),
    code: indicator.code,
    nameNl: indicator.nameNl,
    nameEn: indicator.nameEn,
    descriptionNl: indicator.descriptionNl,
    descriptionEn: indicator.descriptionEn,
    source: indicator.source,
    component: indicator.component,
    unit: indicator.unit,
    numeratorText: indicator.numeratorText ?? '',
    denominatorText: indicator.denominatorText ?? '',
    factor: numberText(indicator.factor, locale),
    direction: indicator.direction,
    frequency: indicator.frequency,
    plausibleMin: numberText(indicator.plausibleMin, locale),
    plausibleMax: numberText(indicator.plausibleMax, locale),
    useBands: indicator.colourBands !== null,
    bands:
      indicator.colourBands?.map((band) => ({
        from: numberText(band.from, locale),
        to: numberText(band.to, locale),
        code: band.code,
      })) ?? defaultBands(),
  };
}

/**
 * "12,5", "12.5", "1.234,5" (Dutch) and "1,234.5" (English) as numbers; empty is null, anything
 * else NaN so the caller can say which field is wrong.
 */
export function parseDecimal(text: string, locale: Locale): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  let normalised = trimmed;
  if (locale === 'nl') {
    normalised = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  } else {
    normalised = trimmed.replace(/,/g, '');
  }
  return /^[-+]?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** "K1 2026", "2026-Q1", "Q1 2026" → "2026-Q1"; null when it is not a quarter. */
export function parseQuarterText(text: string): string | null {
  const result = parseQuarter(text);
  return result.ok ? quarterKey(result.quarter) : null;
}

type DefinitionBody = z.input<typeof zIndicatorDefinitionInput>;
type ReferenceBody = z.input<typeof zReferenceInput>;

export type FormResult =
  | { ok: true; definition: DefinitionBody; code: string; references: ReferenceBody[] }
  | { ok: false; errors: FormErrors<FormField> };

/**
 * Checks everything the server will check (required fields, numbers, the plausible range and the
 * band rules with the same messages) and builds the request body.
 */
export function toRequest(
  values: IndicatorFormValues,
  mode: 'create' | 'edit',
  locale: Locale,
  t: Translate,
): FormResult {
  const fields: Partial<Record<FormField, string>> = {};
  const number = (field: FormField, text: string, required: boolean): number | null => {
    const parsed = parseDecimal(text, locale);
    if (parsed === null) {
      if (required) fields[field] ??= t('form.error.required');
      return null;
    }
    if (Number.isNaN(parsed)) fields[field] ??= t('indicatorForm.error.number');
    return parsed;
  };
  const required = (field: FormField, text: string) => {
    if (text.trim() === '') fields[field] ??= t('form.error.required');
  };

  let code = values.code.trim().toUpperCase();
  if (mode === 'create') {
    const parsed = zIndicatorCode.safeParse(values.code);
    if (values.code.trim() === '') fields.code = t('form.error.required');
    else if (!parsed.success) fields.code = t('indicatorForm.error.code');
    else code = parsed.data;
  }
  required('nameNl', values.nameNl);
  required('nameEn', values.nameEn);
  const factor = number('factor', values.factor, true);
  if (factor !== null && !Number.isNaN(factor) && factor <= 0) fields.factor ??= t('form.error.tooLow', { n: 0 });
  const min = number('plausibleMin', values.plausibleMin, values.useBands);
  const max = number('plausibleMax', values.plausibleMax, values.useBands);
  const rangeOk = min !== null && max !== null && !Number.isNaN(min) && !Number.isNaN(max);
  if (rangeOk && !(max > min)) {
    fields.plausibleMax ??=
      locale === 'nl'
        ? 'De bovengrens van het plausibele bereik moet hoger zijn dan de ondergrens.'
        : 'The top of the plausible range must be higher than the bottom.';
  }

  const bands = values.useBands
    ? values.bands.map((band, i) => ({
        from: number(`colourBands.${i}.from`, band.from, true) ?? Number.NaN,
        to: number(`colourBands.${i}.to`, band.to, true) ?? Number.NaN,
        code: band.code,
      }))
    : null;
  if (bands && rangeOk && max > min) {
    for (const issue of checkBands(bands, { min, max })) {
      const field: BandField = `colourBands.${issue.index}.${issue.field}`;
      fields[field] ??= bandIssueMessage(issue, locale);
    }
  }

  const references: ReferenceBody[] = [];
  if (mode === 'create') {
    for (const kind of ['target', 'baseline', 'national'] as const) {
      const value = number(`${kind}Value`, values[`${kind}Value`], false);
      if (value === null || Number.isNaN(value)) continue;
      const validFrom = parseQuarterText(values[`${kind}From`]);
      if (validFrom === null) {
        fields[`${kind}From`] ??= t('referenceForm.error.quarter');
        continue;
      }
      references.push({ kind, validFrom, value, note: null });
    }
  }

  if (Object.keys(fields).length > 0) return { ok: false, errors: { fields, messages: [] } };
  return {
    ok: true,
    code,
    references,
    definition: {
      nameNl: values.nameNl.trim(),
      nameEn: values.nameEn.trim(),
      descriptionNl: values.descriptionNl.trim(),
      descriptionEn: values.descriptionEn.trim(),
      source: values.source,
      component: values.component,
      unit: values.unit,
      numeratorText: values.numeratorText.trim() || null,
      denominatorText: values.denominatorText.trim() || null,
      factor: factor ?? 1,
      direction: values.direction,
      frequency: values.frequency,
      plausibleMin: min,
      plausibleMax: max,
      colourBands: bands,
    },
  };
}
