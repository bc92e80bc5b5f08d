import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runAccountsBench } from './accounts-bench.js';
import { accountsModeOf } from './accounts-options.js';
import type { BuildMode } from './child-process.js';
import type { LatencyProfile } from './lower-bound.js';
import { emptyNeo4jDatabase } from '@cloud-inventory/graph-store/testing';
import { neo4jForBench, type BenchNeo4j } from './neo4j-for-bench.js';
import { describeRatio, neo4jSizesOf, neo4jToSqliteRatios } from './neo4j-sizes.js';
import { compareChoiceOf, comparisonWithPrevious } from './previous-results.js';
import { resultsFrom } from './results-file.js';
import { runEndToEnd, type RunResult, type RunSettings } from './run-e2e.js';

const usage = `usage: npm run bench -- [--sizes 10000,100000] [--profiles none,latency] [--latency-ms 200]
                       [--throttle-rate 5] [--throttle-burst 10] [--neo4j auto|off] [--neo4j-profile none|latency]
                       [--neo4j-sizes <sizes>|none] [--neo4j-warm-up 3] [--from compiled|source]
                       [--compare <file>|none]
       npm run bench -- --accounts 50[,10] [--account-size tiny|small|medium|large]
                       [--concurrency-total 16] [--concurrency-per-account 8] [--profiles ...] [--regions ...]

End to end: simulator -> collector (child process) -> inventory --once (child process) -> store.
Each size runs with the embedded store once per profile; then each of --neo4j-sizes (default: every size) is repeated
on Neo4j (NEO4J_URI, or the launcher in tools/neo4j-launcher: 1 GiB heap and page cache, or NEO4J_LAUNCHER_HEAP and
NEO4J_LAUNCHER_PAGE_CACHE) with --neo4j-profile, right after its SQLite twin, and
the Neo4j/SQLite wall time ratio of that size is printed (and kept in the results file). Each Neo4j sync starts
from an emptied database (it must hold nothing else), after --neo4j-warm-up syncs (default 3) on the fresh server.
The services run from their compiled build (npm run bench builds it first), as in the Docker images; --from source
runs their TypeScript through tsx instead. Figures go to bench-results/e2e-<timestamp>.json, and are compared with
the newest earlier file there (or the --compare file): each scenario both ran, figures side by side, worse ones marked.

--accounts N (N >= 2; a list runs each): an AWS Organization of N accounts, the management account and N - 1
generated members of --account-size each (default tiny, as is the management account), about one in five SUSPENDED
and one ACTIVE without its reader role; the inventory is configured with the management account and an organizations
entry only, on the embedded store, in --regions (default 4 in this mode). It reports accounts synced / failed, tasks,
resources, the timeline (management account, then members) and each process's peak RSS and CPU, with the
concurrency in force; figures go to bench-results/e2e-accounts-<timestamp>.json, compared with the newest earlier one.`;

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const defaultRegions = 'us-east-1,us-west-2,eu-west-1';
const accountsModeRegions = 'us-east-1,us-west-2,eu-west-1,ap-southeast-1';

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
      'neo4j-sizes': { type: 'string' },
      'neo4j-warm-up': { type: 'string', default: '3' },
      regions: { type: 'string' },
      accounts: { type: 'string' },
      'account-size': { type: 'string', default: 'tiny' },
      'concurrency-total': { type: 'string', default: '16' },
      'concurrency-per-account': { type: 'string', default: '8' },
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
    neo4jSizes: neo4jSizesOf(values['neo4j-sizes'], sizes),
    neo4jWarmUps: warmUpsOf(values['neo4j-warm-up']),
    regions: (values.regions ?? (values.accounts ? accountsModeRegions : defaultRegions)).split(','),
    accountsMode: accountsModeOf(values),
    from: values.from as BuildMode,
    compare: compareChoiceOf(values.compare),
  };
}

function warmUpsOf(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error('--neo4j-warm-up: a whole number of syncs');
  return value;
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
  if (options.accountsMode) {
    await runAccountsBench({
      ...options.accountsMode,
      profiles: options.profiles,
      regions: options.regions,
      from: options.from,
      compare,
      repositoryRoot,
    });
    return;
  }
  // Found out before the run rather than minutes later.
  if ('file' in compare)
    await access(compare.file).catch(() => {
      throw new Error(`--compare: cannot read ${compare.file}`);
    });
  const workDir = await mkdtemp(join(tmpdir(), 'e2e-bench-'));
  const startedAt = new Date();
  const runs: RunResult[] = [];
  let neo4jNote: string | undefined = options.neo4j === 'off' ? '--neo4j off' : undefined;
  if (options.neo4jSizes.length === 0) neo4jNote ??= '--neo4j-sizes none';
  let neo4j: BenchNeo4j | undefined;
  // Started at the first size that needs it, kept for the others.
  const neo4jServer = async (): Promise<BenchNeo4j | undefined> => {
    if (neo4j || neo4jNote) return neo4j;
    const found = await neo4jForBench(repositoryRoot);
    if ('unavailable' in found) neo4jNote = found.unavailable;
    else neo4j = found;
    return neo4j;
  };
  // A production Neo4j is a long-running server: its JIT has compiled Neo4j's own code and its query cache holds the
  // inventory's statements. A fresh one spends its first syncs doing that (10k resources: 33.7, 15.7, 13.0 s, then
  // 11.5 s), so warm-up syncs (their figures printed, kept apart) come first, and every sync on Neo4j starts from an
  // empty database, as the SQLite ones do.
  const warmUp = async (server: BenchNeo4j, total: number, profile: LatencyProfile) => {
    for (let index = 0; index < options.neo4jWarmUps; index++) {
      await emptyNeo4jDatabase(server);
      const result = await runEndToEnd(
        { ...settingsFor(total, profile), store: 'neo4j', neo4j: server },
        `${total}-${profile.name}-neo4j-warm-up-${index + 1}`,
      );
      warmUps.push(result);
      process.stdout.write(`warm-up on a fresh Neo4j server: ${describe(result)}\n`);
    }
  };
  const warmUps: RunResult[] = [];
  const settingsFor = (total: number, profile: LatencyProfile): RunSettings => ({
    total,
    regions: options.regions,
    profile,
    store: 'sqlite',
    workDir,
    repositoryRoot,
    from: options.from,
  });
  const record = (result: RunResult) => {
    runs.push(result);
    process.stdout.write(`${describe(result)}\n`);
  };
  try {
    for (const total of options.sizes) {
      for (const profile of options.profiles) {
        record(await runEndToEnd(settingsFor(total, profile), `${total}-${profile.name}-sqlite`));
      }
      if (!options.neo4jSizes.includes(total)) continue;
      const server = await neo4jServer();
      if (!server) continue;
      const profile = options.neo4jProfile;
      if (warmUps.length === 0) await warmUp(server, total, profile);
      await emptyNeo4jDatabase(server);
      record(
        await runEndToEnd(
          { ...settingsFor(total, profile), store: 'neo4j', neo4j: server },
          `${total}-${profile.name}-neo4j`,
        ),
      );
      const [ratio] = neo4jToSqliteRatios(runs.filter((run) => run.resourcesRequested === total));
      process.stdout.write(
        ratio ? `${describeRatio(ratio)}\n` : `no SQLite run with profile ${profile.name} to compare Neo4j with\n`,
      );
    }
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
    neo4jToSqlite: neo4jToSqliteRatios(runs),
    neo4jWarmUps: warmUps,
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
