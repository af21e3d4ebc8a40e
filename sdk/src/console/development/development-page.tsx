/**
 * Development (`/app/development?person=<id>`): the skills catalog, and for the chosen person
 * (oneself by default; a manager their reports, admins anyone) the skill gaps, the development
 * actions and their effect. The same panel sits on the 1:1 page.
 */
import type { Person } from '../../model';
import { t } from '../../i18n/console/i18n';
import { Loading, Page } from '../page';
import { location, navigate, withQuery } from '../router';
import { ready, useQuery } from '../use-query';
import { coachedPeople } from './coached-people';
import { DevelopmentActions } from './development-actions';
import { SkillGaps } from './skill-gaps';
import { SkillsCatalog } from './skills-catalog';

/** Skill gaps and development actions of one person. */
export function DevelopmentPanel({ person }: { person: Person }) {
  const data = ready(useQuery('development', { personId: person.id }));
  const skills = ready(useQuery('skills', {}));
  const feedback = ready(useQuery('feedback', { aboutId: person.id }));
  const goals = ready(useQuery('goalTree', { ownerId: person.id }));
  if (!data || !skills || !feedback || !goals) return <Loading />;
  return (
    <div class="development">
      <SkillGaps personId={person.id} gaps={data.gaps} skills={skills} feedback={feedback} reviews={data.reviews} />
      <DevelopmentActions personId={person.id} actions={data.actions} skills={skills} gaps={data.gaps} goals={goals} />
    </div>
  );
}

export function DevelopmentPage() {
  const me = ready(useQuery('me', {}));
  const people = ready(useQuery('people', {}));
  const skills = ready(useQuery('skills', {}));
  if (!me || !people || !skills) return <Loading />;
  const choices = coachedPeople(people, me);
  const person = choices.find((p) => p.id === location.value.query.get('person')) ?? me;
  return (
    <Page title={t('development.title')}>
      {choices.length > 1 && (
        <div class="field inline">
          <label for="development-person">{t('development.person')}</label>
          <select id="development-person" value={person.id} onChange={(e) => navigate(withQuery('/app/development', { person: e.currentTarget.value }), { replace: true })}>
            {choices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <DevelopmentPanel key={person.id} person={person} />
      <SkillsCatalog skills={skills} me={me} />
    </Page>
  );
}
