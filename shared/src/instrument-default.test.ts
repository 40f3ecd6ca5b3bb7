import { describe, expect, it } from 'vitest';
import { COMPONENT_CODES } from './components';
import { DEFAULT_INSTRUMENT, DIMENSION_CODES, instrumentItems, LIKERT_VALUES } from './instrument-default';

describe('DEFAULT_INSTRUMENT', () => {
  const items = instrumentItems(DEFAULT_INSTRUMENT);
  const likertItems = items.filter((item) => item.kind === 'likert');

  it('has the seven dimensions A to G in order, five statements each', () => {
    expect(DEFAULT_INSTRUMENT.dimensions.map((d) => d.code)).toEqual([...DIMENSION_CODES]);
    for (const dimension of DEFAULT_INSTRUMENT.dimensions) expect(dimension.items).toHaveLength(5);
    expect(likertItems).toHaveLength(35);
  });

  it('codes each statement by its dimension and position, and every code is unique', () => {
    for (const dimension of DEFAULT_INSTRUMENT.dimensions) {
      expect(dimension.items.map((item) => item.code)).toEqual([1, 2, 3, 4, 5].map((n) => `${dimension.code}${n}`));
    }
    const codes = items.map((item) => item.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('maps every dimension to a toolkit component, as in the domain table', () => {
    const mapping = Object.fromEntries(DEFAULT_INSTRUMENT.dimensions.map((d) => [d.code, d.component]));
    for (const component of Object.values(mapping)) expect(COMPONENT_CODES).toContain(component);
    expect(mapping).toEqual({
      A: 'samenwerken_leren',
      B: 'samenwerken_leren',
      C: 'samenwerken_leren',
      D: 'informatie_delen',
      E: 'reflecteren',
      F: 'integraal_behandelplan',
      G: 'meten_weten',
    });
  });

  it('ends with the two open questions', () => {
    expect(items.slice(-2).map((item) => [item.code, item.kind])).toEqual([
      ['O1', 'open'],
      ['O2', 'open'],
    ]);
  });

  it('has a Dutch and an English text for every item, and no text twice', () => {
    for (const item of items) {
      expect(item.text.nl.trim()).not.toBe('');
      expect(item.text.en.trim()).not.toBe('');
    }
    const dutch = items.map((item) => item.text.nl);
    expect(new Set(dutch).size).toBe(dutch.length);
  });

  it('labels the five scale points and the separate "don\'t know" choice', () => {
    for (const value of LIKERT_VALUES) expect(DEFAULT_INSTRUMENT.scale.points[value].nl).not.toBe('');
    expect(DEFAULT_INSTRUMENT.scale.points[1].nl).toBe('Helemaal oneens');
    expect(DEFAULT_INSTRUMENT.scale.points[5].nl).toBe('Helemaal eens');
    expect(DEFAULT_INSTRUMENT.scale.dontKnow.nl).toBe('Weet niet / niet van toepassing');
  });
});
