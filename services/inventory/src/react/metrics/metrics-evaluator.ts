import type { GraphStore } from '@cloud-inventory/graph-store';
import { Gauge, type Registry } from 'prom-client';
import type { Logger } from 'pino';
import type { MetricDefinition, MetricSample } from './metric-definition.js';

export interface MetricSeries {
  name: string;
  help: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * Computes every metric from the graph and publishes it as a prom-client gauge. Each evaluation replaces a gauge's
 * series entirely, so a series whose resources vanished disappears. A metric whose query fails keeps its previous
 * series (and the failure is logged): stale numbers are better than a gap that looks like "zero".
 */
export class MetricsEvaluator {
  private readonly gauges = new Map<string, Gauge>();
  private latest = new Map<string, MetricSample[]>();
  private evaluatedAt: string | undefined;
  private running: Promise<void> | undefined;
  private isRerunWanted = false;

  constructor(
    private readonly definitions: MetricDefinition[],
    private readonly deps: { store: GraphStore; registry: Registry; logger: Logger; now: () => Date },
  ) {
    for (const definition of definitions) {
      this.gauges.set(
        definition.name,
        new Gauge({
          name: definition.name,
          help: definition.help,
          labelNames: definition.labelNames,
          registers: [deps.registry],
        }),
      );
    }
  }

  /** Evaluates now; a call during an evaluation runs one more afterwards (the graph changed meanwhile). */
  evaluate(): Promise<void> {
    if (this.running) {
      this.isRerunWanted = true;
      return this.running;
    }
    this.running = this.evaluateOnce().finally(() => {
      this.running = undefined;
      if (this.isRerunWanted) {
        this.isRerunWanted = false;
        void this.evaluate();
      }
    });
    return this.running;
  }

  /** The series of the last evaluation, optionally only of some metrics. */
  series(names: string[] = []): { series: MetricSeries[]; evaluatedAt: string | undefined } {
    const series: MetricSeries[] = [];
    for (const definition of this.definitions) {
      if (names.length > 0 && !names.includes(definition.name)) continue;
      for (const sample of this.latest.get(definition.name) ?? []) {
        series.push({ name: definition.name, help: definition.help, labels: sample.labels, value: sample.value });
      }
    }
    return { series, evaluatedAt: this.evaluatedAt };
  }

  private async evaluateOnce(): Promise<void> {
    const started = this.deps.now();
    const results = await Promise.allSettled(this.definitions.map((definition) => definition.compute(this.deps.store)));
    const latest = new Map(this.latest);
    let failed = 0;
    results.forEach((result, index) => {
      const definition = this.definitions[index] as MetricDefinition;
      if (result.status === 'rejected') {
        failed += 1;
        this.deps.logger.error({ metric: definition.name, err: result.reason }, 'metric evaluation failed');
        return;
      }
      const gauge = this.gauges.get(definition.name) as Gauge;
      gauge.reset();
      for (const sample of result.value) gauge.set(sample.labels, sample.value);
      latest.set(definition.name, result.value);
    });
    this.latest = latest;
    this.evaluatedAt = started.toISOString();
    this.deps.logger.debug({ metrics: this.definitions.length, failed }, 'metrics evaluated');
  }
}
