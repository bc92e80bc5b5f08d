import type { InventoryClient } from '@cloud-inventory/inventory';
import { figuresOf, type MethodFigures } from './api-latency.js';
import { LoadProcesses } from './api-load.js';
import type { LoadPlan } from './api-mix.js';
import { PhaseSampler, type PhaseUsage } from './api-phase-sampler.js';
import { startApiWorld, type ApiWorldSettings } from './api-world.js';

export interface ApiBenchSettings extends ApiWorldSettings {
  clients: number;
  processes: number;
  idleSeconds: number;
  searches: string[];
  /** Only the idle load: no sync alone, no load during a sync. */
  idleOnly: boolean;
}

export interface SyncFigures {
  state: string;
  /** The job's own wall time, from its start to its end. */
  wallMs: number;
  error?: string;
  inventory: PhaseUsage;
}

export interface LoadPhase {
  /** From `start` to the reports: the load's wall time. */
  wallMs: number;
  methods: Record<string, MethodFigures>;
  /** Distinct error messages per method (at most five each). */
  errorMessages?: Record<string, string[]>;
  inventory: PhaseUsage;
  /** The inventory's CPU time per call answered: what the load costs it, whatever else the machine runs. */
  inventoryCpuMsPerCall: number;
}

export interface ApiBenchResult {
  resources: number;
  edges: number;
  /** Absent when the run started from a store. */
  fill?: SyncFigures;
  /** A second sync of the same world without load: the yardstick for the sync under load. */
  syncAlone?: SyncFigures;
  idle: LoadPhase;
  duringSync?: LoadPhase & { sync: SyncFigures };
  /** duringSync.sync.wallMs / syncAlone.wallMs (goal: at most 1.5). */
  syncSlowdown?: number;
}

const terminal = new Set(['SUCCESS', 'FAILURE', 'CANCELED', 'ABORTED']);

async function startSync(client: InventoryClient): Promise<string> {
  const { job } = await client.call('StartSync', {});
  if (!job) throw new Error('StartSync answered without a job');
  return job.job_id;
}

async function awaitSync(client: InventoryClient, jobId: string): Promise<Omit<SyncFigures, 'inventory'>> {
  for (;;) {
    const job = await client.call('GetJob', { job_id: jobId });
    if (terminal.has(job.state)) {
      const wallMs = Date.parse(job.finished_at) - Date.parse(job.started_at);
      const failed = job.tasks.filter((task) => task.error).map((task) => `${task.service}: ${task.error}`);
      const error = [job.error, ...failed.slice(0, 5)].filter(Boolean).join('; ');
      return { state: job.state, wallMs, ...(error ? { error } : {}) };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function timedSync(client: InventoryClient, pid: number): Promise<SyncFigures> {
  const sampler = await PhaseSampler.start(pid);
  const sync = await awaitSync(client, await startSync(client));
  return { ...sync, inventory: await sampler.stop() };
}

async function samplePlan(client: InventoryClient, address: string, settings: ApiBenchSettings): Promise<LoadPlan> {
  const summary = await client.call('GetSummary', {});
  const uids: string[] = [];
  let token = '';
  // Every 10th resource: GetNeighbors then asks about resources of every kind in their shares.
  do {
    const page = await client.call('ListResources', { page_size: 1000, page_token: token });
    page.resources.forEach((resource, index) => index % 10 === 0 && uids.push(resource.uid));
    token = page.next_page_token;
  } while (token);
  return {
    address,
    clients: settings.clients,
    uids,
    kinds: summary.by_kind.map((row) => row.key),
    searches: settings.searches,
    seed: 1,
  };
}

async function loadPhase(
  plan: LoadPlan,
  settings: ApiBenchSettings,
  pid: number,
  during: () => Promise<void>,
): Promise<LoadPhase> {
  const load = await LoadProcesses.start(plan, settings.processes, settings);
  try {
    const sampler = await PhaseSampler.start(pid);
    const startedAt = performance.now();
    load.start();
    await during();
    const reports = await load.stop();
    const wallMs = performance.now() - startedAt;
    const inventory = await sampler.stop();
    const errorMessages = Object.fromEntries(
      reports.flatMap((report) => Object.entries(report.errors).map(([method, e]) => [method, e.messages])),
    );
    const methods = figuresOf(reports, wallMs);
    return {
      wallMs: Math.round(wallMs),
      methods,
      inventoryCpuMsPerCall: Math.round((inventory.cpuMs / Math.max(1, methods.all?.calls ?? 0)) * 10) / 10,
      ...(Object.keys(errorMessages).length > 0 ? { errorMessages } : {}),
      inventory,
    };
  } finally {
    load.kill();
  }
}

/** Fill, a sync alone, idle load, load during a sync: one inventory process all along. */
export async function runApiBench(settings: ApiBenchSettings, log: (line: string) => void): Promise<ApiBenchResult> {
  const world = await startApiWorld(settings);
  try {
    const { client, inventoryPid: pid } = world;
    const fill = settings.startStore ? undefined : await timedSync(client, pid);
    if (fill) log(`fill: ${fill.state} in ${(fill.wallMs / 1000).toFixed(1)} s${fill.error ? ` (${fill.error})` : ''}`);
    const syncAlone = settings.idleOnly ? undefined : await timedSync(client, pid);
    if (syncAlone) log(`sync alone: ${syncAlone.state} in ${(syncAlone.wallMs / 1000).toFixed(1)} s`);
    const summary = await client.call('GetSummary', {});
    const plan = await samplePlan(client, world.address, settings);
    log(`load: ${settings.clients} clients in ${settings.processes} processes, ${plan.uids.length} uids sampled`);
    const idle = await loadPhase(
      plan,
      settings,
      pid,
      () => new Promise((r) => setTimeout(r, settings.idleSeconds * 1000)),
    );
    log(`idle: ${idle.methods.all?.callsPerSecond} calls/s`);
    const result: ApiBenchResult = {
      resources: summary.total_resources,
      edges: summary.total_edges,
      ...(fill ? { fill } : {}),
      idle,
    };
    if (!syncAlone) return result;
    let sync: SyncFigures | undefined;
    const duringSync = await loadPhase(plan, settings, pid, async () => {
      // A moment of load first, so that the sync starts into a loaded inventory.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      sync = await timedSync(client, pid);
    });
    if (!sync) throw new Error('the sync under load did not finish');
    log(`during sync: ${duringSync.methods.all?.callsPerSecond} calls/s, sync ${(sync.wallMs / 1000).toFixed(1)} s`);
    return {
      ...result,
      syncAlone,
      duringSync: { ...duringSync, sync },
      syncSlowdown: Math.round((sync.wallMs / syncAlone.wallMs) * 100) / 100,
    };
  } finally {
    await world.stop();
  }
}
