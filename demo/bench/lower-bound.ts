import type { AwsSimulator } from '@cloud-inventory/aws-sim';

export interface LatencyProfile {
  name: string;
  /** Added to every simulated call. */
  latencyMs: number;
  /** Token bucket per account x region x operation; undefined: no throttling. */
  throttle?: { ratePerSecond: number; burst: number };
}

/** Operations the collector pages through one page after another (each page needs the previous page's token). */
const pagedOperations = new Set([
  'ec2:DescribeInstances',
  'ec2:DescribeVolumes',
  'ec2:DescribeSnapshots',
  'ec2:DescribeImages',
  'ec2:DescribeSecurityGroups',
  'ec2:DescribeVpcs',
  'ec2:DescribeSubnets',
  's3:ListBuckets',
]);

export interface CallChain {
  operation: string;
  region: string;
  /** Calls answered successfully (pages for paged operations). */
  calls: number;
  boundMs: number;
}

/**
 * The least time the simulated latency and rate limits allow: planning, then the slowest single chain of calls.
 * Planning asks for the account's enabled regions (one DescribeRegions) before any task can start, so its round trip
 * precedes every chain. A paged chain of N pages takes at least N round trips; any N calls of one operation in one
 * account x region take at least (N - burst) / rate seconds after the first. Independent chains may run in parallel,
 * so the slowest one is the bound.
 */
export function lowerBound(
  sim: AwsSimulator,
  account: string,
  profile: LatencyProfile,
): { boundMs: number; chain?: CallChain } {
  let slowest: CallChain | undefined;
  const regions = [...new Set([...sim.regions, 'us-east-1'])];
  for (const region of regions) {
    const calls = sim.counters.byOperation({ account, region });
    for (const operation of Object.keys(calls)) {
      const [service, name] = operation.split(':') as [string, string];
      const filter = { account, region, service: service as 'ec2' | 's3' | 'cloudtrail' | 'sts', operation: name };
      const succeeded = sim.counters.calls(filter) - sim.counters.errors(filter);
      if (succeeded <= 0) continue;
      const roundTrips = pagedOperations.has(operation) ? succeeded * profile.latencyMs : profile.latencyMs;
      const rateLimited = profile.throttle
        ? profile.latencyMs + (Math.max(0, succeeded - profile.throttle.burst) / profile.throttle.ratePerSecond) * 1000
        : 0;
      const boundMs = Math.max(roundTrips, rateLimited);
      if (!slowest || boundMs > slowest.boundMs) slowest = { operation, region, calls: succeeded, boundMs };
    }
  }
  const planned = sim.counters.calls({ account, operation: 'DescribeRegions' }) > 0;
  const planningMs = planned ? profile.latencyMs : 0;
  return { boundMs: planningMs + (slowest?.boundMs ?? 0), ...(slowest ? { chain: slowest } : {}) };
}
