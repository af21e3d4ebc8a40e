/** The org's skills catalog: everyone reads it; admins, people admins and managers add to it (`skill.create`). */
import type { Person, Skill } from '../../model';
import { uuidv7 } from '../../model/uuid';
import { Field } from '../../widgets/field';
import { isAdminLike } from '../admin-roles';
import { formFields, SubmitStatusLine, useSubmit } from '../form';
import { t } from '../../i18n/console/i18n';
import { useClient } from '../use-query';

export function SkillsCatalog({ skills, me }: { skills: Skill[]; me: Person }) {
  const client = useClient();
  const { status, errors, problem, run } = useSubmit();
  const mayAdd = isAdminLike(me.role) || me.role === 'manager';
  const add = (event: Event) => {
    const field = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void run(async () => {
      await client.mutate('skill.create', { id: uuidv7(), name: field('name'), category: field('category') || null, description: field('description') || null });
      form.reset();
    });
  };
  return (
    <section aria-labelledby="skills-heading">
      <h2 id="skills-heading">{t('development.skills')}</h2>
      {skills.length === 0 ? (
        <p class="muted">{t('development.noSkills')}</p>
      ) : (
        <ul class="cards" data-nav-list>
          {skills.map((s) => (
            <li key={s.id} data-nav-item tabIndex={-1}>
              <strong>{s.name}</strong>
              {s.category && <span class="muted"> · {s.category}</span>}
              {s.description && <p>{s.description}</p>}
            </li>
          ))}
        </ul>
      )}
      {mayAdd && (
        <form class="form" onSubmit={add} noValidate>
          <h3>{t('development.addSkill')}</h3>
          <div class="row">
            <Field id="skill-name" label={t('development.skillName')} error={errors.name}>
              {(p) => <input {...p} name="name" required />}
            </Field>
            <Field id="skill-category" label={`${t('development.category')} ${t('common.optional')}`} error={errors.category}>
              {(p) => <input {...p} name="category" />}
            </Field>
          </div>
          <Field id="skill-description" label={`${t('goal.description')} ${t('common.optional')}`} error={errors.description}>
            {(p) => <textarea {...p} name="description" rows={2} />}
          </Field>
          <button type="submit" class="primary" disabled={status === 'saving'}>
            {t('development.addSkill')}
          </button>
          <SubmitStatusLine status={status} problem={problem} />
        </form>
      )}
    </section>
  );
}
