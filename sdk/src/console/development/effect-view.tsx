/** Did a development action help? Feedback on its skill and its goal's KPIs before and after it started (GET /v1/development/effect). */
import { useEffect, useState } from 'preact/hooks';
import type { DevelopmentEffect } from '../../model';
import { formatDay, formatNumber, t } from '../../i18n/console/i18n';
import { apiRequest } from '../session';

const KINDS = ['praise', 'coaching', 'observation', 'self'] as const;
const value = (v: number | null) => (v === null ? t('history.empty') : formatNumber(v));

export function EffectView({ actionId, version }: { actionId: string; version: number }) {
  const [effect, setEffect] = useState<DevelopmentEffect | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    apiRequest(`/v1/development/effect?actionId=${encodeURIComponent(actionId)}`, { method: 'GET' })
      .then((body) => current && (setEffect(body as DevelopmentEffect), setProblem(null)))
      .catch((error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)));
    return () => void (current = false);
  }, [actionId, version]);
  if (problem) return <p class="muted">{problem}</p>;
  if (!effect) return <p class="muted">{t('app.loading')}</p>;
  return (
    <div class="effect">
      <p>{t('development.effectSince', { day: formatDay(effect.pivot) })}</p>
      {effect.feedback && (
        <table class="table">
          <caption>{t('development.effectFeedback')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('development.kind')}</th>
              <th scope="col">{t('development.before')}</th>
              <th scope="col">{t('development.after')}</th>
            </tr>
          </thead>
          <tbody>
            {KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{t(`feedback.kind.${kind}`)}</th>
                <td>{formatNumber(effect.feedback!.before[kind])}</td>
                <td>{formatNumber(effect.feedback!.after[kind])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {effect.kpis.length > 0 && (
        <ul>
          {effect.kpis.map((k) => (
            <li key={k.metric.id}>{t('development.effectKpi', { name: k.metric.name, before: value(k.before), after: value(k.after) })}</li>
          ))}
        </ul>
      )}
      {!effect.feedback && effect.kpis.length === 0 && <p class="muted">{t('development.effectNothing')}</p>}
    </div>
  );
}
