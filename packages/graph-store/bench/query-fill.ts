import type { GraphStore, ResourceRecord } from '../src/index.js';
import { ESTATE_ACCOUNTS, type Estate } from './query-estate.js';

export interface FillResult {
  resources: number;
  edges: number;
  /** In the store's calls (generating the batches excluded). */
  writeResourcesMs: number;
  writeEdgesMs: number;
  finishMs: number;
  /** The change phase: 2% of the instances updated, 1% of the volumes deleted. */
  changesMs: number;
  /** Wall time of the whole fill, generating the estate included. */
  totalMs: number;
  peakRssMb: number;
  /** Set when the fill passed its deadline and stopped: how far it got. */
  stopped?: string;
  /** When the change phase began: the change search looks at changes since then. */
  changesSince: Date;
}

const DELETE_BATCH = 1000;

/**
 * Writes the estate as one sync, then a second sync of changes. `deadlineMs` (a performance.now() instant) stops
 * a fill that takes too long: the result says how far it got.
 */
export async function fillStore(
  store: GraphStore,
  estate: Estate,
  batchSize: number,
  deadlineMs = Infinity,
): Promise<FillResult> {
  const started = performance.now();
  let peakRss = process.memoryUsage().rss;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const elapsedMin = () => ((performance.now() - started) / 60_000).toFixed(1);
  /** Time in the store's calls only: generating the estate is not the store's work. */
  let storeMs = 0;
  const timed = async <T>(call: () => Promise<T>): Promise<T> => {
    const callStarted = performance.now();
    try {
      return await call();
    } finally {
      storeMs += performance.now() - callStarted;
    }
  };
  let resources = 0;
  let edges = 0;
  const partial = (what: string): FillResult => ({
    resources,
    edges,
    writeResourcesMs: 0,
    writeEdgesMs: 0,
    finishMs: 0,
    changesMs: 0,
    totalMs: Math.round(performance.now() - started),
    peakRssMb: Math.round(peakRss / 2 ** 20),
    stopped: `${what} after ${elapsedMin()} min`,
    changesSince: new Date(),
  });
  for (const batch of estate.resourceBatches(batchSize)) {
    await timed(() => store.writeResources('query-bench-1', batch));
    resources += batch.length;
    sample();
    if (performance.now() > deadlineMs) return partial(`${resources} of ${estate.total} resources written`);
  }
  const resourcesMs = storeMs;
  for (const batch of estate.edgeBatches(batchSize)) {
    await timed(() => store.writeEdges('query-bench-1', batch));
    edges += batch.length;
    sample();
    if (performance.now() > deadlineMs) return partial(`all resources and ${edges} edges written`);
  }
  const edgesMs = storeMs - resourcesMs;
  const finishStarted = performance.now();
  await store.finishSync('query-bench-1', estate.scopes());
  const finished = performance.now();

  const changesSince = new Date();
  const updated: ResourceRecord[] = [];
  for (let index = 0; index < estate.counts.aws_ec2_instance; index += 50) {
    const resource = estate.resourceOf('aws_ec2_instance', index);
    updated.push({ ...resource, data: { ...resource.data, State: { Code: 48, Name: 'terminated' } } });
  }
  for (let offset = 0; offset < updated.length; offset += batchSize) {
    await store.writeResources('query-bench-2', updated.slice(offset, offset + batchSize));
  }
  await store.finishSync('query-bench-2', []);
  const deleted: string[] = [];
  for (let index = 0; index < estate.counts.aws_ec2_volume; index += 100)
    deleted.push(estate.uid('aws_ec2_volume', index));
  for (let offset = 0; offset < deleted.length; offset += DELETE_BATCH) {
    await store.deleteResources('query-bench-2', {
      accounts: ESTATE_ACCOUNTS,
      uids: deleted.slice(offset, offset + DELETE_BATCH),
    });
  }
  sample();
  const done = performance.now();
  return {
    resources,
    edges,
    writeResourcesMs: Math.round(resourcesMs),
    writeEdgesMs: Math.round(edgesMs),
    finishMs: Math.round(finished - finishStarted),
    changesMs: Math.round(done - finished),
    totalMs: Math.round(done - started),
    peakRssMb: Math.round(peakRss / 2 ** 20),
    changesSince,
  };
}
