import type { Database, Statement } from 'better-sqlite3';
import { changedFields, contentHash } from '../change-detection.js';
import type { ChangeRecord, EdgeRecord, ResourceRecord, WriteResult } from '../graph-store.js';
import { toResourceRecord, type ResourceRow } from './sqlite-rows.js';

interface ResourceParams {
  uid: string;
  id: string;
  kind: string;
  name: string;
  cloud: string;
  account: string;
  region: string;
  service: string;
  type: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  tags: string;
  data: string;
  hash: string;
  seenAt: string;
  syncSeq: number;
}

type ChangeValues = [
  syncId: string,
  uid: string,
  kind: string,
  name: string,
  cloud: string,
  account: string,
  region: string,
  change: string,
  at: string,
  changedFields: string | null,
];

/** The write path: each call is one transaction, so a batch is either fully stored or not at all. */
export class SqliteWriter {
  private readonly selectHash: Statement<[string], { content_hash: string }>;
  private readonly selectContent: Statement<[string], Omit<ResourceRow, 'first_seen' | 'last_seen' | 'last_sync_id'>>;
  private readonly insertResource: Statement<[ResourceParams]>;
  private readonly replaceContent: Statement<[ResourceParams]>;
  private readonly touchResource: Statement<[string, number, string]>;
  private readonly insertChange: Statement<ChangeValues>;
  private readonly upsertEdge: Statement<[string, string, string, string | null, number]>;
  readonly writeResources: (syncId: string, syncSeq: number, resources: ResourceRecord[]) => WriteResult;
  readonly writeEdges: (syncSeq: number, edges: EdgeRecord[]) => void;

  constructor(db: Database) {
    this.selectHash = db.prepare('SELECT content_hash FROM resources WHERE uid = ?');
    this.selectContent = db.prepare(
      `SELECT uid, id, kind, name, cloud, account, region, service, type, created_at, updated_at, tags, data
       FROM resources WHERE uid = ?`,
    );
    this.insertResource = db.prepare(
      `INSERT INTO resources (uid, id, kind, name, cloud, account, region, service, type, created_at, updated_at,
         tags, data, content_hash, first_seen, last_seen, last_sync)
       VALUES (@uid, @id, @kind, @name, @cloud, @account, @region, @service, @type, @createdAt, @updatedAt, @tags, @data,
         @hash, @seenAt, @seenAt, @syncSeq)`,
    );
    this.replaceContent = db.prepare(
      `UPDATE resources SET id = @id, kind = @kind, name = @name, cloud = @cloud, account = @account, region = @region,
         service = @service, type = @type, created_at = @createdAt, updated_at = @updatedAt, tags = @tags, data = @data,
         content_hash = @hash, last_seen = @seenAt, last_sync = max(last_sync, @syncSeq)
       WHERE uid = @uid`,
    );
    this.touchResource = db.prepare('UPDATE resources SET last_seen = ?, last_sync = max(last_sync, ?) WHERE uid = ?');
    this.insertChange = db.prepare(
      `INSERT INTO changes (sync_id, uid, kind, name, cloud, account, region, change, at, changed_fields)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.upsertEdge = db.prepare(
      `INSERT INTO edges (from_uid, type, to_uid, to_kind, last_sync) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (from_uid, type, to_uid) DO UPDATE
         SET last_sync = max(edges.last_sync, excluded.last_sync), to_kind = coalesce(excluded.to_kind, edges.to_kind)`,
    );
    this.writeResources = db.transaction((syncId, syncSeq, resources) => this.write(syncId, syncSeq, resources));
    this.writeEdges = db.transaction((syncSeq, edges) => {
      for (const edge of edges) this.upsertEdge.run(edge.from, edge.type, edge.to, edge.toKind ?? null, syncSeq);
    });
  }

  private write(syncId: string, syncSeq: number, resources: ResourceRecord[]): WriteResult {
    const result: WriteResult = { created: 0, updated: 0, unchanged: 0, changes: [] };
    const now = new Date().toISOString();
    for (const resource of resources) {
      const hash = contentHash(resource);
      const stored = this.selectHash.get(resource.uid);
      if (stored?.content_hash === hash) {
        this.touchResource.run(now, syncSeq, resource.uid);
        result.unchanged++;
        continue;
      }
      const params = resourceParams(resource, hash, now, syncSeq);
      let change: ChangeRecord;
      if (stored === undefined) {
        this.insertResource.run(params);
        change = changeOf(syncId, resource, 'created', now);
        result.created++;
      } else {
        const before = this.selectContent.get(resource.uid);
        this.replaceContent.run(params);
        const fields = before === undefined ? [] : changedFields(toResourceRecord(before), resource);
        change = { ...changeOf(syncId, resource, 'updated', now), changedFields: fields };
        result.updated++;
      }
      this.insertChange.run(...changeValues(change));
      result.changes.push(change);
    }
    return result;
  }
}

function resourceParams(resource: ResourceRecord, hash: string, seenAt: string, syncSeq: number): ResourceParams {
  return {
    uid: resource.uid,
    id: resource.id,
    kind: resource.kind,
    name: resource.name,
    cloud: resource.cloud,
    account: resource.account,
    region: resource.region,
    service: resource.service,
    type: resource.type ?? null,
    createdAt: resource.createdAt ?? null,
    updatedAt: resource.updatedAt ?? null,
    tags: JSON.stringify(resource.tags),
    data: JSON.stringify(resource.data),
    hash,
    seenAt,
    syncSeq,
  };
}

export function changeOf(
  syncId: string,
  resource: Pick<ResourceRecord, 'uid' | 'kind' | 'name' | 'cloud' | 'account' | 'region'>,
  change: ChangeRecord['change'],
  at: string,
): ChangeRecord {
  const { uid, kind, name, cloud, account, region } = resource;
  return { syncId, uid, kind, name, cloud, account, region, change, at };
}

export function changeValues(change: ChangeRecord): ChangeValues {
  return [
    change.syncId,
    change.uid,
    change.kind,
    change.name,
    change.cloud,
    change.account,
    change.region,
    change.change,
    change.at,
    change.changedFields === undefined ? null : JSON.stringify(change.changedFields),
  ];
}
