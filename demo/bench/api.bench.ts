import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BuildMode } from './child-process.js';
import type { MethodFigures } from './api-latency.js';
import { DEFAULT_SEARCHES, MIX_WEIGHTS } from './api-mix.js';
import { runApiBench, type ApiBenchResult, type LoadPhase, type SyncFigures } from './api-run.js';

const usage = `usage: npm run bench:api -- [--size 100000] [--clients 32] [--processes 2] [--seconds 20]
                           [--regions us-east-1,us-west-2,eu-west-1] [--from compiled|source] [--cpu-prof <dir>] [--keep-dir <dir>]
                           [--store <inventory.db>] [--idle-only] [--inventory-root <checkout>]
                           [--search '<query>' ...] [--no-search]

The inventory's API under load: simulator -> collector (child) -> inventory serving its API (child) on a world of
--size resources, and --clients gRPC clients in --processes load processes (children), each calling one call after
another (mix out of 10: ${Object.entries(MIX_WEIGHTS)
  .map(([method, weight]) => `${method} ${weight}`)
  .join(', ')}). Phases: fill (a first sync), a sync alone, --seconds of
load on the idle inventory, then load during a sync. Per phase: calls/s and p50 / p99 per method, the inventory's CPU
and peak RSS; the sync's wall time under load against the sync alone. --cpu-prof writes the inventory's CPU profile
there (node --cpu-prof); --keep-dir keeps the store there. --store starts from a copy of a kept store (no fill),
--idle-only runs no sync, --inventory-root runs the inventory of another checkout (two versions on one store).
Search asks the --search queries (repeatable; default ${DEFAULT_SEARCHES.length} of the issue's shapes), or is left out
with --no-search (its share then goes to ListResources). Figures go to bench-results/api-<timestamp>.json.`;

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

function parseOptions() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100000' },
      clients: { type: 'string', default: '32' },
      processes: { type: 'string', default: '2' },
      seconds: { type: 'string', default: '20' },
      regions: { type: 'string', default: 'us-east-1,us-west-2,eu-west-1' },
      from: { type: 'string', default: 'compiled' },
      search: { type: 'string', multiple: true },
      'no-search': { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      'keep-dir': { type: 'string' },
      store: { type: 'string' },
      'idle-only': { type: 'boolean', default: false },
      'inventory-root': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const integer = (name: string, value: string, min: number) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min) throw new Error(`--${name}: an integer of at least ${min}`);
    return number;
  };
  if (values.from !== 'compiled' && values.from !== 'source') throw new Error('--from: compiled or source');
  const profileDir = values['cpu-prof'] === undefined ? undefined : resolve(values['cpu-prof']);
  return {
    help: values.help,
    total: integer('size', values.size, 100),
    clients: integer('clients', values.clients, 1),
    processes: integer('processes', values.processes, 1),
    idleSeconds: integer('seconds', values.seconds, 1),
    regions: values.regions.split(','),
    from: values.from as BuildMode,
    searches: values['no-search'] ? [] : (values.search ?? DEFAULT_SEARCHES),
    keepDir: values['keep-dir'] === undefined ? undefined : resolve(values['keep-dir']),
    startStore: values.store === undefined ? undefined : resolve(values.store),
    idleOnly: values['idle-only'],
    inventoryRoot: values['inventory-root'] === undefined ? undefined : resolve(values['inventory-root']),
    inventoryFlags: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  };
}

function phaseTable(name: string, phase: LoadPhase): string[] {
  const row = (method: string, figures: MethodFigures) =>
    `  ${method.padEnd(14)} ${String(figures.callsPerSecond).padStart(8)} ${String(figures.p50Ms).padStart(9)} ${String(
      figures.p99Ms,
    ).padStart(9)} ${String(figures.maxMs).padStart(9)} ${String(figures.errors).padStart(7)}`;
  const { all, ...methods } = phase.methods;
  return [
    `${name}: ${(phase.wallMs / 1000).toFixed(1)} s, inventory CPU ${phase.inventory.cpuPercent} % (${phase.inventoryCpuMsPerCall} ms a call), peak RSS ${phase.inventory.peakRssMb} MiB`,
    `  ${'method'.padEnd(14)} ${'calls/s'.padStart(8)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'max ms'.padStart(9)} ${'errors'.padStart(7)}`,
    ...Object.entries(methods).map(([method, figures]) => row(method, figures)),
    ...(all ? [row('all', all)] : []),
    ...Object.entries(phase.errorMessages ?? {}).map(
      ([method, messages]) => `  ${method} errors: ${messages.join(' | ')}`,
    ),
  ];
}

function describe(result: ApiBenchResult): string {
  const sync = (label: string, figures: SyncFigures) =>
    `${label}: ${figures.state} in ${(figures.wallMs / 1000).toFixed(1)} s, inventory CPU ${figures.inventory.cpuPercent} %, peak RSS ${figures.inventory.peakRssMb} MiB`;
  return [
    `${result.resources} resources, ${result.edges} edges`,
    ...(result.fill ? [sync('fill', result.fill)] : []),
    ...(result.syncAlone ? [sync('sync alone', result.syncAlone)] : []),
    ...phaseTable('idle', result.idle),
    ...(result.duringSync
      ? [
          ...phaseTable('during a sync', result.duringSync),
          `${sync('sync under load', result.duringSync.sync)}: ${result.syncSlowdown}x the sync alone`,
        ]
      : []),
  ].join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (options.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const workDir = options.keepDir ?? (await mkdtemp(join(tmpdir(), 'api-bench-')));
  const startedAt = new Date();
  let result: ApiBenchResult;
  try {
    result = await runApiBench({ ...options, workDir, repositoryRoot }, (line) => process.stdout.write(`${line}\n`));
  } finally {
    if (!options.keepDir) await rm(workDir, { recursive: true, force: true });
  }
  process.stdout.write(`${describe(result)}\n`);
  const resultsDir = join(repositoryRoot, 'bench-results');
  await mkdir(resultsDir, { recursive: true });
  const file = join(resultsDir, `api-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const { help: _help, ...settings } = options;
  const results = {
    benchmark: 'api',
    startedAt: startedAt.toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    settings,
    mix: MIX_WEIGHTS,
    ...result,
  };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`figures written to ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
