/**
 * Due (`/app/due`): where the viewer stands with this week's check-in, in their own time zone;
 * for managers the same for everyone below them; for admins the org's cadence (every week or
 * every other week, the weekday it is due), saved with `cadence.set`.
 */
import { useEffect, useState } from 'preact/hooks';
import { orgCadenceId, type CheckInDue, type DueList, type Person } from '../../model';
import { isAdminLike } from '../admin-roles';
import { Field } from '../../widgets/field';
import { formFields, SubmitStatusLine, useSubmit } from '../form';
import { formatDay, formatWeek, formatWeekday, t } from '../../i18n/console/i18n';
import { Loading, Page } from '../page';
import { apiRequest } from '../session';
import { ready, useClient, useQuery } from '../use-query';

/** A due list from the server, read again whenever `version` moves. */
function useDueList(path: string | null, version: number): { list: DueList | null; problem: string | null } {
  const [state, setState] = useState<{ list: DueList | null; problem: string | null }>({ list: null, problem: null });
  useEffect(() => {
    if (!path) return;
    let current = true;
    apiRequest(path, { method: 'GET' })
      .then((body) => current && setState({ list: body as DueList, problem: null }))
      .catch((error: unknown) => current && setState({ list: null, problem: error instanceof Error ? error.message : String(error) }));
    return () => void (current = false);
  }, [path, version]);
  return state;
}

/** Monday 2026-01-05 plus n-1 days: a date for each ISO weekday, to name it in the locale. */
const weekdayName = (isoWeekday: number) => formatWeekday(new Date(Date.UTC(2026, 0, 4 + isoWeekday)));

const stateLabel = (due: CheckInDue) => t(`due.state.${due.state}`);

function CadenceForm({ list, me, onSaved }: { list: DueList; me: Person; onSaved: () => void }) {
  const client = useClient();
  const { status, errors, problem, run } = useSubmit();
  const [interval, setInterval] = useState(list.cadence.intervalWeeks);
  const save = (event: Event) => {
    const field = formFields(event);
    void run(async () => {
      await client.mutate('cadence.set', {
        id: orgCadenceId(me.orgId),
        intervalWeeks: Number(field('intervalWeeks')) as 1 | 2,
        dueWeekday: Number(field('dueWeekday')),
        anchorWeek: interval === 2 ? field('anchorWeek') : list.cadence.anchorWeek,
      });
      await client.syncNow();
      onSaved();
    });
  };
  return (
    <section aria-labelledby="cadence-heading">
      <h2 id="cadence-heading">{t('due.cadence')}</h2>
      <p class="muted">{t('due.cadenceHint')}</p>
      <form class="form" onSubmit={save} noValidate>
        <div class="row">
          <Field id="cadence-interval" label={t('due.interval')} error={errors.intervalWeeks}>
            {(p) => (
              <select {...p} name="intervalWeeks" value={String(interval)} onChange={(e) => setInterval(Number(e.currentTarget.value))}>
                <option value="1">{t('due.interval.1')}</option>
                <option value="2">{t('due.interval.2')}</option>
              </select>
            )}
          </Field>
          <Field id="cadence-weekday" label={t('due.weekday')} error={errors.dueWeekday}>
            {(p) => (
              <select {...p} name="dueWeekday">
                {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                  <option key={d} value={String(d)} selected={d === list.cadence.dueWeekday}>
                    {weekdayName(d)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {interval === 2 && (
            <Field id="cadence-anchor" label={t('due.anchor')} hint={t('due.anchorHint')} error={errors.anchorWeek}>
              {(p) => <input {...p} name="anchorWeek" defaultValue={list.cadence.anchorWeek} pattern="\d{4}-W\d{2}" />}
            </Field>
          )}
        </div>
        <button type="submit" class="primary" disabled={status === 'saving'}>
          {t('due.saveCadence')}
        </button>
        <SubmitStatusLine status={status} problem={problem} />
      </form>
    </section>
  );
}

export function DuePage() {
  const me = ready(useQuery('me', {}));
  const people = ready(useQuery('people', {}));
  const [version, setVersion] = useState(0);
  const manages = !!me && !!people && people.some((p) => p.managerId === me.id);
  const mine = useDueList('/v1/due', version);
  const team = useDueList(manages ? '/v1/due/team' : null, version);
  if (!me || !people) return <Loading />;
  const own = mine.list?.checkIns[0];
  const name = (id: string) => people.find((p) => p.id === id)?.name ?? id;
  return (
    <Page title={t('due.title')}>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">{t('due.mine')}</h2>
        {mine.problem ? (
          <p class="status error">{mine.problem}</p>
        ) : !own ? (
          <Loading />
        ) : (
          <p>
            {t('due.own', { week: formatWeek(own.week), day: formatDay(own.dueOn), state: stateLabel(own) })}{' '}
            {own.state !== 'done' && own.state !== 'off' && <a href="/app/check-in">{t('due.checkInNow')}</a>}
          </p>
        )}
      </section>
      {manages && (
        <section aria-labelledby="team-due-heading">
          <h2 id="team-due-heading">{t('due.team')}</h2>
          {team.problem ? (
            <p class="status error">{team.problem}</p>
          ) : !team.list ? (
            <Loading />
          ) : (
            <table class="table due-table">
              <caption class="visually-hidden">{t('due.team')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('due.person')}</th>
                  <th scope="col">{t('due.timezone')}</th>
                  <th scope="col">{t('due.dueOn')}</th>
                  <th scope="col">{t('due.state')}</th>
                </tr>
              </thead>
              <tbody>
                {team.list.checkIns.map((due) => (
                  <tr key={due.personId}>
                    <th scope="row">
                      <a href={`/app/people/${due.personId}`}>{name(due.personId)}</a>
                    </th>
                    <td>{due.timezone}</td>
                    <td>{formatDay(due.dueOn)}</td>
                    <td class={`state ${due.state}`}>{stateLabel(due)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      {isAdminLike(me.role) && mine.list && <CadenceForm list={mine.list} me={me} onSaved={() => setVersion((v) => v + 1)} />}
    </Page>
  );
}
