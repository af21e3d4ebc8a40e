/**
 * Where webhooks may be sent. A webhook URL is chosen by an org admin, but the request leaves
 * from the server, inside the operator's network: without a check, an admin could make the
 * server post to its own database port, the cloud metadata address or an intranet service
 * (server-side request forgery). So only public unicast addresses are allowed, checked twice:
 * an address literal or localhost name when the webhook is registered, and every address a
 * name resolves to when a delivery connects (the address checked is the one connected to, so a
 * name that changes its answer in between cannot slip through). Self-hosters whose receivers
 * live on their own network opt in with SIGHTLINE_WEBHOOK_ALLOW_PRIVATE_TARGETS=true.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';

export const ALLOW_PRIVATE_TARGETS_ENV = 'SIGHTLINE_WEBHOOK_ALLOW_PRIVATE_TARGETS';

export interface WebhookTargetPolicy {
  /** Lets webhooks reach loopback, private and other non-public addresses (the operator's opt-in). */
  allowPrivate: boolean;
}

export const PUBLIC_TARGETS_ONLY: WebhookTargetPolicy = { allowPrivate: false };

/** The policy from the environment; anything but true/false (or unset) names the variable. */
export function targetPolicyFrom(env: NodeJS.ProcessEnv): WebhookTargetPolicy {
  const value = env[ALLOW_PRIVATE_TARGETS_ENV];
  if (value === undefined || value === '' || value === 'false') return PUBLIC_TARGETS_ONLY;
  if (value === 'true') return { allowPrivate: true };
  throw new Error(`${ALLOW_PRIVATE_TARGETS_ENV} must be true or false, got ${JSON.stringify(value)}`);
}

/**
 * The range `address` belongs to when it is not a public unicast address (loopback, private,
 * linkLocal (the metadata address), uniqueLocal, carrierGradeNat, unspecified, ...), else null.
 * An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 one.
 */
export function nonPublicRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'unparsable';
  const range = ipaddr.process(address).range();
  return range === 'unicast' ? null : range;
}

const isLocalhostName = (host: string) => host === 'localhost' || host.endsWith('.localhost');

/** Why a webhook URL's host is refused without resolving it (an address literal or a localhost name), or null. */
export function refusedHost(url: URL): string | null {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (isLocalhostName(host.replace(/\.$/, ''))) return `${host} is this machine`;
  if (!ipaddr.isValid(host)) return null;
  const range = nonPublicRange(host);
  return range ? `${host} is a ${range} address` : null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * `lookup` for net.connect: resolves as usual, then refuses the connection if any address the
 * name has is not public.
 */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.map((a) => ({ ...a, range: nonPublicRange(a.address) })).find((a) => a.range);
    if (refused) return callback(Object.assign(new Error(`${hostname} resolves to ${refused.address}, a ${refused.range} address`), { code: 'ENOTPUBLIC' }), []);
    if (options.all) return callback(null, addresses);
    const [first] = addresses;
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}
