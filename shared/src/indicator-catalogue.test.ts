import { describe, expect, it } from 'vitest';
import { COMPONENT_CODES } from './components';
import { INDICATOR_DIRECTIONS, INDICATOR_SOURCES, INDICATOR_UNITS, REPORTING_FREQUENCIES } from './domain';
import {
  agreeMeanToScore,
  catalogueEntry,
  INDICATOR_CATALOGUE,
  INDICATOR_CODES,
  type IndicatorCatalogueEntry,
  UNIT_FACTORS,
} from './indicator-catalogue';

const catalogue: readonly IndicatorCatalogueEntry[] = INDICATOR_CATALOGUE;

describe('INDICATOR_CATALOGUE', () => {
  it('holds exactly the 24 indicators of the domain brief, in catalogue order', () => {
    expect(catalogue.map((entry) => entry.code)).toEqual([...INDICATOR_CODES]);
    expect(new Set(catalogue.map((entry) => entry.code)).size).toBe(24);
    expect([...INDICATOR_CODES].sort()).toEqual(
      [
        ...['01', '02', '03', '04', '05', '06', '07', '08'].map((n) => `JGZ-${n}`),
        ...['01', '02', '03', '04', '05', '06', '07'].map((n) => `ZIN-${n}`),
        ...['01', '02', '03'].map((n) => `PREM-${n}`),
        ...['01', '02', '03'].map((n) => `KS-${n}`),
        ...['01', '02', '03'].map((n) => `COA-${n}`),
      ].sort(),
    );
  });

  it('uses only the closed vocabularies', () => {
    for (const entry of catalogue) {
      expect(INDICATOR_SOURCES).toContain(entry.source);
      expect(INDICATOR_UNITS).toContain(entry.unit);
      expect(INDICATOR_DIRECTIONS).toContain(entry.direction);
      expect(REPORTING_FREQUENCIES).toContain(entry.frequency);
      expect(COMPONENT_CODES).toContain(entry.component);
    }
  });

  it('gives every unit its factor, and a ratio both a numerator and a denominator text', () => {
    for (const entry of catalogue) {
      expect(entry.factor, entry.code).toBe(UNIT_FACTORS[entry.unit]);
      expect(entry.numeratorText === null, entry.code).toBe(entry.denominatorText === null);
    }
    expect(catalogueEntry('JGZ-01')).toMatchObject({ unit: 'per_100', factor: 100 });
    expect(catalogueEntry('ZIN-04')).toMatchObject({ unit: 'per_1000', factor: 1000 });
    expect(catalogueEntry('ZIN-07')).toMatchObject({ unit: 'yes_no', component: 'informatie_delen' });
  });

  it('follows the "better" column of the brief', () => {
    const codesBy = (direction: string) =>
      catalogue.filter((entry) => entry.direction === direction).map((entry) => entry.code);
    expect(codesBy('lower_better')).toEqual(['ZIN-01', 'ZIN-02', 'ZIN-03', 'ZIN-04', 'ZIN-06', 'PREM-03']);
    expect(codesBy('context')).toEqual(['KS-01', 'KS-02']);
  });

  it('places the coalition indicators in the components they summarise', () => {
    expect(catalogueEntry('COA-01').component).toBe('integraal_behandelplan');
    expect(catalogueEntry('COA-02').component).toBe('reflecteren');
    expect(catalogueEntry('COA-03').component).toBe('samenwerken_leren');
  });

  it('has a target and a baseline exactly for the scored indicators, each on the right side', () => {
    for (const entry of catalogue) {
      const { defaultTarget: target, defaultBaseline: baseline } = entry;
      if (entry.direction === 'context') {
        expect([target, baseline], entry.code).toEqual([null, null]);
        continue;
      }
      if (target === null || baseline === null) throw new Error(`${entry.code} lacks a target or baseline`);
      expect(entry.direction === 'higher_better' ? target > baseline : target < baseline, entry.code).toBe(true);
    }
  });

  it('keeps targets, baselines and national values inside the plausible range', () => {
    for (const entry of catalogue) {
      expect(entry.plausibleMin, entry.code).toBeLessThan(entry.plausibleMax);
      for (const value of [entry.defaultTarget, entry.defaultBaseline, entry.nationalValue]) {
        if (value === null) continue;
        expect(value, entry.code).toBeGreaterThanOrEqual(entry.plausibleMin);
        expect(value, entry.code).toBeLessThanOrEqual(entry.plausibleMax);
      }
    }
  });

  it('carries the national figures of the brief', () => {
    expect(catalogueEntry('JGZ-06').nationalValue).toBe(92.5);
    expect(catalogueEntry('ZIN-02').nationalValue).toBe(14.8);
    expect(catalogueEntry('ZIN-04').nationalValue).toBe(7.8);
  });
});

describe('agreeMeanToScore', () => {
  it('maps the ends and the "agree" point of the 1–5 scale onto 0–100', () => {
    expect(agreeMeanToScore(1)).toBe(0);
    expect(agreeMeanToScore(4)).toBe(75);
    expect(agreeMeanToScore(5)).toBe(100);
  });
});
