/** Every query of the client interface, by name. */
import type { QueryName } from '../../client';
import type { Query } from './context';
import { checkIn, checkIns } from './check-in';
import { development } from './development';
import { feedback } from './feedback';
import { goalTree } from './goal-tree';
import { kpi } from './kpi';
import { cycles, me, people, skills, teams } from './lists';
import { sync } from './sync-state';

export const QUERIES: { [Q in QueryName]: Query<Q> } = { me, people, teams, skills, cycles, goalTree, kpi, feedback, checkIn, checkIns, sync, development };

export type { LocalState, LocalSyncState, Query, QueryContext } from './context';
