import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimSize } from '@cloud-inventory/aws-sim';
import { runAccountsEndToEnd, type AccountsRunResult } from './accounts-run.js';
import type { BuildMode } from './child-process.js';
import type { LatencyProfile } from './lower-bound.js';
import { comparisonWithPrevious, type CompareChoice } from './previous-results.js';
import { resultsFrom } from './results-file.js';

export interface AccountsBenchOptions {
  accounts: number[];
  accountSize: SimSize;
  profiles: LatencyProfile[];
  regions: string[];
  concurrency: { total: number; perAccount: number };
  from: BuildMode;
  compare: CompareChoice;
  repositoryRoot: string;
}

/** Files of this mode: `e2e-accounts-<timestamp>.json`, compared only with each other. */
export const ACCOUNTS_RESULTS_PREFIX = 'e2e-accounts-';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function describeAccountsRun(result: AccountsRunResult): string {
  const { organization: org, timeline, concurrency } = result;
  const tasks = Object.entries(result.tasks)
    .map(([state, count]) => `${count} ${state}`)
    .join(', ');
  const process = (name: keyof AccountsRunResult['cpuMs']) =>
    `${name} ${result.peakRssMb[name]} MiB / ${seconds(result.cpuMs[name])} CPU`;
  const lines = [
    `${String(result.accounts).padStart(4)} accounts (${result.accountSize})  sqlite  ${result.profile.name.padEnd(7)} ` +
      `concurrency total ${concurrency.total}, perAccount ${concurrency.perAccount}`,
    `  organization: management + ${org.members} members (${org.activeWithRole} ACTIVE with the role, ` +
      `${org.suspended} SUSPENDED, ${org.roleless} ACTIVE role-less)`,
    `  ${result.jobState}: ${result.accountsSynced} accounts synced, ${result.accountsFailed} failed of ` +
      `${result.accountsInJob} in the job | tasks ${tasks} | ${result.resources} resources in ` +
      `${seconds(result.wallMs)} (process ${seconds(result.processWallMs)}) | ${result.resourcesPerSecond} res/s`,
    `  timeline: management done at ${seconds(timeline.managementEndMs)}, first member task at ` +
      `${timeline.firstMemberStartMs === null ? 'n/a' : seconds(timeline.firstMemberStartMs)}, member span p50 ` +
      `${timeline.memberSpanMs ? `${seconds(timeline.memberSpanMs.p50)} max ${seconds(timeline.memberSpanMs.max)} (${timeline.memberSpanMs.slowest})` : 'n/a'}` +
      `, last task end ${seconds(timeline.lastTaskEndMs)}`,
    timeline.taskMs
      ? `  task wall time p50 ${timeline.taskMs.p50} ms, p95 ${timeline.taskMs.p95} ms, max ` +
        `${timeline.taskMs.max} ms (${timeline.taskMs.slowest})`
      : '  no task timings',
    ...result.failedTasks.map(
      (failure) =>
        `  failed: ${failure.task} after ${seconds(failure.durationMs)} (started at ${seconds(failure.startMs)}): ${failure.error}`,
    ),
    `  AssumeRole ${result.assumeRole.calls} calls, ${result.assumeRole.errors} errors | ${result.simulatedCalls} ` +
      `simulated calls, ${result.throttledCalls} throttled | bound: chain ${seconds(result.lowerBoundMs.chain)}, ` +
      `tasks x latency / total ${seconds(result.lowerBoundMs.concurrency)}` +
      (result.ratioToLowerBound === null ? '' : ` (${result.ratioToLowerBound}x)`),
    `  peak RSS / CPU: ${process('inventory')}, ${process('collector')}, ${process('benchAndSimulator')} | ` +
      `CPU floor ${seconds(result.cpuFloorMs)} (${result.resourcesPerCpuSecond} res/CPU-s)`,
    ...(result.logFailures ?? []).slice(0, 3).map((failure) => `  log: ${failure}`),
  ];
  return lines.join('\n');
}

/** `npm run bench -- --accounts N[,M]`: one organization run per N and profile; its own results files. */
export async function runAccountsBench(options: AccountsBenchOptions): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'e2e-accounts-bench-'));
  const startedAt = new Date();
  const runs: AccountsRunResult[] = [];
  try {
    for (const accounts of options.accounts) {
      for (const profile of options.profiles) {
        const result = await runAccountsEndToEnd(
          {
            accounts,
            accountSize: options.accountSize,
            regions: options.regions,
            profile,
            concurrency: options.concurrency,
            workDir,
            repositoryRoot: options.repositoryRoot,
            from: options.from,
          },
          `${accounts}-accounts-${profile.name}`,
        );
        runs.push(result);
        process.stdout.write(`${describeAccountsRun(result)}\n`);
      }
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  const resultsDir = join(options.repositoryRoot, 'bench-results');
  await mkdir(resultsDir, { recursive: true });
  const file = join(resultsDir, `${ACCOUNTS_RESULTS_PREFIX}${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const results = {
    benchmark: 'e2e',
    mode: 'accounts',
    startedAt: startedAt.toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    regions: options.regions,
    accountSize: options.accountSize,
    concurrency: options.concurrency,
    from: options.from,
    runs,
  };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`figures written to ${file}\n`);
  process.stdout.write(
    await comparisonWithPrevious(resultsFrom(results), file, options.compare, options.repositoryRoot, 'accounts'),
  );
}
