import { z } from 'zod';

export const LOCALES = ['nl', 'en'] as const;
export const zLocale = z.enum(LOCALES);
export type Locale = z.infer<typeof zLocale>;
export const DEFAULT_LOCALE: Locale = 'nl';

/** Picks the first supported language from an Accept-Language header; Dutch when none fits. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.find((p) => p.trim().startsWith('q='));
      const q = qParam ? Number(qParam.trim().slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isNaN(q) ? 0 : q, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { lang } of ranked) {
    const parsed = zLocale.safeParse(lang);
    if (parsed.success) return parsed.data;
  }
  return DEFAULT_LOCALE;
}
