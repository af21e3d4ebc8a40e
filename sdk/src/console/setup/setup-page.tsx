/**
 * The first-run wizard: from an empty org to a first cascaded quarter. Each step is a URL of its
 * own and shows what exists so far, so it can be left and resumed, or shared with a co-admin.
 */
import type { GoalNode } from '../../client';
import { isAdminLike } from '../admin-roles';
import { t } from '../../i18n/console/i18n';
import { Loading, Page } from '../page';
import { location } from '../router';
import { ready, useQuery } from '../use-query';
import { CascadeList } from './cascade-list';
import { CycleStep } from './cycle-step';
import { GoalForm } from './goal-form';
import { KpiForm } from './kpi-form';
import { STEPS, STEP_LABEL, nextStep, stepUrl, type Step } from './steps';
import { TeamsStep } from './teams-step';

const countGoals = (nodes: readonly GoalNode[]): { goals: number; kpis: number } =>
  nodes.reduce(
    (sum, n) => {
      const below = countGoals(n.children);
      return { goals: sum.goals + 1 + below.goals, kpis: sum.kpis + n.kpis.length + below.kpis };
    },
    { goals: 0, kpis: 0 },
  );

function StepNav({ current, cycleId }: { current: Step; cycleId: string | null }) {
  return (
    <nav aria-label={t('setup.steps')}>
      <ol class="steps">
        {STEPS.map((step, i) => (
          <li key={step}>
            {cycleId || step === 'cycle' ? (
              <a href={stepUrl(step, cycleId)} aria-current={step === current ? 'step' : undefined}>
                {i + 1}. {t(STEP_LABEL[step])}
              </a>
            ) : (
              <span>
                {i + 1}. {t(STEP_LABEL[step])}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function CycleSteps({ step, cycleId }: { step: Exclude<Step, 'cycle'>; cycleId: string }) {
  const me = ready(useQuery('me', {}));
  const cycle = ready(useQuery('cycles', {}))?.find((c) => c.id === cycleId);
  const teams = ready(useQuery('teams', {})) ?? [];
  const trees = ready(useQuery('goalTree', { cycleId }));
  if (!cycle || !trees) return <Loading />;
  const next = stepUrl(nextStep(step), cycleId);
  const nextLink = (
    <p>
      <a class="button" href={next}>
        {t('common.next')}
      </a>
    </p>
  );

  switch (step) {
    case 'teams':
      return <TeamsStep next={next} />;
    case 'org-goal':
      return (
        <section aria-labelledby="step-heading">
          <h2 id="step-heading">{t('orgGoal.heading')}</h2>
          <h3>{t('orgGoal.list')}</h3>
          <CascadeList trees={trees.filter((n) => n.goal.level === 'org')} empty={t('orgGoal.empty')} />
          <GoalForm level="org" cycle={cycle} ownerId={me?.id ?? null} submitLabel={t('orgGoal.add')} />
          {nextLink}
        </section>
      );
    case 'team-goals':
      return (
        <section aria-labelledby="step-heading">
          <h2 id="step-heading">{t('teamGoals.heading')}</h2>
          <h3>{t('teamGoals.list')}</h3>
          <CascadeList trees={trees} empty={t('orgGoal.empty')} />
          {teams.length === 0 ? <p class="muted">{t('teamGoals.needTeam')}</p> : <GoalForm level="team" cycle={cycle} ownerId={null} teams={teams} trees={trees} submitLabel={t('teamGoals.add')} />}
          {nextLink}
        </section>
      );
    case 'kpis':
      return (
        <section aria-labelledby="step-heading">
          <h2 id="step-heading">{t('kpi.heading')}</h2>
          <h3>{t('kpi.list')}</h3>
          <CascadeList trees={trees} empty={t('kpi.needGoal')} />
          {trees.length > 0 && <KpiForm trees={trees} />}
          {nextLink}
        </section>
      );
    case 'done': {
      const counts = countGoals(trees);
      return (
        <section aria-labelledby="step-heading">
          <h2 id="step-heading">{t('done.heading')}</h2>
          <p>{t('done.summary', { cycle: cycle.name, goals: counts.goals, kpis: counts.kpis, teams: teams.length })}</p>
          <CascadeList trees={trees} empty={t('orgGoal.empty')} />
          <p>{t('done.next')}</p>
          <p>
            <a class="button primary" href={`/app/goals?cycle=${encodeURIComponent(cycleId)}`}>
              {t('done.toGoals')}
            </a>
          </p>
        </section>
      );
    }
  }
}

export function SetupPage({ step }: { step: Step }) {
  const me = ready(useQuery('me', {}));
  const cycleId = location.value.query.get('cycle');
  return (
    <Page title={t('setup.title')}>
      {me && !isAdminLike(me.role) ? (
        <p>{t('setup.adminsOnly')}</p>
      ) : (
        <>
          <p class="lead">{t('setup.intro')}</p>
          <StepNav current={step} cycleId={cycleId} />
          {step === 'cycle' || !cycleId ? <CycleStep /> : <CycleSteps step={step} cycleId={cycleId} />}
        </>
      )}
    </Page>
  );
}
