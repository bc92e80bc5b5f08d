import type { JobQuery, LeaseFence, Page, PageRequest, SyncJobRecord } from '../graph-store.js';
import { InvalidStoreArgumentError, LeaseLostError } from '../errors.js';
import { leaseToken } from './lease-cypher.js';
import { assertNonEmptyString, encodePageToken, normalizeTime, resolvePage } from '../validation.js';
import { getJob as getJobStatement, listJobs as listJobsStatement, saveJob as saveJobStatement } from './job-cypher.js';
import { MAX_UID_BYTES } from './index-limits.js';
import { runRows } from './neo4j-session.js';
import type { StoreContext } from './store-context.js';

export async function saveJob(context: StoreContext, job: SyncJobRecord, fence?: LeaseFence): Promise<void> {
  assertNonEmptyString(job.id, 'job.id');
  if (Buffer.byteLength(job.id, 'utf8') > MAX_UID_BYTES) {
    throw new InvalidStoreArgumentError(
      'job.id',
      `must be at most ${MAX_UID_BYTES} bytes in UTF-8 for the Neo4j indexes`,
    );
  }
  normalizeTime(job.createdAt, 'job.createdAt');
  if (!Array.isArray(job.accounts) || job.accounts.some((account) => typeof account !== 'string')) {
    throw new InvalidStoreArgumentError('job.accounts', 'must be a list of strings');
  }
  const [row] = await context.sessions.write((tx) => runRows<{ saved: number }>(tx, saveJobStatement(job, fence)));
  if (fence && (row?.saved ?? 0) === 0) {
    const [current] = await context.sessions.read((tx) => runRows<{ token: number }>(tx, leaseToken(fence.lease)));
    throw new LeaseLostError(fence.lease, fence.token, current?.token);
  }
}

export async function getJob(context: StoreContext, id: string): Promise<SyncJobRecord | undefined> {
  const [row] = await context.sessions.read((tx) => runRows<{ recordJson: string }>(tx, getJobStatement(id)));
  return row === undefined ? undefined : (JSON.parse(row.recordJson) as SyncJobRecord);
}

export async function listJobs(
  context: StoreContext,
  query: JobQuery,
  page: PageRequest | undefined,
): Promise<Page<SyncJobRecord>> {
  const { limit, after } = resolvePage(page, 2);
  const afterKey = after === undefined ? undefined : ([String(after[0]), String(after[1])] as [string, string]);
  const rows = await context.sessions.read((tx) =>
    runRows<{ recordJson: string; createdAt: string; id: string }>(tx, listJobsStatement(query, limit, afterKey)),
  );
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  const items = pageRows.map((row) => JSON.parse(row.recordJson) as SyncJobRecord);
  return rows.length > limit && last !== undefined
    ? { items, nextPageToken: encodePageToken([last.createdAt, last.id]) }
    : { items };
}
