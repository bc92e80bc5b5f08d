import { COUNTS_BY_SIZE, type SimKind } from '@cloud-inventory/aws-sim';

/** Shares of the regional kinds in a large account: the simulator's "large" preset, less buckets and trails. */
const { bucket: _bucket, trail: _trail, ...regionalWeights } = COUNTS_BY_SIZE.large;
// Buckets and trails cost several calls each, not pages: they stay at a realistic number whatever the size.
const fixedPerRegion: Partial<Record<SimKind, number>> = { bucket: 10, trail: 2 };

/** Per account x region counts so that the whole world holds about `total` resources. */
export function countsForTotal(total: number, regions: number): Record<SimKind, number> {
  const fixed = Object.values(fixedPerRegion).reduce((sum, count) => sum + count, 0);
  const perRegion = Math.max(0, total / regions - fixed);
  const weightSum = Object.values(regionalWeights).reduce((sum, weight) => sum + weight, 0);
  const counts = { ...fixedPerRegion } as Record<SimKind, number>;
  for (const [kind, weight] of Object.entries(regionalWeights) as [SimKind, number][]) {
    counts[kind] = Math.max(1, Math.round((perRegion * weight) / weightSum));
  }
  return counts;
}
