/** Words and numbers as widgets show them; one place so every widget says the same thing. */
import type { Direction, Indicator, PaceStatus, RecordContext, Tool } from '../model';

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** `86%`, `5 h`, `3`: a percent sign sits next to the number, other units after a space. */
export function formatValue(value: number, unit: string): string {
  if (!unit) return number.format(value);
  return unit === '%' ? `${number.format(value)}%` : `${number.format(value)} ${unit}`;
}

/** 0..1 as a whole percentage. */
export const formatPercent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** A change with its sign, e.g. `+2%` or `−1 h`. */
export function formatDelta(delta: number, unit: string): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${sign}${formatValue(Math.abs(delta), unit)}`;
}

export const STATUS_LABEL: Record<PaceStatus, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
};

export const INDICATOR_LABEL: Record<Indicator, string> = {
  leading: 'Leading',
  lagging: 'Lagging',
};

export const INDICATOR_HINT: Record<Indicator, string> = {
  leading: 'Leading indicator: moves early and predicts the outcome',
  lagging: 'Lagging indicator: measures the outcome after the fact',
};

export function describeDirection(direction: Direction, range: { min: number; max: number } | null, unit: string): string {
  switch (direction) {
    case 'increase':
      return 'Higher is better';
    case 'decrease':
      return 'Lower is better';
    case 'hold':
      return range ? `Keep between ${formatValue(range.min, unit)} and ${formatValue(range.max, unit)}` : 'Keep steady';
  }
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

const calendarDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
/** A calendar date (YYYY-MM-DD) in the viewer's locale, read at UTC midnight so no time zone moves it a day. */
export const formatDay = (date: string) => calendarDay.format(new Date(`${date}T00:00:00Z`));

const localDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
/** The day an instant fell on for the viewer. */
export const formatInstantDay = (instant: string) => localDay.format(new Date(instant));
