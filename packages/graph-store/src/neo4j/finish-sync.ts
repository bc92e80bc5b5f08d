import type { ManagedTransaction } from 'neo4j-driver';
import type { ChangeRecord, ChangeSubject, EdgeRecord, FinishSyncResult, ScopeKey } from '../graph-store.js';
import { validateScopes, validateSyncId } from '../validation.js';
import {
  countEdgesTouching,
  deleteRelationships,
  deleteResources,
  deleteStaleEdgesOfScopes,
  deleteStalePendingEdgesOfScopes,
  deleteStalePendingEdgesTouching,
  freshEdgesTouching,
  staleResourcesOfScopes,
} from './cleanup-cypher.js';
import { connectablePendingEdges, edgeKey, pendingEdgesOfSync, savePendingEdges, type EdgeRow } from './edge-cypher.js';
import { connectPendingEdges } from './edge-connection.js';
import { runRows, runStatement } from './neo4j-session.js';
import { chunk, type StoreContext } from './store-context.js';
import { writeUntilShort } from './write-until-short.js';
import { appendToChangeLog } from './write-resources.js';

type StaleResource = ChangeSubject;

/** Scopes per cleanup statement: a sync of one account has hundreds (kinds x regions), each few resources. */
const SCOPES_PER_STATEMENT = 500;

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
  const scopeGroups = chunk(uniqueScopes(completeScopes), SCOPES_PER_STATEMENT);
  const limit = context.cleanupBatchSize;

  await connectEverythingConnectable(context);
  let deletedEdges = 0;
  for (const scopes of scopeGroups) {
    deletedEdges += await writeUntilShort(context, () => deleteStaleEdgesOfScopes(scopes, syncId, limit), 'deleted');
    deletedEdges += await writeUntilShort(
      context,
      () => deleteStalePendingEdgesOfScopes(scopes, syncId, limit),
      'deleted',
    );
  }
  let deleted = 0;
  const changes: ChangeRecord[] = [];
  for (const scopes of scopeGroups) {
    for (;;) {
      const batch = await context.sessions.write((tx) => deleteStaleResources(tx, scopes, syncId, limit));
      deleted += batch.changes.length;
      deletedEdges += batch.deletedEdges;
      changes.push(...batch.changes);
      if (batch.changes.length < limit) break;
    }
  }
  const danglingEdges = await readDanglingEdges(context, syncId);
  context.logger.info(
    { syncId, scopes: scopeGroups.flat().length, deleted, deletedEdges, danglingEdges: danglingEdges.length },
    'sync finished',
  );
  return { deleted, deletedEdges, changes, danglingEdges };
}

async function connectEverythingConnectable(context: StoreContext): Promise<void> {
  const limit = context.cleanupBatchSize;
  for (;;) {
    const { found, connected } = await context.sessions.write(async (tx) => {
      const rows = await runRows<EdgeRow>(tx, connectablePendingEdges(limit));
      return { found: rows.length, connected: await connectPendingEdges(tx, rows) };
    });
    if (found < limit || connected === 0) return;
  }
}

async function deleteStaleResources(tx: ManagedTransaction, scopes: ScopeKey[], syncId: string, limit: number) {
  const stale = await runRows<StaleResource>(tx, staleResourcesOfScopes(scopes, syncId, limit));
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

async function readDanglingEdges(context: StoreContext, syncId: string): Promise<EdgeRecord[]> {
  const dangling: EdgeRecord[] = [];
  let afterKey = '';
  for (;;) {
    const rows = await context.sessions.read((tx) =>
      runRows<EdgeRow>(tx, pendingEdgesOfSync(syncId, afterKey, context.cleanupBatchSize)),
    );
    for (const row of rows) {
      dangling.push({
        from: row.from,
        type: row.type,
        to: row.to,
        ...(row.toKind === null ? {} : { toKind: row.toKind }),
      });
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < context.cleanupBatchSize) return dangling;
    afterKey = last.key;
  }
}

function uniqueScopes(scopes: ScopeKey[]): ScopeKey[] {
  const unique = new Map<string, ScopeKey>();
  for (const scope of scopes) {
    unique.set(JSON.stringify([scope.cloud, scope.account, scope.region, scope.serviceGroup, scope.kind]), scope);
  }
  return [...unique.values()];
}
