/** Access facts asked again within a set-based run are answered from the run (row-batch.ts); otherwise each is a query. */
import type { HandlerContext } from './handlers/context';

export const remembered = (ctx: HandlerContext, key: string, compute: () => Promise<boolean>): Promise<boolean> =>
  ctx.batch ? ctx.batch.fact(key, compute) : compute();
