/**
 * One reading of PostgreSQL text values for both drivers, so a row looks the same whether it
 * came from node-postgres or PGlite: bigint -> number, timestamps -> ISO strings with `Z`,
 * dates -> 'YYYY-MM-DD' strings (never a Date shifted by the server's local zone).
 */

export const PG_TYPE = { INT8: 20, DATE: 1082, TIMESTAMP: 1114, TIMESTAMPTZ: 1184 } as const;

/** Versions and seqs are bigint columns; past 2^53 they would silently lose precision, so refuse. */
export function parseBigint(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${text} is outside the safe integer range`);
  return n;
}

const TIMESTAMP = /^(\d{4,}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d(?:\.\d+)?)(?:([+-])(\d\d)(?::?(\d\d))?(?::?(\d\d))?|Z)?$/;

/** '2026-01-02 03:04:05.678+00' (any offset; none means UTC) -> '2026-01-02T03:04:05.678Z'. */
export function parseTimestamp(text: string): string {
  const m = TIMESTAMP.exec(text);
  if (!m) throw new RangeError(`unexpected timestamp text ${JSON.stringify(text)}`);
  const [, date, time, sign, hh = '00', mm = '00', ss = '00'] = m;
  const utc = Date.parse(`${date}T${time!.slice(0, 12)}Z`);
  const offsetMs = sign ? (sign === '-' ? -1 : 1) * ((Number(hh) * 60 + Number(mm)) * 60 + Number(ss)) * 1000 : 0;
  return new Date(utc - offsetMs).toISOString();
}

export const parseDate = (text: string): string => text;

/** Parsers keyed by type oid, in the shape both drivers accept. */
export const TYPE_PARSERS: Record<number, (text: string) => unknown> = {
  [PG_TYPE.INT8]: parseBigint,
  [PG_TYPE.DATE]: parseDate,
  [PG_TYPE.TIMESTAMP]: parseTimestamp,
  [PG_TYPE.TIMESTAMPTZ]: parseTimestamp,
};
