import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BuildMode } from './child-process.js';
import type { LatencyProfile } from './lower-bound.js';
import { neo4jForBench, type BenchNeo4j } from './neo4j-for-bench.js';
import { compareChoiceOf, comparisonWithPrevious } from './previous-results.js';
import { resultsFrom } from './results-file.js';
import { runEndToEnd, type RunResult, type RunSettings } from './run-e2e.js';

const usage = `usage: npm run bench -- [--sizes 10000,100000] [--profiles none,latency] [--latency-ms 200]
                       [--throttle-rate 5] [--throttle-burst 10] [--neo4j auto|off] [--neo4j-profile none|latency]
                       [--from compiled|source] [--compare <file>|none]

End to end: simulator -> collector (child process) -> inventory --once (child process) -> store.
Each size runs with the embedded store once per profile; the largest size is repeated on Neo4j (NEO4J_URI, or the
launcher in tools/neo4j-launcher). The services run from their compiled build (npm run bench builds it first), as in the Docker images; --from source
runs their TypeScript through tsx instead. Figures go to bench-results/e2e-<timestamp>.json, and are compared with
the newest earlier file there (or the --compare file): each scenario both ran, figures side by side, worse ones marked.`;

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      profiles: { type: 'string', default: 'none,latency' },
      'latency-ms': { type: 'string', default: '200' },
      'throttle-rate': { type: 'string', default: '5' },
      'throttle-burst': { type: 'string', default: '10' },
      neo4j: { type: 'string', default: 'auto' },
      'neo4j-profile': { type: 'string', default: 'none' },
      regions: { type: 'string', default: 'us-east-1,us-west-2,eu-west-1' },
      from: { type: 'string', default: 'compiled' },
      compare: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 100)) throw new Error('--sizes: integers of at least 100');
  const latency: LatencyProfile = {
    name: 'latency',
    latencyMs: Number(values['latency-ms']),
    throttle: { ratePerSecond: Number(values['throttle-rate']), burst: Number(values['throttle-burst']) },
  };
  const profiles: Record<string, LatencyProfile> = { none: { name: 'none', latencyMs: 0 }, latency };
  const chosen = values.profiles.split(',').map((name) => {
    const profile = profiles[name];
    if (!profile) throw new Error(`--profiles: none and/or latency (got ${name})`);
    return profile;
  });
  if (values.from !== 'compiled' && values.from !== 'source') throw new Error('--from: compiled or source');
  const neo4jProfile = profiles[values['neo4j-profile']];
  if (!neo4jProfile) throw new Error('--neo4j-profile: none or latency');
  return {
    help: values.help,
    sizes,
    profiles: chosen,
    neo4j: values.neo4j === 'off' ? 'off' : 'auto',
    neo4jProfile,
    regions: values.regions.split(','),
    from: values.from as BuildMode,
    compare: compareChoiceOf(values.compare),
  };
}

function describe(result: RunResult): string {
  const memory = Object.entries(result.peakRssMb)
    .map(([process, mb]) => `${process} ${mb} MiB`)
    .join(', ');
  return [
    `${String(result.resourcesRequested).padStart(7)} resources  ${result.store.padEnd(6)}  ${result.profile.name.padEnd(7)}`,
    `${result.jobState} ${result.resources} synced in ${(result.wallMs / 1000).toFixed(1)} s (process ${(result.processWallMs / 1000).toFixed(1)} s)`,
    `${result.resourcesPerSecond} res/s`,
    result.ratioToLowerBound === null
      ? 'bound n/a'
      : `${result.ratioToLowerBound}x the ${(result.lowerBoundMs / 1000).toFixed(1)} s bound (${result.slowestChain?.operation} x${result.slowestChain?.calls} in ${result.slowestChain?.region})`,
    `CPU ${(result.cpuFloorMs / 1000).toFixed(1)} s over the cores (${result.resourcesPerCpuSecond} res/CPU-s)`,
    `peak RSS: ${memory}`,
  ]
    .join(' | ')
    .concat(...(result.failures ?? []).map((failure) => `\n    ${failure}`));
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (options.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const { compare } = options;
  // Found out before the run rather than minutes later.
  if ('file' in compare)
    await access(compare.file).catch(() => {
      throw new Error(`--compare: cannot read ${compare.file}`);
    });
  const workDir = await mkdtemp(join(tmpdir(), 'e2e-bench-'));
  const startedAt = new Date();
  const runs: RunResult[] = [];
  let neo4jNote: string | undefined;
  let neo4j: BenchNeo4j | undefined;
  try {
    for (const total of options.sizes) {
      for (const profile of options.profiles) {
        const settings: RunSettings = {
          total,
          regions: options.regions,
          profile,
          store: 'sqlite',
          workDir,
          repositoryRoot,
          from: options.from,
        };
        const result = await runEndToEnd(settings, `${total}-${profile.name}-sqlite`);
        runs.push(result);
        process.stdout.write(`${describe(result)}\n`);
      }
    }
    const largest = Math.max(...options.sizes);
    if (options.neo4j === 'auto') {
      const found = await neo4jForBench(repositoryRoot);
      if ('unavailable' in found) neo4jNote = found.unavailable;
      else {
        neo4j = found;
        const settings: RunSettings = {
          total: largest,
          regions: options.regions,
          profile: options.neo4jProfile,
          store: 'neo4j',
          neo4j,
          workDir,
          repositoryRoot,
          from: options.from,
        };
        const result = await runEndToEnd(settings, `${largest}-${options.neo4jProfile.name}-neo4j`);
        runs.push(result);
        process.stdout.write(`${describe(result)}\n`);
      }
    } else neo4jNote = '--neo4j off';
    if (neo4jNote) process.stdout.write(`Neo4j run skipped: ${neo4jNote}\n`);
  } finally {
    neo4j?.stop();
    await rm(workDir, { recursive: true, force: true });
  }
  const resultsDir = join(repositoryRoot, 'bench-results');
  await mkdir(resultsDir, { recursive: true });
  const file = join(resultsDir, `e2e-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const results = {
    benchmark: 'e2e',
    startedAt: startedAt.toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    regions: options.regions,
    from: options.from,
    ...(neo4jNote ? { neo4jSkipped: neo4jNote } : {}),
    runs,
  };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`figures written to ${file}\n`);
  process.stdout.write(await comparisonWithPrevious(resultsFrom(results), file, compare, repositoryRoot));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
