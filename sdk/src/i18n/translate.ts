/**
 * Looking words up in a catalog: `{name}` placeholders filled (numbers formatted for the
 * locale), plural forms (`base.one` / `base.other`) chosen with Intl.PluralRules. Every
 * surface's catalog is a flat record of keys to English or German text.
 */
import type { Locale } from './locale';

export type Params = Record<string, string | number>;
export type Messages = Record<string, string>;

/** Keys `x.one` of a catalog, as the base `x` a plural lookup takes. */
export type PluralBase<K> = K extends `${infer B}.one` ? B : never;

export const formatNumber = (value: number, lang: Locale) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);

/** Fills `{name}` placeholders; numbers are formatted for the locale. */
export function fill(template: string, params: Params | undefined, lang: Locale): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

export interface Translator<K extends string> {
  lang: Locale;
  t(key: K, params?: Params): string;
  /** The plural form of `base` for `count`, with `{count}` filled in. */
  tPlural(base: PluralBase<K>, count: number, params?: Params): string;
}

/** A translator over one catalog in one locale. */
export function translator<K extends string>(messages: Record<K, string>, lang: Locale): Translator<K> {
  const t = (key: K, params?: Params) => fill(messages[key], params, lang);
  return {
    lang,
    t,
    tPlural: (base, count, params = {}) => {
      const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
      return t(`${base}.${form}` as K, { ...params, count });
    },
  };
}
