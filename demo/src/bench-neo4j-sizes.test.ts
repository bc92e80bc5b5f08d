// The option lives in demo/bench, which jest.config.js does not match; its test sits here, where jest runs it.
import { describe, expect, it } from '@jest/globals';
import { describeRatio, neo4jSizesOf, neo4jToSqliteRatios, type StoreRun } from '../bench/neo4j-sizes.js';

const run = (size: number, store: StoreRun['store'], wallMs: number, profile = 'none'): StoreRun => ({
  resourcesRequested: size,
  profile: { name: profile },
  store,
  wallMs,
});

describe('--neo4j-sizes', () => {
  it('defaults to every size of --sizes, once each', () => {
    expect(neo4jSizesOf(undefined, [10_000, 100_000, 10_000])).toEqual([10_000, 100_000]);
  });

  it('none runs nothing on Neo4j', () => {
    expect(neo4jSizesOf('none', [10_000, 100_000])).toEqual([]);
  });

  it('takes a subset of --sizes', () => {
    expect(neo4jSizesOf('100000', [10_000, 100_000])).toEqual([100_000]);
  });

  it('refuses a size without its SQLite twin, and what is not a number', () => {
    expect(() => neo4jSizesOf('10000,5000', [10_000, 100_000])).toThrow('not 5000');
    expect(() => neo4jSizesOf('all', [10_000])).toThrow('--neo4j-sizes');
  });
});

describe('Neo4j/SQLite wall ratios', () => {
  it('pairs each Neo4j run with the SQLite run of its size and profile', () => {
    const runs = [
      run(10_000, 'sqlite', 4000),
      run(10_000, 'sqlite', 9000, 'latency'),
      run(10_000, 'neo4j', 6000),
      run(100_000, 'sqlite', 20_000),
      run(100_000, 'neo4j', 50_000),
    ];
    expect(neo4jToSqliteRatios(runs)).toEqual([
      { size: 10_000, profile: 'none', sqliteWallMs: 4000, neo4jWallMs: 6000, ratio: 1.5 },
      { size: 100_000, profile: 'none', sqliteWallMs: 20_000, neo4jWallMs: 50_000, ratio: 2.5 },
    ]);
  });

  it('leaves out a Neo4j run whose twin did not run', () => {
    expect(neo4jToSqliteRatios([run(10_000, 'sqlite', 4000), run(10_000, 'neo4j', 6000, 'latency')])).toEqual([]);
  });

  it('prints the ratio with both wall times', () => {
    const [ratio] = neo4jToSqliteRatios([run(10_000, 'sqlite', 4000), run(10_000, 'neo4j', 6000)]);
    expect(ratio && describeRatio(ratio)).toBe('  10000 resources  Neo4j/SQLite wall 1.5x (6.0 s / 4.0 s, none)');
  });
});
