/**
 * Budgets per principal and per IP address (rate-limiter-flexible, in the node's memory: with
 * several nodes each keeps its own, which bounds the total at nodes x budget).
 *
 * A principal's budget is work per minute: a request costs one unit plus what its route
 * reports (a push's mutations and list items), charged after it ran, so one push larger than
 * the budget still goes through once and then its principal waits: 429 + Retry-After, which
 * the SDK honours. Sign-in attempts are counted per IP address before they run.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AuthEnv } from '../auth/authenticate';
import { HttpError } from './api-error';

export interface Limits {
  /** Work units per principal per minute (a request is 1, a push 1 per mutation and list item). */
  workPerMinute: number;
  /** Sign-in attempts per IP address per minute. */
  signInsPerMinute: number;
  /** Single sign-on steps and session refreshes per IP address per minute (a sign-in takes three steps; every open console or extension refreshes). */
  sessionCallsPerMinute: number;
}

export const DEFAULT_LIMITS: Limits = { workPerMinute: 6000, signInsPerMinute: 10, sessionCallsPerMinute: 60 };

const rateLimited = (msBeforeNext: number, who: string) =>
  new HttpError(429, 'rate_limited', `too many requests from this ${who}; retry after the Retry-After seconds`, {
    retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)),
  });

/** Charges the principal's budget; a route adds its own cost with `c.set('work', n)`. */
export function principalBudget(workPerMinute: number) {
  const limiter = new RateLimiterMemory({ points: workPerMinute, duration: 60 });
  return createMiddleware<AuthEnv>(async (c, next) => {
    const key = c.get('principal').key;
    const spent = await limiter.get(key);
    if (spent && spent.consumedPoints >= workPerMinute) throw rateLimited(spent.msBeforeNext, 'principal');
    try {
      await next();
    } finally {
      await limiter.penalty(key, 1 + (c.get('work') ?? 0));
    }
  });
}

/** The peer's address; requests made in-process (tests) share one key. */
const peerAddress = (c: Context): string =>
  (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress ?? 'in-process';

export function perIpLimit(attemptsPerMinute: number) {
  const limiter = new RateLimiterMemory({ points: attemptsPerMinute, duration: 60 });
  return createMiddleware(async (c, next) => {
    try {
      await limiter.consume(peerAddress(c));
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw rateLimited(refusal.msBeforeNext, 'address');
      throw refusal;
    }
    await next();
  });
}
