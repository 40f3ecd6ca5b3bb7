import type { Locale } from '@tks/shared/locale';
import { en } from './en';
import { type MessageKey, type Messages, nl } from './nl';

export type { MessageKey };

const MESSAGES: Record<Locale, Messages> = { nl, en };

export type TranslateVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: TranslateVars) => string;

export function createTranslate(locale: Locale): Translate {
  const messages = MESSAGES[locale];
  return (key, vars) => {
    const text = messages[key];
    if (!vars) return text;
    // An unknown placeholder stays visible so a wrong variable name is noticed instead of hidden.
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
  };
}
