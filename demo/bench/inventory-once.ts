import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runTypeScript, type BuildMode } from './child-process.js';
import { PeakRssSampler } from './rss-sampler.js';

/** The inventory runs with the Node flags its image gives it (services/inventory/Dockerfile). */
export const inventoryNodeFlags = ['--heap-growing-percent=50', '--max-semi-space-size=8'];

/** The summary `--once --json` prints (once-summary.ts), as far as the benches read it. */
export interface OnceSummary {
  jobId: string;
  state: string;
  durationMs: number;
  tasks: Record<string, number>;
  resourcesByKind: Record<string, number>;
}

export interface InventoryOnceRun {
  summary: OnceSummary;
  processWallMs: number;
  peakMb: number;
  cpuMs: number;
  /** Its stderr: the logs, for the failures they name. */
  log: string;
}

/**
 * Writes `config` to `dataDir/inventory.json` and runs the inventory once on it (`--once --json`, compiled or from
 * source), with its wall time, peak RSS and CPU time.
 */
export async function runInventoryOnce(options: {
  from: BuildMode;
  repositoryRoot: string;
  dataDir: string;
  config: Record<string, unknown>;
  env: Record<string, string | undefined>;
}): Promise<InventoryOnceRun> {
  const { from, repositoryRoot, dataDir } = options;
  await mkdir(dataDir, { recursive: true });
  const configFile = join(dataDir, 'inventory.json');
  await writeFile(configFile, JSON.stringify(options.config));
  const startedAt = performance.now();
  const entry = from === 'source' ? 'services/inventory/src/main.ts' : 'services/inventory/dist/main.js';
  const inventory = runTypeScript(
    from,
    join(repositoryRoot, entry),
    ['--once', '--json'],
    { ...options.env, INVENTORY_CONFIG: configFile },
    repositoryRoot,
    inventoryNodeFlags,
  );
  const rss = new PeakRssSampler(inventory.child.pid as number);
  const finished = await inventory.done;
  const processWallMs = performance.now() - startedAt;
  const peakMb = await rss.stop();
  const line = finished.stdout.trim().split('\n').pop() ?? '';
  if (!line.startsWith('{')) {
    throw new Error(`inventory exited ${finished.code} without a summary: ${finished.stderr.slice(-2000)}`);
  }
  return { summary: JSON.parse(line) as OnceSummary, processWallMs, peakMb, cpuMs: rss.cpuMs, log: finished.stderr };
}
