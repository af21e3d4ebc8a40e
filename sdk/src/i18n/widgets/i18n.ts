/**
 * Widgets' words at run time. Each element renders in its own locale (see `elementLocale`).
 * Every locale's catalog, English included, is a chunk of its own fetched the first time an
 * element needs it (alongside the widget's code), so a page in German never downloads the
 * English words and the other way round, and the entry carries none. Until the catalog
 * arrives the element keeps its placeholder. Components read the translator from context.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { signal } from '@preact/signals';
import type { Locale } from '../locale';
import type { Translator } from '../translate';
import type { WidgetCatalog, WidgetMessageKey } from './en';

export type WidgetTranslator = Translator<WidgetMessageKey>;

const withTranslator = (lang: Locale, catalog: Promise<WidgetCatalog>) =>
  Promise.all([catalog, import('../translate')]).then(([messages, { translator }]) => translator(messages, lang));

const LOADERS: Record<Locale, () => Promise<WidgetTranslator>> = {
  en: () => withTranslator('en', import('./en').then((m) => m.en)),
  de: () => withTranslator('de', import('./de').then((m) => m.de)),
};

const loaded = signal<Partial<Record<Locale, WidgetTranslator>>>({});
/** Why the last catalog fetch failed (a flaky network); the next element to connect tries again. */
export const catalogFailure = signal<string | null>(null);
const requested = new Set<Locale>();

function request(lang: Locale): void {
  if (requested.has(lang)) return;
  requested.add(lang);
  LOADERS[lang]().then(
    (i18n) => (loaded.value = { ...loaded.value, [lang]: i18n }),
    (error: unknown) => {
      requested.delete(lang);
      catalogFailure.value = error instanceof Error ? error.message : String(error);
    },
  );
}

/** Lets the next render fetch the catalogs that failed (renders never retry on their own, so a failure cannot loop). */
export const retryFailedCatalogs = () => void (catalogFailure.value = null);

/** The translator for `lang`, or null while its catalog is on its way (reading it subscribes to its arrival). */
export function widgetTranslator(lang: Locale): WidgetTranslator | null {
  const i18n = loaded.value[lang];
  if (!i18n && catalogFailure.value === null) request(lang);
  return i18n ?? null;
}

/** Null until the element's catalog has arrived: only the entry's placeholder and failure lines render then. */
export const WidgetI18n = createContext<WidgetTranslator | null>(null);

/** The translator of the element this widget renders in (widgets render only once it is here). */
export function useWidgetI18n(): WidgetTranslator {
  const i18n = useContext(WidgetI18n);
  if (!i18n) throw new Error('A widget rendered outside a Sightline element, or before its words arrived');
  return i18n;
}

export type { WidgetMessageKey };
