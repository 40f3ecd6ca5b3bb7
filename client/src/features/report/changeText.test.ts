import type { ReportChange } from '@tks/shared/schemas/report';
import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../i18n/translate';
import { changeSentence } from './changeText';

const base: ReportChange = {
  kind: 'overall',
  component: null,
  measureKey: null,
  code: null,
  nameNl: null,
  nameEn: null,
  comparedWith: 'previous_quarter',
  quarter: '2026-Q2',
  from: 61.25,
  to: 55,
  change: -6.25,
};

describe('changeSentence', () => {
  it('says what changed, which way, by how much, against which quarter and between which scores', () => {
    expect(changeSentence(base, createTranslate('nl'), 'nl')).toBe(
      'De thermometer daalde 6,3 punten ten opzichte van K2 2026 (van 61,3 naar 55).',
    );
    expect(changeSentence({ ...base, from: 55, to: 61.25, change: 6.25 }, createTranslate('en'), 'en')).toBe(
      'The thermometer rose 6.3 points against Q2 2026 (from 55 to 61.3).',
    );
  });

  it('names a measure with its code and its component, in the reader’s language', () => {
    const measure: ReportChange = {
      ...base,
      kind: 'measure',
      component: 'reflecteren',
      measureKey: 'indicator:COA-02',
      code: 'COA-02',
      nameNl: 'Spiegelgesprekken',
      nameEn: 'Mirror conversations',
    };
    expect(changeSentence(measure, createTranslate('nl'), 'nl')).toMatch(
      /^COA-02 Spiegelgesprekken \(Reflecteren\) daalde/,
    );
    expect(changeSentence(measure, createTranslate('en'), 'en')).toMatch(
      /^COA-02 Mirror conversations \(Reflecting\) fell/,
    );
  });
});
