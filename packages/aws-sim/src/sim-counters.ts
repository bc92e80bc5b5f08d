import type { ServiceName } from './services/built-in-services.js';
import type { ServiceRegistry } from './services/service-registry.js';

/** Selects calls to count; every field left out matches everything. */
export interface CallFilter {
  service?: ServiceName;
  operation?: string;
  account?: string;
  region?: string;
}

/** How a call was answered. */
export type CallOutcome = 'ok' | 'error' | 'throttled';

interface Tally {
  service: ServiceName;
  operation: string;
  account: string;
  region: string;
  calls: number;
  errors: number;
  throttled: number;
}

/** Counts of calls per operation, account and region (every call the simulator answered, errors included). */
export class SimCounters {
  private readonly tallies = new Map<string, Tally>();

  /** @internal The declared services name the IAM action of each operation. */
  constructor(private readonly services: ServiceRegistry) {}

  /** Number of calls matching the filter. */
  calls(filter: CallFilter = {}): number {
    return this.sum(filter, (tally) => tally.calls);
  }

  /** Number of calls answered with any error (throttling included). */
  errors(filter: CallFilter = {}): number {
    return this.sum(filter, (tally) => tally.errors);
  }

  /** Number of calls answered with a throttling error. */
  throttled(filter: CallFilter = {}): number {
    return this.sum(filter, (tally) => tally.throttled);
  }

  /** Calls per operation, keyed `service:Operation` (e.g. `ec2:DescribeInstances`). */
  byOperation(filter: CallFilter = {}): Record<string, number> {
    const result: Record<string, number> = {};
    for (const tally of this.matching(filter)) {
      const key = `${tally.service}:${tally.operation}`;
      result[key] = (result[key] ?? 0) + tally.calls;
    }
    return result;
  }

  /**
   * The IAM actions that authorize the calls matching the filter, sorted and unique (`s3:GetEncryptionConfiguration`
   * for GetBucketEncryption), as each service declares them. Calls of services that no identity policy authorizes
   * are left out (STS: GetCallerIdentity needs no permission and AssumeRole is granted by the role's trust policy).
   */
  actions(filter: CallFilter = {}): string[] {
    const actions = new Set<string>();
    for (const tally of this.matching(filter)) {
      const service = this.services.bySigningName(tally.service);
      if (!service || service.declaration.needsNoIdentityPolicy || tally.operation === 'Unknown') continue;
      actions.add(service.iamActionOf(tally.operation));
    }
    return [...actions].sort();
  }

  reset(): void {
    this.tallies.clear();
  }

  /** @internal */
  record(call: Omit<Tally, 'calls' | 'errors' | 'throttled'>, outcome: CallOutcome): void {
    const key = `${call.service}|${call.operation}|${call.account}|${call.region}`;
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = { ...call, calls: 0, errors: 0, throttled: 0 };
      this.tallies.set(key, tally);
    }
    tally.calls++;
    if (outcome !== 'ok') tally.errors++;
    if (outcome === 'throttled') tally.throttled++;
  }

  private sum(filter: CallFilter, value: (tally: Tally) => number): number {
    let total = 0;
    for (const tally of this.matching(filter)) total += value(tally);
    return total;
  }

  private *matching(filter: CallFilter): Generator<Tally> {
    for (const tally of this.tallies.values()) {
      if (filter.service !== undefined && filter.service !== tally.service) continue;
      if (filter.operation !== undefined && filter.operation !== tally.operation) continue;
      if (filter.account !== undefined && filter.account !== tally.account) continue;
      if (filter.region !== undefined && filter.region !== tally.region) continue;
      yield tally;
    }
  }
}
