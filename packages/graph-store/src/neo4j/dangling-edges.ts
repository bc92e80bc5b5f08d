import type { EdgeRecord } from '../graph-store.js';
import { pendingEdgesOfSync, type EdgeRow } from './edge-cypher.js';
import { connectPendingEdges } from './edge-connection.js';
import { runRows } from './neo4j-session.js';
import type { StoreContext } from './store-context.js';

/**
 * The edges a sync leaves dangling, in (from, type, to) order as UTF-8 bytes (the order of SQLite's keys), read in
 * one walk over the sync's pending edges that also connects those whose ends both exist now. A resource write
 * connects the pending edges waiting for it, but not one saved at the same moment by a transaction it could not
 * see; such an edge was written by this sync, so the sync's own pending edges are the only ones to retry. Done after
 * cleanup, which leaves this sync's pending edges alone: an end it deleted is missing either way.
 */
export async function connectOrListDangling(context: StoreContext, syncId: string): Promise<EdgeRecord[]> {
  const limit = context.cleanupBatchSize;
  const dangling: { sortKey: Buffer[]; edge: EdgeRecord }[] = [];
  let afterKey = '';
  for (;;) {
    const rows = await context.sessions.write(async (tx) => {
      const pending = await runRows<EdgeRow & { connectable: boolean }>(
        tx,
        pendingEdgesOfSync(syncId, afterKey, limit),
      );
      const connected = await connectPendingEdges(
        tx,
        pending.filter((row) => row.connectable),
      );
      return { pending, left: pending.filter((row) => !connected.has(row.key)) };
    });
    for (const row of rows.left) {
      const edge = {
        from: row.from,
        type: row.type,
        to: row.to,
        ...(row.toKind === null ? {} : { toKind: row.toKind }),
      };
      dangling.push({ sortKey: [row.from, row.type, row.to].map((part) => Buffer.from(part)), edge });
    }
    const last = rows.pending.at(-1);
    if (last === undefined || rows.pending.length < limit) break;
    afterKey = last.key;
  }
  return dangling.sort((a, b) => compareParts(a.sortKey, b.sortKey)).map((item) => item.edge);
}

function compareParts(a: Buffer[], b: Buffer[]): number {
  for (let index = 0; index < a.length; index++) {
    const order = Buffer.compare(a[index]!, b[index]!);
    if (order !== 0) return order;
  }
  return 0;
}
