import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../i18n/translate';
import { emptyFormValues, parseDecimal, parseQuarterText, toRequest } from './formValues';

const nl = createTranslate('nl');

describe('parseDecimal', () => {
  it('reads Dutch and English numbers, and says when it cannot', () => {
    expect(parseDecimal('12,5', 'nl')).toBe(12.5);
    expect(parseDecimal('1.234,5', 'nl')).toBe(1234.5);
    expect(parseDecimal('12.5', 'nl')).toBe(12.5);
    expect(parseDecimal('1,234.5', 'en')).toBe(1234.5);
    expect(parseDecimal(' ', 'nl')).toBeNull();
    expect(parseDecimal('twaalf', 'nl')).toBeNaN();
    expect(parseDecimal('12,5%', 'nl')).toBeNaN();
  });
});

describe('parseQuarterText', () => {
  it('takes a quarter in the forms people type', () => {
    expect(parseQuarterText('K1 2026')).toBe('2026-Q1');
    expect(parseQuarterText('2026-Q3')).toBe('2026-Q3');
    expect(parseQuarterText('2026')).toBeNull();
  });
});

describe('toRequest', () => {
  const filled = {
    ...emptyFormValues('K1 2026'),
    code: 'own-1',
    nameNl: 'Eigen',
    nameEn: 'Own',
    targetValue: '80',
    nationalValue: '71,5',
    nationalFrom: 'K3 2025',
  };

  it('builds the request: code in capitals, numbers from Dutch text, only the references filled in', () => {
    const result = toRequest(filled, 'create', 'nl', nl);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.code).toBe('OWN-1');
    expect(result.definition).toMatchObject({ factor: 100, plausibleMin: 0, plausibleMax: 100, colourBands: null });
    expect(result.references).toEqual([
      { kind: 'target', validFrom: '2026-Q1', value: 80, note: null },
      { kind: 'national', validFrom: '2025-Q3', value: 71.5, note: null },
    ]);
  });

  it('ties band problems to the band edge with the server’s words', () => {
    const result = toRequest(
      {
        ...filled,
        useBands: true,
        bands: [
          { from: '0', to: '40', code: 'attention' },
          { from: '35', to: '100', code: 'strong' },
        ],
      },
      'create',
      'nl',
      nl,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.fields).toEqual({
      'colourBands.1.from': 'Band 2 (vanaf 35) overlapt band 1 (tot 40). Laat band 2 beginnen bij 40.',
    });
  });

  it('asks for what is missing or wrong', () => {
    const result = toRequest(
      { ...filled, code: 'jgz 1', nameNl: ' ', factor: 'honderd', targetFrom: 'volgend jaar' },
      'create',
      'nl',
      nl,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.fields).toEqual({
      code: 'Gebruik hoofdletters, cijfers en koppeltekens, bijvoorbeeld JGZ-09.',
      nameNl: 'Vul dit veld in.',
      factor: 'Vul een getal in, bijvoorbeeld 12,5.',
      targetFrom: 'Vul een kwartaal in, bijvoorbeeld K1 2026.',
    });
  });
});
