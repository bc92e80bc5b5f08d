import type { ManagedTransaction } from 'neo4j-driver';
import type { ChangeRecord, ChangeSubject, FinishSyncResult, ScopeKey } from '../graph-store.js';
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
import { connectOrListDangling } from './dangling-edges.js';
import { edgeKey, savePendingEdges, type EdgeRow } from './edge-cypher.js';
import { runRows, runStatement } from './neo4j-session.js';
import { chunk, type StoreContext } from './store-context.js';
import { writeUntilShort } from './write-until-short.js';
import { appendToChangeLog } from './write-resources.js';

type StaleResource = ChangeSubject;

/** Scopes per cleanup statement: a sync of one account has hundreds (kinds x regions), each few resources. */
const SCOPES_PER_STATEMENT = 500;

/**
 * Ends a sync in bounded transactions: in each complete scope remove the edges and resources this sync did not see,
 * then connect the sync's pending edges whose ends both exist and report the rest as dangling.
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
  const danglingEdges = await connectOrListDangling(context, syncId);
  context.logger.info(
    { syncId, scopes: scopeGroups.flat().length, deleted, deletedEdges, danglingEdges: danglingEdges.length },
    'sync finished',
  );
  return { deleted, deletedEdges, changes, danglingEdges };
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

function uniqueScopes(scopes: ScopeKey[]): ScopeKey[] {
  const unique = new Map<string, ScopeKey>();
  for (const scope of scopes) {
    unique.set(JSON.stringify([scope.cloud, scope.account, scope.region, scope.serviceGroup, scope.kind]), scope);
  }
  return [...unique.values()];
}
