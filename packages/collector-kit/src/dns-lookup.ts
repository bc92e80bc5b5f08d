import { lookup as systemLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';

/** How AWS host names are resolved: the system's resolver, or one a test injects to make names fail. */
export type DnsLookup = LookupFunction;

export const defaultDnsLookup: DnsLookup = systemLookup as DnsLookup;

/** Gives up on a name that neither resolves nor fails within this long (a hung resolver proves nothing). */
const resolveTimeoutMs = 5_000;

/** True when `hostname` resolves right now through `lookup`; any error or a timeout is false. */
export function resolvesNow(hostname: string, lookup: DnsLookup): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), resolveTimeoutMs);
    lookup(hostname, { all: true }, (error) => {
      clearTimeout(timer);
      resolve(!error);
    });
  });
}
