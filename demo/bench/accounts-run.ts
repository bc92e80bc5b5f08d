import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { startAwsSimulator, type SimSize } from '@cloud-inventory/aws-sim';
import { openGraphStore } from '@cloud-inventory/graph-store';
import { summarizeAccounts, type AccountsSummary } from './account-outcomes.js';
import { exitOf, spawnTypeScript, type BuildMode } from './child-process.js';
import { failuresInLog } from './failed-tasks.js';
import { lowerBound, type LatencyProfile } from './lower-bound.js';
import { runInventoryOnce } from './inventory-once.js';
import { PeakRssSampler, cpuMsOf } from './rss-sampler.js';

export interface AccountsRunSettings {
  /** Accounts in the organization: the management account and accounts - 1 generated members. */
  accounts: number;
  /** The estate of every account, the management one included (the simulator's preset). */
  accountSize: SimSize;
  regions: string[];
  profile: LatencyProfile;
  concurrency: { total: number; perAccount: number };
  workDir: string;
  repositoryRoot: string;
  from: BuildMode;
}

export interface AccountsRunResult {
  mode: 'accounts';
  /** Accounts in the organization (management + members), whatever their state. */
  accounts: number;
  accountSize: SimSize;
  from: BuildMode;
  profile: LatencyProfile;
  store: 'sqlite';
  concurrency: { total: number; perAccount: number };
  /** What the organization holds: ACTIVE members with their reader role, SUSPENDED ones, the ACTIVE role-less one. */
  organization: { members: number; activeWithRole: number; suspended: number; roleless: number };
  jobState: string;
  /** Accounts the job synced (every task succeeded) and those with a failed task: job.accounts, from its record. */
  accountsSynced: number;
  accountsFailed: number;
  /** Accounts the job covered: the management account and the ACTIVE members (the suspended are not synced). */
  accountsInJob: number;
  tasks: Record<string, number>;
  /** Why the failed tasks failed, with how long each took and when it started (ms after the job's start). */
  failedTasks: AccountsSummary['failures'];
  /** Distinct warnings and errors of the inventory's log. */
  logFailures?: string[];
  timeline: Omit<AccountsSummary, 'synced' | 'failed' | 'failures'>;
  resources: number;
  wallMs: number;
  processWallMs: number;
  resourcesPerSecond: number;
  /** The slowest chain of calls of any one account (see lower-bound.ts), and tasks x latency / concurrency.total. */
  lowerBoundMs: { chain: number; concurrency: number };
  ratioToLowerBound: number | null;
  simulatedCalls: number;
  throttledCalls: number;
  assumeRole: { calls: number; errors: number };
  warmupMs: number;
  peakRssMb: { collector: number; inventory: number; benchAndSimulator: number };
  cpuMs: { collector: number; inventory: number; benchAndSimulator: number };
  resourcesPerCpuSecond: number;
  cpuFloorMs: number;
}

const accessKeyVariable = 'BENCH_AWS_ACCESS_KEY_ID';
const secretKeyVariable = 'BENCH_AWS_SECRET_ACCESS_KEY';
const managementName = 'management';
const organizationName = 'bench-org';
const memberRole = 'InventoryReader';

/**
 * One organization run: simulator (here, `accounts - 1` generated members of `accountSize` each) -> collector
 * (child) -> inventory --once (child), configured with the management account and an `organizations` entry only.
 */
export async function runAccountsEndToEnd(settings: AccountsRunSettings, runId: string): Promise<AccountsRunResult> {
  const sim = await startAwsSimulator({
    seed: 1,
    accounts: 1,
    orgAccounts: settings.accounts - 1,
    orgAccountSize: settings.accountSize,
    size: settings.accountSize,
    regions: settings.regions,
  });
  const management = sim.mainAccountId;
  const tree = sim.organization;
  if (!tree) throw new Error('the simulator built no organization');
  const members = tree.accounts.filter((account) => account.Id !== management);
  const suspended = members.filter((account) => account.State === 'SUSPENDED').length;
  const roleless = sim.accounts.filter((account) => !account.isMain && account.roles.length === 0).length;
  const runDir = join(settings.workDir, runId);
  await mkdir(runDir, { recursive: true });
  const baseEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  const collector = await spawnTypeScript(
    settings.from,
    join(settings.repositoryRoot, 'demo/bench/collector-child.ts'),
    [],
    { ...baseEnv, BENCH_SIM_ENDPOINT: sim.endpoint },
    settings.repositoryRoot,
  );
  const collectorPid = collector.child.pid as number;
  const collectorRss = new PeakRssSampler(collectorPid);
  const { port } = JSON.parse(collector.firstLine) as { port: number };
  try {
    const runInventory = (dataDir: string, services: string[], withOrganization: boolean) =>
      runInventoryOnce({
        from: settings.from,
        repositoryRoot: settings.repositoryRoot,
        dataDir,
        config: {
          accounts: [
            {
              name: managementName,
              id: management,
              credentials: { type: 'static', accessKeyIdEnv: accessKeyVariable, secretAccessKeyEnv: secretKeyVariable },
              regions: settings.regions,
              services,
              endpointUrl: sim.endpoint,
            },
          ],
          organizations: withOrganization
            ? [{ name: organizationName, managementAccount: managementName, memberRole: { name: memberRole } }]
            : [],
          concurrency: settings.concurrency,
          schedule: { enabled: false },
          task: { deadlineSeconds: 3600 },
          store: { dataDir },
          metrics: { enabled: false },
          logLevel: 'warn',
        },
        env: {
          ...baseEnv,
          [accessKeyVariable]: sim.credentials.accessKeyId,
          [secretKeyVariable]: sim.credentials.secretAccessKey,
          COLLECTOR_ADDRESS: `127.0.0.1:${port}`,
        },
      });

    // Starts the collector's worker threads (the management account's trails only), as run-e2e.ts does.
    const warmup = await runInventory(join(runDir, 'warmup'), ['cloudtrail'], false);
    sim.counters.reset();
    if (settings.profile.latencyMs > 0) sim.faults.latency(settings.profile.latencyMs);
    if (settings.profile.throttle) sim.faults.throttle(settings.profile.throttle);
    const collectorCpuBefore = (await cpuMsOf(collectorPid)) ?? 0;
    const simulatorCpuBefore = process.cpuUsage();
    const storeDir = join(runDir, 'store');
    const measured = await runInventory(storeDir, [], true);
    const simulatorCpu = process.cpuUsage(simulatorCpuBefore);
    const cpuMs = {
      collector: ((await cpuMsOf(collectorPid)) ?? 0) - collectorCpuBefore,
      inventory: measured.cpuMs,
      benchAndSimulator: Math.round((simulatorCpu.user + simulatorCpu.system) / 1000),
    };
    sim.faults.clear();

    // The job record, from the store the inventory has closed on exit.
    const store = await openGraphStore({ kind: 'sqlite', path: join(storeDir, 'inventory.db') });
    const job = await store.getJob(measured.summary.jobId).finally(() => store.close());
    if (!job) throw new Error(`job ${measured.summary.jobId} is not in the store`);
    const { synced, failed, failures, ...timeline } = summarizeAccounts(job, managementName);

    // Every member has the same preset estate: the management account and one synced member stand for all (each
    // lowerBound scans every counter per operation, which for all 50 accounts took minutes).
    const sample = tree.accounts.find((account) => account.Id !== management && account.State === 'ACTIVE');
    const withRole = sim.accounts.find((account) => account.id === sample?.Id && account.roles.length > 0);
    const chainMs = Math.max(
      0,
      ...[management, ...(withRole ? [withRole.id] : [])].map((id) => lowerBound(sim, id, settings.profile).boundMs),
    );
    const succeededTasks = measured.summary.tasks.SUCCESS ?? 0;
    const concurrencyMs = (succeededTasks * settings.profile.latencyMs) / settings.concurrency.total;
    const boundMs = Math.max(chainMs, concurrencyMs);
    const totalCpuMs = cpuMs.collector + cpuMs.inventory + cpuMs.benchAndSimulator;
    const resources = Object.values(measured.summary.resourcesByKind).reduce((sum, count) => sum + count, 0);
    const wallMs = measured.summary.durationMs;
    return {
      mode: 'accounts',
      accounts: settings.accounts,
      accountSize: settings.accountSize,
      from: settings.from,
      profile: settings.profile,
      store: 'sqlite',
      concurrency: settings.concurrency,
      organization: {
        members: members.length,
        activeWithRole: members.length - suspended - roleless,
        suspended,
        roleless,
      },
      jobState: measured.summary.state,
      accountsSynced: synced,
      accountsFailed: failed,
      accountsInJob: job.accounts.length,
      tasks: measured.summary.tasks,
      failedTasks: failures,
      ...(measured.summary.state === 'SUCCESS' ? {} : { logFailures: failuresInLog(measured.log) }),
      timeline,
      resources,
      wallMs,
      processWallMs: Math.round(measured.processWallMs),
      resourcesPerSecond: Math.round((resources / wallMs) * 1000),
      lowerBoundMs: { chain: Math.round(chainMs), concurrency: Math.round(concurrencyMs) },
      ratioToLowerBound: boundMs > 0 ? Math.round((wallMs / boundMs) * 100) / 100 : null,
      simulatedCalls: sim.counters.calls(),
      throttledCalls: sim.counters.throttled(),
      assumeRole: {
        calls: sim.counters.calls({ operation: 'AssumeRole' }),
        errors: sim.counters.errors({ operation: 'AssumeRole' }),
      },
      warmupMs: warmup.summary.durationMs,
      cpuMs,
      resourcesPerCpuSecond: Math.round((resources / totalCpuMs) * 1000),
      cpuFloorMs: Math.round(totalCpuMs / availableParallelism()),
      peakRssMb: {
        collector: await collectorRss.stop(),
        inventory: measured.peakMb,
        benchAndSimulator: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
      },
    };
  } finally {
    collector.child.kill('SIGTERM');
    await exitOf(collector.child);
    await sim.stop();
  }
}
