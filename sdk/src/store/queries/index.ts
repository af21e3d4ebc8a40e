/**
 * Queries by name. The widgets' queries are always here; the console adds its own
 * (console-queries.ts) when it starts, so a page that only embeds widgets never loads them.
 */
import type { QueryName } from '../../client';
import type { Query } from './context';
import { checkIn, checkIns } from './check-in';
import { development } from './development';
import { feedback } from './feedback';
import { goalTree } from './goal-tree';
import { kpi } from './kpi';
import { cycles, me, people, skills, teams } from './lists';
import { requests } from './request-inbox';
import { sync } from './sync-state';

export type QueryTable = { [Q in QueryName]?: Query<Q> };

export const QUERIES: QueryTable = { me, people, teams, skills, cycles, goalTree, kpi, feedback, checkIn, checkIns, sync, requests };

/** Makes more queries answerable in this page (the console's, at start). */
export function addQueries(more: QueryTable): void {
  Object.assign(QUERIES, more);
}

export type { LocalState, LocalSyncState, Query, QueryContext } from './context';
