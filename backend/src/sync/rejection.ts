/**
 * A permanent problem with one mutation (bad args, not allowed, a missing row, a cycle): it is
 * recorded, reported to the client with this message, and never retried.
 */
import type { z } from 'zod';
import { describeIssues, zodIssues } from '../http/api-error';
import { escapeUnstorable } from '../http/unstorable';

export class Rejection extends Error {
  override readonly name = 'Rejection';
}

/** Reasons are stored, and may echo the input (an unknown key's name): escaped so PostgreSQL takes them. */
export function reject(reason: string): never {
  throw new Rejection(escapeUnstorable(reason));
}

/** A rejection listing each failing field under `prefix`: `args.title: must not be empty; args.weight: ...`. */
export function rejectIssues(error: z.core.$ZodError, prefix: string): never {
  reject(describeIssues(zodIssues(error).map((i) => ({ ...i, path: i.path === '(root)' ? prefix : `${prefix}.${i.path}` }))));
}
