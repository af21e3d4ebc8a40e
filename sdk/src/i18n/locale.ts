/**
 * The locales every surface (console, widgets, extension) ships, and how each finds the
 * viewer's: a saved choice or an element's `lang`, else the browser's languages, else English.
 */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
/** Each locale's own name, shown in a picker in that language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch' };

const known = (tag: string | null | undefined): Locale | null => {
  const base = tag?.trim().toLowerCase().split('-')[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : null;
};

/** A saved choice we have, else the first of the preferred languages we have, else English. */
export function pickLocale(preferred: readonly string[], saved: string | null = null): Locale {
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  return firstKnown(preferred);
}

const firstKnown = (tags: ReadonlyArray<string | null>): Locale => tags.map(known).find((l) => l !== null) ?? 'en';

/** The browser's languages, most preferred first (none outside a browser). */
export const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];

/**
 * An embedded element's locale: its own `lang` or the nearest ancestor's (the host page's
 * `<html lang>` included), else the browser's. A `lang` we have no catalog for counts as
 * unset, so the browser's languages decide.
 */
export function elementLocale(element: Element): Locale {
  return firstKnown([element.closest('[lang]')?.getAttribute('lang') ?? null, ...browserLanguages()]);
}
