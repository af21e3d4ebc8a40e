/**
 * The embeddable widgets' words in English, the default. Each locale's catalog is a chunk of
 * its own, fetched only when an element's locale needs it (see i18n.ts).
 * `{name}` marks a value filled in at run time; `.one` / `.other` are plural forms.
 */
export const en = {
  'widget.failed': 'This widget failed to display. Reload the page to try again.',
  'widget.loadFailed': 'This widget could not be loaded: {reason}',
  'widget.waiting': 'Waiting for Sightline to start…',
  'widget.loading': 'Loading…',

  'status.on_track': 'On track',
  'status.at_risk': 'At risk',
  'status.off_track': 'Off track',
  'status.unmeasured': 'Not measured yet',

  'indicator.leading': 'Leading',
  'indicator.lagging': 'Lagging',
  'indicator.srSuffix': ' indicator',
  'indicator.hint.leading': 'Leading indicator: moves early and predicts the outcome',
  'indicator.hint.lagging': 'Lagging indicator: measures the outcome after the fact',

  'direction.increase': 'Higher is better',
  'direction.decrease': 'Lower is better',
  'direction.holdRange': 'Keep between {min} and {max}',
  'direction.hold': 'Keep steady',

  'progress.none': 'No measurable progress yet',
  'progress.expected': '{percent}, {expected} expected by now',
  'progress.of': 'Progress of {name}',
  'sparkline.label': 'Trend of the last {count} values, from {first} to {last}',

  'goals.loading': 'Loading goals…',
  'goals.loadFailed': 'Could not load goals: {reason}',
  'goals.empty': 'No goals to show.',
  'goals.label': 'Goals',
  'goals.level.org': 'Company goal',
  'goals.level.team': 'Team goal',
  'goals.level.person': 'Personal goal',
  'goals.owner': 'Owner: {name}',
  'goals.team': 'Team: {name}',
  'goals.pending': 'Not yet synced',
  'goals.kpisOf': 'KPIs of {title}',
  'goals.subGoals.one': '{count} sub-goal',
  'goals.subGoals.other': '{count} sub-goals',
  'goals.subGoalsOf': ' of {title}',

  'kpi.noMetric': 'Set the metric attribute to the id of a KPI.',
  'kpi.loadFailed': 'Could not load the KPI: {reason}',
  'kpi.loading': 'Loading KPI…',
  'kpi.missing': 'This KPI does not exist or is not visible to you.',
  'kpi.label': 'KPI: {name}',
  'kpi.goal': 'Goal: {title}',
  'kpi.noValue': 'No value yet',
  'kpi.target': ' · target {target}',
  'kpi.delta': '{delta} since previous value · {trend}',
  'kpi.trend.improving': 'improving',
  'kpi.trend.worsening': 'worsening',
  'kpi.trend.steady': 'steady',
} as const;

export type WidgetMessageKey = keyof typeof en;
export type WidgetCatalog = Record<WidgetMessageKey, string>;
