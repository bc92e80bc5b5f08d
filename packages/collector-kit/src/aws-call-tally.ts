import { classifyAwsFailure, type ScopeFailureCode } from './classify-aws-failure.js';

/**
 * How an AWS call ended, after the SDK's retries: `Success`, `NotOffered` (the service has no endpoint there), or
 * the scope failure code its error classifies as (`AccessDenied`, `Throttling`, ...). A closed set, never text from AWS.
 */
export type AwsCallOutcome = 'Success' | 'NotOffered' | ScopeFailureCode;

/** Calls of one operation with one outcome, and the throttling responses its attempts met; plain data for a port. */
export interface AwsCallCount {
  /** The last part of the SDK's service namespace (`ec2`, `elasticloadbalancingv2`): IAM's prefix for most. */
  service: string;
  operation: string;
  outcome: AwsCallOutcome;
  calls: number;
}

export interface AwsThrottleCount {
  service: string;
  operation: string;
  responses: number;
}

export interface AwsCallCounts {
  calls: AwsCallCount[];
  throttles: AwsThrottleCount[];
}

function failureCodeOf(error: unknown): AwsCallOutcome {
  const classification = classifyAwsFailure(error);
  return classification.outcome === 'empty' ? 'NotOffered' : classification.code;
}

/** The outcome label of a finished call: undefined error for a success. */
export function awsCallOutcomeOf(error?: unknown): AwsCallOutcome {
  return error === undefined ? 'Success' : failureCodeOf(error);
}

/** True when one attempt's error is AWS throttling (the SDK may still retry it). */
export function isThrottlingResponse(error: unknown): boolean {
  const classification = classifyAwsFailure(error);
  return classification.outcome === 'failure' && classification.code === 'Throttling';
}

/** Counts calls where they are made (a worker thread), handed to the main thread's metrics in batches. */
export class AwsCallTally {
  private calls = new Map<string, AwsCallCount>();
  private throttles = new Map<string, AwsThrottleCount>();

  call(service: string, operation: string, outcome: AwsCallOutcome): void {
    const key = `${service}\u0000${operation}\u0000${outcome}`;
    const entry = this.calls.get(key);
    if (entry) entry.calls += 1;
    else this.calls.set(key, { service, operation, outcome, calls: 1 });
  }

  throttled(service: string, operation: string): void {
    const key = `${service}\u0000${operation}`;
    const entry = this.throttles.get(key);
    if (entry) entry.responses += 1;
    else this.throttles.set(key, { service, operation, responses: 1 });
  }

  /** What was counted since the last take, or undefined when nothing was. */
  take(): AwsCallCounts | undefined {
    if (this.calls.size === 0 && this.throttles.size === 0) return undefined;
    const counts = { calls: [...this.calls.values()], throttles: [...this.throttles.values()] };
    this.calls = new Map();
    this.throttles = new Map();
    return counts;
  }
}
