/** Words and numbers as widgets show them; one place so every widget says the same thing. */
import type { Direction, RecordContext, Tool } from '../model';
import type { Locale } from '../i18n/locale';
import type { Translator } from '../i18n/translate';
import type { WidgetMessageKey } from '../i18n/widgets/i18n';

/** `86%`, `5 h`, `3` in the locale's digits: a percent sign sits next to the number, other units after a space. */
export function formatValue(value: number, unit: string, lang?: Locale): string {
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** 0..1 as a whole percentage, as CSS reads it (a width, a position). */
export const cssPercent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** 0..1 as a whole percentage, as the locale writes it (`86 %` in German). */
export const formatPercent = (fraction: number, lang?: Locale) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);

/** A change with its sign, e.g. `+2%` or `−1 h`. */
export function formatDelta(delta: number, unit: string, lang?: Locale): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${sign}${formatValue(Math.abs(delta), unit, lang)}`;
}

export function describeDirection(
  { t, lang }: Translator<WidgetMessageKey>,
  direction: Direction,
  range: { min: number; max: number } | null,
  unit: string,
): string {
  if (direction !== 'hold') return t(`direction.${direction}`);
  return range ? t('direction.holdRange', { min: formatValue(range.min, unit, lang), max: formatValue(range.max, unit, lang) }) : t('direction.hold');
}

export const TOOL_LABEL: Record<Tool, string> = {
  zendesk: 'Zendesk',
  freshdesk: 'Freshdesk',
  jira: 'Jira',
  intercom: 'Intercom',
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  pipedrive: 'Pipedrive',
  confluence: 'Confluence',
  sharepoint: 'SharePoint',
  notion: 'Notion',
  web: 'Web page',
  api: 'API',
};

/** `Zendesk ticket #123 — Refund not received`. */
export function describeRecord(context: RecordContext): string {
  const record = `${TOOL_LABEL[context.tool]} ${context.recordType} #${context.recordId}`;
  return context.title ? `${record} — ${context.title}` : record;
}

/** A calendar date (YYYY-MM-DD) as the locale writes it, read at UTC midnight so no time zone moves it a day. */
export const formatDay = (date: string, lang?: Locale) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** The day an instant fell on for the viewer, as the locale writes it. */
export const formatInstantDay = (instant: string, lang?: Locale) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(instant));
