/**
 * /app/calibration?cycle=…: for people admins, each reviewer's ratings against the org's (GET
 * /v1/reviews/calibration): how many, their mean, the offset from the org's mean (who rates high,
 * who low), the calibrated mean and the 1-5 distribution, as a table. Online only.
 */
import { useState } from 'preact/hooks';
import { Calibration, type RatingSummary } from '../../model';
import { isAdminLike } from '../admin-roles';
import { formatNumber, t } from '../../i18n/console/i18n';
import { Loading, Page } from '../page';
import { CyclePicker } from '../cycle-picker';
import { NeedsConnection } from '../needs-connection';
import { location, withQuery } from '../router';
import { useApi } from '../use-api';
import { ready, useQuery } from '../use-query';

const parseCalibration = (body: unknown) => Calibration.parse(body);
const mean = (value: number | null) => (value === null ? '–' : formatNumber(Math.round(value * 100) / 100));
const signed = (value: number | null) => (value === null ? '–' : `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatNumber(Math.abs(Math.round(value * 100) / 100))}`);

function SummaryCells({ summary }: { summary: RatingSummary }) {
  return (
    <>
      <td>{formatNumber(summary.count)}</td>
      <td>{mean(summary.mean)}</td>
      <td>{mean(summary.calibratedMean)}</td>
      {summary.distribution.map((n, i) => (
        <td key={i}>{formatNumber(n)}</td>
      ))}
    </>
  );
}

function CalibrationTable({ cycleId }: { cycleId: string }) {
  const [retry, setRetry] = useState(0);
  const people = ready(useQuery('people', {}));
  const state = useApi(withQuery('/v1/reviews/calibration', { cycleId }), parseCalibration, retry);
  if (state.status === 'loading' || !people) return <Loading />;
  if (state.status === 'failed')
    return <NeedsConnection message={t('calibration.needsConnection')} problem={state.problem} onRetry={() => setRetry((n) => n + 1)} />;
  const { org, reviewers } = state.data;
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '?';
  const rows = [...reviewers].sort((a, b) => (b.offset ?? 0) - (a.offset ?? 0) || nameOf(a.reviewerId).localeCompare(nameOf(b.reviewerId)));
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="calibration-caption">
      <table class="team-table calibration">
        <caption id="calibration-caption">{t('calibration.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calibration.reviewer')}</th>
            <th scope="col">{t('calibration.offset')}</th>
            <th scope="col">{t('calibration.count')}</th>
            <th scope="col">{t('calibration.mean')}</th>
            <th scope="col">{t('calibration.calibratedMean')}</th>
            {[1, 2, 3, 4, 5].map((r) => (
              <th scope="col" key={r}>
                {t('calibration.ratedN', { rating: r })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody data-nav-list>
          {rows.map((r) => (
            <tr key={r.reviewerId} data-nav-item tabIndex={-1}>
              <th scope="row">{nameOf(r.reviewerId)}</th>
              <td class={r.offset !== null && Math.abs(r.offset) >= 0.5 ? 'state late' : undefined}>{signed(r.offset)}</td>
              <SummaryCells summary={r} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('calibration.org')}</th>
            <td>–</td>
            <SummaryCells summary={org} />
          </tr>
        </tfoot>
      </table>
      {rows.length === 0 && <p class="muted">{t('calibration.empty')}</p>}
    </div>
  );
}

export function CalibrationPage() {
  const me = ready(useQuery('me', {}));
  const cycles = ready(useQuery('cycles', {}));
  if (!me || !cycles) return <Loading />;
  if (!isAdminLike(me.role))
    return (
      <Page title={t('calibration.title')}>
        <p>{t('calibration.adminsOnly')}</p>
      </Page>
    );
  const cycleId = location.value.query.get('cycle') ?? cycles[0]?.id ?? null;
  return (
    <Page title={t('calibration.title')}>
      <p class="lead">{t('calibration.intro')}</p>
      {cycleId === null ? (
        <p class="muted">{t('reviews.noCycle')}</p>
      ) : (
        <>
          <CyclePicker id="calibration-cycle" path="/app/calibration" cycles={cycles} value={cycleId} />
          <CalibrationTable cycleId={cycleId} />
        </>
      )}
    </Page>
  );
}
