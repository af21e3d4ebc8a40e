/** The first-run wizard's steps, in order; each is a URL of its own (/app/setup/<step>?cycle=<id>). */
import type { MessageKey } from '../../i18n/console/en';

export const STEPS = ['cycle', 'teams', 'org-goal', 'team-goals', 'kpis', 'done'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABEL: Record<Step, MessageKey> = {
  cycle: 'setup.step.cycle',
  teams: 'setup.step.teams',
  'org-goal': 'setup.step.orgGoal',
  'team-goals': 'setup.step.teamGoals',
  kpis: 'setup.step.kpis',
  done: 'setup.step.done',
};

export const isStep = (value: string): value is Step => (STEPS as readonly string[]).includes(value);

export const stepUrl = (step: Step, cycleId: string | null) => (cycleId ? `/app/setup/${step}?cycle=${encodeURIComponent(cycleId)}` : `/app/setup/${step}`);

export const nextStep = (step: Step): Step => STEPS[Math.min(STEPS.indexOf(step) + 1, STEPS.length - 1)]!;

/** The calendar quarter holding `today`, as the cycle a new org most likely plans first. */
export function quarterOf(today: Date): { name: string; startsOn: string; endsOn: string } {
  const year = today.getFullYear();
  const quarter = Math.floor(today.getMonth() / 3);
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, quarter * 3 + 3, 0)).getUTCDate();
  return { name: `Q${quarter + 1} ${year}`, startsOn: `${year}-${pad(quarter * 3 + 1)}-01`, endsOn: `${year}-${pad(quarter * 3 + 3)}-${pad(lastDay)}` };
}
