import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { startAwsSimulator } from '@cloud-inventory/aws-sim';
import { countsForTotal } from './bench-world.js';
import { exitOf, spawnTypeScript, type BuildMode } from './child-process.js';
import { failuresInLog } from './failed-tasks.js';
import { lowerBound, type CallChain, type LatencyProfile } from './lower-bound.js';
import type { BenchNeo4j } from './neo4j-for-bench.js';
import { runInventoryOnce } from './inventory-once.js';
import { PeakRssSampler, cpuMsOf } from './rss-sampler.js';

export interface RunSettings {
  total: number;
  regions: string[];
  profile: LatencyProfile;
  store: 'sqlite' | 'neo4j';
  neo4j?: BenchNeo4j;
  workDir: string;
  repositoryRoot: string;
  from: BuildMode;
}

export interface RunResult {
  resourcesRequested: number;
  /** The services ran from their compiled build or from TypeScript source. */
  from: BuildMode;
  profile: LatencyProfile;
  store: 'sqlite' | 'neo4j';
  jobState: string;
  /** Why a sync that did not succeed failed: the inventory's warnings and errors, each distinct one once. */
  failures?: string[];
  /** Resources in the store after the sync. */
  resources: number;
  /** The sync job, from its start to its end (as the inventory records it). */
  wallMs: number;
  /** The inventory process, from spawn to exit (start-up, the sync, shutdown). */
  processWallMs: number;
  resourcesPerSecond: number;
  lowerBoundMs: number;
  /** wallMs / lowerBoundMs; null without simulated latency. */
  ratioToLowerBound: number | null;
  slowestChain?: CallChain;
  simulatedCalls: number;
  throttledCalls: number;
  /** A small sync run first so that the collector's worker threads are started (not part of wallMs). */
  warmupMs: number;
  peakRssMb: { collector: number; inventory: number; benchAndSimulator: number; neo4j?: number };
  /**
   * CPU time of each process during the measured sync (the inventory's whole life, start-up included). Their sum over
   * the machine's cores is a floor of its own: a run whose CPU work alone exceeds the latency bound is CPU-bound.
   */
  cpuMs: { collector: number; inventory: number; benchAndSimulator: number; neo4j?: number };
  /** Resources per CPU-second of all processes together: the pipeline's efficiency, apart from latency. */
  resourcesPerCpuSecond: number;
  /** The sum of cpuMs over the cores: how long the CPU work alone takes on this machine. */
  cpuFloorMs: number;
}

const accessKeyVariable = 'BENCH_AWS_ACCESS_KEY_ID';
const secretKeyVariable = 'BENCH_AWS_SECRET_ACCESS_KEY';

/** One end-to-end run: simulator (here) -> collector (child) -> inventory --once (child) -> store. */
export async function runEndToEnd(settings: RunSettings, runId: string): Promise<RunResult> {
  const sim = await startAwsSimulator({
    seed: 1,
    accounts: 1,
    regions: settings.regions,
    counts: countsForTotal(settings.total, settings.regions.length),
  });
  const account = sim.mainAccountId;
  const runDir = join(settings.workDir, runId);
  await mkdir(runDir, { recursive: true });
  const baseEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  const collectorEntry = join(settings.repositoryRoot, 'demo/bench/collector-child.ts');
  const collector = await spawnTypeScript(
    settings.from,
    collectorEntry,
    [],
    { ...baseEnv, BENCH_SIM_ENDPOINT: sim.endpoint },
    settings.repositoryRoot,
  );
  const collectorPid = collector.child.pid as number;
  const collectorRss = new PeakRssSampler(collectorPid);
  const { port } = JSON.parse(collector.firstLine) as { port: number };
  const neo4jRss = settings.neo4j?.child?.pid ? new PeakRssSampler(settings.neo4j.child.pid) : undefined;
  try {
    const inventoryEnv = (useNeo4j: boolean) => ({
      ...baseEnv,
      [accessKeyVariable]: sim.credentials.accessKeyId,
      [secretKeyVariable]: sim.credentials.secretAccessKey,
      COLLECTOR_ADDRESS: `127.0.0.1:${port}`,
      ...(useNeo4j && settings.neo4j
        ? { NEO4J_URI: settings.neo4j.uri, NEO4J_USER: settings.neo4j.user, NEO4J_PASSWORD: settings.neo4j.password }
        : {}),
    });
    const runInventory = (dataDir: string, services: string[], useNeo4j: boolean) =>
      runInventoryOnce({
        from: settings.from,
        repositoryRoot: settings.repositoryRoot,
        dataDir,
        config: {
          accounts: [
            {
              name: 'bench',
              id: account,
              credentials: { type: 'static', accessKeyIdEnv: accessKeyVariable, secretAccessKeyEnv: secretKeyVariable },
              regions: settings.regions,
              services,
              endpointUrl: sim.endpoint,
            },
          ],
          schedule: { enabled: false },
          task: { deadlineSeconds: 3600 },
          store: { dataDir },
          metrics: { enabled: false },
          logLevel: 'warn',
        },
        env: inventoryEnv(useNeo4j),
      });

    const warmup = await runInventory(join(runDir, 'warmup'), ['cloudtrail'], false);
    sim.counters.reset();
    if (settings.profile.latencyMs > 0) sim.faults.latency(settings.profile.latencyMs);
    if (settings.profile.throttle) sim.faults.throttle(settings.profile.throttle);

    const neo4jPid = settings.neo4j?.child?.pid;
    const cpuOf = async (pid: number | undefined) => (pid === undefined ? 0 : ((await cpuMsOf(pid)) ?? 0));
    const collectorCpuBefore = await cpuOf(collectorPid);
    const neo4jCpuBefore = await cpuOf(neo4jPid);
    const simulatorCpuBefore = process.cpuUsage();
    const measured = await runInventory(join(runDir, 'store'), [], settings.store === 'neo4j');
    const simulatorCpu = process.cpuUsage(simulatorCpuBefore);
    const cpuMs = {
      collector: (await cpuOf(collectorPid)) - collectorCpuBefore,
      inventory: measured.cpuMs,
      benchAndSimulator: Math.round((simulatorCpu.user + simulatorCpu.system) / 1000),
      ...(neo4jPid === undefined ? {} : { neo4j: (await cpuOf(neo4jPid)) - neo4jCpuBefore }),
    };
    sim.faults.clear();
    const bound = lowerBound(sim, account, settings.profile);
    const totalCpuMs = cpuMs.collector + cpuMs.inventory + cpuMs.benchAndSimulator + (cpuMs.neo4j ?? 0);
    const resources = Object.values(measured.summary.resourcesByKind).reduce((sum, count) => sum + count, 0);
    const wallMs = measured.summary.durationMs;
    return {
      resourcesRequested: settings.total,
      from: settings.from,
      profile: settings.profile,
      store: settings.store,
      jobState: measured.summary.state,
      ...(measured.summary.state === 'SUCCESS' ? {} : { failures: failuresInLog(measured.log) }),
      resources,
      wallMs,
      processWallMs: Math.round(measured.processWallMs),
      resourcesPerSecond: Math.round((resources / wallMs) * 1000),
      lowerBoundMs: Math.round(bound.boundMs),
      ratioToLowerBound: bound.boundMs > 0 ? Math.round((wallMs / bound.boundMs) * 100) / 100 : null,
      ...(bound.chain ? { slowestChain: bound.chain } : {}),
      simulatedCalls: sim.counters.calls(),
      throttledCalls: sim.counters.throttled(),
      warmupMs: warmup.summary.durationMs,
      cpuMs,
      resourcesPerCpuSecond: Math.round((resources / totalCpuMs) * 1000),
      cpuFloorMs: Math.round(totalCpuMs / availableParallelism()),
      peakRssMb: {
        collector: await collectorRss.stop(),
        inventory: measured.peakMb,
        benchAndSimulator: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
        ...(neo4jRss ? { neo4j: await neo4jRss.stop() } : {}),
      },
    };
  } finally {
    collector.child.kill('SIGTERM');
    await exitOf(collector.child);
    await sim.stop();
  }
}
