import type { Database, Statement } from 'better-sqlite3';
import { changedFields } from '../change-detection.js';
import { storedContent, type StoredContent } from './sqlite-content.js';
import type { ChangeRecord, EdgeRecord, ResourceRecord, WriteResult } from '../graph-store.js';
import { toResourceRecord, type ResourceRow } from './sqlite-rows.js';

type ResourceValues = [
  uid: string,
  id: string,
  kind: string,
  name: string,
  cloud: string,
  account: string,
  region: string,
  service: string,
  type: string | null,
  createdAt: string | null,
  updatedAt: string | null,
  tags: string,
  data: string,
  hash: string,
  firstSeen: string,
];

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
  private readonly selectContent: Statement<[string], Omit<ResourceRow, 'first_seen' | 'last_seen' | 'last_sync_id'>>;
  private readonly insertResource: Statement<ResourceValues>;
  private readonly replaceContent: Statement<ResourceValues>;
  private readonly insertSeen: Statement<[number | bigint, number, string]>;
  private readonly selectHash: Statement<[string], { rid: number; content_hash: string }>;
  private readonly markSeen: Statement<[number, string, number]>;
  private readonly insertChange: Statement<ChangeValues>;
  private readonly upsertEdge: Statement<[string, string, string, string | null, number]>;
  readonly writeResources: (syncId: string, syncSeq: number, resources: ResourceRecord[]) => WriteResult;
  readonly writeEdges: (syncSeq: number, edges: EdgeRecord[]) => void;

  constructor(db: Database) {
    this.selectContent = db.prepare(
      `SELECT uid, id, kind, name, cloud, account, region, service, type, created_at, updated_at, tags, data
       FROM resources WHERE uid = ?`,
    );
    this.insertResource = db.prepare(
      `INSERT INTO resources (uid, id, kind, name, cloud, account, region, service, type, created_at, updated_at,
         tags, data, content_hash, first_seen)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Same parameters as the insert, so that one tuple serves both; first_seen stays as it was.
    this.replaceContent = db.prepare(
      `UPDATE resources SET id = v.column2, kind = v.column3, name = v.column4, cloud = v.column5,
         account = v.column6, region = v.column7, service = v.column8, type = v.column9, created_at = v.column10,
         updated_at = v.column11, tags = v.column12, data = v.column13, content_hash = v.column14
       FROM (VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)) AS v
       WHERE resources.uid = v.column1`,
    );
    this.insertSeen = db.prepare('INSERT INTO resource_seen (rid, last_sync, last_seen) VALUES (?, ?, ?)');
    this.selectHash = db.prepare('SELECT rid, content_hash FROM resources WHERE uid = ?');
    this.markSeen = db.prepare('UPDATE resource_seen SET last_sync = max(last_sync, ?), last_seen = ? WHERE rid = ?');
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
      const content = storedContent(resource);
      const stored = this.selectHash.get(resource.uid);
      if (stored?.content_hash === content.hash) {
        this.markSeen.run(syncSeq, now, stored.rid);
        result.unchanged++;
        continue;
      }
      const values = resourceValues(resource, content, now);
      let change: ChangeRecord;
      if (stored === undefined) {
        this.insertSeen.run(this.insertResource.run(...values).lastInsertRowid, syncSeq, now);
        change = changeOf(syncId, resource, 'created', now);
        result.created++;
      } else {
        const before = this.selectContent.get(resource.uid);
        this.replaceContent.run(...values);
        this.markSeen.run(syncSeq, now, stored.rid);
        const fields = before === undefined ? [] : changedFields(toResourceRecord(before), resource);
        if (fields.length === 0) {
          // Same content in another key order: stored in the new form, but nothing changed.
          result.unchanged++;
          continue;
        }
        change = { ...changeOf(syncId, resource, 'updated', now), changedFields: fields };
        result.updated++;
      }
      this.insertChange.run(...changeValues(change));
      result.changes.push(change);
    }
    return result;
  }
}

function resourceValues(resource: ResourceRecord, content: StoredContent, firstSeen: string): ResourceValues {
  return [
    resource.uid,
    resource.id,
    resource.kind,
    resource.name,
    resource.cloud,
    resource.account,
    resource.region,
    resource.service,
    resource.type ?? null,
    resource.createdAt ?? null,
    resource.updatedAt ?? null,
    content.tagsJson,
    content.dataJson,
    content.hash,
    firstSeen,
  ];
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
