import type { ResourceBatch, WriteResult } from '../graph-store.js';
import type { StoreContext } from './store-context.js';
import { checkEdgeWrite, uniqueRows, writeEdgeRows } from './write-edges.js';
import { checkResourceWrite, counts, writeChunk, writeResourceChunks } from './write-resources.js';

/**
 * A collector's batch in one managed transaction: its resources, then its edges. A batch with more resources or
 * edges than the store's batch size is written as writeResources and writeEdges would write it, in several.
 */
export async function writeBatch(context: StoreContext, syncId: string, batch: ResourceBatch): Promise<WriteResult> {
  checkResourceWrite(syncId, batch.resources);
  checkEdgeWrite(syncId, batch.edges);
  const edgeRows = uniqueRows(syncId, batch.edges);
  const fits = batch.resources.length <= context.batchSize && edgeRows.length <= context.batchSize;
  if (!fits || batch.resources.length === 0) {
    const result = await writeResourceChunks(context, syncId, batch.resources);
    if (edgeRows.length > 0) await writeEdgeRows(context, syncId, edgeRows);
    return result;
  }
  const written = await context.sessions.write((tx) => writeChunk(tx, syncId, batch.resources, edgeRows));
  context.logger.debug({ syncId, ...counts(written.result), ...written.edges }, 'batch written');
  return written.result;
}
