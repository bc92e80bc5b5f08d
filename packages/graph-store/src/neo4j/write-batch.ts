import type { ResourceBatch, WriteResult } from '../graph-store.js';
import { validateEdges, validateResources, validateSyncId } from '../validation.js';
import { assertIndexableEdges, assertIndexableResources, assertIndexableSyncId } from './index-limits.js';
import type { StoreContext } from './store-context.js';
import { uniqueRows, writeEdges } from './write-edges.js';
import { writeChunk, writeResources } from './write-resources.js';

/**
 * A collector's batch in one managed transaction: its resources, then its edges. A batch with more resources or
 * edges than the store's batch size is written as writeResources and writeEdges would write it, in several.
 */
export async function writeBatch(context: StoreContext, syncId: string, batch: ResourceBatch): Promise<WriteResult> {
  validateSyncId(syncId);
  validateResources(batch.resources);
  validateEdges(batch.edges);
  assertIndexableSyncId(syncId);
  assertIndexableResources(batch.resources);
  assertIndexableEdges(batch.edges);
  const edgeRows = uniqueRows(syncId, batch.edges);
  const fits = batch.resources.length <= context.batchSize && edgeRows.length <= context.batchSize;
  if (!fits || batch.resources.length === 0) {
    const result = await writeResources(context, syncId, batch.resources);
    if (batch.edges.length > 0) await writeEdges(context, syncId, batch.edges);
    return result;
  }
  const written = await context.sessions.write((tx) => writeChunk(tx, syncId, batch.resources, edgeRows));
  context.logger.debug(
    {
      syncId,
      created: written.result.created,
      updated: written.result.updated,
      unchanged: written.result.unchanged,
      ...written.edges,
    },
    'batch written',
  );
  return written.result;
}
