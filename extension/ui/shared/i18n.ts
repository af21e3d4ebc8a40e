/**
 * The extension's words (its pages, the reminders' notifications), in the browser's UI language when we have it (else English).
 * The catalogs live in the SDK beside the widgets' and the console's, so one test checks all.
 */
import { browser } from 'wxt/browser';
import { pickLocale, type Locale } from '@sightline/sdk/i18n/locale';
import { translator } from '@sightline/sdk/i18n/translate';
import { de } from '@sightline/sdk/i18n/extension/de';
import { en, type ExtensionMessageKey } from '@sightline/sdk/i18n/extension/en';

const CATALOGS = { en, de } satisfies Record<Locale, Record<ExtensionMessageKey, string>>;

export const lang: Locale = pickLocale([browser.i18n.getUILanguage()]);
export const { t, tPlural } = translator(CATALOGS[lang], lang);

/** A date as the viewer's locale writes it, in their time zone. */
export const formatDate = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));

/** A calendar date (YYYY-MM-DD) as the viewer's locale writes it, read at UTC midnight so no time zone moves it a day. */
export const formatDay = (date: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
