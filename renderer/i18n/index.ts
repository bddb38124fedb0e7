import { de } from './de';
import { en, type MessageKey, type Messages } from './en';
import { ru } from './ru';
import { formatMessage, type Params } from './format';

export type { MessageKey } from './en';

/** Interface languages; every one carries every key (the compiler checks de.ts and ru.ts). */
export type UiLang = 'en' | 'de' | 'ru';
export const UI_LANGS: readonly UiLang[] = ['en', 'de', 'ru'];

const catalogs: Record<UiLang, Messages> = { en, de, ru };

export type { Params } from './format';
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * A translator for one language: `{name}` placeholders are filled from params, and every
 * count goes through `{n, plural, ...}` with the language's Intl.PluralRules ("1 document",
 * "2 documents"; Russian one/few/many).
 */
export function translator(lang: UiLang): Translate {
  const catalog = catalogs[lang];
  const f = { plural: new Intl.PluralRules(lang), number: new Intl.NumberFormat(lang) };
  return (key, params) => formatMessage(catalog[key] ?? en[key], params, f);
}

export function isUiLang(v: unknown): v is UiLang {
  return v === 'en' || v === 'de' || v === 'ru';
}

/** The OS/browser language if it is one Sverka speaks, else English. */
export function preferredUiLang(languages: readonly string[]): UiLang {
  for (const l of languages) {
    const base = l.slice(0, 2).toLowerCase();
    if (isUiLang(base)) return base;
  }
  return 'en';
}

/** "3 minutes ago" in the interface language. */
export function relativeTime(lang: UiLang, iso: string, now = Date.now()): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const s = Math.round((t - now) / 1000);
  const abs = Math.abs(s);
  if (abs < 45) return rtf.format(0, 'second');
  if (abs < 3600) return rtf.format(Math.round(s / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(s / 3600), 'hour');
  if (abs < 30 * 86_400) return rtf.format(Math.round(s / 86_400), 'day');
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(t);
}
