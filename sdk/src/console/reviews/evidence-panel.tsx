/**
 * The period's evidence beside the answers (GET /v1/reviews/evidence): goal progress, check-in
 * barriers with the support decided, and feedback with a link back to the ticket, deal or record
 * it was given on. Online only: the server gathers it over rows this device may not hold.
 */
import { useState } from 'preact/hooks';
import { ReviewEvidence, type Person } from '../../model';
import { formatDay, formatInstant, formatNumber, formatPercent, formatWeek, t } from '../../i18n/console/i18n';
import { NeedsConnection } from '../needs-connection';
import { StatusPill } from '../team/status-pill';
import { useApi } from '../use-api';
import { withQuery } from '../router';

const parseEvidence = (body: unknown) => ReviewEvidence.parse(body);

export function EvidencePanel({ subjectId, cycleId, people }: { subjectId: string; cycleId: string; people: readonly Person[] }) {
  const [retry, setRetry] = useState(0);
  const state = useApi(withQuery('/v1/reviews/evidence', { subjectId, cycleId }), parseEvidence, retry);
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '?';
  return (
    <aside class="evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{t('evidence.title')}</h2>
      {state.status === 'loading' && <p class="muted" role="status">{t('app.loading')}</p>}
      {state.status === 'failed' && (
        <NeedsConnection message={t('evidence.needsConnection')} problem={state.problem} onRetry={() => setRetry((n) => n + 1)} />
      )}
      {state.status === 'ready' && (
        <>
          <p class="muted">{t('evidence.period', { from: formatDay(state.data.from), to: formatDay(state.data.to) })}</p>
          <h3>{t('evidence.goals')}</h3>
          {state.data.goals.length === 0 ? (
            <p class="muted">{t('evidence.noGoals')}</p>
          ) : (
            <ul class="cards evidence-goals">
              {state.data.goals.map(({ goal, progress, expected, status, metrics }) => (
                <li key={goal.id}>
                  <StatusPill status={status} /> <strong>{goal.title}</strong>{' '}
                  {progress !== null && <span class="muted">{t('oneOnOne.progress', { progress: formatPercent(progress), expected: formatPercent(expected) })}</span>}
                  {metrics.length > 0 && (
                    <ul class="plain">
                      {metrics.map(({ metric, current }) => (
                        <li key={metric.id}>
                          {t('evidence.kpi', { name: metric.name, value: current === null ? t('evidence.noValue') : `${formatNumber(current)}${metric.unit ? ` ${metric.unit}` : ''}`, target: formatNumber(metric.target) })}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('evidence.barriers')}</h3>
          {state.data.checkIns.length === 0 ? (
            <p class="muted">{t('evidence.noBarriers')}</p>
          ) : (
            <ul class="cards">
              {state.data.checkIns.map(({ checkIn, supportDecision }) => (
                <li key={checkIn.id}>
                  <strong>{formatWeek(checkIn.week)}</strong>
                  {checkIn.barriers && <p>{t('team.barrier', { text: checkIn.barriers })}</p>}
                  {checkIn.supportNeeded && <p>{t('team.support', { text: checkIn.supportNeeded })}</p>}
                  <p class="muted">{supportDecision ? t('evidence.decision', { decision: t(`evidence.decision.${supportDecision.decision}`) }) : t('evidence.noDecision')}</p>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('evidence.feedback')}</h3>
          {state.data.feedback.length === 0 ? (
            <p class="muted">{t('evidence.noFeedback')}</p>
          ) : (
            <ul class="feedback evidence-feedback">
              {state.data.feedback.map((f) => (
                <li key={f.id} class={`kind-${f.kind}`}>
                  <p class="meta">{t('evidence.feedbackBy', { kind: t(`feedback.kind.${f.kind}`), author: nameOf(f.authorId), when: formatInstant(f.createdAt) })}</p>
                  <p class="body">{f.body}</p>
                  {f.context && (
                    <p class="muted">
                      {t('feedback.on')}{' '}
                      <a href={f.context.url} rel="noreferrer" target="_blank">
                        {f.context.title ?? `${f.context.recordType} #${f.context.recordId}`}
                      </a>
                      {f.context.customer && ` · ${f.context.customer}`}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </aside>
  );
}
