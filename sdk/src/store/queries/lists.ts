/** The small reference lists pickers and labels need, sorted for display. */
import type { Query } from './context';
import { byName } from '../../views/order';
import { loadMe } from './helpers';

export const me: Query<'me'> = { load: (db) => loadMe(db) };
export const people: Query<'people'> = { load: async (db) => (await db.rows('persons').toArray()).sort(byName) };
export const teams: Query<'teams'> = { load: async (db) => (await db.rows('teams').toArray()).sort(byName) };
export const skills: Query<'skills'> = { load: async (db) => (await db.rows('skills').toArray()).sort(byName) };
export const reviewTemplates: Query<'reviewTemplates'> = { load: (db) => db.rows('reviewTemplates').toArray() };
/** Cycles, the latest start first: the current quarter leads. */
export const cycles: Query<'cycles'> = { load: async (db) => (await db.rows('cycles').toArray()).sort((a, b) => b.startsOn.localeCompare(a.startsOn)) };
