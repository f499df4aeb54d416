const languages = ['nl', 'en'] as const;
export type Lang = (typeof languages)[number];
type Catalog = Record<string, string>;
export type Catalogs = Record<Lang, Catalog>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: string, params?: MessageParams) => string;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Merges the catalogs of the platform and every feature; a key defined twice is a bug. */
export function mergeCatalogs(parts: readonly Catalogs[]): Catalogs {
  const merged: Catalogs = { nl: {}, en: {} };
  for (const part of parts) {
    for (const lang of languages) {
      for (const [key, text] of Object.entries(part[lang])) {
        if (key in merged[lang]) throw new Error(`Message key defined twice: ${key}`);
        merged[lang][key] = text;
      }
    }
  }
  return merged;
}

function interpolate(text: string, params: MessageParams | undefined): string {
  if (params === undefined || !text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * `t('key', { count })` picks `key.one` / `key.other` by the language's plural rules when
 * those exist. English falls back to Dutch, and a missing key shows itself so it is noticed.
 */
export function createTranslator(catalogs: Catalogs, lang: Lang): Translate {
  const plural = new Intl.PluralRules(lang);
  const lookup = (key: string): string | undefined => catalogs[lang][key] ?? catalogs.nl[key];
  return (key, params) => {
    const count = params?.count;
    const pluralText = typeof count === 'number' ? (lookup(`${key}.${plural.select(count)}`) ?? lookup(`${key}.other`)) : undefined;
    return interpolate(pluralText ?? lookup(key) ?? key, params);
  };
}

const TIME_ZONE = 'Europe/Amsterdam';
const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

// Building an Intl formatter costs far more than using one (and keeps memory it never
// returns), so each kind is built once per language, at load.
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locales[lang], { timeZone: TIME_ZONE, ...options });
}

const euroFormats: Record<Lang, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat(locales.nl, { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat(locales.en, { style: 'currency', currency: 'EUR' }),
};

/** "€ 2,50" (nl) or "€2.50" (en), from cents. */
export function formatEuros(cents: number, lang: Lang): string {
  return euroFormats[lang].format(cents / 100);
}

/** The weekday of a date (`2026-03-17`): "dinsdag" or "Tuesday". */
export function formatWeekday(day: string, lang: Lang): string {
  return weekdayName[lang].format(new Date(`${day}T12:00:00Z`));
}

const longDate = { nl: dateFormat('nl', { dateStyle: 'long' }), en: dateFormat('en', { dateStyle: 'long' }) };
const longDateTime = {
  nl: dateFormat('nl', { dateStyle: 'long', timeStyle: 'short' }),
  en: dateFormat('en', { dateStyle: 'long', timeStyle: 'short' }),
};
const weekdayName = { nl: dateFormat('nl', { weekday: 'long' }), en: dateFormat('en', { weekday: 'long' }) };

export function formatDate(iso: string, lang: Lang): string {
  return longDate[lang].format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
}

export function formatDateTime(iso: string, lang: Lang): string {
  return longDateTime[lang].format(new Date(iso));
}
