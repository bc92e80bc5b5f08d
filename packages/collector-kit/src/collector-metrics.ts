import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AwsCallCounts } from './aws-call-tally.js';

/** How a Collect call ended: every kind collected, some kind failed (its scope reported), the call failed, or cancelled. */
export type CollectorTaskState = 'SUCCESS' | 'FAILURE' | 'ERROR' | 'CANCELLED';

/**
 * The collector's Prometheus metrics, in a registry of their own (no global state shared between instances). Labels
 * are names from the collector's code (task types, kinds, SDK service and operation names) and closed sets of
 * outcomes: never an account's credentials, an ARN, a resource id or text from AWS.
 */
export class CollectorMetrics {
  readonly registry = new Registry();
  private readonly tasks = new Counter({
    name: 'collector_tasks_total',
    help: 'Collect calls served, by task type and final state',
    labelNames: ['type', 'state'],
    registers: [this.registry],
  });
  private readonly inFlight = new Gauge({
    name: 'collector_tasks_in_flight',
    help: 'Collect calls running now',
    registers: [this.registry],
  });
  private readonly taskDuration = new Histogram({
    name: 'collector_task_duration_seconds',
    help: 'Duration of Collect calls, by task type',
    labelNames: ['type'],
    buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900],
    registers: [this.registry],
  });
  private readonly awsCalls = new Counter({
    name: 'collector_aws_calls_total',
    help: 'AWS API calls, after the SDK retries, by service, operation and outcome (Success, NotOffered, or the failure code)',
    labelNames: ['service', 'operation', 'outcome'],
    registers: [this.registry],
  });
  private readonly awsThrottles = new Counter({
    name: 'collector_aws_throttles_total',
    help: 'Throttling responses from AWS, each attempt counted (the SDK retries most of them), by service and operation',
    labelNames: ['service', 'operation'],
    registers: [this.registry],
  });
  private readonly resources = new Counter({
    name: 'collector_resources_emitted_total',
    help: 'Resources streamed to the inventory, by kind',
    labelNames: ['kind'],
    registers: [this.registry],
  });

  /** `defaultMetrics`: also the Node.js process metrics (when /metrics is served). */
  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** Counts a Collect call as running; the returned function ends it (once). */
  taskStarted(): (type: string, state: CollectorTaskState) => void {
    this.inFlight.inc();
    const started = performance.now();
    let ended = false;
    return (type, state) => {
      if (ended) return;
      ended = true;
      this.inFlight.dec();
      this.tasks.inc({ type, state });
      this.taskDuration.observe({ type }, (performance.now() - started) / 1000);
    };
  }

  resourcesEmitted(kind: string, count: number): void {
    if (count > 0) this.resources.inc({ kind }, count);
  }

  awsCallsMade(counts: AwsCallCounts): void {
    for (const { service, operation, outcome, calls } of counts.calls) {
      this.awsCalls.inc({ service, operation, outcome }, calls);
    }
    for (const { service, operation, responses } of counts.throttles) {
      this.awsThrottles.inc({ service, operation }, responses);
    }
  }
}
