import type { Locale } from '@tks/shared/locale';
import { type MessageKey, type Messages, nl } from './nl';

export type { MessageKey };

/*
 * Dutch ships with the first view; English is its own chunk, fetched when someone chooses it (or
 * chose it on an earlier visit). Until it has arrived, text falls back to Dutch.
 */
const loaded: Partial<Record<Locale, Messages>> = { nl };
const loaders: Record<Locale, () => Promise<Messages>> = {
  nl: async () => nl,
  en: async () => (await import('./en')).en,
};

export async function loadMessages(locale: Locale): Promise<void> {
  loaded[locale] ??= await loaders[locale]();
}

/** Whether a string built at run time (from a code the server sent) names a message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}

export type TranslateVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: TranslateVars) => string;

export function createTranslate(locale: Locale): Translate {
  const messages = loaded[locale] ?? nl;
  return (key, vars) => {
    const text = messages[key];
    if (!vars) return text;
    // An unknown placeholder stays visible so a wrong variable name is noticed instead of hidden.
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
  };
}
