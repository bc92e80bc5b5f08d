import type { ManagedTransaction } from 'neo4j-driver';
import type { ChangeRecord, ChangeSubject, EdgeRecord, FinishSyncResult, ScopeKey } from '../graph-store.js';
import { validateScopes, validateSyncId } from '../validation.js';
import {
  countEdgesTouching,
  deleteRelationships,
  deleteResources,
  deleteStaleEdgesOfScope,
  deleteStalePendingEdgesOfScope,
  deleteStalePendingEdgesTouching,
  freshEdgesTouching,
  staleResourcesOfScope,
} from './cleanup-cypher.js';
import { edgeKey, pendingEdgesOfSync, savePendingEdges, type EdgeRow } from './edge-cypher.js';
import { connectPendingEdges } from './edge-connection.js';
import { runRows, runStatement } from './neo4j-session.js';
import type { StoreContext } from './store-context.js';
import { writeUntilShort } from './write-until-short.js';
import { appendToChangeLog } from './write-resources.js';

type StaleResource = ChangeSubject;

/**
 * Ends a sync in bounded transactions: connect what can be connected, then in each complete scope remove the
 * edges and resources this sync did not see, then report the sync's edges that are still pending.
 */
export async function finishSync(
  context: StoreContext,
  syncId: string,
  completeScopes: ScopeKey[],
): Promise<FinishSyncResult> {
  validateSyncId(syncId);
  validateScopes(completeScopes);
  const scopes = uniqueScopes(completeScopes);
  const limit = context.cleanupBatchSize;

  await connectWhatThisSyncLeftPending(context, syncId);
  let deletedEdges = 0;
  for (const scope of scopes) {
    deletedEdges += await writeUntilShort(context, () => deleteStaleEdgesOfScope(scope, syncId, limit), 'deleted');
    deletedEdges += await writeUntilShort(
      context,
      () => deleteStalePendingEdgesOfScope(scope, syncId, limit),
      'deleted',
    );
  }
  let deleted = 0;
  const changes: ChangeRecord[] = [];
  for (const scope of scopes) {
    for (;;) {
      const batch = await context.sessions.write((tx) => deleteStaleResources(tx, scope, syncId, limit));
      deleted += batch.changes.length;
      deletedEdges += batch.deletedEdges;
      changes.push(...batch.changes);
      if (batch.changes.length < limit) break;
    }
  }
  const danglingEdges = await readDanglingEdges(context, syncId);
  context.logger.info(
    { syncId, scopes: scopes.length, deleted, deletedEdges, danglingEdges: danglingEdges.length },
    'sync finished',
  );
  return { deleted, deletedEdges, changes, danglingEdges };
}

/**
 * A resource write connects the pending edges waiting for it, but not one saved at the same time by a transaction it
 * could not see: such an edge was written by this sync, so the sync's own pending edges are the ones to retry (not
 * every pending edge in the store).
 */
async function connectWhatThisSyncLeftPending(context: StoreContext, syncId: string): Promise<void> {
  const limit = context.cleanupBatchSize;
  let afterKey = '';
  for (;;) {
    const last = await context.sessions.write(async (tx) => {
      const rows = await runRows<EdgeRow>(tx, pendingEdgesOfSync(syncId, afterKey, limit));
      await connectPendingEdges(tx, rows);
      return rows.length < limit ? undefined : rows.at(-1);
    });
    if (last === undefined) return;
    afterKey = last.key;
  }
}

async function deleteStaleResources(tx: ManagedTransaction, scope: ScopeKey, syncId: string, limit: number) {
  const stale = await runRows<StaleResource>(tx, staleResourcesOfScope(scope, syncId, limit));
  if (stale.length === 0) return { changes: [], deletedEdges: 0 };
  const uids = stale.map((resource) => resource.uid);

  const incoming = await runRows<Omit<EdgeRow, 'key'> & { edgeId: string }>(tx, freshEdgesTouching(uids, syncId));
  if (incoming.length > 0) {
    const pending = incoming.map(({ edgeId: _edgeId, ...edge }) => ({
      ...edge,
      key: edgeKey(edge.from, edge.type, edge.to),
    }));
    await runStatement(tx, savePendingEdges(pending));
    await runStatement(tx, deleteRelationships(incoming.map((edge) => edge.edgeId)));
  }
  const [touching] = await runRows<{ count: number }>(tx, countEdgesTouching(uids));
  await runStatement(tx, deleteResources(uids));
  const [stalePending] = await runRows<{ deleted: number }>(tx, deleteStalePendingEdgesTouching(uids, syncId));

  const at = new Date().toISOString();
  const changes: ChangeRecord[] = stale.map((resource) => ({ syncId, ...resource, change: 'deleted', at }));
  await appendToChangeLog(tx, changes);
  return { changes, deletedEdges: (touching?.count ?? 0) + (stalePending?.deleted ?? 0) };
}

/** The sync's pending edges, in (from, type, to) order as UTF-8 bytes: the order SQLite's keys give. */
async function readDanglingEdges(context: StoreContext, syncId: string): Promise<EdgeRecord[]> {
  const dangling: { sortKey: Buffer[]; edge: EdgeRecord }[] = [];
  let afterKey = '';
  for (;;) {
    const rows = await context.sessions.read((tx) =>
      runRows<EdgeRow>(tx, pendingEdgesOfSync(syncId, afterKey, context.cleanupBatchSize)),
    );
    for (const row of rows) {
      const edge = {
        from: row.from,
        type: row.type,
        to: row.to,
        ...(row.toKind === null ? {} : { toKind: row.toKind }),
      };
      dangling.push({ sortKey: [row.from, row.type, row.to].map((part) => Buffer.from(part)), edge });
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < context.cleanupBatchSize) break;
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

function uniqueScopes(scopes: ScopeKey[]): ScopeKey[] {
  const unique = new Map<string, ScopeKey>();
  for (const scope of scopes) {
    unique.set(JSON.stringify([scope.cloud, scope.account, scope.region, scope.serviceGroup, scope.kind]), scope);
  }
  return [...unique.values()];
}
