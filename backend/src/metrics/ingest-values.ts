/**
 * A batch of metric values recorded all or none, under the same rules as a pushed metric.record
 * (the metric exists in the org, the caller may record against it, the text is storable). One
 * refused value refuses the batch with a 422 naming each refused value, and nothing is written.
 */
import type { Kysely } from 'kysely';
import { uuidv7, type MetricValueBatch } from '@sightline/sdk/model';
import type { Principal } from '../auth/principal';
import type { DB } from '../db/schema';
import { HttpError, describeIssues, type Issue } from '../http/api-error';
import { announceChange, nextOrgVersion } from '../orgs/orgs';
import { applyMutation, prepareMutation } from '../sync/apply-mutation';
import type { HandlerContext } from '../sync/handlers/context';

export interface IngestResult {
  version: number;
  recorded: number;
  /** The ids of the values, in the order sent (assigned ones included). */
  ids: string[];
}

/** A rejection naming `args.at` is an issue of `values.3.at`; one naming no field, of `values.3`. */
function issueOf(index: number, reason: string): Issue {
  const field = /^args\.([\w.]+): (.*)$/s.exec(reason);
  return field ? { path: `values.${index}.${field[1]}`, message: field[2]! } : { path: `values.${index}`, message: reason };
}

/** Inside a transaction the caller holds. */
export async function ingestValues(tx: Kysely<DB>, principal: Principal, batch: MetricValueBatch, now: Date): Promise<IngestResult> {
  const version = await nextOrgVersion(tx, principal.orgId);
  const ctx: HandlerContext = { tx, principal, orgId: principal.orgId, version, now: now.toISOString(), aclChanged: false };
  const issues: Issue[] = [];
  const ids: string[] = [];
  for (const [i, value] of batch.values.entries()) {
    const id = value.id ?? uuidv7();
    ids.push(id);
    const outcome = await applyMutation(ctx, prepareMutation(principal, { id, seq: i + 1, name: 'metric.record', args: { ...value, id }, at: ctx.now }));
    if (outcome.status === 'rejected') issues.push(issueOf(i, outcome.reason));
  }
  if (issues.length) throw new HttpError(422, 'invalid_batch', `no value was recorded: ${describeIssues(issues)}`, { issues });
  await announceChange(tx, { orgId: principal.orgId, version, aclChanged: false });
  return { version, recorded: ids.length, ids };
}
