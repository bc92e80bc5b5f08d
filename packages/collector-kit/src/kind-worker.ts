import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'piscina';
import { collectKind } from './collect-kind.js';
import type { KindRun, KindOutcome } from './kind-run.js';
import { loadRegistry } from './load-registry.js';

const preload = workerData as { registryModule?: string; registryExport?: string } | undefined;
if (preload?.registryModule && preload.registryExport) {
  // Load the registry (and with it the AWS SDK clients) while the worker boots, not on its first kind; a failure
  // here surfaces again, with its cause, when a kind loads the registry.
  loadRegistry(preload.registryModule, preload.registryExport).catch(() => undefined);
}

/** The piscina worker entry: one call collects one kind and reports over the transferred port. */
export default async function runKindInWorker({
  run,
  port,
}: {
  run: KindRun;
  port: MessagePort;
}): Promise<KindOutcome> {
  const registry = await loadRegistry(run.registryModule, run.registryExport);
  return collectKind(run, port, registry);
}
