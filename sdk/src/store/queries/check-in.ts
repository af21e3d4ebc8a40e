/** The signed-in person's check-in for a week (views/check-in-view.ts) over this device's rows. */
import { checkInId, type Goal } from '../../model';
import { checkInView } from '../../views/check-in-view';
import type { Query } from './context';
import { loadMe, pendingIds } from './helpers';

export const checkIn: Query<'checkIn'> = {
  async load(db, { week }) {
    const me = await loadMe(db);
    if (!me) return checkInView(null, week, null, [], false);
    const id = checkInId(me.id, week);
    const goals = db.rows('goals');
    const [row, owned, team, pending] = await Promise.all([
      db.rows('checkIns').get(id),
      goals.where('ownerId').equals(me.id).toArray(),
      me.teamId ? goals.where('teamId').equals(me.teamId).toArray() : Promise.resolve([] as Goal[]),
      pendingIds(db, 'checkIns'),
    ]);
    return checkInView(me, week, row ?? null, [...owned, ...team], pending.has(id));
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
