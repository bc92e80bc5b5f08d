/** A run as far as the Neo4j/SQLite comparison reads it. */
export interface StoreRun {
  resourcesRequested: number;
  profile: { name: string };
  store: 'sqlite' | 'neo4j';
  wallMs: number;
}

export interface StoreWallRatio {
  size: number;
  profile: string;
  sqliteWallMs: number;
  neo4jWallMs: number;
  /** neo4jWallMs / sqliteWallMs, two decimals. */
  ratio: number;
}

/**
 * `--neo4j-sizes`: the sizes that also run on Neo4j, each right after its SQLite twin. Absent: every size of --sizes;
 * `none`: no Neo4j run. A size must be one of --sizes: a Neo4j figure without its SQLite twin has nothing to compare.
 */
export function neo4jSizesOf(flag: string | undefined, sizes: number[]): number[] {
  if (flag === undefined) return [...new Set(sizes)];
  if (flag === 'none') return [];
  const chosen = flag.split(',').map(Number);
  const strangers = chosen.filter((size) => !sizes.includes(size));
  if (strangers.length > 0)
    throw new Error(`--neo4j-sizes: sizes among --sizes (${sizes.join(',')}), or none; not ${strangers.join(',')}`);
  return [...new Set(chosen)];
}

/** Per size, Neo4j's wall time over SQLite's for the same size and profile (runs without a twin are left out). */
export function neo4jToSqliteRatios(runs: StoreRun[]): StoreWallRatio[] {
  return runs.flatMap((neo4j) => {
    if (neo4j.store !== 'neo4j') return [];
    const sqlite = runs.find(
      (run) =>
        run.store === 'sqlite' &&
        run.resourcesRequested === neo4j.resourcesRequested &&
        run.profile.name === neo4j.profile.name,
    );
    if (!sqlite || sqlite.wallMs <= 0) return [];
    return [
      {
        size: neo4j.resourcesRequested,
        profile: neo4j.profile.name,
        sqliteWallMs: sqlite.wallMs,
        neo4jWallMs: neo4j.wallMs,
        ratio: Math.round((neo4j.wallMs / sqlite.wallMs) * 100) / 100,
      },
    ];
  });
}

export function describeRatio(ratio: StoreWallRatio): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return `${String(ratio.size).padStart(7)} resources  Neo4j/SQLite wall ${ratio.ratio}x (${seconds(ratio.neo4jWallMs)} / ${seconds(ratio.sqliteWallMs)}, ${ratio.profile})`;
}
