/**
 * GetSummary's counts while a sync runs: the counts scan every resource and edge (seconds at 100,000 resources on
 * one event loop that the sync needs too), and a sync changes them with every batch, so each asker would pay the
 * whole scan. While a sync runs, counts up to `maxAgeMs` old are given again; without a sync they are computed for
 * every call (the store keeps them until its next write, so that costs little).
 */
const maxKept = 100;

export class SummaryReuse<T> {
  private readonly kept = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly syncing: () => boolean,
    private readonly maxAgeMs = 15_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.syncing()) {
      this.kept.clear();
      return compute();
    }
    const kept = this.kept.get(key);
    if (kept && this.now() - kept.at <= this.maxAgeMs) return kept.value;
    const value = compute();
    this.kept.delete(key);
    if (this.kept.size >= maxKept) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(key, { at: this.now(), value });
    // A failed computation is not given again.
    value.catch(() => this.kept.delete(key));
    return value;
  }
}
