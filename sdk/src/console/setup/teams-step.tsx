/**
 * Step 2: teams and their leads. People are not synced mutations (the org chart comes from an
 * HRIS or this admin), so a team, and a new lead reporting to the admin, are added in one
 * people import: atomic, checked by the server, and online only.
 */
import { useState } from 'preact/hooks';
import { uuidv7 } from '../../model/uuid';
import type { Person, Team } from '../../model';
import { Field } from '../../widgets/field';
import { formFields, SubmitStatusLine, useSubmit } from '../form';
import { t } from '../../i18n/console/i18n';
import { apiRequest } from '../session';
import { ready, useClient, useQuery } from '../use-query';

const FUNCTIONS = ['support', 'sales', 'success', 'product', 'engineering', 'operations', 'people', 'other'] as const;
const NEW_LEAD = 'new';

/** A person as the import takes them (server-owned columns left out). */
const importable = ({ orgId: _org, version: _version, updatedAt: _updated, ...person }: Person) => person;

export function TeamsStep({ next }: { next: string }) {
  const client = useClient();
  const me = ready(useQuery('me', {}));
  const people = ready(useQuery('people', {})) ?? [];
  const teams = ready(useQuery('teams', {})) ?? [];
  const [lead, setLead] = useState(NEW_LEAD);
  const { status, errors, problem, run } = useSubmit();
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name;

  const add = (event: Event) => {
    const field = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    const team: Omit<Team, 'orgId' | 'version' | 'updatedAt'> = { id: uuidv7(), name: field('name'), parentTeamId: null, leadId: null, function: field('function') as Team['function'] };
    const existing = people.find((p) => p.id === field('lead'));
    const leadRow = existing
      ? { ...importable(existing), teamId: existing.teamId ?? team.id, role: existing.role === 'member' ? ('manager' as const) : existing.role }
      : { id: uuidv7(), name: field('leadName'), email: field('leadEmail'), title: null, managerId: me?.id ?? null, teamId: team.id, role: 'manager' as const, timezone: Intl.DateTimeFormat().resolvedOptions().timeZone, active: true };
    void run(async () => {
      await apiRequest('/v1/admin/people', { method: 'POST', body: { teams: [{ ...team, leadId: leadRow.id }], persons: [leadRow] } });
      // Clear the fields the moment the server has the team, before the pull that shows it: a
      // reset after the pull would wipe what the admin has begun typing for the next team.
      form.reset();
      setLead(NEW_LEAD);
      await client.syncNow();
    });
  };

  // The server's issues name `teams.0.name` or `persons.0.email`; show them at the fields they came from.
  const error = (path: string) => errors[path];

  return (
    <section aria-labelledby="teams-heading">
      <h2 id="teams-heading">{t('teams.heading')}</h2>
      <p>{t('teams.intro')}</p>
      <h3>{t('teams.list')}</h3>
      {teams.length === 0 ? (
        <p class="muted">{t('teams.empty')}</p>
      ) : (
        <ul class="cards" data-nav-list>
          {teams.map((team) => (
            <li key={team.id} data-nav-item tabIndex={-1}>
              <strong>{team.name}</strong> <span class="muted">{nameOf(team.leadId) ? t('teams.ledBy', { name: nameOf(team.leadId)! }) : t('teams.noLead')}</span>
            </li>
          ))}
        </ul>
      )}
      <form class="form" onSubmit={add} noValidate>
        {/* Locked while saving, so nothing typed in the meantime is lost or sent twice. */}
        <fieldset class="plain" disabled={status === 'saving'}>
          <Field id="team-name" label={t('teams.name')} error={error('teams.0.name')}>
            {(p) => <input {...p} name="name" required />}
          </Field>
          <Field id="team-function" label={t('teams.function')} error={error('teams.0.function')}>
            {(p) => (
              <select {...p} name="function">
                {FUNCTIONS.map((f) => (
                  <option key={f} value={f}>
                    {t(`function.${f}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="team-lead" label={t('teams.lead')}>
            {(p) => (
              <select {...p} name="lead" value={lead} onChange={(e) => setLead(e.currentTarget.value)}>
                <option value={NEW_LEAD}>{t('teams.newLead')}</option>
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name} ({person.email})
                  </option>
                ))}
              </select>
            )}
          </Field>
          {lead === NEW_LEAD && (
            <div class="row">
              <Field id="lead-name" label={t('teams.leadName')} error={error('persons.0.name')}>
                {(p) => <input {...p} name="leadName" autocomplete="off" required />}
              </Field>
              <Field id="lead-email" label={t('teams.leadEmail')} error={error('persons.0.email')}>
                {(p) => <input {...p} type="email" name="leadEmail" autocomplete="off" required />}
              </Field>
            </div>
          )}
        </fieldset>
        <p class="hint">{t('teams.needsNetwork')}</p>
        <div class="actions">
          <button type="submit" class="primary" disabled={status === 'saving'}>
            {t('teams.add')}
          </button>
          <a class="button" href={next}>
            {t('common.next')}
          </a>
        </div>
        <SubmitStatusLine status={status} problem={problem} />
      </form>
    </section>
  );
}
