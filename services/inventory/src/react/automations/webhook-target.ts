import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as systemLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { WebhookTargetRefusedError } from '../react-errors.js';
import { classifyAddress } from './webhook-address.js';

export interface WebhookTargetPolicy {
  /** Loopback and private ranges too (react.webhook.allowPrivateNetworks); link-local and metadata never. */
  allowPrivateNetworks: boolean;
}

/** Resolves a host name to every address it has (dns.lookup with all: true; tests inject their own). */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: ResolveHost = (hostname) => systemLookup(hostname, { all: true });

/**
 * Why a webhook URL may not be used, judged from the URL alone: its scheme, and its host when that is an address
 * (in any form the URL parser accepts: 2852039166, 0xa9fea9fe, 0251.0376.0251.0376, [::ffff:169.254.169.254]) or a
 * localhost name. Other names are judged at delivery, on the addresses they resolve to.
 */
export function webhookUrlProblem(url: string, policy: WebhookTargetPolicy): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Documented expected case: an unparsable URL is reported as such.
    return 'must be an http(s) URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must be an http(s) URL';
  const host = hostOf(parsed);
  if (isIP(host) !== 0) return addressProblem(host, policy);
  const name = host.replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) {
    // Resolvers answer loopback for these without asking DNS (RFC 6761), whatever the network says.
    return policy.allowPrivateNetworks ? undefined : `${name} is loopback: ${privateHint}`;
  }
  return undefined;
}

/** Throws WebhookTargetRefusedError when the URL itself is refused (delivery checks again what it was created with). */
export function assertWebhookUrlAllowed(url: URL, policy: WebhookTargetPolicy): void {
  const problem = webhookUrlProblem(url.href, policy);
  if (problem !== undefined) throw new WebhookTargetRefusedError(url.host, problem);
}

/**
 * A `lookup` for the webhook's socket: it resolves the name itself and refuses the connection when any address
 * is refused, so the socket connects only to addresses checked here. Checking first and connecting later would
 * let a DNS answer that changes in between (rebinding) reach an internal address.
 */
export function checkedLookup(resolve: ResolveHost, policy: WebhookTargetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((addresses) => checkedAddresses(hostname, addresses, policy, options.family))
      .then(
        (usable) => (options.all ? callback(null, usable) : callback(null, usable[0].address, usable[0].family)),
        (error: NodeJS.ErrnoException) => callback(error, ''),
      );
  };
}

/** Every address must pass, not only the one used: the socket may fall back to any of them. */
function checkedAddresses(
  hostname: string,
  addresses: LookupAddress[],
  policy: WebhookTargetPolicy,
  family: LookupOptions['family'],
): [LookupAddress, ...LookupAddress[]] {
  const wanted = family === 'IPv4' ? 4 : family === 'IPv6' ? 6 : family;
  for (const { address } of addresses) {
    const problem = addressProblem(address, policy);
    if (problem !== undefined) throw new WebhookTargetRefusedError(hostname, `it resolves to ${problem}`);
  }
  const [first, ...rest] = addresses.filter((found) => !wanted || found.family === wanted);
  if (!first) throw Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' });
  return [first, ...rest];
}

const privateHint = 'allowed only with react.webhook.allowPrivateNetworks: true';

function addressProblem(address: string, policy: WebhookTargetPolicy): string | undefined {
  const verdict = classifyAddress(address);
  if (verdict.class === 'public' || (verdict.class === 'private' && policy.allowPrivateNetworks)) return undefined;
  return verdict.class === 'refused'
    ? `${address} is ${verdict.description}: never allowed`
    : `${address} is ${verdict.description}: ${privateHint}`;
}

/** The URL's host without the brackets of an IPv6 literal. */
function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}
