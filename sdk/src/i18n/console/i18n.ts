/**
 * The console's message catalog at run time: the viewer's locale (their choice, else the
 * browser's languages), `t` to look words up, and Intl formatting of dates, weeks and numbers
 * in that locale and the browser's time zone.
 */
import { computed, signal } from '@preact/signals';
import { weekDays } from '../../widgets/iso-week';
import { browserLanguages, pickLocale, type Locale } from '../locale';
import { formatNumber as formatNumberIn, translator, type Params, type PluralBase } from '../translate';
import { de } from './de';
import { en, type Catalog, type MessageKey } from './en';

export const CATALOGS = { en, de } satisfies Record<Locale, Catalog>;
export { LOCALES, LOCALE_NAMES, type Locale } from '../locale';

const STORAGE_KEY = 'sightline.console.locale';

const savedLocale = () => {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
};

export const locale = signal<Locale>(typeof navigator === 'undefined' ? 'en' : pickLocale(browserLanguages(), savedLocale()));

export function setLocale(next: Locale): void {
  locale.value = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page.
  }
}

/** The message `key` in the current locale. */
export const t = (key: MessageKey, params?: Params, lang: Locale = locale.value): string => translator(CATALOGS[lang], lang).t(key, params);

/** The plural form of `base` for `count` (`base.one` or `base.other`), with `{count}` filled in. */
export const tPlural = (base: PluralBase<MessageKey>, count: number, params: Params = {}, lang: Locale = locale.value): string =>
  translator(CATALOGS[lang], lang).tPlural(base, count, params);

export const formatNumber = (value: number, lang: Locale = locale.value) => formatNumberIn(value, lang);

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
