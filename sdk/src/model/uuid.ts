/**
 * Client-generated identifiers. Rows are created offline, so the id is minted where the
 * row is born: UUIDv7 (time-ordered, so B-tree inserts stay local) for ordinary rows, and a
 * name-based id for rows that have a natural key (one check-in per person and week), so two
 * offline devices converge on the same row instead of creating twins.
 *
 * Free of zod on purpose: widgets import this without pulling the schemas into the first-paint bundle.
 */

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function format(bytes: Uint8Array): string {
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

let lastMs = 0;
let lastCounter = 0;

/** UUIDv7 (RFC 9562): 48-bit ms timestamp, 12-bit counter for ids minted in the same ms, random tail. */
export function uuidv7(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  if (now <= lastMs) {
    lastCounter = (lastCounter + 1) & 0xfff;
    if (lastCounter === 0) lastMs += 1; // counter wrapped: borrow the next millisecond to stay monotonic
    now = lastMs;
  } else {
    lastMs = now;
    lastCounter = 0;
  }
  bytes[0] = Math.floor(now / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(now / 2 ** 32) & 0xff;
  bytes[2] = (now >>> 24) & 0xff;
  bytes[3] = (now >>> 16) & 0xff;
  bytes[4] = (now >>> 8) & 0xff;
  bytes[5] = now & 0xff;
  bytes[6] = 0x70 | (lastCounter >>> 8);
  bytes[7] = lastCounter & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return format(bytes);
}

/**
 * Deterministic UUIDv8 from a namespace and parts (two 64-bit FNV-1a lanes). Not a secret and
 * not collision-proof against an adversary; the server recomputes it and only lets the owner
 * of the natural key write the row, so a crafted collision gains nothing.
 */
export function nameId(namespace: string, ...parts: string[]): string {
  const text = [namespace, ...parts].join('\u0000');
  const lane = (seed: bigint) => {
    let h = seed;
    for (let i = 0; i < text.length; i++) {
      h ^= BigInt(text.charCodeAt(i));
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return h;
  };
  const a = lane(0xcbf29ce484222325n);
  const b = lane(0x84222325cbf29ce4n);
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    bytes[i] = Number((a >> BigInt(56 - i * 8)) & 0xffn);
    bytes[8 + i] = Number((b >> BigInt(56 - i * 8)) & 0xffn);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return format(bytes);
}

/** The one check-in a person has for an ISO week. */
export const checkInId = (personId: string, week: string) => nameId('checkin', personId, week);

/** The one support decision a manager records on a check-in's barrier. */
export const supportDecisionId = (checkInId: string) => nameId('support', checkInId);

/** The one review template of a cycle for a kind of review (self, manager, peer). */
export const reviewTemplateId = (cycleId: string, kind: string) => nameId('review-template', cycleId, kind);

/** The one check-in cadence of an org. */
export const cadenceId = (orgId: string) => nameId('cadence', orgId);
