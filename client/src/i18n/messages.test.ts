import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl } from './nl';
import { createTranslate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('messages', () => {
  it('give every English text the same placeholders as its Dutch source', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(nl[key]) });
    }
  });

  it('leave no text empty', () => {
    for (const text of [...Object.values(nl), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });

  it('fill placeholders and leave unknown ones visible', () => {
    const t = createTranslate('nl');
    expect(t('comparison.same', { quarter: 'K2 2026' })).toBe('gelijk gebleven t.o.v. K2 2026');
    expect(t('comparison.same')).toBe('gelijk gebleven t.o.v. {quarter}');
  });
});
