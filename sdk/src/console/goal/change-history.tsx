/**
 * Who changed what and when on a goal or KPI (GET /v1/history/...), newest first. It is read
 * again whenever `version` moves, so an edit shows here once the server has it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ChangeHistory, HistoryEntity, Person } from '../../model';
import { formatInstant, t } from '../../i18n/console/i18n';
import { apiRequest } from '../session';

const shown = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return t('history.empty');
  if (typeof value === 'object') {
    const range = value as { min?: unknown; max?: unknown };
    return `${String(range.min)}–${String(range.max)}`;
  }
  return String(value);
};

export function ChangeHistoryList({ entity, id, version, people, headingId }: { entity: HistoryEntity; id: string; version: number; people: readonly Person[]; headingId: string }) {
  const [history, setHistory] = useState<ChangeHistory | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    apiRequest(`/v1/history/${entity === 'goal' ? 'goals' : 'metrics'}/${id}`, { method: 'GET' })
      .then((body) => current && (setHistory(body as ChangeHistory), setProblem(null)))
      .catch((error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)));
    return () => void (current = false);
  }, [entity, id, version]);
  if (problem) return <p class="status error">{t('history.failed', { problem })}</p>;
  if (!history) return <p class="muted">{t('app.loading')}</p>;
  if (history.entries.length === 0) return <p class="muted">{t('history.none')}</p>;
  const name = (personId: string) => people.find((p) => p.id === personId)?.name ?? t('history.someone');
  return (
    <ol class="cards history" aria-labelledby={headingId} data-nav-list>
      {[...history.entries].reverse().map((entry) => (
        <li key={entry.version} data-nav-item tabIndex={-1}>
          <p>
            <strong>{name(entry.by)}</strong> <span class="muted">{formatInstant(entry.at)}</span>
          </p>
          <ul>
            {entry.changes.map((change) => (
              <li key={change.field}>{t('history.change', { field: fieldLabel(change.field), from: shown(change.from), to: shown(change.to) })}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

const FIELD_KEYS = {
  title: 'goal.title', description: 'goal.description', weight: 'goal.weight', visibility: 'goal.visibility', status: 'goalPage.status',
  dueOn: 'goal.dueOn', parentId: 'goal.parent', teamId: 'goal.team', ownerId: 'goalPage.owner', name: 'kpi.name', indicator: 'kpi.indicator',
  unit: 'kpi.unit', baseline: 'kpi.baseline', target: 'kpi.target', direction: 'kpi.direction', range: 'goalPage.range', source: 'goalPage.source', counts: 'goalPage.counts',
} as const;
const fieldLabel = (field: string) => (field in FIELD_KEYS ? t(FIELD_KEYS[field as keyof typeof FIELD_KEYS]) : field);
