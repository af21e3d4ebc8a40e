/** The widgets' words in German: a chunk of its own, loaded when an element's locale is German. */
import type { WidgetCatalog } from './en';

export const de = {
  'widget.failed': 'Dieses Widget konnte nicht angezeigt werden. Laden Sie die Seite neu, um es erneut zu versuchen.',
  'widget.loadFailed': 'Dieses Widget konnte nicht geladen werden: {reason}',
  'widget.waiting': 'Warten auf den Start von Sightline…',
  'widget.loading': 'Wird geladen…',

  'status.on_track': 'Im Plan',
  'status.at_risk': 'Gefährdet',
  'status.off_track': 'Nicht im Plan',
  'status.unmeasured': 'Noch nicht gemessen',

  'indicator.leading': 'Frühindikator',
  'indicator.lagging': 'Spätindikator',
  'indicator.srSuffix': ' (Indikatortyp)',
  'indicator.hint.leading': 'Frühindikator: bewegt sich früh und sagt das Ergebnis voraus',
  'indicator.hint.lagging': 'Spätindikator: misst das Ergebnis im Nachhinein',

  'direction.increase': 'Höher ist besser',
  'direction.decrease': 'Niedriger ist besser',
  'direction.holdRange': 'Zwischen {min} und {max} halten',
  'direction.hold': 'Stabil halten',

  'progress.none': 'Noch kein messbarer Fortschritt',
  'progress.expected': '{percent}, {expected} bis jetzt erwartet',
  'progress.of': 'Fortschritt von {name}',
  'sparkline.label': 'Verlauf der letzten {count} Werte, von {first} bis {last}',

  'goals.loading': 'Ziele werden geladen…',
  'goals.loadFailed': 'Ziele konnten nicht geladen werden: {reason}',
  'goals.empty': 'Keine Ziele anzuzeigen.',
  'goals.label': 'Ziele',
  'goals.level.org': 'Unternehmensziel',
  'goals.level.team': 'Teamziel',
  'goals.level.person': 'Persönliches Ziel',
  'goals.owner': 'Verantwortlich: {name}',
  'goals.team': 'Team: {name}',
  'goals.pending': 'Noch nicht synchronisiert',
  'goals.kpisOf': 'KPIs von {title}',
  'goals.subGoals.one': '{count} Unterziel',
  'goals.subGoals.other': '{count} Unterziele',
  'goals.subGoalsOf': ' von {title}',

  'kpi.noMetric': 'Setzen Sie das Attribut metric auf die ID einer KPI.',
  'kpi.loadFailed': 'Die KPI konnte nicht geladen werden: {reason}',
  'kpi.loading': 'KPI wird geladen…',
  'kpi.missing': 'Diese KPI gibt es nicht oder sie ist für Sie nicht sichtbar.',
  'kpi.label': 'KPI: {name}',
  'kpi.goal': 'Ziel: {title}',
  'kpi.noValue': 'Noch kein Wert',
  'kpi.target': ' · Ziel {target}',
  'kpi.delta': '{delta} seit dem vorigen Wert · {trend}',
  'kpi.trend.improving': 'besser werdend',
  'kpi.trend.worsening': 'schlechter werdend',
  'kpi.trend.steady': 'gleichbleibend',
} satisfies WidgetCatalog;
