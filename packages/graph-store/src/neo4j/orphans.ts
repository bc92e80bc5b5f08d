import type { ManagedTransaction } from 'neo4j-driver';
import type { ChangeRecord, ChangeSubject, DeletionResult, ResourceFilter, ScopeKey } from '../graph-store.js';
import {
  normalizeTime,
  validateDeletionFilter,
  validateScopes,
  validateSyncId,
  type ResolvedProperty,
} from '../validation.js';
import { countEdgesTouching, deleteResources as deleteResourcesStatement } from './cleanup-cypher.js';
import { runRows, runStatement } from './neo4j-session.js';
import {
  deletePendingEdgesTouching,
  markScopeOrphaned,
  resourcesMatching,
  unmarkScopeOrphaned,
} from './orphan-cypher.js';
import type { StoreContext } from './store-context.js';
import { appendToChangeLog } from './write-resources.js';
import { writeUntilShort } from './write-until-short.js';
import { uniqueScopes } from '../scope-keys.js';

/** Orphan marks and deletion by filter on Neo4j, in bounded transactions as the end of a sync is. */

export async function markOrphaned(context: StoreContext, scopes: ScopeKey[], at: string): Promise<number> {
  validateScopes(scopes, 'scopes');
  const since = normalizeTime(at, 'at');
  let marked = 0;
  for (const scope of uniqueScopes(scopes)) {
    marked += await writeUntilShort(context, () => markScopeOrphaned(scope, since, context.cleanupBatchSize), 'count');
  }
  return marked;
}

export async function unmarkOrphaned(context: StoreContext, scopes: ScopeKey[]): Promise<number> {
  validateScopes(scopes, 'scopes');
  let cleared = 0;
  for (const scope of uniqueScopes(scopes)) {
    cleared += await writeUntilShort(context, () => unmarkScopeOrphaned(scope, context.cleanupBatchSize), 'count');
  }
  return cleared;
}

export async function deleteResources(
  context: StoreContext,
  syncId: string,
  filter: ResourceFilter,
): Promise<DeletionResult> {
  validateSyncId(syncId);
  const resolved = validateDeletionFilter(filter);
  const result: DeletionResult = { deleted: 0, deletedEdges: 0, changes: [] };
  for (;;) {
    const batch = await context.sessions.write((tx) => deleteBatch(tx, syncId, filter, resolved, context));
    result.deleted += batch.changes.length;
    result.deletedEdges += batch.deletedEdges;
    result.changes.push(...batch.changes);
    if (batch.changes.length < context.cleanupBatchSize) break;
  }
  context.logger.info({ syncId, deleted: result.deleted, deletedEdges: result.deletedEdges }, 'resources deleted');
  return result;
}

async function deleteBatch(
  tx: ManagedTransaction,
  syncId: string,
  filter: ResourceFilter,
  resolved: ResolvedProperty[],
  context: StoreContext,
): Promise<{ changes: ChangeRecord[]; deletedEdges: number }> {
  const doomed = await runRows<ChangeSubject>(tx, resourcesMatching(filter, resolved, context.cleanupBatchSize));
  if (doomed.length === 0) return { changes: [], deletedEdges: 0 };
  const uids = doomed.map((resource) => resource.uid);
  const [touching] = await runRows<{ count: number }>(tx, countEdgesTouching(uids));
  const [pending] = await runRows<{ deleted: number }>(tx, deletePendingEdgesTouching(uids));
  await runStatement(tx, deleteResourcesStatement(uids));
  const at = new Date().toISOString();
  const changes: ChangeRecord[] = doomed.map((resource) => ({ syncId, ...resource, change: 'deleted', at }));
  await appendToChangeLog(tx, changes);
  return { changes, deletedEdges: (touching?.count ?? 0) + (pending?.deleted ?? 0) };
}
