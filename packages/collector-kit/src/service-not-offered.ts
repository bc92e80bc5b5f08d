import { STSClient } from '@aws-sdk/client-sts';
import { resolvesNow, type DnsLookup } from './dns-lookup.js';

export interface NotOfferedContext {
  /** The endpoint the clients were built with (endpoint_url or AWS_ENDPOINT_URL); any endpoint disproves. */
  endpoint: string | undefined;
  /** The region the kind's clients talk to. */
  region: string;
  /** The lookup the clients used, so the check asks the same resolver. */
  lookup: DnsLookup;
}

/**
 * Proves, at this moment, that an ENOTFOUND means "AWS has no such service in this region" rather than a resolver
 * that is failing: no custom endpoint is set, the name that failed is an AWS name of this very region and partition,
 * and another AWS name of that region and partition (STS's, from the SDK's endpoint rules) resolves through the same
 * lookup. Anything less is a failed scope, and a failed scope is never cleaned up.
 */
export async function isProvenNotOffered(error: unknown, context: NotOfferedContext): Promise<boolean> {
  if (context.endpoint !== undefined) return false;
  const failedName = failedHostname(error);
  const witness = stsHostname(context.region);
  if (failedName === undefined || witness === undefined || failedName === witness) return false;
  const regionalSuffix = witness.slice('sts.'.length);
  if (!failedName.endsWith(`.${regionalSuffix}`)) return false;
  // A FIPS name (`<service>-fips.<region>...`) may be missing where the service itself is offered.
  if (failedName.split('.')[0]?.endsWith('-fips')) return false;
  return resolvesNow(witness, context.lookup);
}

function failedHostname(error: unknown): string | undefined {
  const hostname = (typeof error === 'object' && error !== null ? error : {}) as { hostname?: unknown };
  return typeof hostname.hostname === 'string' ? hostname.hostname.toLowerCase() : undefined;
}

/** STS's regional name (`sts.<region>.<partition's DNS suffix>`), as the SDK's endpoint rules build it. */
function stsHostname(region: string): string | undefined {
  const sts = new STSClient({ region });
  try {
    const { url } = sts.config.endpointProvider({
      Region: region,
      UseDualStack: false,
      UseFIPS: false,
      UseGlobalEndpoint: false,
    });
    const hostname = url.hostname.toLowerCase();
    return hostname.startsWith(`sts.${region}.`) ? hostname : undefined;
  } catch {
    // Documented expected case: the rules know no endpoint for this region, so nothing can be proven.
    return undefined;
  } finally {
    sts.destroy();
  }
}
