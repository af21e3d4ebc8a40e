/**
 * The first view: what the widgets on a page need to paint, asked for in one GET before the
 * store and sync engine have loaded (GET /v1/sync/first-view?q=<FirstViewRequest as JSON>).
 * The server answers with the visible rows those queries read; the page composes them with
 * the same view functions the store uses, so the first paint and the synced one agree.
 */
import { z } from 'zod/mini';
import { IsoWeek } from './common';
import { GoalLevel } from './goal';
import { Id } from './ids';
import type { TableName } from './tables';

/** More than a page ever shows at once, small enough to keep one request cheap. */
export const MAX_FIRST_VIEW_QUERIES = 20;

const noParams = z.strictObject({});

export const FirstViewQuery = z.discriminatedUnion('query', [
  z.strictObject({
    query: z.literal('goalTree'),
    params: z.strictObject({
      level: z.optional(GoalLevel),
      teamId: z.optional(Id),
      ownerId: z.optional(Id),
      cycleId: z.optional(Id),
      scope: z.optional(z.enum(['all', 'me'])),
    }),
  }),
  z.strictObject({ query: z.literal('kpi'), params: z.strictObject({ metricId: Id }) }),
  z.strictObject({ query: z.literal('checkIn'), params: z.strictObject({ week: IsoWeek }) }),
  z.strictObject({ query: z.enum(['me', 'people', 'teams', 'skills']), params: noParams }),
]);
export type FirstViewQuery = z.infer<typeof FirstViewQuery>;
/** The query names a first view can answer. */
export type FirstViewQueryName = FirstViewQuery['query'];

export const FirstViewRequest = z.array(FirstViewQuery).check(z.minLength(1), z.maxLength(MAX_FIRST_VIEW_QUERIES));
export type FirstViewRequest = z.infer<typeof FirstViewRequest>;

/** The tables a first view's queries read. */
export type FirstViewTable = Extract<TableName, 'persons' | 'teams' | 'cycles' | 'skills' | 'goals' | 'metrics' | 'metricValues' | 'checkIns'>;

/** Rows as pull sends them (model rows, server fields included), only those the viewer may see. */
export interface FirstViewResponse {
  /** The signed-in person, or null for a credential that acts for no one. */
  me: Record<string, unknown> | null;
  rows: Partial<Record<FirstViewTable, Array<Record<string, unknown>>>>;
}
