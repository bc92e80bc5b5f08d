// The comparison lives in demo/bench, which jest.config.js does not match; its test sits here, where jest runs it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { compareResults, type FigureComparison } from '../bench/compare-results.js';
import { comparisonWithPrevious } from '../bench/previous-results.js';
import { renderComparison } from '../bench/render-comparison.js';
import { CorruptResultsError, parseResultsFile, resultsFrom } from '../bench/results-file.js';

interface Figures {
  wallMs: number;
  resourcesPerSecond: number;
  collectorRss: number;
  inventoryRss: number;
  cpuMs: number;
}

const baseline: Figures = {
  wallMs: 10_000,
  resourcesPerSecond: 1000,
  collectorRss: 200,
  inventoryRss: 300,
  cpuMs: 8000,
};

/** A run as e2e.bench.ts writes it (the fields the comparison reads, and a few it does not). */
function run(size: number, profile: string, store: string, figures: Partial<Figures> = {}) {
  const f = { ...baseline, ...figures };
  return {
    resourcesRequested: size,
    from: 'compiled',
    profile: { name: profile, latencyMs: 0 },
    store,
    jobState: 'SUCCESS',
    resources: size,
    wallMs: f.wallMs,
    resourcesPerSecond: f.resourcesPerSecond,
    peakRssMb: { collector: f.collectorRss, inventory: f.inventoryRss, benchAndSimulator: 150 },
    cpuMs: { collector: f.cpuMs / 2, inventory: f.cpuMs / 2, benchAndSimulator: 0 },
  };
}

const resultsOf = (...runs: unknown[]) => ({ benchmark: 'e2e', startedAt: '2026-12-01T10:00:00.000Z', runs });

function figuresOf(current: unknown, previous: unknown): Record<string, FigureComparison> {
  const comparison = compareResults(resultsFrom(current), resultsFrom(previous));
  expect(comparison.scenarios).toHaveLength(1);
  return Object.fromEntries(comparison.scenarios[0]!.figures.map((figure) => [figure.figure, figure]));
}

describe('comparing a bench run with the previous results', () => {
  it('marks a slower run with more memory as worse, with the ratio this/previous', () => {
    const previous = resultsOf(run(2000, 'none', 'sqlite'));
    const current = resultsOf(
      run(2000, 'none', 'sqlite', { wallMs: 12_000, resourcesPerSecond: 850, collectorRss: 240, cpuMs: 9800 }),
    );
    const figures = figuresOf(current, previous);
    expect(figures['wall time']).toMatchObject({ ratio: 1.2, verdict: 'worse' });
    expect(figures['resources/s']).toMatchObject({ ratio: 0.85, verdict: 'worse' });
    expect(figures['peak RSS collector']).toMatchObject({ ratio: 1.2, verdict: 'worse' });
    expect(figures['peak RSS inventory']).toMatchObject({ ratio: 1, verdict: 'same' });
    expect(figures['CPU time, all processes']).toMatchObject({ ratio: 1.225, verdict: 'worse' });

    const text = renderComparison(
      compareResults(resultsFrom(current), resultsFrom(previous)),
      resultsFrom(previous),
      'e2e-old.json',
    );
    expect(text).toMatch(/wall time\s+12\.0 s\s+10\.0 s\s+1\.20 {2}<< WORSE \(beyond 10%\)/);
    expect(text).toMatch(/peak RSS collector\s+240 MiB\s+200 MiB\s+1\.20 {2}<< WORSE \(beyond 15%\)/);
    expect(text).toContain('WORSE beyond noise: 2000 none sqlite wall time; 2000 none sqlite resources/s;');
  });

  it('marks a faster, leaner run as better and nothing as worse', () => {
    const previous = resultsOf(run(2000, 'none', 'sqlite'));
    const current = resultsOf(
      run(2000, 'none', 'sqlite', { wallMs: 7000, resourcesPerSecond: 1400, inventoryRss: 200, cpuMs: 6000 }),
    );
    const figures = figuresOf(current, previous);
    expect(figures['wall time']?.verdict).toBe('better');
    expect(figures['resources/s']?.verdict).toBe('better');
    expect(figures['peak RSS inventory']?.verdict).toBe('better');
    expect(figures['CPU time, all processes']?.verdict).toBe('better');
    const text = renderComparison(
      compareResults(resultsFrom(current), resultsFrom(previous)),
      resultsFrom(previous),
      'x',
    );
    expect(text).not.toContain('WORSE (');
    expect(text).toContain('nothing worse beyond noise');
  });

  it('leaves changes inside the noise bands unmarked', () => {
    const previous = resultsOf(run(2000, 'none', 'sqlite'));
    const current = resultsOf(
      run(2000, 'none', 'sqlite', { wallMs: 10_900, resourcesPerSecond: 920, collectorRss: 228, cpuMs: 9000 }),
    );
    const figures = figuresOf(current, previous);
    expect(Object.values(figures).map((figure) => figure.verdict)).toEqual([
      'same',
      'same',
      'same',
      'same',
      'same',
      'same',
    ]);
  });

  it('matches runs by size, profile and store, and lists the scenarios only one file has', () => {
    const previous = resultsOf(run(2000, 'none', 'sqlite'), run(2000, 'latency', 'sqlite'), run(2000, 'none', 'neo4j'));
    const current = resultsOf(run(2000, 'none', 'sqlite'), run(5000, 'none', 'sqlite'));
    const comparison = compareResults(resultsFrom(current), resultsFrom(previous));
    expect(comparison.scenarios.map((s) => s.scenario)).toEqual(['2000 none sqlite']);
    expect(comparison.onlyInCurrent).toEqual(['5000 none sqlite']);
    expect(comparison.onlyInPrevious).toEqual(['2000 latency sqlite', '2000 none neo4j']);
    const text = renderComparison(comparison, resultsFrom(previous), 'x');
    expect(text).toContain('only in this run: 5000 none sqlite');
    expect(text).toContain('only in the previous run: 2000 latency sqlite; 2000 none neo4j');
  });

  it('compares what an older file has, says what it lacks and shows the rest as n/a', () => {
    const { peakRssMb: _rss, cpuMs: _cpu, ...older } = run(2000, 'none', 'sqlite');
    const previous = resultsFrom(resultsOf(older, { resourcesRequested: 2000, store: 'sqlite' }));
    expect(previous.missingFields).toEqual(['cpuMs', 'peakRssMb']);
    expect(previous.unmatchedRuns).toBe(1);
    const comparison = compareResults(
      resultsFrom(resultsOf(run(2000, 'none', 'sqlite', { wallMs: 12_000 }))),
      previous,
    );
    const figures = Object.fromEntries(comparison.scenarios[0]!.figures.map((f) => [f.figure, f]));
    expect(figures['wall time']?.verdict).toBe('worse');
    expect(figures['peak RSS collector']).toMatchObject({ current: 200, previous: undefined, verdict: 'n/a' });
    expect(figures['CPU time, all processes']?.verdict).toBe('n/a');
    const text = renderComparison(comparison, previous, 'x');
    expect(text).toMatch(/peak RSS collector\s+200 MiB\s+n\/a\s+n\/a\n/);
    expect(text).toContain('the previous file lacks cpuMs, peakRssMb (an older shape): those figures show n/a');
    expect(text).toContain('the previous file has 1 run(s) without size, profile or store: not compared');
  });

  it('refuses a corrupt file with the reason', () => {
    expect(() => parseResultsFile('{"runs": [')).toThrow(CorruptResultsError);
    expect(() => parseResultsFile('{"runs": [')).toThrow(/not a results file: invalid JSON/);
    expect(() => parseResultsFile('[1, 2]')).toThrow('not a results file: the top level is not an object');
    expect(() => parseResultsFile('{"benchmark": "e2e"}')).toThrow('not a results file: it has no runs list');
  });
});

describe('finding the previous results file', () => {
  let dir: string;
  const current = resultsFrom(resultsOf(run(2000, 'none', 'sqlite', { wallMs: 12_000 })));
  const write = (name: string, value: unknown) =>
    writeFile(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-results-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('uses the newest earlier file, skipping a corrupt one with a message', async () => {
    await write('e2e-2026-12-01T08-00-00-000Z.json', resultsOf(run(2000, 'none', 'sqlite', { wallMs: 1000 })));
    await write('e2e-2026-12-01T09-00-00-000Z.json', resultsOf(run(2000, 'none', 'sqlite')));
    await write('e2e-2026-12-01T10-00-00-000Z.json', '{"benchmark": "e2e", "runs": [');
    await write('e2e-2026-12-01T11-00-00-000Z.json', resultsOf(run(2000, 'none', 'sqlite', { wallMs: 12_000 })));
    await write('notes.json', '{}');
    const text = await comparisonWithPrevious(
      current,
      join(dir, 'e2e-2026-12-01T11-00-00-000Z.json'),
      { newest: true },
      dir,
    );
    expect(text).toMatch(/^Skipping e2e-2026-12-01T10-00-00-000Z\.json: not a results file: invalid JSON/);
    expect(text).toContain('Compared with e2e-2026-12-01T09-00-00-000Z.json (started 2026-12-01T10:00:00.000Z)');
    expect(text).toMatch(/wall time\s+12\.0 s\s+10\.0 s\s+1\.20/);
  });

  it('says so when there is no earlier file, and when asked not to compare', async () => {
    await write('e2e-2026-12-01T11-00-00-000Z.json', resultsOf(run(2000, 'none', 'sqlite')));
    const currentFile = join(dir, 'e2e-2026-12-01T11-00-00-000Z.json');
    expect(await comparisonWithPrevious(current, currentFile, { newest: true }, dir)).toBe(
      'No previous results file to compare with\n',
    );
    expect(await comparisonWithPrevious(current, currentFile, { none: true }, dir)).toBe(
      'Comparison skipped (--compare none)\n',
    );
  });

  it('compares with a named file, and names one it cannot read', async () => {
    await write('baseline.json', resultsOf(run(2000, 'none', 'sqlite', { wallMs: 6000 })));
    const currentFile = join(dir, 'e2e-2026-12-01T11-00-00-000Z.json');
    const named = await comparisonWithPrevious(current, currentFile, { file: join(dir, 'baseline.json') }, dir);
    expect(named).toMatch(/wall time\s+12\.0 s\s+6\.0 s\s+2\.00 {2}<< WORSE/);
    const missing = await comparisonWithPrevious(current, currentFile, { file: join(dir, 'gone.json') }, dir);
    expect(missing).toBe('Skipping gone.json: cannot read it (ENOENT)\nNothing to compare with\n');
  });
});
