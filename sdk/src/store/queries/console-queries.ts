/** Queries only the console reads: kept out of the widget bundle, added by the console at start (addQueries). */
import type { QueryTable } from '.';
import { development } from './development';
import { reviewTemplates } from './lists';
import { sentRequests } from './sent-requests';
import { reviews } from './reviews';

export const CONSOLE_QUERIES: QueryTable = { sentRequests, reviews, reviewTemplates, development };
