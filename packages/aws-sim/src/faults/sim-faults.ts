import { InvalidOptionError } from '../errors.js';
import type { ServiceName } from '../services/built-in-services.js';
import { createRandom } from '../world/hash.js';
import { TokenBucket } from './token-bucket.js';

/** Which calls a fault applies to; every field left out matches everything. */
export interface FaultScope {
  account?: string;
  region?: string;
  service?: ServiceName;
  /** The API operation name, e.g. DescribeInstances, ListBuckets, GetBucketTagging, DescribeTrails, AssumeRole. */
  operation?: string;
}

export interface ThrottleOptions {
  /** Tokens refilled per second. */
  ratePerSecond: number;
  /** Bucket size: calls allowed at once. 0 throttles every call. */
  burst: number;
}

/** A fault that is in force until removed. */
export interface FaultHandle {
  remove(): void;
}

/** The call a fault is evaluated for. */
export interface FaultCall {
  account: string;
  region: string;
  service: ServiceName;
  operation: string;
}

/** What the faults in force do to one call. */
export interface FaultOutcome {
  latencyMs: number;
  serviceMissing: boolean;
  denied: boolean;
  throttled: boolean;
  serverErrorStatus?: 500 | 503;
}

type Rule =
  | { type: 'latency'; scope: FaultScope; ms: number }
  | { type: 'throttle'; scope: FaultScope; options: ThrottleOptions; buckets: Map<string, TokenBucket> }
  | { type: 'deny'; scope: FaultScope }
  | { type: 'serverErrors'; scope: FaultScope; rate: number; status: 500 | 503 }
  | { type: 'serviceMissing'; scope: FaultScope };

function matches(scope: FaultScope, call: FaultCall): boolean {
  return (
    (scope.account === undefined || scope.account === call.account) &&
    (scope.region === undefined || scope.region === call.region) &&
    (scope.service === undefined || scope.service === call.service) &&
    (scope.operation === undefined || scope.operation === call.operation)
  );
}

/**
 * Fault and load knobs. Each knob is scoped by account, region, service and operation, and returns a handle to
 * remove it. Order of effects for one call: latency, service missing, access denied, throttling, server error.
 */
export class SimFaults {
  private readonly rules = new Set<Rule>();
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = createRandom(seed ^ 0x5eed);
  }

  /** Delays every matching call by `ms` milliseconds before it is answered. */
  latency(ms: number, scope: FaultScope = {}): FaultHandle {
    if (!(ms >= 0)) throw new InvalidOptionError('latency', 'must be a non-negative number of milliseconds');
    return this.addRule({ type: 'latency', scope, ms });
  }

  /**
   * AWS-style throttling by token bucket, one bucket per account x region x operation: calls beyond it get
   * RequestLimitExceeded (EC2, 503), SlowDown (S3, 503), ThrottlingException (CloudTrail, 400), Throttling (STS, 400).
   */
  throttle(options: ThrottleOptions, scope: FaultScope = {}): FaultHandle {
    if (!(options.ratePerSecond >= 0) || !(options.burst >= 0)) {
      throw new InvalidOptionError('throttle', 'ratePerSecond and burst must be non-negative');
    }
    return this.addRule({ type: 'throttle', scope, options, buckets: new Map() });
  }

  /**
   * Denies matching calls: UnauthorizedOperation (EC2, 403), AccessDenied (S3, 403; STS, 403),
   * AccessDeniedException (CloudTrail, 400).
   */
  deny(scope: FaultScope = {}): FaultHandle {
    return this.addRule({ type: 'deny', scope });
  }

  /** Fails a share (`rate`, 0..1, seeded) of matching calls with a 500 (InternalError) or 503 (Unavailable). */
  serverErrors(rate: number, scope: FaultScope = {}, status: 500 | 503 = 500): FaultHandle {
    if (!(rate >= 0 && rate <= 1)) throw new InvalidOptionError('serverErrors', 'rate must be between 0 and 1');
    return this.addRule({ type: 'serverErrors', scope, rate, status });
  }

  /**
   * Makes a service absent from a region, the way AWS has no endpoint for it there. Calls get HTTP 404 with the
   * protocol's error shape and the code `UnknownEndpoint` (see SERVICE_MISSING_ERROR_CODE).
   */
  removeService(service: ServiceName, region: string, scope: Pick<FaultScope, 'account'> = {}): FaultHandle {
    return this.addRule({ type: 'serviceMissing', scope: { ...scope, service, region } });
  }

  /** Removes every fault. */
  clear(): void {
    this.rules.clear();
  }

  /** @internal Evaluates the faults in force for one call (takes throttling tokens). */
  evaluate(call: FaultCall, now: number): FaultOutcome {
    const outcome: FaultOutcome = { latencyMs: 0, serviceMissing: false, denied: false, throttled: false };
    for (const rule of this.rules) {
      if (!matches(rule.scope, call)) continue;
      switch (rule.type) {
        case 'latency':
          outcome.latencyMs += rule.ms;
          break;
        case 'serviceMissing':
          outcome.serviceMissing = true;
          break;
        case 'deny':
          outcome.denied = true;
          break;
        case 'throttle':
          if (!this.takeToken(rule, call, now)) outcome.throttled = true;
          break;
        case 'serverErrors':
          if (this.random() < rule.rate) outcome.serverErrorStatus = rule.status;
          break;
      }
    }
    return outcome;
  }

  private takeToken(rule: Extract<Rule, { type: 'throttle' }>, call: FaultCall, now: number): boolean {
    const key = `${call.account}|${call.region}|${call.operation}`;
    let bucket = rule.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(rule.options.ratePerSecond, rule.options.burst, now);
      rule.buckets.set(key, bucket);
    }
    return bucket.tryTake(now);
  }

  private addRule(rule: Rule): FaultHandle {
    this.rules.add(rule);
    return { remove: () => void this.rules.delete(rule) };
  }
}

/** The error code a call gets when `removeService` made its service absent from the region (HTTP 404). */
export const SERVICE_MISSING_ERROR_CODE = 'UnknownEndpoint';
