import type { ManagedTransaction } from 'neo4j-driver';
import { changedFields, contentHash, volatileHash } from '../change-detection.js';
import type { ChangeRecord, ResourceRecord, WriteResult } from '../graph-store.js';
import { validateResources, validateSyncId } from '../validation.js';
import { pendingEdgesTouching, type EdgeRow } from './edge-cypher.js';
import { connectOrKeepPending, connectPendingEdges, type EdgesWritten } from './edge-connection.js';
import { assertIndexableResources, assertIndexableSyncId } from './index-limits.js';
import { runRows, runStatement } from './neo4j-session.js';
import {
  appendChanges,
  touchUnchangedAndReadChanged,
  upsertResources,
  type ChangeNodeProperties,
} from './resource-cypher.js';
import { toNodeProperties, toResourceRecord, type ResourceRow } from './resource-node.js';
import { chunk, type StoreContext } from './store-context.js';

interface StoredState {
  uid: string;
  unchanged: boolean;
  stored: ResourceRow | null;
  storedHash: string | null;
  storedVolatileHash: string;
}

interface Hashes {
  hash: string;
  volatileHash: string;
}

interface Classified {
  result: WriteResult;
  /** The last version of each uid the batch created or updated, or whose volatile values moved. */
  toWrite: Map<string, { record: ResourceRecord } & Hashes>;
}

/** Writes resources in batches, one managed transaction each: classify by content hash, then write what changed. */
export async function writeResources(
  context: StoreContext,
  syncId: string,
  resources: ResourceRecord[],
): Promise<WriteResult> {
  checkResourceWrite(syncId, resources);
  return writeResourceChunks(context, syncId, resources);
}

/** What writeResources refuses before it writes anything. */
export function checkResourceWrite(syncId: string, resources: ResourceRecord[]): void {
  validateSyncId(syncId);
  validateResources(resources);
  assertIndexableSyncId(syncId);
  assertIndexableResources(resources);
}

/** writeResources' batches, for resources already checked. */
export async function writeResourceChunks(
  context: StoreContext,
  syncId: string,
  resources: ResourceRecord[],
): Promise<WriteResult> {
  const total: WriteResult = { created: 0, updated: 0, unchanged: 0, changes: [] };
  for (const batch of chunk(resources, context.batchSize)) {
    const result = await context.sessions.write(async (tx) => (await writeChunk(tx, syncId, batch, [])).result);
    total.created += result.created;
    total.updated += result.updated;
    total.unchanged += result.unchanged;
    total.changes.push(...result.changes);
  }
  context.logger.debug({ syncId, ...counts(total) }, 'resources written');
  return total;
}

/**
 * Writes resources and then edge rows in the caller's transaction. The statements that do not need each other's
 * results are sent together (the driver pipelines them): the upsert, the read of the pending edges that new
 * resources complete, and the edges, which find the batch's resources already written.
 */
export async function writeChunk(
  tx: ManagedTransaction,
  syncId: string,
  batch: ResourceRecord[],
  edgeRows: EdgeRow[],
): Promise<{ result: WriteResult; edges: EdgesWritten }> {
  const at = new Date().toISOString();
  const hashes: Hashes[] = batch.map((resource) => ({
    hash: contentHash(resource),
    volatileHash: volatileHash(resource),
  }));
  // The first occurrence of a uid is compared with the store; later ones in the batch with what came before them.
  const firstHashes = new Map<string, string>();
  batch.forEach((resource, index) => {
    if (!firstHashes.has(resource.uid)) firstHashes.set(resource.uid, hashes[index]?.hash ?? '');
  });
  const rows = [...firstHashes].map(([uid, hash]) => ({ uid, hash }));
  const storedHashes = new Map<string, Hashes>();
  const before = new Map<string, ResourceRecord>();
  for (const row of await runRows<StoredState>(tx, touchUnchangedAndReadChanged(rows, syncId, at))) {
    if (row.storedHash !== null) {
      storedHashes.set(row.uid, { hash: row.storedHash, volatileHash: row.storedVolatileHash });
    }
    if (row.stored !== null) before.set(row.uid, toResourceRecord(row.stored));
  }
  const classified = classify(syncId, at, batch, hashes, storedHashes, before);

  const upserts = [...classified.toWrite].map(([uid, { record, ...markers }]) => ({
    uid,
    kind: record.kind,
    properties: toNodeProperties(record, { ...markers, syncId, seenAt: at }),
  }));
  const createdUids = classified.result.changes.filter((c) => c.change === 'created').map((c) => c.uid);
  // Sent in this order, so each statement sees what the ones before it wrote; awaited together, so that a failure
  // of any is the transaction's (and none is left unhandled).
  const [, , edges] = await Promise.all([
    upserts.length > 0 ? runStatement(tx, upsertResources(upserts, at)) : undefined,
    createdUids.length > 0 ? connectEdgesWaitingFor(tx, createdUids) : undefined,
    connectOrKeepPending(tx, edgeRows),
  ]);
  // Last, so concurrent writers hold the one sequence node for as short a time as possible.
  await appendToChangeLog(tx, classified.result.changes);
  return { result: classified.result, edges };
}

/**
 * Walks the batch in order, so a uid repeated in one batch is created once and then unchanged or updated. An
 * unchanged resource whose volatile values moved is written again (they are shown at their latest) without a change;
 * so is one whose hash differs in nothing but volatile fields (a hash from before they were declared volatile).
 */
function classify(
  syncId: string,
  at: string,
  batch: ResourceRecord[],
  hashes: Hashes[],
  storedHashes: Map<string, Hashes>,
  before: Map<string, ResourceRecord>,
): Classified {
  const result: WriteResult = { created: 0, updated: 0, unchanged: 0, changes: [] };
  const current = new Map<string, { record?: ResourceRecord } & Hashes>();
  for (const [uid, stored] of storedHashes) current.set(uid, { ...stored, ...optionalRecord(before.get(uid)) });
  const toWrite = new Map<string, { record: ResourceRecord } & Hashes>();
  batch.forEach((record, index) => {
    const written = { record, ...(hashes[index] ?? { hash: contentHash(record), volatileHash: volatileHash(record) }) };
    const known = current.get(record.uid);
    current.set(record.uid, written);
    if (known === undefined) {
      result.created++;
      result.changes.push(changeOf(record, syncId, at, 'created'));
      toWrite.set(record.uid, written);
      return;
    }
    const fields = known.hash === written.hash || known.record === undefined ? [] : changedFields(known.record, record);
    if (known.hash !== written.hash && (known.record === undefined || fields.length > 0)) {
      result.updated++;
      result.changes.push({ ...changeOf(record, syncId, at, 'updated'), changedFields: fields });
      toWrite.set(record.uid, written);
      return;
    }
    result.unchanged++;
    if (known.hash !== written.hash || known.volatileHash !== written.volatileHash) toWrite.set(record.uid, written);
  });
  return { result, toWrite };
}

function optionalRecord(record: ResourceRecord | undefined): { record?: ResourceRecord } {
  return record === undefined ? {} : { record };
}

function changeOf(record: ResourceRecord, syncId: string, at: string, change: 'created' | 'updated'): ChangeRecord {
  return {
    syncId,
    uid: record.uid,
    kind: record.kind,
    name: record.name,
    cloud: record.cloud,
    account: record.account,
    region: record.region,
    change,
    at,
  };
}

/** Appends change records in order, numbered from a sequence kept in the database. */
export async function appendToChangeLog(tx: ManagedTransaction, changes: ChangeRecord[]): Promise<void> {
  if (changes.length === 0) return;
  const nodes: ChangeNodeProperties[] = changes.map((change) => ({
    sync_id: change.syncId,
    uid: change.uid,
    kind: change.kind,
    name: change.name,
    cloud: change.cloud,
    account: change.account,
    region: change.region,
    change: change.change,
    at: change.at,
    ...(change.changedFields === undefined ? {} : { changed_fields: change.changedFields }),
  }));
  await runStatement(tx, appendChanges(nodes));
}

/** New resources may be the missing end of pending edges; connect those now rather than at the end of the sync. */
async function connectEdgesWaitingFor(tx: ManagedTransaction, createdUids: string[]): Promise<void> {
  // Index seeks on the pending edges' ends: no pending edge costs two empty seeks a uid, less than counting first.
  await connectPendingEdges(tx, await runRows<EdgeRow>(tx, pendingEdgesTouching(createdUids)));
}

export function counts(result: WriteResult) {
  return { created: result.created, updated: result.updated, unchanged: result.unchanged };
}
