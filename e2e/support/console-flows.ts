/**
 * The console's flows as a person goes through them in Chromium, shared by the console e2e test
 * and the script that takes docs/console.md's screenshots: sign in with the code
 * `sightline org create` printed, then build a first quarter in the set-up wizard.
 */
import type { Page } from 'playwright-core';

export interface QuarterPlan {
  cycle: { name: string; startsOn: string; endsOn: string };
  teams: Array<{ name: string; function: string; lead: { name: string; email: string } }>;
  orgGoal: string;
  teamGoals: Array<{ team: string; title: string }>;
  kpis: Array<{ goal: string; name: string; indicator: 'leading' | 'lagging'; unit: string; baseline: number; target: number; direction: 'increase' | 'decrease' }>;
}

export const FIRST_QUARTER: QuarterPlan = {
  cycle: { name: 'Q1 2027', startsOn: '2027-01-01', endsOn: '2027-03-31' },
  teams: [
    { name: 'Support', function: 'support', lead: { name: 'Lena Vogel', email: 'lena@acme.example' } },
    { name: 'Sales', function: 'sales', lead: { name: 'Omar Haddad', email: 'omar@acme.example' } },
  ],
  orgGoal: 'Customers renew because we solve their problems fast',
  teamGoals: [
    { team: 'Support', title: 'Answer every ticket within an hour' },
    { team: 'Sales', title: 'Grow renewals in the mid-market' },
  ],
  kpis: [
    { goal: 'Answer every ticket within an hour', name: 'First reply time', indicator: 'leading', unit: 'h', baseline: 8, target: 1, direction: 'decrease' },
    { goal: 'Grow renewals in the mid-market', name: 'Renewal rate', indicator: 'lagging', unit: '%', baseline: 70, target: 85, direction: 'increase' },
  ],
};

/** A step of the wizard has been reached; the screenshot script takes its picture here. */
export type OnStep = (name: string) => Promise<void>;

export async function signInWithCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Sign-in code').first().fill(code);
  await page.getByRole('button', { name: 'Sign in with code' }).click();
}

const next = (page: Page) => page.getByRole('main').getByRole('link', { name: 'Next', exact: true }).click();

export async function buildQuarter(page: Page, plan: QuarterPlan, onStep: OnStep = async () => {}): Promise<void> {
  const main = page.getByRole('main');
  await main.getByRole('heading', { name: 'Which period do you plan?' }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill(plan.cycle.name);
  await page.getByLabel('Starts on').fill(plan.cycle.startsOn);
  await page.getByLabel('Ends on').fill(plan.cycle.endsOn);
  await onStep('cycle');
  await page.getByRole('button', { name: 'Create cycle' }).click();

  await main.getByRole('heading', { name: 'Teams and their leads' }).waitFor();
  for (const team of plan.teams) {
    await page.getByLabel('Team name').fill(team.name);
    await page.getByLabel('Function').selectOption(team.function);
    await page.getByLabel('Lead’s name').fill(team.lead.name);
    await page.getByLabel('Lead’s email').fill(team.lead.email);
    await page.getByRole('button', { name: 'Add team' }).click();
    await main.getByText(`led by ${team.lead.name}`).waitFor();
  }
  await onStep('teams');
  await next(page);

  await main.getByRole('heading', { name: 'What must the organisation achieve this cycle?' }).waitFor();
  await page.getByLabel('Title').fill(plan.orgGoal);
  await page.getByRole('button', { name: 'Add organisation goal' }).click();
  await main.locator('.cascade').getByText(plan.orgGoal).waitFor();
  await onStep('org-goal');
  await next(page);

  await main.getByRole('heading', { name: 'How does each team contribute?' }).waitFor();
  for (const goal of plan.teamGoals) {
    await page.getByLabel('Team', { exact: true }).selectOption({ label: goal.team });
    await page.getByLabel('Aligned under').selectOption({ label: plan.orgGoal });
    await page.getByLabel('Title').fill(goal.title);
    await page.getByRole('button', { name: 'Add team goal' }).click();
    await main.locator('.cascade').getByText(goal.title).waitFor();
  }
  await onStep('team-goals');
  await next(page);

  await main.getByRole('heading', { name: 'How will you measure progress?' }).waitFor();
  for (const kpi of plan.kpis) {
    await page.getByLabel('Goal', { exact: true }).selectOption({ label: `\u2003↳ ${kpi.goal}` });
    await page.getByLabel('KPI name').fill(kpi.name);
    await page.getByRole('radio', { name: new RegExp(`^${kpi.indicator}`, 'i') }).check();
    await page.getByLabel('Unit', { exact: true }).fill(kpi.unit);
    await page.getByLabel('Baseline').fill(String(kpi.baseline));
    await page.getByLabel('Target').fill(String(kpi.target));
    await page.getByLabel('Direction').selectOption(kpi.direction);
    await page.getByRole('button', { name: 'Add KPI' }).click();
    await main.locator('.kpi-line').getByText(kpi.name).waitFor();
  }
  await onStep('kpis');
  await next(page);
  await main.getByRole('heading', { name: 'Your quarter is set up' }).waitFor();
  await onStep('done');
}

export async function signInWithToken(page: Page, token: string): Promise<void> {
  await page.getByLabel('Personal token').fill(token);
  await page.getByRole('button', { name: 'Sign in with token' }).click();
}
