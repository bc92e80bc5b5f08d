import type { GraphStore } from '@cloud-inventory/graph-store';

export interface MetricSample {
  labels: Record<string, string>;
  value: number;
}

/** One gauge: its name, help and labels, and how to compute its samples from the graph. */
export interface MetricDefinition {
  name: string;
  help: string;
  labelNames: string[];
  compute(store: GraphStore): Promise<MetricSample[]>;
}

/** A group value of the store: null (missing) becomes the empty label, which Prometheus treats as absent. */
export function labelValue(value: string | null | undefined): string {
  return value ?? '';
}

/** A JSON object group value (data.State of an instance is {"Code":16,"Name":"running"}): one of its fields. */
export function jsonField(value: string | null | undefined, field: string): string | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as unknown;
    const found =
      typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[field] : undefined;
    return found === undefined || found === null ? undefined : String(found);
  } catch {
    // Documented expected case: a value that is not JSON has no fields; the caller treats it as missing.
    return undefined;
  }
}

/** Adds samples with the same labels together (after a relabelling that merges groups). */
export function mergeSamples(samples: MetricSample[]): MetricSample[] {
  const merged = new Map<string, MetricSample>();
  for (const sample of samples) {
    const key = JSON.stringify(Object.entries(sample.labels).sort(([a], [b]) => a.localeCompare(b)));
    const found = merged.get(key);
    if (found) found.value += sample.value;
    else merged.set(key, { labels: { ...sample.labels }, value: sample.value });
  }
  return [...merged.values()];
}
