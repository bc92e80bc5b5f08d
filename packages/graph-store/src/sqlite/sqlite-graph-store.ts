import type { SearchPage, SearchQuery } from '../search/search-query.js';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../errors.js';
import type {
  AggregateQuery,
  AggregateRow,
  ChangeQuery,
  ChangeRecord,
  DeletionResult,
  EdgeCountFilter,
  EdgeRecord,
  EventQuery,
  EventRecord,
  FinishSyncResult,
  GraphStore,
  JobQuery,
  Lease,
  LeaseFence,
  LeaseRequest,
  NeighborQuery,
  Neighborhood,
  Page,
  PageRequest,
  ResourceBatch,
  ResourceFilter,
  ResourceRecord,
  ScopeKey,
  StoredResource,
  SyncJobRecord,
  WriteResult,
} from '../graph-store.js';
import { silentLogger, type StoreLogger } from '../logger.js';
import {
  normalizeTime,
  validateDeletionFilter,
  validateEdges,
  validateResources,
  validateScopes,
  validateSyncId,
} from '../validation.js';
import { SqliteCleanup } from './sqlite-cleanup.js';
import { SqliteEvents } from './sqlite-events.js';
import { SqliteJobs } from './sqlite-jobs.js';
import { SqliteLeases } from './sqlite-leases.js';
import { SqliteOrphans } from './sqlite-orphans.js';
import { SqliteQueries } from './sqlite-queries.js';
import { SqliteSearch } from './sqlite-search.js';
import { checkpointWal, WAL_SIZE_LIMIT_BYTES } from './sqlite-checkpoint.js';
import { applySchema } from './sqlite-schema.js';
import { SqliteSyncs } from './sqlite-syncs.js';
import { SqliteWriter } from './sqlite-writer.js';
import { SqliteProcessLock } from './sqlite-process-lock.js';

export interface SqliteGraphStoreConfig {
  /** The database file; its directory is created if missing. */
  path: string;
  /** Resources (or stale edges) removed per cleanup transaction. */
  cleanupBatchSize?: number;
}

interface OpenParts {
  db: Database.Database;
  /** Held while the store is open: one process per file. */
  lock: SqliteProcessLock;
  syncs: SqliteSyncs;
  writer: SqliteWriter;
  cleanup: SqliteCleanup;
  queries: SqliteQueries;
  jobs: SqliteJobs;
  events: SqliteEvents;
  orphans: SqliteOrphans;
  search: SqliteSearch;
}

export const DEFAULT_CLEANUP_BATCH_SIZE = 1000;

/**
 * The embedded graph store: one SQLite file in WAL mode, checkpointed at the end of every sync so that the .db file
 * holds the data and the WAL stays small.
 */
export class SqliteGraphStore implements GraphStore {
  private parts: OpenParts | undefined;
  /** Made on first use, for the open database (so that opening stays as it is). */
  private leaseTable: SqliteLeases | undefined;

  constructor(
    private readonly config: SqliteGraphStoreConfig,
    private readonly logger: StoreLogger = silentLogger,
  ) {}

  async init(): Promise<void> {
    if (this.parts) return;
    let db: Database.Database | undefined;
    let lock: SqliteProcessLock;
    try {
      mkdirSync(dirname(this.config.path), { recursive: true });
      lock = SqliteProcessLock.acquire(this.config.path);
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      throw new StoreUnavailableError('sqlite', `cannot open ${this.config.path}`, { cause: error });
    }
    try {
      db = new Database(this.config.path);
      applySchema(db);
      db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
    } catch (error) {
      db?.close();
      lock.release();
      throw new StoreUnavailableError('sqlite', `cannot open ${this.config.path}`, { cause: error });
    }
    const batchSize = this.config.cleanupBatchSize ?? DEFAULT_CLEANUP_BATCH_SIZE;
    this.parts = {
      db,
      lock,
      syncs: new SqliteSyncs(db),
      writer: new SqliteWriter(db),
      cleanup: new SqliteCleanup(db, batchSize, this.logger),
      queries: new SqliteQueries(db),
      jobs: new SqliteJobs(db),
      events: new SqliteEvents(db),
      orphans: new SqliteOrphans(db, batchSize, this.logger),
      search: new SqliteSearch(db),
    };
    this.logger.info({ path: this.config.path }, 'sqlite graph store opened');
  }

  async close(): Promise<void> {
    this.parts?.db.close();
    this.parts?.lock.release();
    this.parts = undefined;
  }

  async writeResources(syncId: string, resources: ResourceRecord[], fence?: LeaseFence): Promise<WriteResult> {
    validateSyncId(syncId);
    validateResources(resources);
    const { syncs, writer } = this.open();
    this.leases().assertFence(fence);
    return writer.writeResources(syncId, syncs.seqOf(syncId), resources);
  }

  async writeEdges(syncId: string, edges: EdgeRecord[], fence?: LeaseFence): Promise<void> {
    validateSyncId(syncId);
    validateEdges(edges);
    const { syncs, writer } = this.open();
    this.leases().assertFence(fence);
    writer.writeEdges(syncs.seqOf(syncId), edges);
  }

  async writeBatch(syncId: string, batch: ResourceBatch, fence?: LeaseFence): Promise<WriteResult> {
    validateSyncId(syncId);
    validateResources(batch.resources);
    validateEdges(batch.edges);
    const { syncs, writer } = this.open();
    this.leases().assertFence(fence);
    return writer.writeBatch(syncId, syncs.seqOf(syncId), batch);
  }

  async finishSync(syncId: string, completeScopes: ScopeKey[], fence?: LeaseFence): Promise<FinishSyncResult> {
    validateSyncId(syncId);
    validateScopes(completeScopes);
    const { syncs, cleanup } = this.open();
    this.leases().assertFence(fence);
    return cleanup.finish(syncId, syncs.seqOf(syncId), completeScopes);
  }

  async checkpoint(): Promise<void> {
    const checkpoint = checkpointWal(this.open().db);
    if (checkpoint.isBusy)
      this.logger.info({ walFrames: checkpoint.walFrames }, 'wal checkpoint partly blocked by a reader');
  }

  async markOrphaned(scopes: ScopeKey[], at: string, fence?: LeaseFence): Promise<number> {
    validateScopes(scopes, 'scopes');
    this.leases().assertFence(fence);
    return this.open().orphans.markOrphaned(scopes, normalizeTime(at, 'at'));
  }

  async unmarkOrphaned(scopes: ScopeKey[], fence?: LeaseFence): Promise<number> {
    validateScopes(scopes, 'scopes');
    this.leases().assertFence(fence);
    return this.open().orphans.unmarkOrphaned(scopes);
  }

  async deleteResources(syncId: string, filter: ResourceFilter, fence?: LeaseFence): Promise<DeletionResult> {
    validateSyncId(syncId);
    validateDeletionFilter(filter);
    this.leases().assertFence(fence);
    return this.open().orphans.deleteResources(syncId, filter);
  }

  async getResource(uid: string): Promise<StoredResource | undefined> {
    return this.open().queries.getResource(uid);
  }

  async listResources(filter: ResourceFilter, page?: PageRequest): Promise<Page<StoredResource>> {
    return this.open().queries.listResources(filter, page);
  }

  async neighbors(uid: string, query?: NeighborQuery): Promise<Neighborhood> {
    return this.open().queries.neighbors(uid, query);
  }

  async aggregate(query: AggregateQuery): Promise<AggregateRow[]> {
    return this.open().queries.aggregate(query);
  }

  async countEdges(filter?: EdgeCountFilter): Promise<number> {
    return this.open().queries.countEdges(filter);
  }

  async search(query: SearchQuery, page?: PageRequest): Promise<SearchPage> {
    return this.open().search.search(query, page);
  }

  async listChanges(query: ChangeQuery, page?: PageRequest): Promise<Page<ChangeRecord>> {
    return this.open().queries.listChanges(query, page);
  }

  async saveJob(job: SyncJobRecord, fence?: LeaseFence): Promise<void> {
    const { jobs } = this.open();
    this.leases().assertFence(fence);
    jobs.save(job);
  }

  async getJob(id: string): Promise<SyncJobRecord | undefined> {
    return this.open().jobs.get(id);
  }

  async listJobs(query: JobQuery, page?: PageRequest): Promise<Page<SyncJobRecord>> {
    return this.open().jobs.list(query, page);
  }

  async acquireLease(request: LeaseRequest): Promise<Lease | undefined> {
    return this.leases().acquireLease(request);
  }

  async releaseLease(name: string, holder: string, token: number): Promise<boolean> {
    return this.leases().releaseLease(name, holder, token);
  }

  async saveEvents(events: EventRecord[]): Promise<void> {
    this.open().events.save(events);
  }

  async listEvents(query: EventQuery, page?: PageRequest): Promise<Page<EventRecord>> {
    return this.open().events.list(query, page);
  }

  /** The lease table of the open database; a fence is checked in the same synchronous call as its write. */
  private leases(): SqliteLeases {
    const { db } = this.open();
    if (this.leaseTable?.db !== db) this.leaseTable = new SqliteLeases(db);
    return this.leaseTable;
  }

  private open(): OpenParts {
    if (!this.parts) throw new StoreUnavailableError('sqlite', 'the store is not initialised or already closed');
    return this.parts;
  }
}
