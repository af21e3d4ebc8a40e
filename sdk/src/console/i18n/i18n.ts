/**
 * The console's message catalog at run time: the viewer's locale (their choice, else the
 * browser's languages), `t` to look words up, and Intl formatting of dates, weeks and numbers
 * in that locale and the browser's time zone.
 */
import { computed, signal } from '@preact/signals';
import { weekDays } from '../../widgets/iso-week';
import { de } from './de';
import { en, type Catalog, type MessageKey } from './en';

export const CATALOGS = { en, de } satisfies Record<string, Catalog>;
export type Locale = keyof typeof CATALOGS;
export const LOCALES = Object.keys(CATALOGS) as Locale[];
/** Each locale's own name, shown in the picker in that language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch' };

const STORAGE_KEY = 'sightline.console.locale';

/** The first of the browser's languages we have a catalog for, else English. */
export function pickLocale(preferred: readonly string[], saved: string | null): Locale {
  if (saved && (LOCALES as string[]).includes(saved)) return saved as Locale;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LOCALES as string[]).includes(base!)) return base as Locale;
  }
  return 'en';
}

const savedLocale = () => {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
};

export const locale = signal<Locale>(typeof navigator === 'undefined' ? 'en' : pickLocale(navigator.languages ?? [navigator.language], savedLocale()));

export function setLocale(next: Locale): void {
  locale.value = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page.
  }
}

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; numbers are formatted for the locale. */
function fill(template: string, params: Params | undefined, lang: Locale): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** The message `key` in the current locale. */
export function t(key: MessageKey, params?: Params, lang: Locale = locale.value): string {
  return fill(CATALOGS[lang][key], params, lang);
}

type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/** The plural form of `base` for `count` (`base.one` or `base.other`), with `{count}` filled in. */
export function tPlural(base: PluralBase, count: number, params: Params = {}, lang: Locale = locale.value): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}.${form}` as MessageKey, { ...params, count }, lang);
}

export const formatNumber = (value: number, lang: Locale = locale.value) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);

export const formatPercent = (fraction: number, lang: Locale = locale.value) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);

/** A calendar date (`2027-03-31`) as the locale writes it; it names a day, so no time zone shifts it. */
export const formatDay = (isoDate: string, lang: Locale = locale.value) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

/** An instant in the viewer's own time zone. */
export const formatInstant = (iso: string, lang: Locale = locale.value, timeZone?: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone && { timeZone }) }).format(new Date(iso));

/** `2027-W05` as "27 Jan – 2 Feb 2027" in the locale. */
export const formatWeek = (week: string, lang: Locale = locale.value) => {
  const { monday, sunday } = weekDays(week);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(monday, sunday);
};

/** The weekday name of a date, for "due by the end of Friday". */
export const formatWeekday = (date: Date, lang: Locale = locale.value) => new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(date);

/** Re-renders whatever reads it when the locale changes. */
export const documentLang = computed(() => locale.value);
