import type { SearchPage, SearchQuery } from '../search/search-query.js';
import neo4j, { type Driver } from 'neo4j-driver';
import { InvalidStoreArgumentError } from '../errors.js';
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
  Neighborhood,
  NeighborQuery,
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
import { validateFence } from '../lease-validation.js';
import { listChanges } from './change-log.js';
import { finishSync } from './finish-sync.js';
import { getJob, listJobs, saveJob } from './job-records.js';
import { acquireLease, checkFence, releaseLease } from './leases.js';
import { silentLogger, type StoreLogger } from '../logger.js';
import { DEFAULT_BATCH_SIZE, type Neo4jStoreConfig } from './neo4j-config.js';
import { Neo4jSessions, toStoreError } from './neo4j-session.js';
import { neighbors } from './neighbor-query.js';
import { deleteResources, markOrphaned, unmarkOrphaned } from './orphans.js';
import { aggregate, countEdges, getResource, listResources } from './resource-queries.js';
import { createSchema } from './schema.js';
import { search } from './search-run.js';
import type { StoreContext } from './store-context.js';
import { writeBatch } from './write-batch.js';
import { writeEdges } from './write-edges.js';
import { writeResources } from './write-resources.js';
import { isFinishedState } from './job-states.js';
import { listEvents, saveEvents } from './event-records.js';

/** The graph store on Neo4j 5 (neo4j-driver, Bolt). Resources are `:Resource` nodes also labelled by their kind. */
export class Neo4jGraphStore implements GraphStore {
  private readonly driver: Driver;
  private readonly context: StoreContext;

  constructor(config: Neo4jStoreConfig, logger: StoreLogger = silentLogger) {
    const batchSize = positiveInteger(config.batchSize ?? DEFAULT_BATCH_SIZE, 'config.batchSize');
    const cleanupBatchSize = positiveInteger(config.cleanupBatchSize ?? batchSize, 'config.cleanupBatchSize');
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
    });
    this.context = {
      sessions: new Neo4jSessions(this.driver, config.database),
      batchSize,
      cleanupBatchSize,
      logger,
    };
  }

  async init(): Promise<void> {
    try {
      await this.driver.verifyConnectivity();
    } catch (error) {
      throw toStoreError(error);
    }
    await createSchema(this.context.sessions);
    this.context.logger.info({ batchSize: this.context.batchSize }, 'neo4j graph store ready');
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /** Neo4j checkpoints its own transaction log into the store files: nothing to do. */
  async checkpoint(): Promise<void> {}

  writeResources(syncId: string, resources: ResourceRecord[], fence?: LeaseFence): Promise<WriteResult> {
    return this.fenced(fence, 'check', (context) => writeResources(context, syncId, resources));
  }

  writeEdges(syncId: string, edges: EdgeRecord[], fence?: LeaseFence): Promise<void> {
    return this.fenced(fence, 'check', (context) => writeEdges(context, syncId, edges));
  }

  writeBatch(syncId: string, batch: ResourceBatch, fence?: LeaseFence): Promise<WriteResult> {
    return this.fenced(fence, 'check', (context) => writeBatch(context, syncId, batch));
  }

  finishSync(syncId: string, completeScopes: ScopeKey[], fence?: LeaseFence): Promise<FinishSyncResult> {
    return this.fenced(fence, 'lock', (context) => finishSync(context, syncId, completeScopes));
  }

  markOrphaned(scopes: ScopeKey[], at: string, fence?: LeaseFence): Promise<number> {
    return this.fenced(fence, 'check', (context) => markOrphaned(context, scopes, at));
  }

  unmarkOrphaned(scopes: ScopeKey[], fence?: LeaseFence): Promise<number> {
    return this.fenced(fence, 'check', (context) => unmarkOrphaned(context, scopes));
  }

  deleteResources(syncId: string, filter: ResourceFilter, fence?: LeaseFence): Promise<DeletionResult> {
    return this.fenced(fence, 'lock', (context) => deleteResources(context, syncId, filter));
  }

  getResource(uid: string): Promise<StoredResource | undefined> {
    return getResource(this.context, uid);
  }

  listResources(filter: ResourceFilter, page?: PageRequest): Promise<Page<StoredResource>> {
    return listResources(this.context, filter, page);
  }

  neighbors(uid: string, query?: NeighborQuery): Promise<Neighborhood> {
    return neighbors(this.context, uid, query);
  }

  aggregate(query: AggregateQuery): Promise<AggregateRow[]> {
    return aggregate(this.context, query);
  }

  countEdges(filter?: EdgeCountFilter): Promise<number> {
    return countEdges(this.context, filter);
  }

  search(query: SearchQuery, page?: PageRequest): Promise<SearchPage> {
    return search(this.context, query, page);
  }

  listChanges(query: ChangeQuery, page?: PageRequest): Promise<Page<ChangeRecord>> {
    return listChanges(this.context, query, page);
  }

  saveJob(job: SyncJobRecord, fence?: LeaseFence): Promise<void> {
    // The statement itself checks the token (see saveJob in job-cypher.ts); a final state, the job's result, is also
    // saved under the lease's lock, so that no takeover commits between its check and its commit.
    if (!isFinishedState(job?.state)) return this.fenced(fence, 'none', (context) => saveJob(context, job, fence));
    return this.fenced(fence, 'lock', (context) => saveJob(context, job, fence));
  }

  getJob(id: string): Promise<SyncJobRecord | undefined> {
    return getJob(this.context, id);
  }

  listJobs(query: JobQuery, page?: PageRequest): Promise<Page<SyncJobRecord>> {
    return listJobs(this.context, query, page);
  }

  acquireLease(request: LeaseRequest): Promise<Lease | undefined> {
    return acquireLease(this.context, request);
  }

  releaseLease(name: string, holder: string, token: number): Promise<boolean> {
    return releaseLease(this.context, name, holder, token);
  }

  saveEvents(events: EventRecord[]): Promise<void> {
    return saveEvents(this.context, events);
  }

  listEvents(query: EventQuery, page?: PageRequest): Promise<Page<EventRecord>> {
    return listEvents(this.context, query, page);
  }

  /**
   * Runs a write on the context whose write transactions check the fence first (see checkFence): 'lock' for the writes that delete
   * or finish, 'check' for the upserts. Without a fence, the store's own context.
   */
  private async fenced<T>(
    fence: LeaseFence | undefined,
    mode: 'none' | 'check' | 'lock',
    write: (context: StoreContext) => Promise<T>,
  ): Promise<T> {
    validateFence(fence);
    if (fence === undefined || mode === 'none') return write(this.context);
    const sessions = this.context.sessions.withBeforeWrite(
      (tx) => checkFence(tx, fence, mode === 'lock'),
      // A holder paused inside a transaction that holds the lease's lock would hold up the takeover until it resumes:
      // the server ends such a transaction instead (a cleanup transaction is one bounded batch, seconds at most).
      mode === 'lock' ? { timeout: LOCKED_WRITE_TIMEOUT_MS } : undefined,
    );
    return write({ ...this.context, sessions });
  }
}

/** How long a transaction holding the lease's lock may run before the server ends it. */
export const LOCKED_WRITE_TIMEOUT_MS = 60_000;

function positiveInteger(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1) throw new InvalidStoreArgumentError(field, 'must be a positive integer');
  return value;
}
