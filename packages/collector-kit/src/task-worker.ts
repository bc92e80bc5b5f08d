import type { MessagePort } from 'node:worker_threads';
import { collectKind } from './collect-kind.js';
import type { KindJob, KindOutcome } from './kind-job.js';
import { loadRegistry } from './load-registry.js';

/** The piscina worker entry: one call collects one kind and reports over the transferred port. */
export default async function runKindInWorker({
  job,
  port,
}: {
  job: KindJob;
  port: MessagePort;
}): Promise<KindOutcome> {
  const registry = await loadRegistry(job.registryModule, job.registryExport);
  return collectKind(job, port, registry);
}
