import type { EdgeRecord } from '../graph-store.js';
import { validateEdges, validateSyncId } from '../validation.js';
import { edgeKey, type EdgeRow } from './edge-cypher.js';
import { connectOrKeepPending } from './edge-connection.js';
import { assertIndexableEdges, assertIndexableSyncId } from './index-limits.js';
import { chunk, type StoreContext } from './store-context.js';

/** Writes edges in batches: connected where both ends exist, pending (and connected later) where not. */
export async function writeEdges(context: StoreContext, syncId: string, edges: EdgeRecord[]): Promise<void> {
  checkEdgeWrite(syncId, edges);
  await writeEdgeRows(context, syncId, uniqueRows(syncId, edges));
}

/** What writeEdges refuses before it writes anything. */
export function checkEdgeWrite(syncId: string, edges: EdgeRecord[]): void {
  validateSyncId(syncId);
  validateEdges(edges);
  assertIndexableSyncId(syncId);
  assertIndexableEdges(edges);
}

/** writeEdges' batches, for rows of checked edges. */
export async function writeEdgeRows(context: StoreContext, syncId: string, rows: EdgeRow[]): Promise<void> {
  let connected = 0;
  let pending = 0;
  for (const batch of chunk(rows, context.batchSize)) {
    const written = await context.sessions.write((tx) => connectOrKeepPending(tx, batch));
    connected += written.connected;
    pending += written.pending;
  }
  context.logger.debug({ syncId, connected, pending }, 'edges written');
}

/** One row per (from, type, to); a later duplicate's toKind wins, unless it has none. */
export function uniqueRows(syncId: string, edges: EdgeRecord[]): EdgeRow[] {
  const rows = new Map<string, EdgeRow>();
  for (const edge of edges) {
    const key = edgeKey(edge.from, edge.type, edge.to);
    const toKind = edge.toKind ?? rows.get(key)?.toKind ?? null;
    rows.set(key, { key, from: edge.from, type: edge.type, to: edge.to, toKind, syncId });
  }
  return [...rows.values()];
}
