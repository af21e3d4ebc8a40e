/** The signed-in person's check-in for a week and the goals it asks about. */
import { checkInId, type Goal } from '../../model';
import type { Query } from './context';
import { creationOrder, loadMe, pendingIds } from './helpers';

export const checkIn: Query<'checkIn'> = {
  async load(db, { week }) {
    const me = await loadMe(db);
    if (!me) return { week, checkIn: null, goals: [], pending: false };
    const id = checkInId(me.id, week);
    const goals = db.rows('goals');
    const [row, owned, team, pending] = await Promise.all([
      db.rows('checkIns').get(id),
      goals.where('ownerId').equals(me.id).toArray(),
      me.teamId ? goals.where('teamId').equals(me.teamId).toArray() : Promise.resolve([] as Goal[]),
      pendingIds(db, 'checkIns'),
    ]);
    const asked = new Map<string, Goal>();
    for (const goal of [...owned, ...team.filter((g) => g.level === 'team')]) if (goal.status === 'active') asked.set(goal.id, goal);
    return { week, checkIn: row ?? null, goals: [...asked.values()].sort(creationOrder), pending: pending.has(id) };
  },
};

/** Several people's check-ins over several weeks (a manager's team view), oldest week first. */
export const checkIns: Query<'checkIns'> = {
  async load(db, { personIds, weeks }) {
    const wanted = new Set(weeks);
    const rows = await db.rows('checkIns').where('personId').anyOf(personIds).toArray();
    return rows.filter((c) => wanted.has(c.week)).sort((a, b) => a.week.localeCompare(b.week) || a.personId.localeCompare(b.personId));
  },
};
