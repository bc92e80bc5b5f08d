/** One thing the simulated world holds: the region holding it and its record (both absent for identities). */
export interface WorldItem {
  region?: string;
  record?: Record<string, unknown>;
  /** Listed by AWS though gone as users see it (a deleted endpoint): a collector leaves it out. */
  gone?: boolean;
}

/** One kind of the simulated world, under the simulator's name for it ('instance', 'bucket', 'region' ...). */
export interface WorldKind {
  name: string;
  items: Map<string, WorldItem>;
}

/** The world kinds a collector kind collects (`names`), and what they hold together (`world`). */
export type WorldKindMatch = { world: WorldKind; names: string[] } | { problem: string };

/**
 * The world kinds a collector kind collects: the one sharing the most ids with what was collected, then, while
 * collected ids are left that it does not hold, the one holding most of those (a kind listed by two calls, RDS
 * snapshots of instances and of clusters). Derived rather than listed, so a new kind needs no table here; a kind
 * sharing no id with any world kind is a problem to report.
 */
export function matchWorldKind(
  kind: string,
  collectedIds: readonly string[],
  worlds: readonly WorldKind[],
): WorldKindMatch {
  const left = new Set(collectedIds);
  const matched: WorldKind[] = [];
  while (left.size > 0) {
    let best: { world: WorldKind; shared: number } | undefined;
    for (const world of worlds) {
      if (matched.includes(world)) continue;
      const shared = [...left].filter((id) => world.items.has(id)).length;
      if (shared > 0 && (!best || shared > best.shared)) best = { world, shared };
    }
    if (!best) break;
    matched.push(best.world);
    for (const id of best.world.items.keys()) left.delete(id);
  }
  const [first, ...others] = matched;
  if (first && others.length === 0) return { world: first, names: [first.name] };
  if (first) {
    const names = matched.map((world) => world.name);
    return { world: { name: names.join(' + '), items: new Map(matched.flatMap((world) => [...world.items])) }, names };
  }
  const sample = collectedIds.slice(0, 3).join(', ') || 'nothing';
  return {
    problem:
      `${kind}: its ids (${sample}) are those of no simulator kind (${worlds.map((w) => w.name).join(', ')}); ` +
      'add a simulator kind spec for it, or fix the Manager id mapping',
  };
}

/** Ids collected but not held (or held but gone), and held, not gone, but not collected. */
export function idDifference(
  collectedIds: readonly string[],
  world: WorldKind,
): { extra: string[]; missing: string[] } {
  const collected = new Set(collectedIds);
  const held = (id: string) => {
    const item = world.items.get(id);
    return item !== undefined && item.gone !== true;
  };
  return {
    extra: [...collected].filter((id) => !held(id)),
    missing: [...world.items.keys()].filter((id) => held(id) && !collected.has(id)),
  };
}
